"""The converter's word lists: data files read by kind."""

from __future__ import annotations

import re

import pytest

from teikit.convert import lexicon


def test_every_list_loads_without_comments_blanks_or_repeats() -> None:
    assert {"salute", "closing", "address", "transmission"} <= set(lexicon.kinds())
    for kind in lexicon.kinds():
        entries = lexicon.words(kind)
        assert entries, kind
        assert all(e == e.strip() and not e.startswith("#") for e in entries)
        assert len(entries) == len(set(entries))


def test_lists_cover_the_four_languages() -> None:
    salutes = lexicon.words("salute")
    assert {"Dear", "Lieber", "Cher", "Дорогой"} <= set(salutes)
    assert "Sehr geehrter" in salutes


def test_alternation_prefers_the_longest_entry_and_allows_any_spacing() -> None:
    rx = re.compile(rf"(?:{lexicon.alternation('closing')})", re.IGNORECASE)
    assert rx.match("Yours  sincerely,").group() == "Yours  sincerely"
    assert rx.match("Ihr ergebener").group() == "Ihr ergebener"


def test_folded_membership_ignores_case() -> None:
    assert "herr" in lexicon.folded("address")


def test_an_unknown_kind_names_itself() -> None:
    with pytest.raises(KeyError, match="no word list 'nonsense'"):
        lexicon.words("nonsense")
