"""Spans of a text become nested TEI elements; brackets become supplied and gap."""

from lxml import etree

from teikit.convert.inline import Inline, Span, bracket_spans, element
from teikit.xml import tei


def _fill(text: str, spans: list[Span]) -> tuple[str, Inline]:
    p = etree.Element(tei("p"), nsmap={None: "http://www.tei-c.org/ns/1.0"})
    inline = Inline()
    inline.fill(p, text, spans)
    return etree.tostring(p, encoding="unicode").replace(' xmlns="http://www.tei-c.org/ns/1.0"', ""), inline


def test_brackets_become_supplied_and_gap() -> None:
    warnings: list[str] = []
    text = "rooms in d[om] 5; someone [...] tried; the rest [was] sent"
    xml, inline = _fill(text, bracket_spans(text, warnings.append))
    assert xml == ("<p>rooms in d<supplied>om</supplied> 5; someone <gap reason=\"omitted\"/> tried; "
                   "the rest <supplied>was</supplied> sent</p>")
    assert "".join(inline.consumed).count("[") == 3 and not warnings


def test_unbalanced_bracket_is_kept_and_reported() -> None:
    warnings: list[str] = []
    text = "a quarrel [in the uezd they say so"
    assert bracket_spans(text, warnings.append) == []
    assert warnings and "unbalanced" in warnings[0]


def test_nested_spans_nest_and_crossing_spans_are_dropped() -> None:
    text = "to Comrade M[ilyutin] today"
    spans = bracket_spans(text, lambda w: None) + [Span(11, 21, element("persName", {"ref": "#milyutin"}), rank=7)]
    xml, _ = _fill(text, spans)
    assert xml == '<p>to Comrade <persName ref="#milyutin">M<supplied>ilyutin</supplied></persName> today</p>'
    crossing = [Span(0, 10, element("hi")), Span(5, 15, element("seg"))]
    xml, inline = _fill(text, crossing)
    assert "<seg" not in xml and inline.warnings


def test_a_note_printed_in_parentheses_with_its_letter_and_note_number_is_a_note() -> None:
    from teikit.convert.patterns import INLINE_NOTE
    found = INLINE_NOTE.search("The proofs came. (112/1. The proofs of the second edition (1868).) I have them.")
    assert found is not None and found["n"] == "112/1"
    assert found["body"] == "The proofs of the second edition (1868)."
    assert INLINE_NOTE.search("He paid (12/3 of it) at once.") is None
