"""Many letters as one book for print: one PDF with title page, contents, the letters in date order
(running heads, footnotes) and one index of persons, organisations and places with page numbers.

The letters are gathered into one ``teiCorpus`` in date order and rendered by ``tei-html.xsl``
with ``book`` and ``paged`` set; WeasyPrint lays out the pages and fills in the page numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from teikit.batch import KeptError, Outcome, Outputs, WriteOptions
from teikit.errors import InputError, TeikitError
from teikit.letter_facts import letter_facts
from teikit.render.renderer import Renderer, RenderOptions
from teikit.xml import NS, parse_file, tei

BOOK_FILE = "book.pdf"
UNDATED = "\uffff"


def not_a_letter_file(root: etree._Element) -> str | None:
    """Why a parsed file is not a letter to print or publish (another vocabulary, a CMIF file), or None."""
    if root.tag != tei("TEI"):
        return f"not a TEI document (root element {etree.QName(root).localname})"
    descs = len(root.findall("t:teiHeader//t:correspDesc", NS))
    text = root.find(tei("text"))
    if descs > 1 or (descs and (text is None or not "".join(text.itertext()).strip())):
        return f"the metadata of {descs} letter(s) without their text (a CMIF file)"
    return None


def date_key(root: etree._Element) -> str:
    """The earliest ISO date of a letter's header, for date order (undated last)."""
    dates = [c.date.sort_key for c in letter_facts(root).letters if c.date and c.date.sort_key]
    return min(dates) if dates else UNDATED


@dataclass
class Book:
    """The letters of a book in date order, and the inputs left out with the reason."""

    letters: list[tuple[str, Path, etree._Element]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def add(self, path: Path) -> None:
        try:
            root = parse_file(path).getroot()
        except TeikitError as err:
            self.refused.append(str(err))
            return
        reason = not_a_letter_file(root)
        if reason:
            self.refused.append(f"{path}: {reason}: left out of the book")
        else:
            self.letters.append((date_key(root), path, root))

    def in_date_order(self) -> list[etree._Element]:
        return [root for _, _, root in sorted(self.letters, key=lambda item: (item[0], str(item[1])))]


def book_pdf(letters: Sequence[etree._Element], title: str | None = None, paper: str = "a4") -> bytes:
    """The PDF of TEI letters in the order given, as one teiCorpus titled ``title``."""
    corpus = etree.Element(tei("teiCorpus"), nsmap={None: NS["t"]})
    header = etree.SubElement(corpus, tei("teiHeader"))
    title_stmt = etree.SubElement(etree.SubElement(header, tei("fileDesc")), tei("titleStmt"))
    etree.SubElement(title_stmt, tei("title")).text = title or ""
    corpus.extend(letters)
    renderer = Renderer(RenderOptions("pdf", paper=paper))  # type: ignore[arg-type]
    return renderer.render_bytes(etree.tostring(corpus, encoding="utf-8"), "book", {"book": True})


def letter_files(inputs: Sequence[Path]) -> list[Path]:
    """The files given, and every *.xml below the folders given."""
    found: list[Path] = []
    for given in inputs:
        if given.is_dir():
            found.extend(sorted(p for p in given.rglob("*.xml") if p.is_file()))
        elif given.is_file():
            found.append(given)
        else:
            raise InputError(f"{given}: no such file or folder")
    return found


def build_book(inputs: Sequence[Path], title: str | None = None, paper: str = "a4") -> tuple[bytes, Book]:
    """The PDF of the letters among the inputs, and the book (its letters, and one line for each input left out)."""
    book = Book()
    for path in letter_files(inputs):
        book.add(path)
    if not book.letters:
        raise InputError(f"no letters to print in {', '.join(map(str, inputs))}")
    return book_pdf(book.in_date_order(), title, paper), book


def write_book(inputs: Sequence[Path], out_dir: Path, title: str | None = None, paper: str = "a4",
               write: WriteOptions = WriteOptions()) -> Outcome:
    """out_dir/book.pdf of the letters among the inputs; each input left out is a failure line."""
    outcome = Outcome(verb="printed", unit="letter")
    outputs = Outputs("render book", write)
    outputs.add(out_dir)
    pdf, book = build_book(inputs, title, paper)
    for line in book.refused:
        outcome.fail(line)
    try:
        outputs.write(out_dir / BOOK_FILE, pdf)
    except KeptError as err:
        outcome.kept.append(str(err))
    outcome.done = len(book.letters)
    outputs.close(outcome)
    return outcome
