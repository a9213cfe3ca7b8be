"""A whole edition printed as one book, checked on its pages: contents and index page numbers, running heads,
date order, margins."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from teikit.cli import main
from tests.render.pdfpages import page_images, page_texts, require_poppler

LETTERS = Path(__file__).resolve().parents[1] / "fixtures" / "export" / "letters"


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("weasyprint", reason="PDF needs the optional extra teikit[pdf]")
    require_poppler()
    out = tmp_path_factory.mktemp("book")
    (out / "not-tei.xml").write_text("<html><body>no</body></html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(LETTERS), str(out / "not-tei.xml"), "--to", "pdf", "--book",
                                       "--title", "Sample letters", "--out-dir", str(out / "pdf")])
    assert result.exit_code == 1  # the file that is not TEI is left out, named on one line
    assert f"teikit: error: {out / 'not-tei.xml'}: not a TEI document (root element html): left out of the book" \
        in result.output
    return out / "pdf" / "book.pdf"


def test_title_page_contents_and_letters_in_date_order(book: Path) -> None:
    pages = page_texts(book)
    assert "Sample letters" in pages[0] and "3 letters, 1920–1924" in " ".join(pages[0].split())
    contents = re.findall(r"^(.+?) \.{3,} (\d+)$", pages[1], re.M)
    titles = [title for title, _ in contents]
    assert titles[:2] == ["Telegram of G. K. Ordzhonikidze to V. I. Lenin", "M. I. Kalinin to I. V. Stalin"]
    for title, number in contents:  # each letter starts on the page the contents give, its title as running head
        page = pages[int(number) - 1]
        assert title.split()[0] in page.splitlines()[0] or title == "Index", (title, number)


def test_index_gives_the_pages_names_are_on(book: Path) -> None:
    pages = page_texts(book)
    index = pages[-1]
    entry = re.search(r"^Baku.*?([\d, ]+)$", index, re.M | re.I)
    assert entry, index
    for number in re.findall(r"\d+", entry.group(1)):
        assert "Baku" in pages[int(number) - 1]


def test_book_pages_keep_their_margins(book: Path) -> None:
    for page in page_images(book):
        inked = page.ink_columns()
        if inked:
            assert page.mm(min(inked)) >= 21 and page.mm(max(inked)) <= 189
