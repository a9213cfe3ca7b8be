"""A structured document to a TEI P5 tree, with names, dates, notes and brackets marked up."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lxml import etree

from teikit.convert import duplicates, header, patterns
from teikit.convert.archives import CitationParser
from teikit.convert.dates import DateContext, DateMatch, find_dates, parse_dateline, place_above_date, place_line
from teikit.convert.inline import Inline, Span, bracket_spans, element, ref, sub
from teikit.convert.names import DocumentNames, Mention
from teikit.convert.notes import MarkerFinder
from teikit.model import Collection, Document, Note
from teikit.registers import NAME_TAG, Registers
from teikit.xml import TEI_NS, XML_LANG, tei

@dataclass
class Encoded:
    """One document's TEI tree and what encoding it consumed, removed and noticed."""

    tree: etree._ElementTree
    consumed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unconfirmed: list[tuple[str, str]] = field(default_factory=list)


def _has_year(match: DateMatch) -> bool:
    """A date teikit can write: ISO values that all name their year (not "--09-12")."""
    return bool(match.attrs) and not any(value.startswith("--") for value in match.attrs.values())


class DocumentEncoder:
    """Encodes one document; keeps its names, notes and dates state while it goes."""

    def __init__(self, doc: Document, names: DocumentNames, citations: CitationParser, context: DateContext):
        self.doc = doc
        self.names = names
        self.citations = citations
        self.context = context
        self.inline = Inline()
        self.removed: list[str] = []
        self.markers = MarkerFinder(doc.notes)
        self.notes_by_n: dict[str, list[Note]] = {}
        for note in doc.notes:
            self.notes_by_n.setdefault(note.n, []).append(note)
        self.placed: set[int] = set()
        self.dated: list[tuple[DateMatch, str]] = []
        self.heading_dates: list[tuple[DateMatch, str]] = []
        self.sent_place_text: str | None = None
        self.heading_place: str | None = None
        self.loose_dates: list[tuple[DateMatch, str]] = []
        self.loose_place: str | None = None

    # --- inline content -----------------------------------------------------

    def _warn(self, message: str) -> None:
        self.inline.warnings.append(message)

    def _name_spans(self, text: str) -> list[Span]:
        return [
            Span(m.start, m.end, element(NAME_TAG[m.kind], {"ref": ref(m.keys), "cert": m.cert}), rank=7)
            for m in self.names.find(text)
        ]

    def _date_spans(self, text: str) -> list[Span]:
        spans = []
        for m in find_dates(text, self.context):
            if m.problem:
                self._warn(f"{m.problem}: kept as text")
                continue
            if not _has_year(m):
                self._warn(f"date without a year {text[m.start:m.end]!r}: kept as text")
                continue
            self._note_year(m, text)
            spans.append(Span(m.start, m.end, element("date", header.date_attrs(m)), rank=4))
        return spans

    def _note_year(self, match: DateMatch, text: str) -> None:
        """Report a date whose year was read from elsewhere than its own words."""
        if match.year_from and _has_year(match):
            value = next(iter(match.attrs.values()))
            self._warn(f"date {text[match.start:match.end]!r} read as {value}: the year is from {match.year_from}")

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
        el = sub(parent, "note", n=note.n or "?", type="editorial", place="end")
        if note.surface.strip():
            label = sub(el, "label", note.surface.strip(), type="marker")
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
            dates = [Span(dateline.start, dateline.end, element("date", header.date_attrs(dateline)), rank=4)
                     ] if _has_year(dateline) else []
        else:
            dates = self._date_spans(text)
        spans += dates
        if markers:
            found = self.markers.find(text, exclude=[(d.start, d.end) for d in dates])
            # a bracketed marker ("[4]") is a note, not words the editors supplied
            spans = [s for s in spans if not any(s.start == m.start and s.end == m.end for m in found)]
            spans += [Span(m.start, m.end, self._note_maker(m.n), rank=0, empty=True) for m in found]
            spans += [Span(m.start(), m.end(), element("note", {"n": m["n"], "type": "editorial", "place": "inline"}),
                           rank=1, strip=(m.start("body") - m.start(), 1)) for m in patterns.INLINE_NOTE.finditer(text)]
        for i, ch in enumerate(text):
            if ch == "\n" and parent.tag == tei("signed"):
                spans.append(Span(i, i, element("lb"), rank=0, empty=True))
        self.inline.fill(parent, text, spans)

    def _formula(self, parent: etree._Element, tag: str, text: str) -> None:
        """A salute or signature; a note marker that ends it stands after it, so the note's
        text is not read as part of the address or the name."""
        el = sub(parent, tag)
        self.fill(el, text)
        last = el[-1] if len(el) else None
        if last is not None and last.tag in (tei("note"), tei("anchor")) and not (last.tail or "").strip(" ."):
            el.addnext(last)
            holder, attr = (el[-1], "tail") if len(el) else (el, "text")
            kept = (getattr(holder, attr) or "").rstrip()
            el.tail = (getattr(holder, attr) or "")[len(kept):] or None
            setattr(holder, attr, kept or None)

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
        place = match.place if match is not None else place_line(text) if bare_place else None
        place = self._registered_end(text, place) if place else None
        extra = [Span(place[0], place[1], element("placeName", self.place_ref(text[place[0]:place[1]])), rank=8)
                 ] if place else []
        self.fill(el, text, dateline=match, extra=extra)
        if match is not None:
            self._note_year(match, text)
        if match is not None and _has_year(match):
            self.dated.append((match, text[match.start:match.end]))
        if place and self.sent_place_text is None:
            self.sent_place_text = text[place[0]:place[1]]

    @property
    def sent_date(self) -> tuple[DateMatch, str] | None:
        """The document's date: its first dated line, made more precise by a later one that agrees;
        without dated lines, a date in the heading ("Kaganovich to Stalin January 15, 1936"), else
        a paragraph that is a dateline.

        "[1913]" above the text and "12/IX" below it give 1913-09-12, conjectural
        because the editors supplied the year.
        """
        if not self.dated:
            return (self.heading_dates or self.loose_dates or [None])[0]
        first, surface = self.dated[0]
        for later, text in self.dated[1:] + self.loose_dates:
            if later.refines(first):
                return replace(later, supplied=first.supplied or later.supplied), text
        return first, surface

    def _heading_place(self, heading: str, dates: list[DateMatch]) -> str | None:
        """The place a heading names after its correspondents (``Schnitzler an Bahr, Wien,
        3. 11. 1893``, ``11. 5. 1921: Schnitzler an Bahr, München``, ``Bahr an Schnitzler, Wien``):
        the last part between commas, its dates left out, if it is a place's name and no
        person's; a registered place unless a date follows it."""
        blanked = heading
        for d in dates:
            blanked = blanked[: d.start] + " " * (d.end - d.start) + blanked[d.end :]
        parts = blanked.rstrip(" ,;:.").rsplit(",", 1)
        if len(parts) < 2:
            return None
        name = parts[1].strip()
        span = place_line(name + ".")
        if span is None or span != (0, len(name)) or any(m.kind == "person" for m in self.names.find(name)):
            return None
        dated_after = bool(dates) and dates[-1].start >= len(parts[0])
        return name if dated_after or self.place_ref(name) else None

    def _registered_end(self, text: str, place: tuple[int, int]) -> tuple[int, int]:
        """The registered place that ends a longer name before a date (a letterhead's ``Deutsche
        Zeitung Wien``: ``Wien``), when the whole name is no registered place."""
        name = text[place[0]:place[1]]
        last = name.rsplit(None, 1)
        if len(last) < 2 or self.place_ref(name) or not self.place_ref(last[1]):
            return place
        return place[1] - len(last[1]), place[1]

    def place_ref(self, text: str) -> dict[str, str | None]:
        """@ref of a place name when the whole name is one registered place."""
        name = text.strip().rstrip(".")
        for m in self.names.find(name):
            if m.kind == "place" and m.start == 0 and m.end >= len(name) and not m.unconfirmed:
                return {"ref": ref(m.keys)}
        return {}

    def _opener(self, body: etree._Element) -> None:
        if not self.doc.opener:
            return
        opener = sub(body, "opener")
        units = self.doc.opener
        for i, unit in enumerate(units):
            above = place_above_date(unit.text, units[i + 1].text, units[i + 1].role == "dateline") \
                if i == 0 and unit.role == "address" and len(units) > 1 and patterns.heading_match(unit.text) is None \
                else None  # "TO VERA LAPINA" over a dateline is an address
            if above is not None:  # "Kew" over "July 2d. /66.": the place the letter was written at
                place_text = unit.text[above[0]:above[1]]
                self.fill(sub(opener, "dateline"), unit.text, extra=[
                    Span(above[0], above[1], element("placeName", self.place_ref(place_text)), rank=8)])
                self.sent_place_text = self.sent_place_text or place_text
            elif unit.role == "dateline":
                self._dated_line(sub(opener, "dateline"), unit.text, bare_place=True)
            elif unit.role == "salute":
                self._formula(opener, "salute", unit.text)
            elif unit.role == "address":
                self.fill(sub(sub(opener, "address"), "addrLine"), unit.text)
            elif unit.role == "transmission":
                self._dated_line(sub(opener, "seg", type=unit.role), unit.text, bare_place=False)
            else:
                self.fill(sub(opener, "seg", type=unit.role), unit.text)

    def _body(self, body: etree._Element) -> None:
        container = body
        for unit in self.doc.body:
            if unit.role == "speaker":
                container = sub(body, "sp")
                self.fill(sub(container, "speaker"), unit.text)
                continue
            self._paragraph(sub(container, "p", **({"n": unit.n} if unit.n else {})), unit.text)

    def _closer(self, body: etree._Element) -> None:
        if self.doc.closer:
            closer = sub(body, "closer")
            for unit in self.doc.closer:
                if unit.role == "closing-dateline":
                    self._dated_line(sub(closer, "dateline"), unit.text, bare_place=True)
                elif unit.role == "transmission":
                    self._dated_line(sub(closer, "seg", type=unit.role), unit.text, bare_place=False)
                elif unit.role == "closer-salute":
                    self._formula(closer, "salute", unit.text)
                elif unit.role in ("address", "meta"):
                    self.fill(sub(closer, "seg", type=unit.role), unit.text)
                else:
                    self._formula(closer, "signed", unit.text)
        if self.doc.postscript:
            ps = sub(body, "postscript")
            for unit in self.doc.postscript:
                self._paragraph(sub(ps, "p"), unit.text)

    def _paragraph(self, p: etree._Element, text: str) -> None:
        """A paragraph; one that is a whole dateline of a day (``Zug den 5. Februar 1849.`` after the
        signature) is marked up as one and dates the document when no dateline or heading does."""
        match = parse_dateline(text, self.context)
        if match is None or not match.day or not _has_year(match):
            self.fill(p, self._paragraph_text(text))
            return
        place = match.place
        extra = [Span(place[0], place[1], element("placeName", self.place_ref(text[place[0]:place[1]])), rank=8)
                 ] if place else []
        self.fill(p, text, dateline=match, extra=extra)
        self._note_year(match, text)
        self.loose_dates.append((match, text[match.start:match.end]))
        if place and self.loose_place is None:
            self.loose_place = text[place[0]:place[1]]

    def text(self, root: etree._Element) -> None:
        """The text element: heading, opener, body, closer, postscript, unplaced notes."""
        text_el = sub(root, "text")
        body = sub(text_el, "body")
        for unit in self.doc.head_units:
            head = sub(body, "head", **({"type": "number"} if unit.role == "number" else {}))
            dates = ([m for m in find_dates(unit.text, self.context, heading=True) if _has_year(m)]
                     if unit.role == "head" else [])
            self.inline.fill(head, unit.text, [Span(m.start, m.end, element("date", header.date_attrs(m)))
                                               for m in dates])
            self.heading_dates += [(m, unit.text[m.start:m.end]) for m in dates]
            if unit.role == "head" and self.heading_place is None:
                self.heading_place = self._heading_place(unit.text, dates)
        self._opener(body)
        self._body(body)
        if not self.doc.body:
            sub(body, "p")  # TEI wants running text between opener and closer, even if empty
        self._closer(body)
        unplaced = [n for n in self.doc.notes if id(n) not in self.placed]
        if unplaced or self.doc.notes_heading:
            div = sub(sub(text_el, "back"), "div", type="notes")
            if self.doc.notes_heading:
                sub(div, "head", self.doc.notes_heading)
            for note in unplaced:
                self._warn(f"note {note.n or '(unnumbered)'} has no marker in the text; kept at the end")
                self._note_element(sub(div, "p"), note)


def _other_correspondent(pair: tuple[str, str], recipients: list[Mention], names: DocumentNames) -> list[Mention]:
    """The writer of a correspondence of two that a letter is not addressed to: in "Briefwechsel
    zwischen Schiller und Goethe", a letter "An Goethe" is Schiller's."""
    wanted = {key for m in recipients for key in m.keys}
    sides = [names.agents(name) or names.name_alone(name) for name in pair]
    keys = [{key for m in side for key in m.keys} for side in sides]
    if keys[0] & wanted and not keys[1] & wanted:
        return sides[1]
    if keys[1] & wanted and not keys[0] & wanted:
        return sides[0]
    return []


def encode_document(doc: Document, *, source: str, lang: str, collection: Collection | None,
                    names: DocumentNames, citations: CitationParser, context: DateContext,
                    registers: Registers, introductions: list[Document] | None = None,
                    default_sender: str | None = None, default_collection: str | None = None,
                    correspondents: tuple[str, str] | None = None) -> Encoded:
    """The TEI tree of one document, with the editors' introductions printed before it."""
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set(XML_LANG, lang)
    tei_header = sub(root, "teiHeader")
    file_desc = sub(tei_header, "fileDesc")
    sub(sub(file_desc, "titleStmt"), "title", doc.heading or f"Letter from {source}")
    header.publication(file_desc, source)
    if introductions:
        header.introductions(file_desc, introductions)
    source_desc = sub(file_desc, "sourceDesc")
    if collection is not None:
        header.collection_bibl(source_desc, collection, names)
    elif default_collection:
        sub(sub(source_desc, "bibl", type="collection"), "title", default_collection, level="m")
    citation = citations.parse_line(doc.citation.text) if doc.citation else header.citation_in_notes(doc, citations)
    if citation is not None:
        header.ms_desc(source_desc, citation, doc.heading, doc.published.text if doc.published else None)
    else:  # a citation the grammar does not read is kept as written
        for unit in (doc.citation, doc.published):
            if unit is not None:
                header.printed_bibl(source_desc, unit.text)
    if len(source_desc) == 0:
        sub(source_desc, "p", f"Transcribed from {source}.")
    profile = sub(tei_header, "profileDesc")

    if default_sender and doc.senders_text and len(doc.senders_text.replace(".", "")) > 1 \
            and header.initials_of(default_sender) == doc.senders_text.replace(".", ""):
        doc = replace(doc, senders_text=default_sender)  # "SOJ to X" on a page of Sarah Orne Jewett's letters
    encoder = DocumentEncoder(doc, names, citations, context)
    senders, recipients = header.parties(doc, names)
    names.addressed_to(recipients)
    encoder.text(root)
    found_from: list[str] = []
    if not recipients and not (doc.recipients_text or doc.both_text or doc.pair_text):
        recipients = header.agents_of(root.find(f".//{tei('opener')}/{tei('salute')}"), names)
        found_from += ["recipient from the salute"] if recipients else []
    if not senders and not (doc.senders_text or doc.both_text or doc.pair_text):
        senders = header.agents_of(root.find(f".//{tei('closer')}//{tei('signed')}"), names, name_only=True)
        found_from += ["sender from the signature"] if senders else []
        if not senders and correspondents and recipients:
            senders = _other_correspondent(correspondents, recipients, names)
            found_from += ["sender from the correspondence the page title names"] if senders else []
        if not senders and default_sender:
            senders = [m for m in names.agents(default_sender) if m.kind in ("person", "org")] \
                or names.name_alone(default_sender)
            found_from += ["sender from the profile or the page title"] if senders else []
    place_text = encoder.sent_place_text or encoder.heading_place or encoder.loose_place
    header.corresp(profile, senders, recipients, encoder.sent_date, place_text,
                   encoder.place_ref(place_text).get("ref") if place_text else None)
    lang_usage = sub(profile, "langUsage")
    sub(lang_usage, "language", header.LANGUAGE.get(lang, lang), ident=lang)
    header.calendars(profile)
    header.stand_off(root, names, citation, registers)
    return Encoded(
        etree.ElementTree(root),
        consumed=encoder.inline.consumed,
        removed=encoder.removed,
        warnings=encoder.inline.warnings + names.warnings
        + [f"{source_of} (the heading does not name them)" for source_of in found_from],
        unconfirmed=list(names.unconfirmed),
    )


