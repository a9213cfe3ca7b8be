"""The RELAX NG walk: verdicts of an independent validator, non-TEI refused, the simplified grammar cached."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from teikit.cli import main
from teikit.validate._datatypes import data_ok, value_ok
from teikit.validate._pack import pack, unpack
from teikit.validate._patterns import Deriver
from teikit.validate._walk import Walk
from teikit.validate.rng import RelaxNG
from teikit.xml import parse_bytes, parse_file

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "validate"

GRAMMAR = b"""<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:a"
    xmlns:doc="urn:doc" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><ref name="root"/></start>
  <define name="root"><element name="root"><doc:note>annotation</doc:note>
    <optional><attribute name="kind"><choice><value>x</value><value>y</value></choice></attribute></optional>
    <zeroOrMore><choice><ref name="a"/><ref name="b"/><ref name="pair"/><ref name="foreign"/><ref name="mix"/>
      <ref name="nums"/></choice></zeroOrMore>
  </element></define>
  <define name="a"><element name="a"><optional><attribute name="n"><data type="integer"/></attribute></optional><text/></element></define>
  <define name="b"><element name="b"><ref name="a"/></element></define>
  <define name="pair"><element name="pair"><interleave><ref name="a"/><ref name="c"/></interleave></element></define>
  <define name="c"><element name="c"><empty/></element></define>
  <define name="mix"><element name="mix"><mixed><zeroOrMore><ref name="c"/></zeroOrMore></mixed></element></define>
  <define name="nums"><element name="nums"><list><oneOrMore><data type="decimal"><param name="minInclusive">0</param></data></oneOrMore></list></element></define>
  <define name="foreign"><element><anyName><except><nsName/><nsName ns=""/></except></anyName>
    <zeroOrMore><choice><attribute><anyName/></attribute><text/></choice></zeroOrMore></element></define>
</grammar>"""

DOCS = [
    b'<root xmlns="urn:a"><a n="1">x</a><b><a/></b></root>',
    b'<root xmlns="urn:a" kind="y"/>',
    b'<root xmlns="urn:a" kind="z"/>',
    b'<root xmlns="urn:a"><a n="x"/></root>',
    b'<root xmlns="urn:a"><pair><a/><c/></pair><pair><c/><a/></pair></root>',
    b'<root xmlns="urn:a"><pair><a/></pair></root>',
    b'<root xmlns="urn:a"><c/></root>',
    b'<root xmlns="urn:a"><mix>t<c/>u<c/></mix><nums> 1 2.5 0 </nums></root>',
    b'<root xmlns="urn:a"><nums>1 -2</nums></root>',
    b'<root xmlns="urn:a"><nums/></root>',
    b'<root xmlns="urn:a"><b>text<a/></b></root>',
    b'<root xmlns="urn:a"><o:x xmlns:o="urn:other" k="v">t</o:x></root>',
    b'<root xmlns="urn:a"><x/></root>',
    b'<other xmlns="urn:a"/>',
    b'<root/>',
    b'<foo><bar>hello</bar></foo>',
]


@pytest.mark.parametrize("doc", DOCS)
def test_verdicts_equal_libxml2s_on_the_whole_grammar(doc: bytes, tmp_path: Path) -> None:
    schema = tmp_path / "g.rng"
    schema.write_bytes(GRAMMAR)
    tree = etree.ElementTree(etree.fromstring(doc))
    assert (RelaxNG.from_path(schema).check(tree) == []) == etree.RelaxNG(etree.fromstring(GRAMMAR)).validate(tree)


NOT_TEI = [
    b'<foo><bar>hello</bar></foo>',
    b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>x</p></body></html>',
]


@pytest.mark.parametrize("doc", NOT_TEI)
def test_documents_that_are_not_tei_are_invalid(doc: bytes) -> None:
    problems = RelaxNG.from_path(ROOT / "schemas" / "teikit.rng").check(parse_bytes(doc))
    assert problems and problems[0].line == 1


def test_tei_without_its_namespace_is_told_so() -> None:
    letter = (FIXTURES / "valid" / "letter-full.xml").read_bytes().replace(
        b' xmlns="http://www.tei-c.org/ns/1.0"', b"")
    tree = parse_bytes(letter)
    problems = RelaxNG.from_path(ROOT / "schemas" / "teikit.rng").check(tree, letter.decode().splitlines())
    assert "is in no namespace; the schema declares it in namespace http://www.tei-c.org/ns/1.0" in problems[0].message


def test_the_simplified_grammar_is_cached_on_disk_and_a_damaged_entry_rebuilt(private_cache: Path) -> None:
    good = parse_file(FIXTURES / "valid" / "letter-full.xml")
    bad = parse_file(FIXTURES / "invalid" / "bad-form.xml")
    first = RelaxNG.from_path(ROOT / "schemas" / "teikit.rng")
    assert first.check(good) == [] and first.check(bad)
    entries = list((private_cache / "rng").iterdir())
    assert len(entries) >= 1
    second = RelaxNG.from_path(ROOT / "schemas" / "teikit.rng")
    assert second.check(good) == [] and second.check(bad) == first.check(bad)
    for entry in entries:
        entry.write_bytes(b"not a pickle")
    third = RelaxNG.from_path(ROOT / "schemas" / "teikit.rng")
    assert third.check(good) == [] and third.check(bad) == first.check(bad)


def test_a_packed_grammar_checks_every_document_as_the_built_one_does(tmp_path: Path) -> None:
    schema = tmp_path / "g.rng"
    schema.write_bytes(GRAMMAR)
    built = RelaxNG.from_path(schema).simplified
    loaded, sources = unpack(pack(built, [("", 1, 2)]))
    assert sources == [("", 1, 2)]
    assert loaded.start is not built.start and len(loaded.elements) == len(built.elements)
    for doc in DOCS:
        tree = etree.ElementTree(etree.fromstring(doc))
        ours = Walk(loaded, Deriver(data_ok, value_ok), tree, doc.decode()).problems
        assert ours == Walk(built, Deriver(data_ok, value_ok), tree, doc.decode()).problems


def test_bytes_that_are_not_a_packed_grammar_are_refused() -> None:
    for data in (b"", b"not a grammar", b"\xe9\x00\x01", marshal.dumps((2, [], [], [(99, 0, 0)], [], 0, (), []))):
        with pytest.raises(ValueError):
            unpack(data)


MODULE = b"""<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <include href="parts/inner.rng"/>
</grammar>"""
INNER = b"""<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <start><element name="{name}"><empty/></element></start>
</grammar>"""


def test_an_edited_included_file_is_never_used_stale_from_the_cache(tmp_path: Path, private_cache: Path) -> None:
    """Included files are resolved against the file that includes them, and the cache entry checks them all."""
    (tmp_path / "modules" / "parts").mkdir(parents=True)
    (tmp_path / "main.rng").write_bytes(GRAMMAR.replace(b'<start><ref name="root"/></start>', b"").replace(
        b"</grammar>", b'<include href="modules/module.rng"/></grammar>'))
    (tmp_path / "modules" / "module.rng").write_bytes(MODULE)
    inner = tmp_path / "modules" / "parts" / "inner.rng"
    inner.write_bytes(INNER.replace(b"{name}", b"first"))
    first = etree.ElementTree(etree.fromstring(b'<first xmlns="urn:a"/>'))
    assert RelaxNG.from_path(tmp_path / "main.rng").check(first) == []
    assert RelaxNG.from_path(tmp_path / "main.rng").check(first) == []  # read back from the cache
    inner.write_bytes(INNER.replace(b"{name}", b"second"))
    assert RelaxNG.from_path(tmp_path / "main.rng").check(first)  # the edit is seen
    second = etree.ElementTree(etree.fromstring(b'<second xmlns="urn:a"/>'))
    assert RelaxNG.from_path(tmp_path / "main.rng").check(second) == []


@pytest.mark.parametrize("expression", ["[a-", r"\p{Foo}+"])
def test_a_facet_pattern_that_is_no_regular_expression_is_a_schema_error(expression: str, tmp_path: Path) -> None:
    schema = tmp_path / "g.rng"
    schema.write_text('<grammar xmlns="http://relaxng.org/ns/structure/1.0" '
                      'datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"><start><element name="a">'
                      f'<data type="string"><param name="pattern">{expression}</param></data>'
                      "</element></start></grammar>", encoding="utf-8")
    (tmp_path / "a.xml").write_text("<a>é</a>", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "a.xml"), "-s", str(schema)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"XML Schema pattern {expression!r} is not a regular expression" in result.output
