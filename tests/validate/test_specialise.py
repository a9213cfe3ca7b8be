"""Specialising a grammar to the element names at hand keeps every verdict."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from teikit.validate._specialise import is_specialisable, iterate_names, specialise
from teikit.validate.rng import RelaxNG
from teikit.xml import parse_file

GRAMMAR = b"""<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:a"
    xmlns:doc="urn:doc" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><ref name="root"/></start>
  <define name="root"><element name="root"><doc:note>annotation</doc:note>
    <zeroOrMore><choice><ref name="a"/><ref name="b"/><ref name="pair"/><ref name="foreign"/></choice></zeroOrMore>
  </element></define>
  <define name="a"><element name="a"><optional><attribute name="n"><data type="integer"/></attribute></optional><text/></element></define>
  <define name="b"><element name="b"><ref name="a"/></element></define>
  <define name="pair"><element name="pair"><ref name="a"/><ref name="c"/></element></define>
  <define name="c"><element name="c"><empty/></element></define>
  <define name="foreign"><element><anyName><except><nsName/><nsName ns=""/></except></anyName>
    <zeroOrMore><choice><attribute><anyName/></attribute><text/></choice></zeroOrMore></element></define>
</grammar>"""

DOCS = [
    b'<root xmlns="urn:a"><a n="1">x</a><b><a/></b></root>',
    b'<root xmlns="urn:a"><a n="x"/></root>',
    b'<root xmlns="urn:a"><pair><a/><c/></pair></root>',
    b'<root xmlns="urn:a"><pair><a/></pair></root>',
    b'<root xmlns="urn:a"><c/></root>',
    b'<root xmlns="urn:a"><o:x xmlns:o="urn:other" k="v">t</o:x></root>',
    b'<root xmlns="urn:a"><x/></root>',
    b'<other xmlns="urn:a"/>',
    b'<root/>',
]


@pytest.mark.parametrize("doc", DOCS)
def test_specialised_grammar_gives_the_verdict_of_the_whole(doc: bytes) -> None:
    grammar = etree.fromstring(GRAMMAR)
    tree = etree.ElementTree(etree.fromstring(doc))
    whole = etree.RelaxNG(grammar).validate(tree)
    reduced = specialise(grammar, set(iterate_names(tree)))
    assert etree.RelaxNG(reduced).validate(tree) == whole


def test_unmatched_elements_become_not_allowed_and_unreachable_defines_go() -> None:
    grammar = etree.fromstring(GRAMMAR)
    tree = etree.ElementTree(etree.fromstring(DOCS[0]))
    reduced = specialise(grammar, set(iterate_names(tree)))
    rng = "{http://relaxng.org/ns/structure/1.0}"
    defines = {d.get("name"): d for d in reduced.iter(f"{rng}define")}
    assert set(defines) == {"root", "a", "b", "pair", "foreign"}  # c was reachable only through pair
    # pair names an element absent from the document; foreign matches only names outside urn:a
    assert [child.tag for child in defines["pair"]] == [f"{rng}notAllowed"]
    assert [child.tag for child in defines["foreign"]] == [f"{rng}notAllowed"]
    assert defines["a"].find(f"{rng}element") is not None


def test_annotations_are_stripped_and_grammars_with_includes_are_left_whole() -> None:
    grammar = etree.fromstring(GRAMMAR)
    assert not list(specialise(grammar, {("urn:a", "root")}).iter("{urn:doc}note"))
    assert is_specialisable(grammar)
    included = etree.fromstring(
        b'<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="x.rng"/></grammar>'
    )
    assert not is_specialisable(included)


def test_specialised_grammars_are_cached_on_disk_and_damaged_entries_rebuilt(private_cache: Path) -> None:
    schemas = Path(__file__).resolve().parents[2] / "schemas"
    good = parse_file(Path(__file__).resolve().parents[1] / "fixtures" / "validate" / "valid" / "letter-full.xml")
    bad = parse_file(Path(__file__).resolve().parents[1] / "fixtures" / "validate" / "invalid" / "bad-form.xml")
    names = set(iterate_names(good)) | set(iterate_names(bad))
    first = RelaxNG.from_path(schemas / "teikit.rng")
    assert first.check(good, names) == [] and first.check(bad, names)
    entries = list((private_cache / "rng").iterdir())
    assert len(entries) >= 1
    second = RelaxNG.from_path(schemas / "teikit.rng")
    assert second.check(good, names) == [] and second.check(bad, names)
    for entry in entries:
        entry.write_bytes(b"<not-a-grammar")
    third = RelaxNG.from_path(schemas / "teikit.rng")
    assert third.check(good, names) == [] and third.check(bad, names)
