"""Letters read from TEI: who wrote to whom, when and where, and what each file mentions.

One TEI file gives a ``Document`` with one ``Letter`` per ``correspDesc`` (a
CMIF file holds many); a file without ``correspDesc`` still gives one letter,
known only by its title, and a warning. Besides the TEI P5 ``correspAction``,
the early correspDesc draft (``sender``, ``addressee``, ``placeSender``,
``dateSender``...) is read too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from lxml import etree

from teikit.export.entities import Entity, Resolver, text_of
from teikit.export.sources import SourceFile
from teikit.errors import TeikitError
from teikit.export.outcome import Outcome
from teikit.registers import Registers
from teikit.xml import NS, XML_ID, XML_LANG, parse_file, tei

DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter")
PARTY_TAGS = ("persName", "orgName", "name", "rs")
PLACE_TAGS = ("placeName", "settlement")
MENTION_TAGS = ("persName", "orgName", "placeName", "name", "rs")
# The early correspDesc draft: element -> (action type, what it holds).
DRAFT_PARTS = {
    "sender": ("sent", "party"),
    "addressee": ("received", "party"),
    "placeSender": ("sent", "place"),
    "placeAddressee": ("received", "place"),
    "dateSender": ("sent", "date"),
    "dateAddressee": ("received", "date"),
}
# A name typed as a role overrides the correspAction it stands in.
ROLE_TYPES = {"sender": "sent", "addressee": "received", "recipient": "received"}


@dataclass(frozen=True)
class LetterDate:
    """A date's ISO attributes (TEI names) and its text."""

    attributes: tuple[tuple[str, str], ...]
    text: str

    @property
    def sort_key(self) -> str:
        """The earliest ISO value given, for chronological order ('' when undated)."""
        values = dict(self.attributes)
        for name in ("when", "from", "notBefore", "notAfter", "to"):
            if values.get(name):
                return values[name]
        return ""


@dataclass
class Action:
    """One correspAction: its type, the persons/orgs, places and date."""

    type: str
    parties: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    date: LetterDate | None = None


@dataclass(frozen=True)
class Bibl:
    """The edition a letter is published in: CMIF's bibl type (print, online, hybrid) and text."""

    type: str
    text: str


@dataclass
class Letter:
    """One letter of a document."""

    number: int
    key: str | None
    title: str
    ref: str | None
    bibl: Bibl | None
    actions: list[Action]
    has_correspdesc: bool

    def action(self, kind: str) -> Action | None:
        return next((a for a in self.actions if a.type == kind), None)

    @property
    def senders(self) -> list[Entity]:
        return [p for a in self.actions if a.type == "sent" for p in a.parties]

    @property
    def recipients(self) -> list[Entity]:
        return [p for a in self.actions if a.type == "received" for p in a.parties]

    @property
    def date(self) -> LetterDate | None:
        sent = self.action("sent")
        if sent and sent.date:
            return sent.date
        return next((a.date for a in self.actions if a.date), None)

    @property
    def place(self) -> Entity | None:
        sent = self.action("sent")
        return sent.places[0] if sent and sent.places else None


@dataclass
class Document:
    """What export needs of one TEI file."""

    source: SourceFile
    title: str
    languages: list[str]
    repository: str
    shelfmark: str
    letters: list[Letter]
    mentions: list[Entity]
    warnings: list[str]


def read_document(source: SourceFile, registers: Registers | None = None) -> Document:
    """Parse a TEI file and read its letters and mentions (InputError when it is not XML)."""
    root = parse_file(source.path).getroot()
    return document_of(root, source, registers)


def iterate_documents(
    sources: list[SourceFile], outcome: Outcome, registers: Registers | None = None
) -> Iterator[Document]:
    """Read each file in turn; a file that cannot be read is a failure in outcome, not the end."""
    for source in sources:
        try:
            document = read_document(source, registers)
        except TeikitError as err:
            outcome.fail(str(err))
            continue
        outcome.read(source)
        for warning in document.warnings:
            outcome.warn(source.display, warning)
        yield document


def document_of(root: etree._Element, source: SourceFile, registers: Registers | None = None) -> Document:
    """Read the letters and mentions of a parsed TEI document."""
    warnings: list[str] = []
    if root.tag != tei("TEI"):
        warnings.append(f"root element is {etree.QName(root).localname}, not TEI")
    resolver = Resolver(root, registers)
    header = root.find(tei("teiHeader"))
    title = _title(header) or source.path.stem
    descs = root.findall(".//t:teiHeader//t:correspDesc", NS)
    bibls = _bibls_by_id(header)
    default_bibl = _edition_bibl(header)
    own_ref = _own_url(header)
    letters = []
    for number, desc in enumerate(descs, start=1):
        actions = _actions(desc, resolver)
        source_id = (desc.get("source") or "").lstrip("#")
        letters.append(
            Letter(
                number=number,
                key=desc.get("key") or desc.get(XML_ID),
                title=title if len(descs) == 1 else _describe(actions) or title,
                ref=desc.get("ref") or (own_ref if len(descs) == 1 else None),
                bibl=bibls.get(source_id, default_bibl),
                actions=actions,
                has_correspdesc=True,
            )
        )
        if not any(a.parties for a in actions):
            warnings.append(f"correspDesc {number} names neither sender nor recipient")
    if not letters:
        warnings.append("no correspDesc: sender, recipient and date unknown")
        letters.append(Letter(1, None, title, own_ref, default_bibl, [], has_correspdesc=False))
    return Document(
        source=source,
        title=title,
        languages=_languages(root),
        repository=_repository(header),
        shelfmark=_shelfmark(header),
        letters=letters,
        mentions=list(_mentions(root, resolver)),
        warnings=warnings,
    )


def _title(header: etree._Element | None) -> str:
    if header is None:
        return ""
    titles = header.findall("t:fileDesc/t:titleStmt/t:title", NS)
    for title in titles:
        if title.get("level") == "a" or title.get("type") == "main":
            return text_of(title)
    for title in titles:
        if title.get("level") not in ("s", "m", "j") and not title.get("type"):
            return text_of(title)
    return text_of(titles[0]) if titles else ""


def _actions(desc: etree._Element, resolver: Resolver) -> list[Action]:
    actions: dict[str, Action] = {}

    def action(kind: str) -> Action:
        return actions.setdefault(kind, Action(kind))

    for child in desc:
        if not isinstance(child.tag, str):
            continue
        local = etree.QName(child).localname
        if local == "correspAction":
            kind = child.get("type") or "sent"
            action(kind)
            _fill(action, kind, child, resolver, "all")
        elif local in DRAFT_PARTS:
            kind, part = DRAFT_PARTS[local]
            _fill(action, kind, child, resolver, part)
    return sorted(actions.values(), key=lambda a: (a.type != "sent", a.type != "received", a.type))


def _fill(action: Callable[[str], Action], kind: str, el: etree._Element, resolver: Resolver, part: str) -> None:
    """Add the parties, places and date found under el to the action of its kind."""
    for child in el.iter(*(tei(t) for t in PARTY_TAGS + PLACE_TAGS + ("date",))):
        local = etree.QName(child).localname
        if _inside_name(child, el):
            continue
        if local == "date" and part in ("all", "date"):
            if action(kind).date is None:
                action(kind).date = _date(child)
        elif local in PLACE_TAGS and part in ("all", "place"):
            action(kind).places.append(resolver.resolve(child))
        elif local in PARTY_TAGS and part in ("all", "party"):
            entity = resolver.resolve(child)
            if entity.kind == "place":
                action(kind).places.append(entity)
            else:
                action(ROLE_TYPES.get(child.get("type") or "", kind)).parties.append(entity)


def _inside_name(el: etree._Element, top: etree._Element) -> bool:
    """True when el sits inside another name or date below top (a forename in a persName...)."""
    parent = el.getparent()
    while parent is not None and parent is not top:
        if etree.QName(parent).localname in PARTY_TAGS + PLACE_TAGS + ("date",):
            return True
        parent = parent.getparent()
    return False


def _date(el: etree._Element) -> LetterDate:
    values = []
    for name in DATE_ATTRIBUTES:
        value = el.get(name) or el.get(f"{name}-iso")
        if value:
            values.append((name, value.strip()))
    return LetterDate(tuple(values), text_of(el))


def _describe(actions: list[Action]) -> str:
    """'A to B, date' for letters that have no title of their own (CMIF entries)."""
    senders = ", ".join(p.name for a in actions if a.type == "sent" for p in a.parties)
    recipients = ", ".join(p.name for a in actions if a.type == "received" for p in a.parties)
    dates = [a.date.sort_key for a in actions if a.date and a.date.sort_key]
    text = " to ".join(part for part in (senders, recipients) if part)
    return f"{text}, {dates[0]}" if dates and text else text


def _bibls_by_id(header: etree._Element | None) -> dict[str, Bibl]:
    if header is None:
        return {}
    return {
        bibl.get(XML_ID): Bibl(bibl.get("type") or "print", text_of(bibl))
        for bibl in header.iterfind("t:fileDesc/t:sourceDesc/t:bibl", NS)
        if bibl.get(XML_ID)
    }


def _edition_bibl(header: etree._Element | None) -> Bibl | None:
    """The edition a single letter comes from: a printed collection, else the digital edition."""
    if header is None:
        return None
    collection = header.find("t:fileDesc/t:sourceDesc/t:bibl[@type='collection']", NS)
    if collection is not None:
        parts = [text_of(child) for child in collection if isinstance(child.tag, str) and text_of(child)]
        return Bibl("print", ". ".join(p.rstrip(".") for p in parts) + ".")
    for path in (
        "t:fileDesc/t:titleStmt/t:title[@level='s']",
        "t:fileDesc/t:editionStmt/t:edition/t:title",
        "t:fileDesc/t:editionStmt/t:edition",
    ):
        found = header.find(path, NS)
        if found is not None and text_of(found):
            return Bibl("online", text_of(found))
    return None


def _own_url(header: etree._Element | None) -> str | None:
    """The letter's own URL when its header gives one (a handle, a URL idno)."""
    if header is None:
        return None
    for idno in header.iterfind("t:fileDesc/t:publicationStmt/t:idno", NS):
        value = text_of(idno)
        if (idno.get("type") or "").lower() in ("url", "uri", "handle") and value.startswith(("http://", "https://")):
            return value
    return None


def _languages(root: etree._Element) -> list[str]:
    found = [lang.get("ident") for lang in root.iterfind(".//t:profileDesc/t:langUsage/t:language", NS)]
    found = [f for f in found if f]
    if not found:
        text = root.find(tei("text"))
        lang = (text.get(XML_LANG) if text is not None else None) or root.get(XML_LANG)
        found = [lang] if lang else []
    return list(dict.fromkeys(found))


def _ms_identifier(header: etree._Element | None) -> etree._Element | None:
    return None if header is None else header.find(".//t:sourceDesc//t:msIdentifier", NS)


def _repository(header: etree._Element | None) -> str:
    ident = _ms_identifier(header)
    if ident is None:
        return ""
    for tag in ("repository", "institution"):
        found = ident.find(tei(tag))
        if found is not None and text_of(found):
            return text_of(found)
    return ""


def _shelfmark(header: etree._Element | None) -> str:
    """The printed citation, else a shelfmark idno, else all idnos joined."""
    ident = _ms_identifier(header)
    if ident is None:
        return ""
    for path in ("t:altIdentifier/t:idno[@type='citation']", "t:idno[@type='shelfmark']", "t:idno[@type='shelf']"):
        found = ident.find(path, NS)
        if found is not None and text_of(found):
            return text_of(found)
    typed = [(i.get("type"), text_of(i)) for i in ident.iterfind("t:idno", NS) if text_of(i)]
    return ", ".join(f"{kind} {value}" if kind in ("fond", "opis", "delo") else value for kind, value in typed)


def _mentions(root: etree._Element, resolver: Resolver) -> Iterable[Entity]:
    """Every name with a @ref or @key in the text (notes included), in document order."""
    for scope in root.iterfind(tei("text")):
        for el in scope.iter(*(tei(t) for t in MENTION_TAGS)):
            if el.get("ref") or el.get("key"):
                entity = resolver.resolve(el)
                if entity.kind and entity.ident:
                    yield entity
