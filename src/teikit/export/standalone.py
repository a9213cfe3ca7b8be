"""Standalone TEI: each document carries the register entries its ``@ref`` point at.

A local pointer (``ref="#stalin"``) whose target is not in the document is
looked up in the registers and the entry copied into ``standOff`` (``listPerson``,
``listOrg``, ``listPlace``); entries pull in the entries they point at in turn.
Pointers found nowhere are reported.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from teikit.batch import WriteOptions
from teikit.export.outcome import Outcome
from teikit.export.sources import SourceFile
from teikit.registers import Registers
from teikit.xml import XML_ID, serialize, tei

LIST_OF_KIND = {"person": "listPerson", "org": "listOrg", "place": "listPlace"}


@dataclass
class Standalone:
    """A self-contained copy of a document, the keys it took in and those found nowhere."""

    root: etree._Element
    added: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)


def _local_pointers(el: etree._Element) -> list[str]:
    """Keys of the ``#key`` tokens in every @ref below el, in document order."""
    keys = []
    for node in el.iter():
        for token in (node.get("ref") or "").split() if isinstance(node.tag, str) else ():
            if token.startswith("#") and len(token) > 1:
                keys.append(token[1:])
    return list(dict.fromkeys(keys))


def _list_for(root: etree._Element, kind: str) -> etree._Element:
    """The standOff list for a kind of entry, made (with standOff) when missing."""
    stand_off = root.find(tei("standOff"))
    if stand_off is None:
        stand_off = etree.SubElement(root, tei("standOff"))
    tag = tei(LIST_OF_KIND[kind])
    found = stand_off.find(tag)
    return found if found is not None else etree.SubElement(stand_off, tag)


def make_standalone(root: etree._Element, registers: Registers) -> Standalone:
    """A copy of root with the register entries it points at in standOff (pure: no I/O)."""
    result = Standalone(copy.deepcopy(root))
    present = {el.get(XML_ID) for el in result.root.iter() if isinstance(el.tag, str) and el.get(XML_ID)}
    pending = _local_pointers(result.root)
    while pending:
        key = pending.pop(0)
        if key in present:
            continue
        present.add(key)
        entry = registers.get(key)
        if entry is None:
            result.unresolved.append(key)
            continue
        clone = entry.tei_copy()
        _list_for(result.root, entry.kind).append(clone)
        result.added.append(key)
        pending.extend(k for k in _local_pointers(clone) if k not in present)
    return result


def export_standalone(sources: list[SourceFile], out_dir: Path, registers: Registers, *,
                      write: WriteOptions = WriteOptions(), outcome: Outcome | None = None) -> Outcome:
    """Write a standalone copy of each source to out_dir/<name>.xml; unresolved pointers are warnings."""
    outcome = (outcome or Outcome()).start("export standalone", write, out_dir)
    outcome.counts_letters = False
    for source, root in outcome.roots(sources):
        if root.tag != tei("TEI"):
            outcome.warn(source.display, f"root element is {etree.QName(root).localname}, not TEI; copied unchanged")
            standalone = Standalone(root)
        else:
            standalone = make_standalone(root, registers)
        if standalone.unresolved:
            keys = ", ".join(f"#{k}" for k in standalone.unresolved)
            outcome.warn(source.display, f"{len(standalone.unresolved)} pointer(s) found in no register: {keys}")
        outcome.write(out_dir / f"{source.name}.xml", serialize(standalone.root), source)
    return outcome.close()
