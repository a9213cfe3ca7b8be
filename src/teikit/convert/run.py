"""Convert raw pages to TEI files and a JSON report: the convert job end to end."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from teikit import __version__
from teikit.convert import audit
from teikit.convert.archives import CitationParser
from teikit.convert.dates import DateContext, DateMatch, find_dates, opening_dateline, parse_dateline
from teikit.convert.encode import Encoded, encode_document
from teikit.convert.letter import Recognisers, structure
from teikit.convert.names import Mention, NameFinder
from teikit.convert.names_evidence import text_language
from teikit.convert.profile import NO_PROFILE, Profile
from teikit.convert.segment import Layout, layout, page_language
from teikit.errors import InputError, TeikitError
from teikit.model import Document
from teikit.registers import Registers, load_registers
from teikit.validate import validate_tree
from teikit.xml import serialize, write_atomic


@dataclass
class PageReport:
    """What convert did with one raw page, as the report lists it."""

    source: str
    documents: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    duplicates_removed: int = 0
    unconfirmed: list[dict[str, object]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    def as_json(self) -> dict[str, object]:
        body: dict[str, object] = {
            "source": self.source, "documents": self.documents, "furniture": self.furniture,
            "removed": self.removed, "duplicates_removed": self.duplicates_removed,
            "unconfirmed": self.unconfirmed, "warnings": self.warnings,
        }
        if self.error is not None:
            body["error"] = self.error
        return body


@dataclass
class ConvertedPage:
    """The TEI trees of one page, their file names, and its report entry."""

    report: PageReport
    files: list[tuple[str, Encoded]]


class Converter:
    """Converts pages with one set of registers, compiled once."""

    def __init__(self, registers: Registers, profile: Profile = NO_PROFILE):
        self.registers = registers
        self.profile = profile
        self.finder = NameFinder(registers)
        self.citations = CitationParser(registers)

    def convert_text(self, text: str, source: str, stem: str) -> ConvertedPage:
        """Convert the text of one page; raises TeikitError when the audit finds lost text."""
        page = self.layout(text)
        report = PageReport(source=source, furniture=[ln.stripped for ln in page.furniture])
        span = page.collection.span if page.collection else None
        base = DateContext(span=span, lang=page.lang)
        rec = self.recognisers(page)
        files: list[tuple[str, Encoded]] = []
        kept: list[str] = []
        if page.collection and not page.blocks:
            kept += [ln.stripped for ln in page.collection.lines]
        documents, introductions = _introductions([structure(block, rec, self.profile) for block in page.blocks])
        for i, doc in enumerate(documents, start=1):
            year, month = _document_date(doc, base)
            context = DateContext(year=year, month=month, span=span, lang=page.lang)
            own_text = _document_text(doc)
            names = self.finder.document(text_language(own_text, page.lang), year=year)
            names.prime("\n".join([own_text] + [note.text for note in doc.notes]))
            encoded = encode_document(doc, source=Path(source).name, lang=page.lang, collection=page.collection,
                                      names=names, citations=self.citations, context=context,
                                      registers=self.registers, introductions=introductions.get(i - 1, []),
                                      default_sender=self.profile.sender,
                                      default_collection=self.profile.collection)
            name = f"{stem}.xml" if len(documents) == 1 else f"{stem}-{i}.xml"
            report.warnings += [f"{name}: {w}" for w in _checked(encoded, f"{source}: {name}")]
            files.append((name, encoded))
            report.removed += encoded.removed
            report.duplicates_removed += len(encoded.removed)
            report.warnings += [f"{name}: {w}" for w in encoded.warnings]
            report.unconfirmed += names.proposals
            kept += encoded.consumed
        tei_texts = [t for _, enc in files for t in audit.source_texts(enc.tree)]
        lost = audit.lost_text(text, tei_texts + report.furniture + report.removed + kept)
        if lost:
            raise TeikitError(f"{source}: text would be lost: {' '.join(lost[:20])}")
        return ConvertedPage(report, files)


    def recognisers(self, page: Layout) -> Recognisers:
        """What the structure asks of the date and name grammars, in the page's context."""
        base = DateContext(span=page.collection.span if page.collection else None, lang=page.lang)

        def probe(word: str) -> list[Mention]:  # fresh state per word: no reading leaks between documents
            return self.finder.document(page.lang).find(word)

        return Recognisers(
            is_dateline=lambda line: parse_dateline(line, base) is not None,
            is_person=lambda word: _is_a(probe(word), word, "person"),
            is_place=lambda word: _is_a(probe(word), word, "place"),
            opening_dateline=lambda line: opening_dateline(line, base),
        )

    def layout(self, text: str) -> Layout:
        """The page's lines sorted into furniture, collection header and document blocks."""
        context = DateContext(lang=page_language(text))
        return layout(text, lambda line: self.citations.parse_line(line) is not None,
                      is_dateline=lambda line: parse_dateline(line, context) is not None, profile=self.profile)


def _is_introduction(doc: Document) -> bool:
    """An editors' text between documents: no heading of a letter, no address, signature or citation."""
    return (doc.kind == "other" and not (doc.senders_text or doc.recipients_text or doc.both_text or doc.pair_text)
            and doc.citation is None and not doc.closer and not any(u.role == "salute" for u in doc.opener))


def _introductions(docs: list[Document]) -> tuple[list[Document], dict[int, list[Document]]]:
    """The page's documents, and the editors' introductions that go with each (by index).

    An introduction belongs to the document after it (else the one before); a page
    that holds nothing else keeps it as its own document.
    """
    kept = [d for d in docs if not _is_introduction(d)]
    if not kept:
        return docs, {}
    attached: dict[int, list[Document]] = {}
    pending: list[Document] = []
    position = 0
    for doc in docs:
        if _is_introduction(doc):
            pending.append(doc)
        else:
            attached[position] = pending
            pending = []
            position += 1
    if pending:
        attached.setdefault(len(kept) - 1, []).extend(pending)
    return kept, attached


def _checked(encoded: Encoded, where: str) -> list[str]:
    """Validate a document against teikit's profile before it is written.

    A grammar error is a fault of the converter and stops the page; what the
    Schematron rules find (an undated letter, say) is for an editor to act on
    and goes into the report.
    """
    problems = validate_tree(encoded.tree)
    grammar = [p for p in problems if p.is_error and p.schema.endswith(".rng")]
    if grammar:
        raise TeikitError(f"{where}: the encoding is not valid against teikit's profile: {grammar[0].message}")
    return [p.message for p in problems]


def _is_a(mentions: list[Mention], text: str, kind: str) -> bool:
    """Whether the whole text is one registered name of the given kind."""
    return any(m.kind == kind and not m.unconfirmed and m.start == 0 and m.end >= len(text.rstrip(". "))
               for m in mentions)


def _document_text(doc: Document) -> str:
    """The words of a document's own text, for telling its language."""
    return "\n".join([doc.heading] + [u.text for u in doc.opener + doc.body + doc.closer + doc.postscript])


def _document_date(doc: Document, base: DateContext) -> tuple[int | None, int | None]:
    """Year and month of the document's first dated line, as context for short dates; a date in
    the heading gives the century of a dateline's two-digit year (``Wien 3. XI. 93.``), and the
    document's date when no line is dated."""
    heading = next((_year_month(m) for unit in doc.head_units if unit.role == "head"
                    for m in find_dates(unit.text, base, heading=True) if _year_month(m)[0] is not None), None)
    if heading is not None:
        base = dataclasses.replace(base, year=heading[0], month=heading[1])
    for unit in doc.opener + doc.closer:
        if unit.role in ("dateline", "closing-dateline", "transmission"):
            match = parse_dateline(unit.text, base)
            if match is not None and _year_month(match)[0] is not None:
                return _year_month(match)
    return heading or (None, None)


def _year_month(match: DateMatch) -> tuple[int | None, int | None]:
    """The year and month a date names, if it names its year."""
    value = next(iter(match.attrs.values()), "")
    if not value[:4].isdigit():
        return None, None
    return int(value[:4]), int(value[5:7]) if value[5:7].isdigit() else None


def read_page(path: Path) -> str:
    """The text of a raw page: UTF-8 with or without BOM."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text (byte {err.start}): convert it to UTF-8 first") from None


@dataclass
class Outcome:
    """The result of a convert run: pages converted, failures, and the exit status."""

    pages: list[PageReport]
    failures: list[tuple[str, int]]

    @property
    def exit_code(self) -> int:
        return max((code for _, code in self.failures), default=0)

    def summary_lines(self) -> list[str]:
        lines = [f"teikit: error: {message}" for message, _ in self.failures]
        docs = sum(len(p.documents) for p in self.pages)
        warnings = sum(len(p.warnings) for p in self.pages)
        converted = sum(p.error is None for p in self.pages)
        lines.append(f"converted {converted} page(s) into {docs} TEI file(s); "
                     f"{len(self.failures)} failed; {warnings} warning(s)")
        return lines


def iterate_pages(inputs: list[Path]) -> list[Path]:
    """Files as given, and every ``*.txt`` below the folders given, in name order."""
    pages: list[Path] = []
    for path in inputs:
        pages.extend(sorted(path.rglob("*.txt")) if path.is_dir() else [path])
    return pages


def _unique_stem(path: Path, used: set[str]) -> str:
    """The output name of a page: its stem, led by its folder's name when another page has that stem."""
    stem = path.stem
    if stem in used:
        stem = f"{path.parent.name}-{path.stem}"
    base, n = stem, 2
    while stem in used:
        stem, n = f"{base}-{n}", n + 1
    used.add(stem)
    return stem


def convert_files(inputs: list[Path], out_dir: Path, *, registers_dir: Path | None = None,
                  report_path: Path | None = None, profile: Profile = NO_PROFILE,
                  on_page: Callable[[Path], None] | None = None) -> Outcome:
    """Convert each input page (folders: their ``*.txt``); one failing page does not stop the others."""
    converter = Converter(load_registers(registers_dir), profile)
    pages: list[PageReport] = []
    failures: list[tuple[str, int]] = []
    stems: set[str] = set()
    for path in iterate_pages(inputs):
        if on_page is not None:
            on_page(path)
        try:
            converted = converter.convert_text(read_page(path), str(path), _unique_stem(path, stems))
        except TeikitError as err:
            failures.append((str(err), err.exit_code))
            pages.append(PageReport(source=str(path), error=str(err)))
            continue
        for name, encoded in converted.files:
            target = out_dir / name
            try:
                write_atomic(target, serialize(encoded.tree))
            except OSError as err:
                raise InputError(f"{target}: cannot write: {err.strerror or err}") from None
            converted.report.documents.append(str(target))
        pages.append(converted.report)
    if report_path is not None:
        body = {"teikit": __version__, "inputs": [p.as_json() for p in pages]}
        write_atomic(report_path, json.dumps(body, ensure_ascii=False, indent=2) + "\n")
    return Outcome(pages, failures)
