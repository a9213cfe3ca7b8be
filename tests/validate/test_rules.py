"""Each fixture breaks one rule; the validator names the rule, the place and the element."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from teikit.errors import InputError
from teikit.validate import validate_tree
from teikit.validate.schematron import Schematron, resolve_path
from teikit.xml import parse_bytes, parse_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "validate"
SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"

# fixture, the schema that must catch it, words the message must contain, the line it must point at
CASES = [
    ("unknown-element", "teikit.rng", "element 'foo' inside 'p' is not declared anywhere in the schema", 47),
    ("attribute-not-allowed", "teikit.rng", "attribute 'rend' is not allowed on element 'p'", 46),
    ("missing-required-attribute", "teikit.rng", "element 'language' is missing required attribute 'ident'", 31),
    ("bad-date-syntax", "teikit.rng", "attribute 'when'", 42),
    ("closer-before-paragraph", "teikit.rng", "element 'closer' inside 'body' is not allowed", 46),
    ("bad-form", "teikit.rng", '"photocopy"', 17),
    ("choice-with-one-child", "teikit.rng", "element 'choice' is incomplete; missing required element", 47),
    ("dangling-reference", "teikit.sch", "points at #nobody", 41),
    ("range-reversed", "teikit.sch", "range starts (1922-05-25) after it ends (1922-05-20)", 53),
    ("no-sent-date", "teikit.sch", "no sent date", 23),
    ("no-delo", "teikit.sch", "idno[@type='delo']", 11),
    ("duplicate-note-marker", "teikit.sch", "note marker '1' is used more than once", 46),
]


@pytest.mark.parametrize(("name", "schema", "words", "line"), CASES, ids=[c[0] for c in CASES])
def test_the_right_schema_reports_the_right_problem_at_the_right_line(name: str, schema: str, words: str,
                                                                       line: int) -> None:
    tree = parse_file(FIXTURES / "invalid" / f"{name}.xml")
    problems = validate_tree(tree, [str(SCHEMAS / schema)])
    assert any(words in p.message and p.line == line for p in problems), problems


@pytest.mark.parametrize("name", [c[0] for c in CASES if c[1] == "teikit.sch"])
def test_rule_breaches_are_grammatical(name: str) -> None:
    """The Schematron fixtures are valid against the grammar: only the rules catch them."""
    assert validate_tree(parse_file(FIXTURES / "invalid" / f"{name}.xml"), [str(SCHEMAS / "teikit.rng")]) == []


SCH = b"""<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
  <ns prefix="e" uri="urn:e"/>
  <let name="limit" value="2"/>
  <pattern>
    <rule abstract="true" id="counted"><assert test="count(e:i) le $limit">too many items in <name/>: <value-of select="count(e:i)"/></assert></rule>
    <rule context="e:list[@kind = 'special']"><report test="true()" role="info">special list</report></rule>
    <rule context="e:list"><extends rule="counted"/></rule>
  </pattern>
  <pattern>
    <rule context="e:i/@n"><let name="n" value="number(.)"/><assert test="$n gt 0">item number <value-of select="$n"/> is not positive</assert></rule>
  </pattern>
</schema>"""

DOC = b"""<doc xmlns="urn:e">
  <list><i n="1"/><i n="2"/><i n="0"/></list>
  <list kind="special"><i/><i/><i/></list>
</doc>"""


def test_schematron_compiler_handles_lets_abstract_rules_roles_and_first_match(tmp_path: Path) -> None:
    schema = tmp_path / "rules.sch"
    schema.write_bytes(SCH)
    problems = validate_tree(parse_bytes(DOC, tmp_path / "doc.xml"), [str(schema)])
    found = sorted((p.line, p.severity, p.message) for p in problems)
    assert found == [
        (2, "error", "item number 0 is not positive"),
        (2, "error", "too many items in list: 3"),
        (3, "warning", "special list"),  # the first matching rule wins: no count check here
    ]


def test_paths_from_saxon_lead_back_to_lxml_elements() -> None:
    tree = parse_bytes(DOC)
    el = resolve_path(tree, "/Q{urn:e}doc[1]/Q{urn:e}list[2]/Q{urn:e}i[3]/@n")
    assert el is not None and el.sourceline == 3 and etree.QName(el).localname == "i"


def test_tei_all_embedded_rules_run_with_their_grammar(tei_all: Path) -> None:
    tree = parse_bytes(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>'
        b"<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>"
        b'<text><body><p><date when="1920" from="1919">x</date></p></body></text></TEI>'
    )
    assert validate_tree(tree, [str(tei_all)]) == []
    problems = validate_tree(tree, [str(tei_all)], embedded_rules=True)
    assert [(p.severity, p.line) for p in problems] == [("warning", 1)]
    assert "@when attribute cannot be used with any other" in problems[0].message
    assert Schematron.embedded_in(etree.fromstring(b"<grammar xmlns='http://relaxng.org/ns/structure/1.0'/>"),
                                  "x") is None


def test_schematron_includes_are_refused_not_ignored(tmp_path: Path) -> None:
    schema = tmp_path / "rules.sch"
    schema.write_bytes(b'<schema xmlns="http://purl.oclc.org/dsdl/schematron"><include href="more.sch"/></schema>')
    with pytest.raises(InputError, match="include"):
        validate_tree(parse_bytes(DOC), [str(schema)])


# The same breaches seen through teikit.xsd: xmlschema's messages in the words of the RELAX NG ones.
XSD_CASES = [
    ("attribute-not-allowed", "attribute 'rend' is not allowed on element 'p'", 46),
    ("missing-required-attribute", "element 'language' is missing required attribute 'ident'", 31),
    ("closer-before-paragraph", "element 'closer' inside 'body' is not allowed here; expected 'p' or 'sp'", 46),
    ("choice-with-one-child", "element 'choice' is incomplete; missing required element 'sic' or 'corr'", 47),
    ("bad-form", "value \"photocopy\" of attribute 'form' on element 'objectDesc' is not valid; expected 'autograph'", 17),
    ("unknown-element", "element 'foo' inside 'p' is not allowed here", 47),
]


@pytest.mark.parametrize(("name", "words", "line"), XSD_CASES, ids=[c[0] for c in XSD_CASES])
def test_xml_schema_messages_are_in_plain_words(name: str, words: str, line: int) -> None:
    tree = parse_file(FIXTURES / "invalid" / f"{name}.xml")
    problems = validate_tree(tree, [str(SCHEMAS / "teikit.xsd")])
    assert any(p.message.startswith(words) and p.line == line for p in problems), problems
