"""CMIF (Correspondence Metadata Interchange Format, v2) for correspSearch.

One TEI file whose ``profileDesc`` holds one ``correspDesc`` per letter: sender
and addressee (``persName``/``orgName`` with authority URIs), places (GeoNames
or Wikidata URIs), ISO dates, ``@ref`` (the letter online) and ``@source`` (the
edition, a ``bibl`` in ``sourceDesc``); persons, places and organisations the
letter mentions as ``note/ref`` with the CMIF vocabulary.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import Counter
from pathlib import Path

from lxml import etree

from teikit.batch import WriteOptions
from teikit.export.cmif_check import check_cmif
from teikit.export.cmif_metadata import CC0 as CC0
from teikit.export.cmif_metadata import CC_BY as CC_BY
from teikit.export.cmif_metadata import LICENCE_TEXT, CmifOptions
from teikit.export.entities import Entity
from teikit.export.letters import Bibl, Document, Letter, iterate_documents
from teikit.export.outcome import Outcome
from teikit.export.sources import SourceFile
from teikit.registers import Registers
from teikit.xml import TEI_NS, XML_ID, parse_bytes, serialize, tei

MENTIONS = {
    "person": "https://lod.academy/cmif/vocab/terms#mentionsPerson",
    "place": "https://lod.academy/cmif/vocab/terms#mentionsPlace",
    "org": "https://lod.academy/cmif/vocab/terms#mentionsOrg",
}
# teidata.temporal.w3c: the ISO forms a CMIF date may carry.
ISO_DATE = re.compile(r"^-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T\d{2}:\d{2}(:\d{2})?)?)?)?$")


def _is_iso_date(value: str) -> bool:
    """An ISO year, year-month, date or date-time that exists in the calendar."""
    if not ISO_DATE.match(value):
        return False
    day = value.lstrip("-")[:10]
    if len(day) < 10:
        return True
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return False
    return True
UNKNOWN = "Unknown"
# Header forms that state a letter's correspondence facts as such; others are read from conventions.
CORRESPDESC_FORMS = ("correspDesc", "correspDesc (early draft)")
# A fixed namespace for the UUIDs of editions' bibl elements (correspSearch recommends UUIDs).
BIBL_NAMESPACE = uuid.UUID("6f1c1c3e-5d8a-4d2b-9a57-0c3f4b8e2a11")


def _el(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    child = etree.SubElement(parent, tei(tag), {k: v for k, v in attributes.items() if v})
    if text:
        child.text = text
    return child


def bibl_id(bibl: Bibl) -> str:
    """A stable xml:id for an edition's bibl: a UUID made from its type and text (an NCName, so prefixed)."""
    return "bibl-" + str(uuid.uuid5(BIBL_NAMESPACE, f"{bibl.type}\n{bibl.text}"))


class CmifBuilder:
    """Collects letters document by document and builds the CMIF tree at the end."""

    def __init__(self, options: CmifOptions) -> None:
        self.options = options
        self._descs: list[etree._Element] = []
        self._bibls: dict[str, Bibl] = {}
        self._fallback_uses = 0
        self._persons: dict[str, bool] = {}
        self._mentioned: dict[str, bool] = {}
        self._origins: Counter[tuple[str, str]] = Counter()

    def add(self, document: Document, outcome: Outcome) -> None:
        """Add the letters of one document (those without correspDesc are left out, with a warning)."""
        for letter in document.letters:
            if not letter.has_correspondence:
                outcome.warn(document.source.display, "left out of the CMIF (its header names no correspondent)")
                continue
            mentions = document.mentions if len(document.letters) == 1 else []
            self._descs.append(self._desc(document, letter, mentions, outcome))
            self._origins.update(letter.origins.items())
            inferred = {fact: form for fact, form in letter.origins.items() if form not in CORRESPDESC_FORMS}
            if inferred:
                read = ", ".join(f"{fact} from {form}" for fact, form in inferred.items())
                outcome.notes.append(f"{document.source.display}: {read} (no correspDesc gives it)")
            outcome.letters += 1

    @property
    def letters(self) -> int:
        """How many letters the CMIF holds so far."""
        return len(self._descs)

    def _source(self, bibl: Bibl | None) -> str:
        if bibl is None:
            self._fallback_uses += 1
            bibl = self._fallback_bibl()
        ident = bibl_id(bibl)
        self._bibls.setdefault(ident, bibl)
        return ident

    def _fallback_bibl(self) -> Bibl:
        """The edition being exported, for letters that name none of their own."""
        parts = [self.options.title or "Letters"]
        if self.options.editor:
            parts.append(f"ed. by {self.options.editor}")
        if self.options.url:
            parts.append(self.options.url)
        return Bibl("online" if self.options.url else "print", ", ".join(parts))

    def _desc(self, document: Document, letter: Letter, mentions: list[Entity], outcome: Outcome) -> etree._Element:
        desc = etree.Element(tei("correspDesc"))
        single = len(document.letters) == 1
        ref = (self.options.letter_url(document.source) if single else None) or letter.ref
        if letter.key and not single:
            desc.set("key", letter.key)
        if ref:
            desc.set("ref", ref)
        desc.set("source", "#" + self._source(letter.bibl))
        for kind in ("sent", "received"):
            action = letter.action(kind)
            element = _el(desc, "correspAction", type=kind)
            parties = [p for p in action.parties if p.name or p.label] if action else []
            for party in parties:
                _el(element, "orgName" if party.kind == "org" else "persName", party.name or party.label, ref=party.uri or "")
                if party.kind != "org":
                    _tally(self._persons, party)
            if not parties:
                _el(element, "persName", UNKNOWN)
            for place in action.places if action else []:
                _el(element, "placeName", place.name or place.label, ref=place.uri or "")
            if action and action.date:
                self._date(element, action.date.attributes, document, outcome)
        self._mentions(desc, mentions)
        for entity in mentions:
            if entity.kind == "person":
                _tally(self._mentioned, entity)
        return desc

    @staticmethod
    def _date(parent: etree._Element, attributes: tuple[tuple[str, str], ...], document: Document, outcome: Outcome) -> None:
        good = {name: value for name, value in attributes if _is_iso_date(value)}
        for name, value in attributes:
            if name not in good:
                outcome.warn(document.source.display, f"date @{name}={value!r} is not ISO 8601; left out of the CMIF")
        if good:
            _el(parent, "date", **good)

    @staticmethod
    def _mentions(desc: etree._Element, mentions: list[Entity]) -> None:
        seen: dict[tuple[str, str], Entity] = {}
        for entity in mentions:
            if entity.uri and entity.kind in MENTIONS:
                seen.setdefault((entity.kind, entity.uri), entity)
        if not seen:
            return
        note = _el(desc, "note")
        for (kind, uri), entity in seen.items():
            _el(note, "ref", entity.label, type=MENTIONS[kind], target=uri)

    def tree(self) -> etree._Element:
        """The CMIF document."""
        options = self.options
        root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
        file_desc = _el(_el(root, "teiHeader"), "fileDesc")
        title_stmt = _el(file_desc, "titleStmt")
        _el(title_stmt, "title", options.title or self._default_title())
        editor = _el(title_stmt, "editor", options.editor or "teikit")
        if options.email:
            _el(editor, "email", options.email)
        publication = _el(file_desc, "publicationStmt")
        publisher = _el(publication, "publisher")
        if options.url:
            _el(publisher, "ref", options.publisher or options.editor or options.url, target=options.url)
        else:
            publisher.text = options.publisher or options.editor or "teikit"
        if options.file_url():
            _el(publication, "idno", options.file_url(), type="url")
        _el(publication, "date", when=options.publication_date())
        availability = _el(publication, "availability")
        _el(availability, "licence", LICENCE_TEXT.get(options.licence, options.licence), target=options.licence)
        source_desc = _el(file_desc, "sourceDesc")
        for ident, bibl in sorted(self._bibls.items(), key=lambda item: item[1].text):
            element = _el(source_desc, "bibl", bibl.text, type=bibl.type)
            element.set(XML_ID, ident)
        profile = _el(root[0], "profileDesc")
        profile.extend(self._descs)
        _el(_el(_el(root, "text"), "body"), "p")
        return root

    def report(self) -> list[str]:
        """Where the letters' facts were found, and the share of persons with an authority URI."""
        lines = []
        for fact in ("correspondents", "date", "places"):
            forms = sorted(((form, n) for (f, form), n in self._origins.items() if f == fact), key=lambda x: -x[1])
            if forms:
                lines.append(f"{fact} taken from: " + ", ".join(f"{form} ({n})" for form, n in forms))
        lines.append(f"persons with an authority URI: {_share(self._persons)}")
        if self._mentioned:
            lines.append(f"persons mentioned with an authority URI (the others are not in the CMIF): "
                         f"{_share(self._mentioned)}")
        return lines

    def _default_title(self) -> str:
        """Without --title: the one edition all letters come from, else 'Letters'."""
        texts = {b.text for b in self._bibls.values()}
        return texts.pop() if len(texts) == 1 and not self._fallback_uses else "Letters"


def _tally(seen: dict[str, bool], entity: Entity) -> None:
    """Count a person once (by URI, key or name) and whether any mention of them has an authority URI."""
    identity = entity.uri or entity.key or " ".join((entity.label or entity.name).casefold().split())
    seen[identity] = seen.get(identity, False) or bool(entity.uri)


def _share(seen: dict[str, bool]) -> str:
    linked = sum(seen.values())
    return f"{linked} of {len(seen)}" + (f" ({100 * linked / len(seen):.0f}%)" if seen else "")


def build_cmif(documents: list[Document], options: CmifOptions, outcome: Outcome | None = None) -> etree._Element:
    """The CMIF tree of already-read documents (pure: no I/O)."""
    builder = CmifBuilder(options)
    for document in documents:
        builder.add(document, outcome or Outcome())
    return builder.tree()


def write_cmif(builder: CmifBuilder, out: Path, outcome: Outcome) -> None:
    """Check the CMIF against the CMIF schema and correspSearch's rules, then write it; not at all when invalid."""
    if not builder.letters:
        outcome.fail(f"{out}: not written: no letter of the input names a correspondent, so there is nothing for a CMIF file")
        return
    data = serialize(builder.tree())
    errors = [p for p in check_cmif(parse_bytes(data, out)) if p.is_error]
    outcome.notes.extend(builder.report())
    if errors:
        shown = "; ".join(f"line {p.line}: {p.message}" if p.line else p.message for p in errors[:3])
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        outcome.fail(f"{out}: not written: the CMIF would not pass correspSearch's check: {shown}{more}")
        return
    outcome.write(out, data)


def export_cmif(
    sources: list[SourceFile], out: Path, options: CmifOptions, registers: Registers | None = None, *,
    write: WriteOptions = WriteOptions(), outcome: Outcome | None = None,
) -> Outcome:
    """Read the sources one by one and write one CMIF file to out (``-``: standard output), only when it is valid.

    Nothing is written when there is no source at all.
    """
    outcome = (outcome or Outcome()).start("export cmif", write)
    builder = CmifBuilder(options)
    for document in iterate_documents(sources, outcome, registers):
        builder.add(document, outcome)
    if sources:
        write_cmif(builder, out, outcome)
    return outcome.close()
