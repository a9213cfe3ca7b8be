"""Convert raw pages to TEI files and a JSON report: the convert job end to end."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from teikit import __version__
from teikit.batch import USAGE, Input, Outcome, Outputs, WriteOptions, collect_inputs, plan
from teikit.batch.outputs import STDOUT
from teikit.batch.decode import Text, check_encoding, decode
from teikit.batch.progress import Progress
from teikit.convert import audit
from teikit.convert.archives import CitationParser
from teikit.convert.dates import (
    DateContext,
    DateMatch,
    find_dates,
    furniture_years,
    opening_dateline,
    parse_dateline,
)
from teikit.convert.encode import Encoded, encode_document
from teikit.convert.letter import Recognisers, structure
from teikit.convert.names import Mention, NameFinder
from teikit.convert.names_evidence import text_language
from teikit.convert.profile import NO_PROFILE, Profile
from teikit.convert.segment import Layout, layout, page_language
from teikit.errors import TeikitError
from teikit.model import Document
from teikit.registers import Registers, load_registers
from teikit.validate import validate_tree
from teikit.xml import serialize


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
    encoding: str | None = None
    error: str | None = None

    def as_json(self) -> dict[str, object]:
        body: dict[str, object] = {
            "source": self.source, "documents": self.documents, "furniture": self.furniture,
            "removed": self.removed, "duplicates_removed": self.duplicates_removed,
            "unconfirmed": self.unconfirmed, "warnings": self.warnings,
        }
        if self.encoding not in (None, "utf-8"):
            body["encoding"] = self.encoding
        if self.error is not None:
            body["error"] = self.error
        return body


@dataclass
class ConvertedPage:
    """The TEI files of one page (names and serialised bytes) and its report entry."""

    report: PageReport
    files: list[tuple[str, bytes]]


class Converter:
    """Converts pages with one set of registers, compiled once."""

    def __init__(self, registers: Registers, profile: Profile = NO_PROFILE):
        self.registers = registers
        self.profile = profile
        self.finder = NameFinder(registers)
        self.citations = CitationParser(registers)

    def convert_text(self, text: str, source: str, stem: str,
                     on_progress: Callable[[float], None] | None = None, file_name: str | None = None) -> ConvertedPage:
        """Convert the text of one page; raises TeikitError when the audit finds lost text.

        ``source`` names the page in messages, ``file_name`` in the TEI (default:
        the last part of ``source``). A page of many documents is held as their
        serialised bytes, not their trees; ``on_progress`` hears the share of the
        page's lines done.
        """
        page = self.layout(text)
        report = PageReport(source=source, furniture=[ln.stripped for ln in page.furniture])
        base = _page_dates(page)
        rec = self.recognisers(page)
        files: list[tuple[str, bytes]] = []
        kept: list[str] = []
        tei_texts: list[str] = []
        if page.collection and not page.blocks:
            kept += [ln.stripped for ln in page.collection.lines]
        documents, introductions = _introductions([structure(block, rec, self.profile) for block in page.blocks])
        lines = text.count("\n") + 1
        for i, doc in enumerate(documents, start=1):
            year, month, year_source = _document_date(doc, base)
            context = dataclasses.replace(base, year=year, month=month, year_source=year_source)
            own_text = _document_text(doc)
            names = self.finder.document(text_language(own_text, page.lang), year=year)
            # the page's title and navigation name its correspondents in full ("Hermann Bahr – Arthur Schnitzler")
            names.prime("\n".join([own_text] + [note.text for note in doc.notes] + [ln.stripped for ln in page.furniture]))
            encoded = encode_document(doc, source=file_name or Path(source).name, lang=page.lang, collection=page.collection,
                                      names=names, citations=self.citations, context=context,
                                      registers=self.registers, introductions=introductions.get(i - 1, []),
                                      default_sender=self.profile.sender or page.author,
                                      correspondents=page.correspondents,
                                      default_collection=self.profile.collection)
            name = numbered(stem, i, len(documents))
            report.warnings += [f"{name}: {w}" for w in _checked(encoded, f"{source}: {name}")]
            tei_texts += audit.source_texts(encoded.tree)
            files.append((name, serialize(encoded.tree)))
            report.removed += encoded.removed
            report.duplicates_removed += len(encoded.removed)
            report.warnings += [f"{name}: {w}" for w in encoded.warnings]
            report.unconfirmed += names.proposals
            kept += encoded.consumed
            if on_progress is not None:
                on_progress(min(1.0, _last_line(doc) / lines))
        lost = audit.lost_text(text, tei_texts + report.furniture + report.removed + kept)
        if lost:
            raise TeikitError(f"{source}: text would be lost: {' '.join(lost[:20])}")
        return ConvertedPage(report, files)


    def recognisers(self, page: Layout) -> Recognisers:
        """What the structure asks of the date and name grammars, in the page's context."""
        base = _page_dates(page)

        @functools.lru_cache(maxsize=None)  # asked whether a word is a person, then a place
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


def _page_dates(page: Layout) -> DateContext:
    """The dating context of a page: the years its collection's title names, else its navigation."""
    if page.collection and page.collection.span:
        return DateContext(span=page.collection.span, lang=page.lang, span_source="the collection's title")
    return DateContext(span=furniture_years([ln.stripped for ln in page.furniture]), lang=page.lang,
                       span_source="the page's navigation")


def numbered(stem: str, n: int, count: int) -> str:
    """The file name of a page's n-th of count documents: numbers zero-padded so names sort in page order."""
    return f"{stem}.xml" if count == 1 else f"{stem}-{n:0{len(str(count))}d}.xml"


def _last_line(doc: Document) -> int:
    units = [*doc.head_units, *doc.opener, *doc.body, *doc.closer, *doc.postscript, doc.citation, doc.published]
    return max((u.line for u in units if u is not None), default=0)


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


def _document_date(doc: Document, base: DateContext) -> tuple[int | None, int | None, str | None]:
    """Year and month of the document's first dated line, as context for short dates; a date in
    the heading gives the century of a dateline's two-digit year (``Wien 3. XI. 93.``), and the
    document's date when no line is dated."""
    heading = next((_year_month(m) for unit in doc.head_units if unit.role == "head"
                    for m in find_dates(unit.text, base, heading=True) if _year_month(m)[0] is not None), None)
    if heading is not None:
        base = dataclasses.replace(base, year=heading[0], month=heading[1], year_source="the heading")
    for unit in doc.opener + doc.closer:
        if unit.role in ("dateline", "closing-dateline", "transmission"):
            match = parse_dateline(unit.text, base)
            if match is not None and _year_month(match)[0] is not None:
                return *_year_month(match), match.year_from
    return (*heading, "the heading") if heading else (None, None, None)


def _year_month(match: DateMatch) -> tuple[int | None, int | None]:
    """The year and month a date names, if it names its year."""
    value = next(iter(match.attrs.values()), "")
    if not value[:4].isdigit():
        return None, None
    return int(value[:4]), int(value[5:7]) if value[5:7].isdigit() else None


def read_page(item: Input, encoding: str | None = None) -> Text:
    """The text of a raw page (see teikit.batch.decode); InputError when it cannot be read or decoded."""
    return decode(item.read_bytes(), item.display, encoding)


@dataclass
class ConvertRun:
    """A convert run: its page reports (for the JSON report) and its outcome."""

    outcome: Outcome = field(default_factory=lambda: Outcome(verb="converted", unit="page"))
    pages: list[PageReport] = field(default_factory=list)

    def report_json(self) -> str:
        body = {"teikit": __version__, "inputs": [p.as_json() for p in self.pages]}
        return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def convert_files(inputs: Sequence[str | Path], out_dir: Path, *, registers_dir: Path | None = None,
                  report_path: Path | None = None, encoding: str | None = None, profile: Profile = NO_PROFILE,
                  write: WriteOptions = WriteOptions(), progress: Progress | None = None, jobs: int = 1) -> Outcome:
    """Convert each input page (folders: their ``*.txt``; ``-``: standard input) into out_dir.

    A page's documents go to ``out_dir/<its path below the folder given>.xml``,
    numbered when there are several; with out_dir ``-`` the one document of the
    one page given goes to standard output. One failing page does not stop the others.
    With ``jobs`` > 1 the pages are converted by that many processes; the files,
    the report and the messages are the same, in the same order, as with one.
    """
    run = ConvertRun()
    items = collect_inputs(inputs, ".txt", run.outcome)
    if encoding:
        check_encoding(encoding)
    outputs = Outputs("convert", write)
    if str(out_dir) == STDOUT:
        if len(items) > 1:
            run.outcome.fail(f"-: {len(items)} pages, but standard output takes one document; "
                             "give --out-dir a folder", USAGE)
            return run.outcome
    else:
        outputs.add(out_dir)
    work = plan(items, out_dir, ".xml", run.outcome)
    if progress is not None:
        progress.start(sum(item.size() for item in items))
    converter = Converter(load_registers(registers_dir), profile)
    jobs = max(1, min(jobs, len(work)))
    if jobs == 1:
        for item, target in work:
            advance = _advancer(item, progress)
            _record_page(_convert_page(converter, item, target, encoding, advance), item, target, outputs, run)
            advance(1.0)
    else:
        pages = _convert_in_parallel(work, encoding, converter, registers_dir, jobs)
        for (item, target), page in zip(work, pages):
            _record_page(page, item, target, outputs, run)
            _advancer(item, progress)(1.0)
    if report_path is not None:
        try:
            outputs.write(report_path, run.report_json())
        except TeikitError as err:
            run.outcome.fail(str(err), err.exit_code)
    outputs.close(run.outcome)
    documents = sum(len(p.documents) for p in run.pages)
    notes = sum(len(p.warnings) for p in run.pages)
    run.outcome.totals += [f"{documents} TEI document(s)", f"{notes} note(s) for the editor in the report"]
    return run.outcome


@dataclass
class _Page:
    """One page converted (its documents and the text's encoding and notes), or why it failed."""

    converted: ConvertedPage | None = None
    text: Text | None = None
    error: TeikitError | None = None


def _advancer(item: Input, progress: Progress | None) -> Callable[[float], None]:
    """Advances the progress by the share of the page's bytes done (never back, never twice)."""
    size, done = item.size(), 0

    def advance(share: float) -> None:
        nonlocal done
        if progress is not None and int(share * size) > done:
            progress.advance(int(share * size) - done)
            done = int(share * size)

    return advance


def _convert_page(converter: Converter, item: Input, target: Path, encoding: str | None,
                  advance: Callable[[float], None] | None = None) -> _Page:
    """Read, decode and convert one page."""
    text = None
    try:
        text = read_page(item, encoding)
        if not any(c.isalnum() for c in text.text):
            raise TeikitError(f"{item.display}: empty page: no letter or digit to convert")
        return _Page(converter.convert_text(text.text, item.display, target.stem, advance, item.relative.name), text)
    except TeikitError as err:
        return _Page(text=text, error=err)


_worker: Converter | None = None  # the converter of a worker process


def _start_worker(converter: Converter | None, registers_dir: Path | None, profile: Profile) -> None:
    """A forked worker takes the parent's converter as it is; a spawned one builds its own."""
    global _worker
    _worker = converter or Converter(load_registers(registers_dir), profile)


def _convert_in_worker(item: Input, target: Path, encoding: str | None) -> _Page:
    assert _worker is not None, "worker started without _start_worker"
    return _convert_page(_worker, item, target, encoding)


def _convert_in_parallel(work: Sequence[tuple[Input, Path]], encoding: str | None, converter: Converter,
                         registers_dir: Path | None, jobs: int) -> Iterator[_Page]:
    """The pages converted by ``jobs`` worker processes; results in input order.

    Workers are forked (they share the compiled registers) unless Saxon runs in
    this process: its threads do not survive a fork.
    """
    from concurrent.futures import ProcessPoolExecutor  # only for parallel runs: a slow import
    from multiprocessing import get_all_start_methods, get_context

    from teikit.validate.schematron import saxon_started

    fork = "fork" in get_all_start_methods() and not saxon_started()
    with ProcessPoolExecutor(jobs, mp_context=get_context("fork" if fork else "spawn"), initializer=_start_worker,
                             initargs=(converter if fork else None, registers_dir, converter.profile)) as pool:
        yield from pool.map(_convert_in_worker, [item for item, _ in work], [target for _, target in work],
                            [encoding] * len(work))


def _record_page(page: _Page, item: Input, target: Path, outputs: Outputs, run: ConvertRun) -> None:
    """Write one page's documents and report it; a failure is one line of the outcome."""
    if page.error is not None:
        run.pages.append(PageReport(source=item.display, error=str(page.error)))
        run.outcome.fail(str(page.error), page.error.exit_code)
        return
    text = page.text
    assert page.converted is not None and text is not None
    report = page.converted.report
    report.encoding = text.encoding
    report.warnings += text.notes
    run.pages.append(report)
    outputs.mark_read(item.path)
    for note in text.notes:
        run.outcome.warn(item.display, note)
    files = page.converted.files
    if not files:
        run.outcome.warn(item.display, "no document found on the page; nothing written")
    if str(target.parent) == STDOUT and len(files) > 1:
        run.outcome.fail(f"{item.display}: {len(files)} documents, but standard output takes one; "
                         "give --out-dir a folder", USAGE)
        return
    for name, data in files:
        path = Path(STDOUT) if str(target.parent) == STDOUT else target.with_name(name)
        try:
            outputs.write(path, data, item.path)
        except TeikitError as err:
            run.outcome.fail(str(err), err.exit_code)
            continue
        report.documents.append(str(path))
        run.outcome.detail(f"{item.display} -> {path}")
    run.outcome.done += 1
