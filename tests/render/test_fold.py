"""Folding the stylesheet's lightly structured text to a page width."""

from __future__ import annotations

from teikit.render.text import fold


def test_wraps_at_width_without_breaking_words() -> None:
    text = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
    folded = fold(text, 20)
    assert all(len(line) <= 20 for line in folded.splitlines())
    assert folded.split() == text.split()


def test_a_word_longer_than_the_width_stays_whole() -> None:
    assert fold("a Donaudampfschifffahrtsgesellschaft b", 10).splitlines() == [
        "a", "Donaudampfschifffahrtsgesellschaft", "b"]


def test_paragraphs_apart_by_one_blank_line_and_lines_kept() -> None:
    assert fold("\n\n\n first   para \n\n\n\nline one\nline two \n\n", 72) == "first para\n\nline one\nline two\n"


def test_tab_after_a_label_gives_a_hanging_indent() -> None:
    assert fold("[12]\tone two three four", 12) == "[12] one two\n     three\n     four\n"


def test_unicode_is_preserved() -> None:
    assert fold("Сталин → Zürich „ja“", 72) == "Сталин → Zürich „ja“\n"
