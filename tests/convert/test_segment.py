"""Page layout: furniture, the collection header and document blocks."""

from teikit.convert.segment import layout, page_language

PAGE = """Lebedev to Orlova

Marx-Engels |\u00a0 Lenin \u00a0| Stalin |\u00a0 Home Page

 Letters of the Party. 1912-1927
Collection of documents 1996.
Compiled by: A.V.Ivanov, L.P.Petrova.

Stalin Correspondences

No. 87
P. A. Lebedev to N. S. Orlova

Dear Comrade Orlova!

The paper has arrived 1 .

P. Lebedev.

ARCH. F. 17. Op. 67. D. 412. L. 21-22. Autograph.

Notes:

1 In December.

Telegram from N. S. Orlova to P. A. Lebedev

Received.

ARCH. F. 17. Op. 67. D. 413. L. 1.
<< Previous letter | Contents | Next letter >>
"""


def test_layout_sorts_every_line() -> None:
    page = layout(PAGE, lambda line: line.startswith("ARCH."))
    assert [ln.stripped for ln in page.furniture] == [
        "Lebedev to Orlova", "Marx-Engels |\u00a0 Lenin \u00a0| Stalin |\u00a0 Home Page",
        "Stalin Correspondences", "<< Previous letter | Contents | Next letter >>"]
    assert page.collection is not None and page.collection.span == (1912, 1927)
    assert page.collection.year == "1996"
    first, second = page.blocks
    assert first.number is not None and first.number.stripped == "No. 87"
    assert first.heading.stripped == "P. A. Lebedev to N. S. Orlova"
    assert [ln.stripped for ln in first.notes] == ["1 In December."]
    assert second.heading.stripped.startswith("Telegram from")
    assert second.citation is not None and not second.notes


def test_language() -> None:
    assert page_language("Т. Сталин. Пишу Вам по делу") == "ru"
    assert page_language("Dear Comrade") == "en"
