"""A structured document to a TEI P5 tree, with names, dates, notes and brackets marked up."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace

from lxml import etree

from teikit import __version__
from teikit.convert import duplicates
from teikit.convert.archives import Citation, CitationParser
from teikit.convert.dates import DateContext, DateMatch, find_dates, parse_dateline
from teikit.convert.inline import Inline, Span, bracket_spans, element
from teikit.convert.names import DocumentNames, Mention
from teikit.convert.notes import MarkerFinder
from teikit.model import Collection, Document, Note, Unit
from teikit.registers import NAME_TAG, Registers
from teikit.xml import TEI_NS, XML_LANG, tei

LIST_TAG = {"person": "listPerson", "org": "listOrg", "place": "listPlace"}
LANGUAGE = {"en": "English", "ru": "Russian"}
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")


@dataclass
class Encoded:
    """One document's TEI tree and what encoding it consumed, removed and noticed."""

    tree: etree._ElementTree
    consumed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unconfirmed: list[tuple[str, str]] = field(default_factory=list)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tei(tag), {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def _date_attrs(match: DateMatch) -> dict[str, str | None]:
    attrs: dict[str, str | None] = dict(match.attrs)
    if match.supplied:
        attrs["evidence"] = "conjecture"
    return attrs


def _ref(keys: tuple[str, ...]) -> str:
    return " ".join(f"#{k}" for k in keys)


class DocumentEncoder:
    """Encodes one document; keeps its names, notes and dates state while it goes."""

    def __init__(self, doc: Document, names: DocumentNames, citations: CitationParser,
                 context: DateContext, lang: str):
        self.doc = doc
        self.names = names
        self.citations = citations
        self.context = context
        self.lang = lang
        self.inline = Inline()
        self.removed: list[str] = []
        self.markers = MarkerFinder(doc.notes)
        self.notes_by_n: dict[str, list[Note]] = {}
        for note in doc.notes:
            self.notes_by_n.setdefault(note.n, []).append(note)
        self.placed: set[int] = set()
        self.dated: list[tuple[DateMatch, str]] = []
        self.sent_place: Mention | None = None
        self.sent_place_text: str | None = None

    # --- inline content -----------------------------------------------------

    def _warn(self, message: str) -> None:
        self.inline.warnings.append(message)

    def _name_spans(self, text: str) -> list[Span]:
        return [
            Span(m.start, m.end, element(NAME_TAG[m.kind], {"ref": _ref(m.keys), "cert": m.cert}), rank=7)
            for m in self.names.find(text)
        ]

    def _date_spans(self, text: str) -> list[Span]:
        spans = []
        for m in find_dates(text, self.context):
            if m.problem:
                self._warn(f"{m.problem}: kept as text")
                continue
            spans.append(Span(m.start, m.end, element("date", _date_attrs(m)), rank=4))
        return spans

    def _note_maker(self, n: str):
        def make(parent: etree._Element) -> etree._Element:
            waiting = [note for note in self.notes_by_n.get(n, []) if id(note) not in self.placed]
            if not waiting:
                self._warn(f"note marker {n} has no note text")
                return element("anchor", {"type": "note-marker", "n": n})(parent)
            note = waiting[0]
            self.placed.add(id(note))
            return self._note_element(parent, note)

        return make

    def _note_element(self, parent: etree._Element, note: Note) -> etree._Element:
        el = _sub(parent, "note", n=note.n or "?", type="editorial", place="end")
        if note.surface.strip():
            label = _sub(el, "label", note.surface.strip(), type="marker")
            label.tail = note.surface[len(note.surface.rstrip()):]
        text, removed = duplicates.remove_repeats(note.text)
        self.removed.extend(removed)
        cited = [Span(a, b, element("bibl", {"type": "citation"}), rank=3)
                 for a, b, _ in self.citations.find_in(text)]
        self.fill(el, text, markers=False, extra=cited)
        return el

    def fill(self, parent: etree._Element, text: str, *, markers: bool = True,
             dateline: DateMatch | None = None, extra: list[Span] | None = None) -> None:
        """Append text to parent with names, dates, brackets, note markers and extra spans."""
        extra = list(extra or [])
        names = [n for n in self._name_spans(text) if not any(n.start < e.end and e.start < n.end for e in extra)]
        spans = bracket_spans(text, self._warn) + names + extra
        if dateline is not None:
            dates = [Span(dateline.start, dateline.end, element("date", _date_attrs(dateline)), rank=4)
                     ] if dateline.attrs else []
        else:
            dates = self._date_spans(text)
        spans += dates
        if markers:
            for m in self.markers.find(text, exclude=[(d.start, d.end) for d in dates]):
                spans.append(Span(m.start, m.end, self._note_maker(m.n), rank=0, empty=True))
        for i, ch in enumerate(text):
            if ch == "\n" and parent.tag in (tei("signed"),):
                spans.append(Span(i, i, element("lb"), rank=0, empty=True))
        self.inline.fill(parent, text, spans)

    def _paragraph_text(self, text: str) -> str:
        kept, removed = duplicates.remove_repeats(text)
        self.removed.extend(removed)
        return kept

    # --- structure ------------------------------------------------------------

    def _dated_line(self, el: etree._Element, text: str, *, bare_place: bool) -> None:
        """A dateline or transmission line: date and place marked up, the first ones kept as sending facts.

        With ``bare_place``, an undated line ("Moscow.") is taken as a place.
        """
        match = parse_dateline(text, self.context)
        place = match.place if match is not None else (0, len(text.rstrip(". "))) if bare_place else None
        extra = [Span(place[0], place[1], element("placeName", self._place_ref(text[place[0]:place[1]])), rank=8)
                 ] if place else []
        self.fill(el, text, dateline=match, extra=extra)
        if match is not None and match.attrs:
            self.dated.append((match, text[match.start:match.end]))
        if place and self.sent_place_text is None:
            self.sent_place_text = text[place[0]:place[1]]

    @property
    def sent_date(self) -> tuple[DateMatch, str] | None:
        """The document's date: its first dated line, made more precise by a later one that agrees.

        "[1913]" above the text and "12/IX" below it give 1913-09-12, conjectural
        because the editors supplied the year.
        """
        if not self.dated:
            return None
        first, surface = self.dated[0]
        for later, text in self.dated[1:]:
            if later.refines(first):
                return replace(later, supplied=first.supplied or later.supplied), text
        return first, surface

    def _place_ref(self, text: str) -> dict[str, str | None]:
        for m in self.names.find(text):
            if m.kind == "place":
                return {"ref": _ref(m.keys)}
        return {}

    def _opener(self, body: etree._Element) -> None:
        if not self.doc.opener:
            return
        opener = _sub(body, "opener")
        for unit in self.doc.opener:
            if unit.role == "dateline":
                self._dated_line(_sub(opener, "dateline"), unit.text, bare_place=True)
            elif unit.role == "salute":
                self.fill(_sub(opener, "salute"), unit.text)
            elif unit.role == "address":
                self.fill(_sub(_sub(opener, "address"), "addrLine"), unit.text)
            elif unit.role == "transmission":
                self._dated_line(_sub(opener, "seg", type=unit.role), unit.text, bare_place=False)
            else:
                self.fill(_sub(opener, "seg", type=unit.role), unit.text)

    def _body(self, body: etree._Element) -> None:
        container = body
        for unit in self.doc.body:
            if unit.role == "speaker":
                container = _sub(body, "sp")
                self.fill(_sub(container, "speaker"), unit.text)
                continue
            p = _sub(container, "p", **({"n": unit.n} if unit.n else {}))
            self.fill(p, self._paragraph_text(unit.text))

    def _closer(self, body: etree._Element) -> None:
        if self.doc.closer:
            closer = _sub(body, "closer")
            for unit in self.doc.closer:
                if unit.role == "closing-dateline":
                    self._dated_line(_sub(closer, "dateline"), unit.text, bare_place=True)
                elif unit.role == "transmission":
                    self._dated_line(_sub(closer, "seg", type=unit.role), unit.text, bare_place=False)
                elif unit.role == "closer-salute":
                    self.fill(_sub(closer, "salute"), unit.text)
                else:
                    self.fill(_sub(closer, "signed"), unit.text)
        if self.doc.postscript:
            ps = _sub(body, "postscript")
            for unit in self.doc.postscript:
                self.fill(_sub(ps, "p"), self._paragraph_text(unit.text))

    def text(self, root: etree._Element) -> None:
        """The text element: heading, opener, body, closer, postscript, unplaced notes."""
        text_el = _sub(root, "text")
        body = _sub(text_el, "body")
        for unit in self.doc.head_units:
            head = _sub(body, "head", **({"type": "number"} if unit.role == "number" else {}))
            head.text = unit.text
        self._opener(body)
        self._body(body)
        if not self.doc.body:
            _sub(body, "p")  # TEI wants running text between opener and closer, even if empty
        self._closer(body)
        unplaced = [n for n in self.doc.notes if id(n) not in self.placed]
        if unplaced or self.doc.notes_heading:
            div = _sub(_sub(text_el, "back"), "div", type="notes")
            if self.doc.notes_heading:
                _sub(div, "head", self.doc.notes_heading)
            for note in unplaced:
                self._warn(f"note {note.n or '(unnumbered)'} has no marker in the text; kept at the end")
                self._note_element(_sub(div, "p"), note)


def _collection_bibl(parent: etree._Element, coll: Collection, names: DocumentNames) -> None:
    """The printed collection: its title, its year and each compiler as an editor, as printed."""
    bibl = _sub(parent, "bibl", type="collection")
    inline = Inline()
    for line in coll.lines:
        text = line.stripped
        if len(bibl):
            bibl[-1].tail = (bibl[-1].tail or "") + " "
        if text == coll.title:
            _sub(bibl, "title", text, level="m")
        elif coll.editors_line is not None and line.number == coll.editors_line.number:
            spans = [span for m in names.find(text) if m.kind == "person"
                     for span in (Span(m.start, m.end, element("editor"), rank=1),
                                  Span(m.start, m.end, element("persName", {"ref": _ref(m.keys), "cert": m.cert}),
                                       rank=2))]
            inline.fill(bibl, text, spans)
        else:
            year = text.rfind(coll.year) if coll.year else -1
            spans = [Span(year, year + 4, element("date", {"when": coll.year}))] if year >= 0 else []
            inline.fill(bibl, text, spans)


def _ms_desc(parent: etree._Element, citation: Citation, heading: str, published: str | None) -> None:
    ms = _sub(parent, "msDesc")
    ident = _sub(ms, "msIdentifier")
    repo = _sub(ident, "repository", citation.repository)
    if citation.repository_key:
        repo.set("ref", f"#{citation.repository_key}")
    for kind in ("fond", "opis", "delo"):
        value = getattr(citation, kind)
        if value:
            _sub(ident, "idno", value, type=kind)
    alt = _sub(ident, "altIdentifier")
    _sub(alt, "idno", citation.verbatim, type="citation")
    if citation.folios:
        item = _sub(_sub(ms, "msContents"), "msItem")
        locus = _sub(item, "locus", citation.folios)
        if citation.folio_from:
            locus.set("from", citation.folio_from)
        if citation.folio_to:
            locus.set("to", citation.folio_to)
        _sub(item, "title", heading)
    if citation.form:
        obj = _sub(_sub(ms, "physDesc"), "objectDesc", form=citation.form)
        _sub(obj, "p", citation.form_text or citation.form)
    sources = [s for s in (citation.published, published) if s]
    if sources:
        listbibl = _sub(_sub(ms, "additional"), "listBibl")
        for source in sources:
            _sub(listbibl, "bibl", source)


def _introductions(file_desc: etree._Element, introductions: list[Document]) -> None:
    """The editors' introductions as notes of the file: heading as label, each line a paragraph."""
    notes = _sub(file_desc, "notesStmt")
    for intro in introductions:
        note = _sub(notes, "note", type="introduction")
        _sub(note, "label", intro.heading)
        units = [*intro.head_units[:-1], *intro.opener, *intro.body, *intro.closer, *intro.postscript]
        for unit in units:
            _sub(note, "p", unit.text)
        for n in intro.notes:
            _sub(note, "p", f"{n.surface}{n.text}")


def _parties(doc: Document, names: DocumentNames) -> tuple[list[Mention], list[Mention]]:
    """Senders and recipients named in the document's heading."""
    if doc.both_text:
        both = names.agents(doc.both_text)
        return both, both
    if doc.pair_text:
        found = names.agents(doc.pair_text)
        return found[:1], found[1:]
    return names.agents(doc.senders_text or ""), names.agents(doc.recipients_text or "")


def _citation_in_notes(doc: Document, citations: CitationParser) -> Citation | None:
    """A document without a citation line of its own may cite its original in a note."""
    for note in doc.notes:
        found = citations.find_in(note.text)
        if found:
            return found[0][2]
    return None


def _agents(action: etree._Element, mentions: list[Mention]) -> None:
    for m in mentions:
        _sub(action, NAME_TAG[m.kind], m.surface, ref=_ref(m.keys), **({"cert": m.cert} if m.cert else {}))


def _publication(parent: etree._Element, source: str) -> None:
    """Who encoded the file from what; a date only when SOURCE_DATE_EPOCH asks for one."""
    p = _sub(_sub(parent, "publicationStmt"), "p", f"Encoded with teikit {__version__} from {source}")
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        day = time.strftime("%Y-%m-%d", time.gmtime(int(epoch)))
        p.text += " on "
        _sub(p, "date", day, when=day).tail = "."
    else:
        p.text += "."


def encode_document(doc: Document, *, source: str, lang: str, collection: Collection | None,
                    names: DocumentNames, citations: CitationParser, context: DateContext,
                    registers: Registers, introductions: list[Document] | None = None) -> Encoded:
    """The TEI tree of one document, with the editors' introductions printed before it."""
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(XML_LANG, lang)
    header = _sub(root, "teiHeader")
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", doc.heading)
    _publication(file_desc, source)
    if introductions:
        _introductions(file_desc, introductions)
    source_desc = _sub(file_desc, "sourceDesc")
    if collection is not None:
        _collection_bibl(source_desc, collection, names)
    citation = citations.parse_line(doc.citation.text) if doc.citation else _citation_in_notes(doc, citations)
    if citation is not None:
        _ms_desc(source_desc, citation, doc.heading, doc.published.text if doc.published else None)
    elif doc.published is not None:
        _sub(source_desc, "bibl", doc.published.text)
    if len(source_desc) == 0:
        _sub(source_desc, "p", f"Transcribed from {source}.")
    profile = _sub(header, "profileDesc")

    encoder = DocumentEncoder(doc, names, citations, context, lang)
    senders, recipients = _parties(doc, names)
    encoder.text(root)
    if not recipients and not (doc.recipients_text or doc.both_text or doc.pair_text):
        salute = root.find(f".//{tei('opener')}/{tei('salute')}")
        if salute is not None:
            recipients = [m for m in names.agents("".join(salute.itertext())) if m.kind in ("person", "org")]
    _corresp(profile, senders, recipients, encoder)
    lang_usage = _sub(profile, "langUsage")
    _sub(lang_usage, "language", LANGUAGE.get(lang, lang), ident=lang)
    _stand_off(root, names, citation, registers)
    return Encoded(
        etree.ElementTree(root),
        consumed=encoder.inline.consumed,
        removed=encoder.removed,
        warnings=encoder.inline.warnings + names.warnings,
        unconfirmed=list(names.unconfirmed),
    )


def _corresp(profile: etree._Element, senders: list[Mention], recipients: list[Mention],
             encoder: DocumentEncoder) -> None:
    has_sent = senders or encoder.sent_date or encoder.sent_place_text
    if not (has_sent or recipients):
        return
    corresp = _sub(profile, "correspDesc")
    if has_sent:
        sent = _sub(corresp, "correspAction", type="sent")
        _agents(sent, senders)
        if encoder.sent_place_text:
            place = _sub(sent, "placeName", encoder.sent_place_text.strip())
            ref = encoder._place_ref(encoder.sent_place_text)
            if ref.get("ref"):
                place.set("ref", ref["ref"] or "")
        if encoder.sent_date:
            match, surface = encoder.sent_date
            date = _sub(sent, "date", " ".join(surface.replace("[", "").replace("]", "").split()))
            for key, value in _date_attrs(match).items():
                if value is not None:
                    date.set(key, value)
    if recipients:
        _agents(_sub(corresp, "correspAction", type="received"), recipients)


def _stand_off(root: etree._Element, names: DocumentNames, citation: Citation | None,
               registers: Registers) -> None:
    groups: dict[str, list[etree._Element]] = {"person": [], "org": [], "place": []}
    for entry in names.entries():
        kind = etree.QName(entry).localname
        groups.setdefault(kind, []).append(entry)
    if citation is not None and citation.repository_key:
        repo = registers.get(citation.repository_key)
        if repo is not None:
            groups["org"].append(repo.tei_copy())
    if not any(groups.values()):
        return
    stand_off = _sub(root, "standOff")
    for kind in ("person", "org", "place"):
        if groups[kind]:
            listing = _sub(stand_off, LIST_TAG[kind])
            for entry in groups[kind]:
                listing.append(entry)
