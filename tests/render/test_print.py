"""Print as a typesetter sets it: words broken at line ends joined, white space collapsed, and PDF pages
checked by looking at them (page images and the words on each page)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from teikit.render import RenderOptions, render_paths
from tests.render.pdfpages import page_images, page_texts, require_poppler

TEI = "http://www.tei-c.org/ns/1.0"


def tei(body: str) -> str:
    return (f"<TEI xmlns='{TEI}'><teiHeader><fileDesc><titleStmt><title>Print</title></titleStmt></fileDesc>"
            f"</teiHeader><text><body>{body}</body></text></TEI>")


def render(tmp_path: Path, body: str, to: str) -> str:
    source = tmp_path / "letter.xml"
    source.write_text(tei(body), encoding="utf-8")
    (out,) = render_paths([source], tmp_path / to, RenderOptions(to)).written  # type: ignore[arg-type]
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("to", ["html", "text"])
def test_words_broken_at_a_line_end_are_joined(tmp_path: Path, to: str) -> None:
    shown = render(tmp_path, "<p>mi è conve-<lb/>\n   nuto metter; Nord-<lb/>Amerika; Bun<lb break='no'/>desrathes;"
                             " di che <lb/>\nlo pregai; uno¬<lb/> due</p>", to)
    assert "convenuto metter" in shown and "Nord-Amerika" in shown and "Bundesrathes" in shown
    assert "unodue" in shown  # a hyphen of old prints (¬) goes too
    assert re.search(r"di che (<span class=\"lb\"[^>]*></span>)?\s?lo pregai", shown)


@pytest.fixture(scope="module")
def book_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A long letter with many footnotes, whose notes hold the source's runs of spaces and line breaks."""
    pytest.importorskip("weasyprint", reason="PDF needs the optional extra teikit[pdf]")
    require_poppler()
    paragraphs = "".join(
        f"<p>Paragraph {i} says much about the matter at hand, " + "and goes on at length " * 12
        + f"before anchor{i}z<note place='foot'>Footnote{i}   text,\n      spread over\n   lines.</note>"
        + " and ends." + "</p>" for i in range(1, 25))
    folder = tmp_path_factory.mktemp("pdf")
    source = folder / "long.xml"
    source.write_text(tei(paragraphs), encoding="utf-8")
    (pdf,) = render_paths([source], folder / "out", RenderOptions("pdf")).written
    return pdf


def test_footnotes_stand_on_the_page_of_their_marker_with_single_spaces(book_pdf: Path) -> None:
    pages = page_texts(book_pdf)
    assert len(pages) > 2
    for i in range(1, 25):
        marker_page = next(n for n, page in enumerate(pages) if f"anchor{i}z" in page)
        assert f"Footnote{i} text, spread over lines." in " ".join(pages[marker_page].split()), i
        assert f"Footnote{i} text," in pages[marker_page]  # one space, as set: not the source's run


def test_nothing_overruns_the_side_margins(book_pdf: Path) -> None:
    for page in page_images(book_pdf):
        inked = page.ink_columns()
        assert inked, "an empty page"
        # A4 with 22 mm side margins: ink from 22 mm to 188 mm (a pixel's rounding either side)
        assert page.mm(min(inked)) >= 21 and page.mm(max(inked)) <= 189, (page.mm(min(inked)), page.mm(max(inked)))
