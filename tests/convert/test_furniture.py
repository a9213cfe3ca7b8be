"""Furniture recognised by what it is: navigation, credits, page numbers, running heads, repeats."""

from __future__ import annotations

import pytest

from teikit.convert import furniture


@pytest.mark.parametrize("line, rule", [
    ("Letters Archive » Library » Engels » Letters", "nav-bar"),
    ("Главная > Письма > 1892", "nav-bar"),
    ("Briefwechsel digital | Startseite | Register | Suche", "nav-bar"),
    ("Transcribed by the editors, 2001.", "credit-or-licence"),
    ("Download: PDF (124 KB)", "credit-or-licence"),
    ("Lizenz: CC BY 4.0", "credit-or-licence"),
    ("Télécharger", "credit-or-licence"),
    ("213", "page-number"),
    ("— 47 —", "page-number"),
    ("Page 12 / 340", "page-number"),
    ("212 LETTERS OF JOHN RUSKIN", "running-head"),
    ("LETTERS OF JOHN RUSKIN 213", "running-head"),
    ("Page:Brenner - Briefe 1840-1850, 2.djvu/118", "site-line"),
    ("Sayfa 3 / 9", "page-number"),
    ("< backward   forward >", "nav-bar"),
    ("BRIEFWECHSEL 1899    49", "running-head"),
    ("290 BRIEFWECHSEL", "running-head"),
    ("‹ Предыдущая 1 … 25 26 27 … 65 Следующая ›", "nav-bar"),
    ("« Page précédente | Page suivante »", "nav-bar"),
    ("Diese Seite wurde korrekturgelesen und ist mit dem Faksimile verglichen.", "credit-or-licence"),
])
def test_furniture_lines_by_shape(line: str, rule: str) -> None:
    assert furniture.line_rule(line) == rule


@pytest.mark.parametrize("line", [
    "Share the joy of the news with him.",  # a furniture word opening a sentence
    "Опубликовано: «Вопросы истории КПСС». 1966. № 10. С. 91.",  # quotation marks, not a breadcrumb
    "1917",  # a year, not a page number
    "47.",  # a numbering line
    "SECRET 2",  # a mark with a note marker
    "Tiflis, 14/III 22.",
    "RGASPI. F. 558. Op. 1. D. 2427. L. 1-4. Autograph.",
    "I went to Moscow | and then",
    "« J'ai trouvé Paris tout petit hier, en traversant les ponts »",  # a quotation in guillemets
    "12 SEPTEMBER",  # a date in capitals
    "ANMERKUNGEN 12",
])
def test_lines_of_documents_are_not_furniture(line: str) -> None:
    assert furniture.line_rule(line) is None


def test_repeated_lines_and_running_heads_with_other_page_numbers() -> None:
    lines = ["Ruskin Online", "LETTERS OF JOHN RUSKIN 212", "My dear Acland,", "213 Letters of John Ruskin",
             "Ruskin Online", "January 16, 1923", "January 25, 1923", "[Rykov]", "[Rykov]"]
    keys = furniture.repeated(lines)
    assert furniture.repeat_key("Ruskin Online") in keys
    assert furniture.repeat_key("LETTERS OF JOHN RUSKIN 214") in keys
    for line in ("January 16, 1923", "[Rykov]", "My dear Acland,"):
        assert furniture.repeat_key(line) not in keys
