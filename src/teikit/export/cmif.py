"""CMIF (Correspondence Metadata Interchange Format, v2) for correspSearch.

One TEI file whose ``profileDesc`` holds one ``correspDesc`` per letter: sender
and addressee (``persName``/``orgName`` with authority URIs), places (GeoNames
or Wikidata URIs), ISO dates, ``@ref`` (the letter online) and ``@source`` (the
edition, a ``bibl`` in ``sourceDesc``); persons, places and organisations the
letter mentions as ``note/ref`` with the CMIF vocabulary.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit.batch import WriteOptions
from teikit.export.entities import Entity
from teikit.export.letters import Bibl, Document, Letter, iterate_documents
from teikit.export.outcome import Outcome
from teikit.export.sources import SourceFile
from teikit.registers import Registers
from teikit.xml import TEI_NS, XML_ID, serialize, tei

CC_BY = "https://creativecommons.org/licenses/by/4.0/"
CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"
LICENCE_TEXT = {
    CC_BY: "This file is licensed under the terms of the Creative-Commons-License CC-BY 4.0",
    CC0: "This file is dedicated to the public domain under CC0 1.0",
}
MENTIONS = {
    "person": "https://lod.academy/cmif/vocab/terms#mentionsPerson",
    "place": "https://lod.academy/cmif/vocab/terms#mentionsPlace",
    "org": "https://lod.academy/cmif/vocab/terms#mentionsOrg",
}
# teidata.temporal.w3c: the ISO forms a CMIF date may carry.
ISO_DATE = re.compile(r"^-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T\d{2}:\d{2}(:\d{2})?)?)?)?$")
UNKNOWN = "Unknown"


@dataclass(frozen=True)
class CmifOptions:
    """The file's own metadata (CMIF requires title, editor, publisher, URL, licence and date)."""

    title: str | None = None
    editor: str | None = None
    email: str | None = None
    publisher: str | None = None
    url: str | None = None
    file_name: str = "cmif.xml"
    letter_path: str = "html/{name}.html"
    licence: str = CC_BY
    date: str | None = None

    def letter_url(self, source: SourceFile) -> str | None:
        """The letter's page in the edition at ``url`` (None without a base URL)."""
        if not self.url:
            return None
        return f"{self.url.rstrip('/')}/{self.letter_path.format(name=source.name)}"

    def file_url(self) -> str | None:
        return f"{self.url.rstrip('/')}/{self.file_name}" if self.url else None

    def publication_date(self, latest_letter: str | None) -> str | None:
        """``date``, else SOURCE_DATE_EPOCH (reproducible builds), else the latest letter's date.

        Never the clock: the same letters give the same file.
        """
        if self.date:
            return self.date
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
        if epoch.isdigit():
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
        return latest_letter


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _el(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    child = etree.SubElement(parent, tei(tag), {k: v for k, v in attributes.items() if v})
    if text:
        child.text = text
    return child


def bibl_id(bibl: Bibl) -> str:
    """A stable xml:id for an edition's bibl."""
    return "bibl-" + hashlib.sha1(f"{bibl.type}\n{bibl.text}".encode()).hexdigest()[:10]


class CmifBuilder:
    """Collects letters document by document and builds the CMIF tree at the end."""

    def __init__(self, options: CmifOptions) -> None:
        self.options = options
        self._descs: list[etree._Element] = []
        self._bibls: dict[str, Bibl] = {}
        self._fallback_uses = 0

    def add(self, document: Document, outcome: Outcome) -> None:
        """Add the letters of one document (those without correspDesc are left out, with a warning)."""
        for letter in document.letters:
            if not letter.has_correspdesc:
                outcome.warn(document.source.display, "left out of the CMIF (no correspDesc)")
                continue
            mentions = document.mentions if len(document.letters) == 1 else []
            self._descs.append(self._desc(document, letter, mentions, outcome))
            outcome.letters += 1

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
            parties = action.parties if action else []
            for party in parties:
                _el(element, "orgName" if party.kind == "org" else "persName", party.name or party.label, ref=party.uri or "")
            if not parties:
                _el(element, "persName", UNKNOWN)
            for place in action.places if action else []:
                _el(element, "placeName", place.name or place.label, ref=place.uri or "")
            if action and action.date:
                self._date(element, action.date.attributes, document, outcome)
        self._mentions(desc, mentions)
        return desc

    @staticmethod
    def _date(parent: etree._Element, attributes: tuple[tuple[str, str], ...], document: Document, outcome: Outcome) -> None:
        good = {name: value for name, value in attributes if ISO_DATE.match(value)}
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
        published = options.publication_date(self._latest_date())
        _el(publication, "date", published or "undated", **({"when": published} if published else {}))
        availability = _el(publication, "availability")
        _el(availability, "licence", LICENCE_TEXT.get(options.licence, options.licence), target=options.licence)
        source_desc = _el(file_desc, "sourceDesc")
        for ident, bibl in sorted(self._bibls.items(), key=lambda item: item[1].text):
            element = _el(source_desc, "bibl", bibl.text, type=bibl.type)
            element.set(XML_ID, ident)
        if not self._bibls:
            _el(source_desc, "bibl", options.title or "Letters", type="print")
        profile = _el(root[0], "profileDesc")
        profile.extend(self._descs)
        _el(_el(_el(root, "text"), "body"), "p")
        return root

    def _latest_date(self) -> str | None:
        """The latest full ISO date among the letters' dates."""
        found = [value for desc in self._descs for date in desc.iter(tei("date"))
                 for key in ("when", "to", "notAfter", "from", "notBefore")
                 if (value := date.get(key)) and ISO_DAY.fullmatch(value)]
        return max(found, default=None)

    def _default_title(self) -> str:
        """Without --title: the one edition all letters come from, else 'Letters'."""
        texts = {b.text for b in self._bibls.values()}
        return texts.pop() if len(texts) == 1 and not self._fallback_uses else "Letters"


def build_cmif(documents: list[Document], options: CmifOptions, outcome: Outcome | None = None) -> etree._Element:
    """The CMIF tree of already-read documents (pure: no I/O)."""
    builder = CmifBuilder(options)
    for document in documents:
        builder.add(document, outcome or Outcome())
    return builder.tree()


def export_cmif(
    sources: list[SourceFile], out: Path, options: CmifOptions, registers: Registers | None = None, *,
    write: WriteOptions = WriteOptions(), outcome: Outcome | None = None,
) -> Outcome:
    """Read the sources one by one and write one CMIF file to out (``-``: standard output).

    Nothing is written when there is no source at all.
    """
    outcome = (outcome or Outcome()).start("export cmif", write)
    builder = CmifBuilder(options)
    for document in iterate_documents(sources, outcome, registers):
        builder.add(document, outcome)
    if sources:
        outcome.write(out, serialize(builder.tree()))
    return outcome.close()
