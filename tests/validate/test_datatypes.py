"""Datatypes: the quick forms used for ASCII text judge exactly as the full Unicode forms do."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teikit.validate._datatypes import Datatype, XSD_LIBRARY, _lexical, _translated, _xsd_pattern, data_ok

# The facet patterns of TEI P5's tei_all.rng, and forms that exercise every branch of the translation.
EXPRESSIONS = [
    r"[^\p{C}\p{Z}]+", r"(-?[0-9]+(\.[0-9]+)?,-?[0-9]+(\.[0-9]+)?)", r"(19[789][0-9]|[2-9][0-9]{3}).*",
    r"(\-?[\d]+/\-?[\d]+)", r".+", r".+:.+", r"[0-9.,DHMPRSTWYZ/:+\-]+",
    r"[\-+]?\d+(\.\d+)?(%|cm|mm|in|pt|pc|px|em|ex|gd|rem|vw|vh|vm)", r"[\d]+(\.[\d]+){0,2}",
    r"[\d]+[a-z]*[\d]*(\.[\d]+[a-z]*[\d]*){0,3}", r"[^/]+:.*", r"[a-z][a-z0-9\+\.\-]*",
    r"\p{L}+", r"\P{Lu}\p{Nd}?", r"[\p{Lu}\p{Pd}]*", r"[^\P{Ll}]+", r"\p{Zl}?a", r"[\i-[:]][\c-[:]]*",
    r"\i\c*", r"[\s\S]", r"^a$", r"\p{IsBasicLatin}+", r"\S+", r"\s?\w+\W?", r"[a\s]+", r"[\S-]+",
]
ASCII_TEXT = st.text(st.characters(max_codepoint=127, blacklist_categories=("Cs",)), max_size=8)
NAME_TYPES = ["NCName", "ID", "IDREF", "ENTITY", "Name", "NMTOKEN", "QName", "NOTATION"]


@pytest.mark.parametrize("expression", EXPRESSIONS)
@settings(max_examples=150, deadline=None)
@given(text=ASCII_TEXT)
def test_a_facet_pattern_judges_ascii_text_as_the_full_pattern_does(expression: str, text: str) -> None:
    assert bool(_xsd_pattern(expression, True).fullmatch(text)) == bool(_xsd_pattern(expression, False).fullmatch(text))


def test_only_expressions_that_need_the_regex_package_are_left_to_it() -> None:
    assert _translated(r"[^\p{C}\p{Z}]+", True) is not None
    assert _translated(r"[\i-[:]][\c-[:]]*", True) is None  # class subtraction
    assert _translated(r"\p{IsBasicLatin}+", True) is None  # a block, not a category
    assert _translated(r"[a&&b]", True) is None  # a set operator in regex's syntax


@pytest.mark.parametrize("name", NAME_TYPES)
@settings(max_examples=150, deadline=None)
@given(text=ASCII_TEXT)
def test_a_name_datatype_judges_ascii_text_as_its_full_form_does(name: str, text: str) -> None:
    assert bool(_lexical(name, True).fullmatch(text)) == bool(_lexical(name, False).fullmatch(text))


@pytest.mark.parametrize(("name", "text", "valid"), [
    ("NCName", "persName", True), ("NCName", "pers:Name", False), ("NCName", "Łódź", True), ("NCName", "1a", False),
    ("QName", "tei:p", True), ("NMTOKEN", "·x", True), ("Name", ":a", True),
])
def test_name_datatypes_outside_ascii(name: str, text: str, valid: bool) -> None:
    assert data_ok(Datatype(XSD_LIBRARY, name), text) is valid


@pytest.mark.parametrize(("expression", "text", "valid"), [
    (r"\S+", "a\u2003b", True), (r"\S+", "a b", False), (r"\s", "\u00a0", False), (r"\w+", "a$b", True),
    (r"\w", "_", False), (r"[\S]+", "x\u00a0", True), (r"[\s]+", " \t\n\r", True),
])
def test_xml_schemas_white_space_and_word_escapes(expression: str, text: str, valid: bool) -> None:
    """XML Schema's \\s is space, tab, CR and LF only; its \\w is any character but punctuation, separators, others."""
    assert bool(_xsd_pattern(expression, text.isascii()).fullmatch(text)) is valid


@pytest.mark.parametrize(("text", "valid"), [("Wien", True), ("Zürich", True), ("two words", False), ("tab\there", False),
                                             ("\u00a0nbsp", False), ("", False)])
def test_teis_word_pattern_on_ascii_and_other_text(text: str, valid: bool) -> None:
    word = Datatype(XSD_LIBRARY, "token", (("pattern", r"[^\p{C}\p{Z}]+"),))
    assert data_ok(word, text) is valid
