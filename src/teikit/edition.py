"""A whole edition in one folder: standalone TEI, reading pages, an index page,
data indexes and the CMIF file.

Layout of the folder::

    index.html          the letters by date, by correspondent and by place, linked to their pages
    html/<name>.html    reading pages, each with links to the index and to the previous and next letter
    tei/<name>.xml      each TEI file, standalone (register entries in standOff)
    data/index.json     letters, persons, places, orgs; data/<table>.csv likewise
    cmif.xml            the CMIF file for correspSearch
    book.pdf            with pdf=True: the letters as one book for print (teikit.render.book)

``<name>`` is the file's path below the folder given (a file given by itself: its
name), without ``.xml``, as every export names its outputs. Only TEI documents with
correspondents count as letters; other TEI texts (an introduction) get a page and
are listed apart; files that are not TEI, or hold only letters' metadata (CMIF),
are refused with one line each.
"""

from __future__ import annotations

import dataclasses
import posixpath
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from lxml import etree
from lxml.builder import E

from teikit.batch import WriteOptions
from teikit.errors import TeikitError
from teikit.export.cmif import CmifBuilder, CmifOptions, write_cmif
from teikit.export.index import ENTITY_TABLES, Index, csv_bytes, json_bytes
from teikit.export.letters import Document, Letter, document_of
from teikit.export.outcome import Outcome
from teikit.export.sources import SourceFile
from teikit.export.standalone import make_standalone
from teikit.registers import Registers
from teikit.render.book import not_a_letter_file
from teikit.resources import xslt_dir
from teikit.xml import NS, serialize, tei

CMIF_FILE = "cmif.xml"
TEI_PATH = "tei/{name}.xml"
HTML_PATH = "html/{name}.html"
UNDATED = "\uffff"


@dataclasses.dataclass
class Entry:
    """One TEI document of the edition: its source, facts and standalone TEI."""

    source: SourceFile
    document: Document
    tei: bytes

    @property
    def name(self) -> str:
        return self.document.source.name

    @property
    def is_letter(self) -> bool:
        """A letter names its recipient, or its header describes correspondence (correspDesc, particDesc);
        a text with only an author (an editors' introduction) is not one."""
        return any(letter.recipients or (letter.senders and letter.origins.get("correspondents") != "titleStmt")
                   for letter in self.document.letters)

    @property
    def page(self) -> str:
        return HTML_PATH.format(name=self.name)

    @property
    def sort_key(self) -> tuple[str, str]:
        dates = [letter.date.sort_key for letter in self.document.letters if letter.date and letter.date.sort_key]
        return (min(dates) if dates else UNDATED, self.name)


def build_edition(sources: list[SourceFile], out_dir: Path, options: CmifOptions, registers: Registers, *,
                  write: WriteOptions = WriteOptions(), outcome: Outcome | None = None, pdf: bool = False) -> Outcome:
    """Write the edition of the sources to out_dir; one bad file is a failure, not the end.

    Nothing is written when there is no source at all.
    """
    outcome = (outcome or Outcome()).start("export edition", write, out_dir)
    if not sources:
        return outcome.close()
    entries: list[Entry] = []
    for source, root in outcome.roots(sources):
        refused = not_a_letter_file(root)
        if refused:
            outcome.fail(f"{source.display}: {refused}: left out of the edition")
            continue
        standalone = make_standalone(root, registers)
        if standalone.unresolved:
            outcome.warn(source.display, "pointer(s) found in no register: " + ", ".join(f"#{k}" for k in standalone.unresolved))
        document = document_of(standalone.root, source, registers)
        for warning in document.warnings:
            outcome.warn(source.display, warning)
        entries.append(Entry(source, document, serialize(standalone.root)))

    letters = sorted((e for e in entries if e.is_letter), key=lambda e: e.sort_key)
    others = sorted((e for e in entries if not e.is_letter), key=lambda e: e.name)
    for entry in entries:
        outcome.write(out_dir / TEI_PATH.format(name=entry.name), entry.tei, entry.source)
    _write_pages(letters, others, out_dir, outcome)

    documents = [e.document for e in letters]
    index = Index()
    for document in documents:
        index.add(document)
    outcome.write(out_dir / "data" / "index.json", json_bytes(index))
    for table in ("letters", *ENTITY_TABLES):
        outcome.write(out_dir / "data" / f"{table}.csv", csv_bytes(index, table))

    builder = CmifBuilder(dataclasses.replace(options, file_name=CMIF_FILE, letter_path=HTML_PATH))
    for document in documents:
        builder.add(document, outcome)
    if options.missing():
        outcome.warn(str(out_dir), f"{CMIF_FILE} not written: correspSearch needs {', '.join(options.missing())} "
                                   "(or teikit.toml)")
        cmif_written = False
    elif not builder.letters:
        outcome.warn(str(out_dir), f"{CMIF_FILE} not written: no letter names a correspondent")
        cmif_written = False
    else:
        failures = len(outcome.failures)
        write_cmif(builder, out_dir / CMIF_FILE, outcome)  # not written when correspSearch would refuse it
        cmif_written = len(outcome.failures) == failures
    outcome.write(out_dir / "index.html", contents_page(letters, others, options.title, cmif_written))
    if pdf and letters:
        from teikit.render.book import BOOK_FILE, book_pdf

        roots = [etree.fromstring(entry.tei) for entry in letters]  # the standalone TEI this run serialised
        outcome.write(out_dir / BOOK_FILE, book_pdf(roots, options.title))
    return outcome.close()


def _write_pages(letters: list[Entry], others: list[Entry], out_dir: Path, outcome: Outcome) -> None:
    """Reading pages through teikit.render, linked to the index and to the letters before and after."""
    from teikit.render import Renderer, RenderOptions

    renderer = Renderer(RenderOptions("html"))
    for position, entry in enumerate(letters + others):
        before = letters[position - 1] if 0 < position < len(letters) else None
        after = letters[position + 1] if position + 1 < len(letters) else None
        here = PurePosixPath(entry.page).parent
        params = {
            "nav-index": posixpath.relpath("index.html", here),
            "nav-prev": posixpath.relpath(before.page, here) if before else "",
            "nav-prev-title": before.document.title if before else "",
            "nav-next": posixpath.relpath(after.page, here) if after else "",
            "nav-next-title": after.document.title if after else "",
        }
        try:
            page = renderer.render_bytes(entry.tei, entry.document.source.display, params)
        except TeikitError as err:
            outcome.fail(str(err))
            continue
        outcome.write(out_dir / entry.page, page, entry.source)


def _names(parties: list, empty: str = "") -> str:  # type: ignore[type-arg]
    return "; ".join(p.name or p.label for p in parties) or empty


def _letter_item(entry: Entry, letter: Letter) -> etree._Element:
    """One letter in a list: its date, title (linked to its page), correspondents and place."""
    date = letter.date
    meta = " · ".join(part for part in (
        f"{_names(letter.senders, '?')} → {_names(letter.recipients, '?')}",
        letter.place.name if letter.place else "") if part)
    return E.li(
        E.time(date.text or date.sort_key, {"class": "date", "datetime": date.sort_key}) if date and date.sort_key
        else E.span(date.text if date and date.text else "undated", {"class": "date"}),
        E.a(letter.title or entry.name, href=entry.page),
        E.span(meta, {"class": "meta"}),
    )


def _grouped(letters: list[Entry], keys: Callable[[Letter], list[str]]) -> dict[str, list[tuple[Entry, Letter]]]:
    groups: dict[str, list[tuple[Entry, Letter]]] = defaultdict(list)
    for entry in letters:
        for letter in entry.document.letters:
            for key in dict.fromkeys(keys(letter)):
                groups[key].append((entry, letter))
    return dict(sorted(groups.items(), key=lambda item: item[0].casefold()))


def _section(ident: str, heading: str, groups: dict[str, list[tuple[Entry, Letter]]]) -> etree._Element:
    blocks = []
    for name, items in groups.items():
        blocks.append(E.div({"class": "group"}, E.h3(name, E.span(str(len(items)), {"class": "count"})),
                            E.ol({"class": "letters"}, *(_letter_item(e, letter) for e, letter in items))))
    return E.section({"id": ident}, E.h2(heading), *blocks)


def contents_page(letters: list[Entry], others: list[Entry], title: str | None, cmif: bool) -> bytes:
    """index.html: the letters by date (undated last), by correspondent and by place; other texts apart."""
    heading = title or "Letters"
    count = sum(len(e.document.letters) for e in letters)
    by_year = _grouped(letters, lambda letter: [(letter.date.sort_key[:4] if letter.date else "") or "undated"])
    if "undated" in by_year:
        by_year["undated"] = by_year.pop("undated")
    by_person = _grouped(letters, lambda letter: [p.label or p.name for p in letter.senders + letter.recipients])
    by_place = _grouped(letters, lambda letter: [p.label or p.name for a in letter.actions for p in a.places])
    sections = [_section("by-date", "Letters by date", by_year),
                _section("by-correspondent", "By correspondent", by_person),
                _section("by-place", "By place", by_place)]
    if others:
        sections.append(E.section({"id": "other-texts"}, E.h2("Other texts"),
                                  E.ul(*(E.li(E.a(e.document.title or e.name, href=e.page)) for e in others))))
    page = E.html(
        E.head(E.meta(charset="utf-8"), E.meta(name="viewport", content="width=device-width, initial-scale=1"),
               E.meta(name="generator", content="teikit"), E.title(heading),
               E.style((xslt_dir() / "css" / "edition.css").read_text(encoding="utf-8"))),
        E.body(
            E.header(
                E.h1(heading),
                E.p({"class": "summary"}, f"{count} letter(s)" + (f", {len(others)} other text(s)" if others else "")
                    + ". Data: ", E.a("JSON", href="data/index.json"), ", ", E.a("CSV", href="data/letters.csv"),
                    *([", ", E.a("CMIF", href=CMIF_FILE)] if cmif else []), "."),
                E.nav(E.a("By date", href="#by-date"), E.a("By correspondent", href="#by-correspondent"),
                      E.a("By place", href="#by-place"),
                      *([E.a("Other texts", href="#other-texts")] if others else [])),
            ),
            E.main(*sections),
        ),
        lang="en",
    )
    return b"<!DOCTYPE html>\n" + etree.tostring(page, method="html", encoding="UTF-8", pretty_print=True)
