"""teikit's RELAX NG verdicts equal Jing's on generated documents.

Hypothesis draws documents of three kinds: TEI letters mutated (attributes
dropped, moved to another element, invented or given odd values; elements
renamed, dropped, taken out of their namespace), random element trees from the
schema's own element names mixed with foreign names and namespaces, and
random bodies in a minimal TEI frame. All of them go to one Jing run and one
teikit run; every verdict must agree, and Jing's first error must be among
teikit's messages at the same line and column.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from teikit.validate import Status, validate_paths

ROOT = Path(__file__).resolve().parents[2]
TEI = "http://www.tei-c.org/ns/1.0"
RNG = "http://relaxng.org/ns/structure/1.0"
FOREIGN = "urn:example:foreign"
XHTML = "http://www.w3.org/1999/xhtml"
DOCUMENTS = 2000
BASES = [ROOT / "tests" / "fixtures" / "validate" / "valid" / "letter-full.xml",
         *sorted((ROOT / "tei" / "letters").glob("*.xml"))[:3]]
VALUES = ["", "x", "1", "-3", "0", "12.5", "1920-05-04", "1920-02-30", "1920", "--05", "P1D", "true", "maybe",
          "#a", "#a #b", "a b", "en", "de-AT", "http://example.org/", "a#b#c", "[x]", "INF", "  padded  ",
          "\u00a0", "a\u2003b", "1920\u00a0", "&x", "<x>", "Zürich"]
FRAME = (f'<TEI xmlns="{TEI}"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>'
         '<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>'
         '<text><body>{}</body></text></TEI>')


def _schema_names(schema: Path) -> tuple[list[str], list[str]]:
    grammar = etree.parse(str(schema)).getroot()
    elements = sorted({e.get("name", "").strip() for e in grammar.iter(f"{{{RNG}}}element") if e.get("name")})
    attributes = sorted({a.get("name", "").strip() for a in grammar.iter(f"{{{RNG}}}attribute") if a.get("name")})
    return [e for e in elements if ":" not in e], attributes


def _attribute_key(name: str) -> str:
    if name.startswith("{"):
        return name
    if name.startswith("xml:"):
        return "{http://www.w3.org/XML/1998/namespace}" + name[4:]
    return name.split(":", 1)[1] if ":" in name else name


def _strategies(elements: list[str], attributes: list[str]) -> st.SearchStrategy[bytes]:
    attribute_names = st.sampled_from([*attributes, "bogus", "xml:id", "xml:lang", "{%s}odd" % FOREIGN])
    attribute_sets = st.dictionaries(attribute_names.map(_attribute_key), st.sampled_from(VALUES), max_size=3)
    element_names = st.one_of(
        st.sampled_from(elements).map(lambda n: f"{{{TEI}}}{n}"),
        st.sampled_from(elements[:40] + ["foo", "html", "div"]).map(lambda n: n),
        st.sampled_from(["foo", "bar", "TEI"]).map(lambda n: f"{{{FOREIGN}}}{n}"),
        st.sampled_from(["html", "body", "p"]).map(lambda n: f"{{{XHTML}}}{n}"),
    )
    common = st.sampled_from([f"{{{TEI}}}{n}" for n in ("p", "hi", "persName", "date", "note", "lb", "seg", "list",
                                                           "item", "head", "div", "quote", "ref", "name")
                              if n in elements])

    def node(children: st.SearchStrategy[list[etree._Element]]) -> st.SearchStrategy[etree._Element]:
        return st.builds(_element, st.one_of(common, element_names), attribute_sets, children,
                         st.sampled_from(["", "text", " "]))

    leaf = st.builds(_element, st.one_of(common, element_names), attribute_sets, st.just([]),
                     st.sampled_from(["", "word"]))
    trees = st.recursive(leaf, lambda kids: node(st.lists(kids, max_size=4)), max_leaves=12)

    framed = st.lists(trees, max_size=3).map(
        lambda body: FRAME.format("".join(etree.tostring(b, encoding="unicode") for b in body)).encode())
    bare = trees.map(lambda tree: etree.tostring(tree))
    mutated = st.builds(_mutate, st.sampled_from(range(len(BASES))),
                        st.lists(st.tuples(st.sampled_from(_MUTATIONS), st.integers(0, 10_000),
                                           st.integers(0, 10_000), st.sampled_from(VALUES)), min_size=0, max_size=3),
                        st.just(attributes or ["type"]))
    return st.one_of(mutated, mutated, framed, bare)


def _element(tag: str, attrs: dict[str, str], children: list[etree._Element], text: str) -> etree._Element:
    el = etree.Element(tag, nsmap={"f": FOREIGN})
    for key, value in attrs.items():
        el.set(key, value)
    el.text = text or None
    for child in children:
        el.append(child)
    return el


_MUTATIONS = ["drop-attribute", "move-attribute", "invent-attribute", "set-value", "rename", "drop-element",
              "no-namespace", "swap", "text"]


def _mutate(base: int, mutations: list[tuple[str, int, int, str]], attributes: list[str]) -> bytes:
    tree = etree.parse(str(BASES[base]))
    for kind, a, b, value in mutations:
        elements = list(tree.getroot().iter(etree.Element))
        el, other = elements[a % len(elements)], elements[b % len(elements)]
        if kind == "drop-attribute" and el.attrib:
            del el.attrib[list(el.attrib)[b % len(el.attrib)]]
        elif kind == "move-attribute" and el.attrib:
            key = list(el.attrib)[b % len(el.attrib)]
            other.set(key, el.attrib.pop(key))
        elif kind == "invent-attribute":
            el.set(_attribute_key(attributes[b % len(attributes)]), value)
        elif kind == "set-value" and el.attrib:
            el.set(list(el.attrib)[b % len(el.attrib)], value)
        elif kind == "rename":
            el.tag = other.tag
        elif kind == "drop-element" and el.getparent() is not None:
            el.getparent().remove(el)
        elif kind == "no-namespace":
            for node in ([el] if b % 2 else elements):
                node.tag = etree.QName(node).localname
        elif kind == "swap" and el.getparent() is not None and len(el.getparent()) > 1:
            parent = el.getparent()
            parent.insert(b % len(parent), el)
        elif kind == "text":
            el.text = (el.text or "") + value
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


def _jing(jing: str, schema: Path, files: list[Path]) -> dict[str, list[tuple[int, int]]]:
    """Jing's error positions per file, from one run over all of them."""
    run = subprocess.run([jing, str(schema), *map(str, files)], capture_output=True, text=True, timeout=600)
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for line in run.stdout.splitlines():
        match = re.match(r"(.+?\.xml):(\d+):(\d+): (?:error|fatal): ", line)
        if match:
            found[match[1]].append((int(match[2]), int(match[3])))
    return found


def _schemas() -> list[Path]:
    found = [ROOT / "schemas" / "teikit.rng"]
    tei_all = Path(os.environ.get("TEIKIT_TEI_ALL", ROOT.parent / "shared" / "schemas" / "tei_all.rng"))
    return [*found, tei_all]


@pytest.mark.parametrize("schema", _schemas(), ids=lambda p: p.name)
def test_verdicts_and_first_errors_equal_jings(schema: Path, tmp_path: Path) -> None:
    jing = shutil.which("jing")
    if jing is None:
        pytest.skip("jing is not installed (Debian package jing)")
    if not schema.is_file():
        pytest.skip(f"{schema.name} is not available (../shared/schemas or $TEIKIT_TEI_ALL)")
    documents: set[bytes] = set()

    @settings(max_examples=DOCUMENTS + 1000, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(_strategies(*_schema_names(schema)))
    def collect(document: bytes) -> None:
        documents.add(document)

    collect()
    assert len(documents) >= DOCUMENTS
    files = []
    for index, document in enumerate(sorted(documents)):
        path = tmp_path / f"d{index:05}.xml"
        path.write_bytes(document)
        files.append(path)
    theirs = _jing(jing, schema, files)
    report = validate_paths([tmp_path], [str(schema)])
    assert len(report.results) == len(files)
    verdicts = {r.path: r.status for r in report.results}
    differ = [f.name for f in files if (verdicts[str(f)] is Status.VALID) != (str(f) not in theirs)]
    assert differ == [], f"verdicts differ from Jing's on {len(differ)} documents, e.g. {differ[:5]}"
    ours = {r.path: {(p.line, p.column) for p in r.problems} for r in report.results}
    unmatched = [f.name for f in files if str(f) in theirs and theirs[str(f)][0] not in ours[str(f)]]
    assert unmatched == [], f"Jing's first error is not among teikit's on {len(unmatched)} documents: {unmatched[:5]}"
