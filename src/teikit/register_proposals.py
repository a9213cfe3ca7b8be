"""Adopting proposed persons: a convert report's unconfirmed names become register entries.

``teikit convert`` lists every person no register knows under ``unconfirmed``
in its report, with the key it proposed, the surname that key is made from
and the forms seen. After review an editor adopts them::

    adopt(load_registers(folder), report, only={"weber"}, merge={"lieber": "liber"})

Each adopted key becomes ``<person xml:id="KEY">`` in the folder's
``persons.xml`` (a main name with the surname, the forms seen as variants);
a key merged into an existing entry adds its forms to that entry instead.
Nothing is written unless every requested key can be adopted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from teikit.batch.outputs import WriteOptions, write_files
from teikit.errors import InputError
from teikit.registers import Registers
from teikit.xml import TEI_NS, XML_ID, XML_LANG, indent, parse_bytes, read_bytes, tei

PERSONS_FILE = "persons.xml"


@dataclass
class Proposal:
    """One proposed person, gathered over every document of a report."""

    key: str
    surname: str
    forms: dict[str, str | None] = field(default_factory=dict)  # form -> language (None: English)


def read_report(path: Path) -> dict[str, Proposal]:
    """The proposals of a convert report, by key, in the order first met."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: not a JSON report: {err}") from None
    if not isinstance(data, dict) or not isinstance(data.get("inputs"), list):
        raise InputError(f"{path}: not a teikit convert report (no 'inputs' list)")
    proposals: dict[str, Proposal] = {}
    for item in data["inputs"]:
        for found in (item.get("unconfirmed") or []) if isinstance(item, dict) else []:
            key, surface = found.get("key"), found.get("surface")
            if not isinstance(key, str) or not isinstance(surface, str):
                raise InputError(f"{path}: an unconfirmed name without key or surface: {found!r}")
            proposal = proposals.setdefault(key, Proposal(key, found.get("surname") or surface.split()[-1]))
            for form in found.get("forms") or [surface]:
                proposal.forms.setdefault(form, found.get("lang"))
    return proposals


def adopt(registers: Registers, proposals: dict[str, Proposal], *, only: set[str] | None = None,
          merge: dict[str, str] | None = None, write: WriteOptions = WriteOptions()) -> list[str]:
    """Write the chosen proposals into the register folder; one line per change, for the user.

    The register files are written through teikit's writer, all or none: a file
    edited since this run read it is kept (KeptError) unless ``write.force``.
    """
    merge = merge or {}
    chosen = [p for k, p in proposals.items() if not only or k in only or k in merge]
    wanted = set(only or ()) | set(merge)
    missing = sorted(wanted - set(proposals))
    if missing:
        raise InputError(f"no proposal in the report for {', '.join(missing)}")
    for proposal in chosen:
        target = merge.get(proposal.key)
        if target is not None and registers.get(target) is None:
            raise InputError(f"--merge {proposal.key}={target}: no register entry {target!r}")
        if target is None and registers.get(proposal.key) is not None:
            raise InputError(f"{proposal.key}: already a register entry (use --merge {proposal.key}=KEY to add its forms)")
    trees: dict[Path, etree._ElementTree] = {}
    read: dict[Path, bytes | None] = {}
    done = []
    for proposal in chosen:
        target = merge.get(proposal.key)
        if target is not None:
            entry = registers.get(target)
            path = registers.folder / entry.source
            element = _entry_in(_register_tree(path, trees, read), target)
            added = _add_forms(element, proposal, {n.text for n in entry.names})
            done.append(f"{proposal.key}: {added} form(s) added to {target} ({entry.source})")
        else:
            path = registers.folder / PERSONS_FILE
            _append(_list_person(_register_tree(path, trees, read)), _new_entry(proposal))
            done.append(f"{proposal.key}: new entry in {PERSONS_FILE}")
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n'
    write_files("registers add", write,
                [(path, head + etree.tostring(tree, encoding="UTF-8") + b"\n", read[path]) for path, tree in trees.items()])
    return done


def _register_tree(path: Path, trees: dict[Path, etree._ElementTree], read: dict[Path, bytes | None]) -> etree._ElementTree:
    """The register file as this run changes it (a new one when there is none); its bytes as read go into read."""
    if path not in trees:
        read[path] = read_bytes(path) if path.exists() else None
        trees[path] = parse_bytes(read[path], path) if read[path] is not None else _empty_register()  # type: ignore[arg-type]
    return trees[path]


def _append(parent: etree._Element, child: etree._Element) -> None:
    """Append child after the parent's last child, indented as its siblings are."""
    children = list(parent)
    if not children:
        parent.append(child)
        return
    last = children[-1]
    inner = (children[-2].tail if len(children) > 1 else parent.text) or "\n"
    level = max(0, len(inner.rsplit("\n", 1)[-1]) // 2)
    indent(child, level)
    child.tail, last.tail = last.tail, inner
    parent.append(child)


def _new_entry(proposal: Proposal) -> etree._Element:
    person = etree.Element(tei("person"), {XML_ID: proposal.key})
    main = etree.SubElement(person, tei("persName"), {"type": "main"})
    lang = next(iter(proposal.forms.values()), None)
    if lang and lang != "en":
        main.set(XML_LANG, lang)
    etree.SubElement(main, tei("surname")).text = proposal.surname
    _add_forms(person, proposal, {proposal.surname})
    return person


def _add_forms(element: etree._Element, proposal: Proposal, known: set[str]) -> int:
    """Add the forms not yet among the entry's names as variants, after its last name; how many."""
    names = element.findall(tei("persName"))
    at = element.index(names[-1]) + 1 if names else 0
    added = 0
    for form, lang in proposal.forms.items():
        if form in known:
            continue
        name = etree.Element(tei("persName"), {"type": "variant"})
        if lang and lang != "en":
            name.set(XML_LANG, lang)
        name.text = form
        if at + added > 0:
            name.tail = element[at + added - 1].tail
        element.insert(at + added, name)
        known.add(form)
        added += 1
    return added


def _entry_in(tree: etree._ElementTree, key: str) -> etree._Element:
    found = tree.getroot().xpath("//*[@xml:id=$key]", key=key)
    if not found:
        raise InputError(f"{key}: entry not found in its register file")
    return found[0]


def _list_person(tree: etree._ElementTree) -> etree._Element:
    found = tree.getroot().find(f".//{{{TEI_NS}}}listPerson")
    if found is None:
        raise InputError(f"{PERSONS_FILE}: no listPerson to add persons to")
    return found


def _empty_register() -> etree._ElementTree:
    """A new persons.xml: a TEI document whose body holds one listPerson."""
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    file_desc = etree.SubElement(etree.SubElement(root, tei("teiHeader")), tei("fileDesc"))
    etree.SubElement(etree.SubElement(file_desc, tei("titleStmt")), tei("title")).text = "Persons"
    etree.SubElement(etree.SubElement(file_desc, tei("publicationStmt")), tei("p")).text = "Register of persons."
    etree.SubElement(etree.SubElement(file_desc, tei("sourceDesc")), tei("p")).text = "Adopted from convert reports."
    body = etree.SubElement(etree.SubElement(root, tei("text")), tei("body"))
    etree.SubElement(body, tei("listPerson"))
    indent(root)
    return etree.ElementTree(root)
