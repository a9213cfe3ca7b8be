"""The TEI header of a converted document: source, archival identifier, correspondents, registers."""

from __future__ import annotations

import os
import time

from lxml import etree

from teikit import __version__
from teikit.convert import patterns
from teikit.convert.archives import Citation, CitationParser
from teikit.convert.citation_grammar import printed_source
from teikit.convert.dates import JULIAN, DateMatch
from teikit.convert.inline import Inline, Span, element, ref, sub
from teikit.convert.names import DocumentNames, Mention
from teikit.model import Collection, Document
from teikit.registers import NAME_TAG, Registers
from teikit.xml import XML_ID, tei

LIST_TAG = {"person": "listPerson", "org": "listOrg", "place": "listPlace"}
LANGUAGE = {"en": "English", "ru": "Russian"}


def date_attrs(match: DateMatch) -> dict[str, str | None]:
    attrs: dict[str, str | None] = dict(match.attrs)
    if match.supplied:
        attrs["evidence"] = "conjecture"
    return attrs


def calendars(profile: etree._Element) -> None:
    """Declare the Julian calendar when a date of the document points at it (``@datingMethod``)."""
    root = profile.getroottree().getroot()
    if any(d.get("datingMethod") == JULIAN for d in root.iter(tei("date"))):
        calendar = sub(sub(profile, "calendarDesc"), "calendar", **{XML_ID: JULIAN.lstrip("#")})
        sub(calendar, "p", "Julian calendar (Old Style)")


def collection_bibl(parent: etree._Element, coll: Collection, names: DocumentNames) -> None:
    """The printed collection: its title, its year and each compiler as an editor, as printed."""
    bibl = sub(parent, "bibl", type="collection")
    inline = Inline()
    for line in coll.lines:
        text = line.stripped
        if len(bibl):
            bibl[-1].tail = (bibl[-1].tail or "") + " "
        if text == coll.title:
            sub(bibl, "title", text, level="m")
        elif coll.editors_line is not None and line.number == coll.editors_line.number:
            with names.dated(int(coll.year) if coll.year and coll.year.isdigit() else None):
                found = names.find(text)  # the compilers worked when the collection came out
            spans = [span for m in found if m.kind == "person"
                     for span in (Span(m.start, m.end, element("editor"), rank=1),
                                  Span(m.start, m.end, element("persName", {"ref": ref(m.keys), "cert": m.cert}),
                                       rank=2))]
            inline.fill(bibl, text, spans)
        else:
            year = text.rfind(coll.year) if coll.year else -1
            spans = [Span(year, year + 4, element("date", {"when": coll.year}))] if year >= 0 else []
            inline.fill(bibl, text, spans)


def ms_desc(parent: etree._Element, citation: Citation, heading: str, published: str | None) -> None:
    ms = sub(parent, "msDesc")
    ident = sub(ms, "msIdentifier")
    if citation.settlement:
        sub(ident, "settlement", citation.settlement)
    repo = sub(ident, "repository", citation.repository)
    if citation.repository_key:
        repo.set("ref", f"#{citation.repository_key}")
    for kind in ("fond", "opis", "delo", "shelfmark"):
        value = getattr(citation, kind)
        if value:
            sub(ident, "idno", value, type=kind)
    alt = sub(ident, "altIdentifier")
    sub(alt, "idno", citation.verbatim, type="citation")
    if citation.folios:
        item = sub(sub(ms, "msContents"), "msItem")
        locus = sub(item, "locus", citation.folios)
        if citation.folio_from:
            locus.set("from", citation.folio_from)
        if citation.folio_to:
            locus.set("to", citation.folio_to)
        sub(item, "title", heading)
    if citation.form:
        obj = sub(sub(ms, "physDesc"), "objectDesc", form=citation.form)
        sub(obj, "p", citation.form_text or citation.form)
    sources = [s for s in (citation.published, published) if s]
    if sources:
        listbibl = sub(sub(ms, "additional"), "listBibl")
        for source in sources:
            sub(listbibl, "bibl", source)


def printed_bibl(parent: etree._Element, text: str) -> None:
    """A printed source as written; one in the shape ``Collected Works, vol. 35, p. 120`` has its
    title, volume and pages marked (``title``, ``biblScope``)."""
    found = printed_source(text)
    if found is None:
        sub(parent, "bibl", text)
        return
    spans = [Span(*found.span("title"), element("title"))]
    if found["volume"]:
        n = found["volume_n"]
        spans.append(Span(*found.span("volume"), element("biblScope", {"unit": "volume", "from": n, "to": n})))
    first, last = found["pages_from"], found["pages_to"] or found["pages_from"]
    if len(last) < len(first):  # 301-02 is 301 to 302
        last = first[: len(first) - len(last)] + last
    spans.append(Span(*found.span("pages"), element("biblScope", {"unit": "page", "from": first, "to": last})))
    Inline().fill(sub(parent, "bibl", type="citation"), text, spans)


def introductions(file_desc: etree._Element, introductions: list[Document]) -> None:
    """The editors' introductions as notes of the file: heading as label, each line a paragraph."""
    notes = sub(file_desc, "notesStmt")
    for intro in introductions:
        note = sub(notes, "note", type="introduction")
        note.text = "\n"
        sub(note, "label", intro.heading).tail = "\n"
        units = [*intro.head_units[:-1], *intro.opener, *intro.body, *intro.closer, *intro.postscript,
                 *(u for u in (intro.citation, intro.published) if u is not None)]
        lines = [u.text for u in units] + ([intro.notes_heading] if intro.notes_heading else [])
        for text in lines + [f"{n.surface}{n.text}" for n in intro.notes]:
            sub(note, "p", text).tail = "\n"  # lines stay words apart in the note's text


def initials_of(name: str) -> str:
    """The capital initials of a name: "Sarah Orne Jewett" -> "SOJ"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def parties(doc: Document, names: DocumentNames) -> tuple[list[Mention], list[Mention]]:
    """Senders and recipients named in the document's heading."""
    if doc.both_text:
        both = names.agents(doc.both_text)
        return both, both
    if doc.pair_text:
        found = names.agents(doc.pair_text)
        return found[:1], found[1:]
    senders, recipients = doc.senders_text or "", doc.recipients_text or ""
    return (names.agents(senders) or names.name_alone(senders) or names.body_alone(senders)), \
        (names.agents(recipients) or names.name_alone(recipients) or names.body_alone(recipients))


def agents_of(formula: etree._Element | None, names: DocumentNames, *, name_only: bool = False) -> list[Mention]:
    """Persons or bodies a salute or a signature names, its formula words left out
    ("My dear Brown," -> Brown; "Yours ever, J. Smith" -> J. Smith). ``name_only``: what is
    left holds nothing but a name (a signature), so a name no rule knows is still one."""
    if formula is None:
        return []
    text = " ".join("".join(formula.itertext()).split())
    text = patterns.SALUTE_OPENING.sub("", text, count=1)
    closing = patterns.CLOSING_FORMULA.match(text)
    text = text[closing.end():] if closing else text
    found = [m for m in names.agents(text) if m.kind in ("person", "org")]
    return found or (names.name_alone(patterns.SIGNATURE_POSSESSIVE.sub("", text, count=1)) if name_only else [])


def citation_in_notes(doc: Document, citations: CitationParser) -> Citation | None:
    """A document without a citation line of its own may cite its original in a note, or on a
    line of its own that the page put after the last note (``Classmark: ...``)."""
    for note in doc.notes:
        found = citations.find_in(note.text)
        if found:
            return found[0][2]
        lines = [citations.parse_line(line) for line in note.text.splitlines()[1:]]
        if any(lines):
            return next(c for c in lines if c)
    return None


def agents(action: etree._Element, mentions: list[Mention]) -> None:
    for m in mentions:
        sub(action, NAME_TAG[m.kind], m.surface, ref=ref(m.keys), **({"cert": m.cert} if m.cert else {}))


def publication(parent: etree._Element, source: str) -> None:
    """Who encoded the file from what; a date only when SOURCE_DATE_EPOCH asks for one."""
    p = sub(sub(parent, "publicationStmt"), "p", f"Encoded with teikit {__version__} from {source}")
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        day = time.strftime("%Y-%m-%d", time.gmtime(int(epoch)))
        p.text += " on "
        sub(p, "date", day, when=day).tail = "."
    else:
        p.text += "."


def corresp(profile: etree._Element, senders: list[Mention], recipients: list[Mention],
            sent_date: tuple[DateMatch, str] | None, place_text: str | None, place_ref: str | None) -> None:
    """correspDesc: who sent the document, from where and when, and who received it."""
    has_sent = senders or sent_date or place_text
    if not (has_sent or recipients):
        return
    desc = sub(profile, "correspDesc")
    if has_sent:
        sent = sub(desc, "correspAction", type="sent")
        agents(sent, senders)
        if place_text:
            place = sub(sent, "placeName", place_text.strip())
            if place_ref:
                place.set("ref", place_ref)
        if sent_date:
            match, surface = sent_date
            date = sub(sent, "date", " ".join(surface.replace("[", "").replace("]", "").split()))
            for key, value in date_attrs(match).items():
                if value is not None:
                    date.set(key, value)
    if recipients:
        agents(sub(desc, "correspAction", type="received"), recipients)


def stand_off(root: etree._Element, names: DocumentNames, citation: Citation | None,
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
    stand_off = sub(root, "standOff")
    for kind in ("person", "org", "place"):
        if groups[kind]:
            listing = sub(stand_off, LIST_TAG[kind])
            for entry in groups[kind]:
                listing.append(entry)
