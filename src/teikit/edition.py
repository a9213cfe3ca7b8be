"""A whole edition in one folder: standalone TEI, reading pages, a chronological list,
indexes and the CMIF file.

Layout of the folder::

    index.html          the letters in chronological order, linked to their pages
    tei/<name>.xml      each TEI file, standalone (register entries in standOff)
    html/<name>.html    reading pages, through teikit.render
    data/index.json     letters, persons, places, orgs; data/<table>.csv likewise
    cmif.xml            the CMIF file for correspSearch
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from lxml import etree
from lxml.builder import E

from teikit.batch import WriteOptions
from teikit.export.cmif import CmifBuilder, CmifOptions, write_cmif
from teikit.export.index import ENTITY_TABLES, Index, csv_bytes, json_bytes
from teikit.export.letters import Document, Letter, document_of
from teikit.export.outcome import Outcome
from teikit.export.sources import SourceFile
from teikit.export.standalone import make_standalone
from teikit.registers import Registers
from teikit.xml import serialize, tei

CMIF_FILE = "cmif.xml"
TEI_PATH = "tei/{name}.xml"
HTML_PATH = "html/{name}.html"
UNDATED = "\uffff"


def build_edition(sources: list[SourceFile], out_dir: Path, options: CmifOptions, registers: Registers, *,
                  write: WriteOptions = WriteOptions(), outcome: Outcome | None = None) -> Outcome:
    """Write the edition of the sources to out_dir; one bad file is a failure, not the end.

    Nothing is written when there is no source at all.
    """
    outcome = (outcome or Outcome()).start("export edition", write, out_dir)
    if not sources:
        return outcome.close()
    documents: list[Document] = []
    written: list[tuple[SourceFile, Path]] = []
    for source, root in outcome.roots(sources):
        if root.tag == tei("TEI"):
            standalone = make_standalone(root, registers)
            root = standalone.root
            if standalone.unresolved:
                outcome.warn(source.display, "pointer(s) found in no register: " + ", ".join(f"#{k}" for k in standalone.unresolved))
        tei_file = out_dir / TEI_PATH.format(name=source.name)
        outcome.write(tei_file, serialize(root), source)
        written.append((source, tei_file))
        document = document_of(root, source, registers)
        for warning in document.warnings:
            outcome.warn(source.display, warning)
        documents.append(document)

    page_path = HTML_PATH if _render_pages(written, out_dir, outcome) else TEI_PATH
    index = Index()
    for document in documents:
        index.add(document)
    outcome.write(out_dir / "data" / "index.json", json_bytes(index))
    for table in ("letters", *ENTITY_TABLES):
        outcome.write(out_dir / "data" / f"{table}.csv", csv_bytes(index, table))

    builder = CmifBuilder(dataclasses.replace(options, file_name=CMIF_FILE, letter_path=page_path))
    for document in documents:
        builder.add(document, outcome)
    if options.missing():
        outcome.warn(str(out_dir), f"{CMIF_FILE} not written: correspSearch needs {', '.join(options.missing())} "
                                   "(or teikit.toml)")
    else:
        write_cmif(builder, out_dir / CMIF_FILE, outcome)
    outcome.write(out_dir / "index.html", contents_page(documents, options.title, page_path))
    return outcome.close()


def _render_pages(written: list[tuple[SourceFile, Path]], out_dir: Path, outcome: Outcome) -> bool:
    """HTML reading pages through teikit.render; False (and a warning) when it is not available."""
    try:
        from teikit.render import render_html_files  # type: ignore[attr-defined]
    except ImportError:
        outcome.warn(str(out_dir), "HTML pages not written: teikit.render is not available; index.html links the TEI files")
        return False
    pairs = [(tei_file, out_dir / HTML_PATH.format(name=source.name)) for source, tei_file in written]
    for failure in render_html_files(pairs, outcome.outputs):
        outcome.fail(failure)
    return True


def _chronological(documents: list[Document]) -> list[tuple[Document, Letter]]:
    letters = [(d, letter) for d in documents for letter in d.letters]
    return sorted(
        letters,
        key=lambda item: ((item[1].date.sort_key if item[1].date else "") or UNDATED, item[0].source.name, item[1].number),
    )


def contents_page(documents: list[Document], title: str | None, page_path: str) -> bytes:
    """index.html: one row per letter, chronological, undated letters last."""
    heading = title or "Letters"
    rows = []
    for document, letter in _chronological(documents):
        date = letter.date
        link = page_path.format(name=document.source.name)
        rows.append(
            E.tr(
                E.td(date.text or date.sort_key if date else "", E.br(), E.small(date.sort_key if date else "undated")),
                E.td("; ".join(p.name or p.label for p in letter.senders)),
                E.td("; ".join(p.name or p.label for p in letter.recipients)),
                E.td(letter.place.name if letter.place else ""),
                E.td(E.a(letter.title, href=link)),
            )
        )
    page = E.html(
        E.head(E.meta(charset="utf-8"), E.title(heading)),
        E.body(
            E.h1(heading),
            E.p(f"{len(rows)} letter(s). Indexes: ", E.a("JSON", href="data/index.json"), ", ",
                E.a("CSV", href="data/letters.csv"), ". ", E.a("CMIF", href=CMIF_FILE), "."),
            E.table(E.thead(E.tr(*(E.th(h) for h in ("Date", "From", "To", "Place", "Letter")))), E.tbody(*rows)),
        ),
        lang="en",
    )
    return b"<!DOCTYPE html>\n" + etree.tostring(page, method="html", encoding="UTF-8", pretty_print=True)
