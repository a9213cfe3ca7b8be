"""The facts of a letter, read once from its TEI header whatever form the header uses.

``letter_facts(root)`` is a pure function from a parsed TEI document to a
``LetterFacts``: title, languages, repository and shelfmark, and one
``Correspondence`` per letter (a CMIF file holds many) with its actions
(sent, received...), each with the names, places and date it gives.
Every export reads these facts; the stylesheets read the same header forms,
and a test holds the two to the same answers.

Correspondents, places and dates are taken from the first of these forms that
gives them, and each ``Correspondence`` says in ``origins`` which one it was:

1. ``correspDesc`` anywhere in the header, with TEI P5 ``correspAction`` or the
   early draft's ``sender``/``addressee``/``placeSender``/``dateSender``...;
   a name typed ``sender``/``addressee`` goes to that side whatever its action;
2. ``profileDesc/particDesc``: persons, organisations or names whose
   ``@role`` (or ``@type``) is a sender or recipient role, with the date and
   place of ``profileDesc/creation``;
3. the ``titleStmt``: its ``author`` elements are the senders; the recipient is
   read from the main title ("[Brief von] SENDERS an RECIPIENT[, date | vom date]";
   the words of each language are in ``letter_title_words.tsv``) only when the
   SENDERS named are exactly those authors; the date from ``creation/date``, a
   title's ``@when``/``@when-iso`` or a ``date`` inside the title.

Names keep the pointers they carry (``@ref``, ``@key``); what they point at is
resolved by the caller (``teikit.export.entities``), and authority URI shapes
are known only to ``teikit.export.authority``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar
from functools import lru_cache
from pathlib import Path

from lxml import etree

from teikit.xml import NS, XML_ID, XML_LANG, tei

DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter")
PARTY_TAGS = ("persName", "orgName", "name", "rs")
PLACE_TAGS = ("placeName", "settlement")
# The early correspDesc draft: element -> (action type, what it holds).
DRAFT_PARTS = {
    "sender": ("sent", "party"),
    "addressee": ("received", "party"),
    "placeSender": ("sent", "place"),
    "placeAddressee": ("received", "place"),
    "dateSender": ("sent", "date"),
    "dateAddressee": ("received", "date"),
}
# Roles (and name types) that say which side of a letter a correspondent is on.
ROLE_TYPES = {
    "sender": "sent", "author": "sent", "writer": "sent",
    "addressee": "received", "recipient": "received", "receiver": "received",
}
PARTICIPANT_TAGS = ("person", "personGrp", "org", *PARTY_TAGS)
ENTRY_NAME_TAGS = {"person": "persName", "personGrp": "persName", "org": "orgName"}
TITLE_WORDS = Path(__file__).with_name("letter_title_words.tsv")


def text_of(el: etree._Element | None) -> str:
    """The element's text with white space collapsed ('' for None)."""
    return "" if el is None else " ".join("".join(el.itertext()).split())


PartyT = TypeVar("PartyT")


class _Side(Protocol):
    """What ActionFacts reads of one side of a letter."""

    type: str
    parties: list[Any]
    places: list[Any]
    date: LetterDate | None


ActionT = TypeVar("ActionT", bound=_Side)


@dataclass(frozen=True)
class Name:
    """A person, organisation or place as the header names it, with its pointers."""

    text: str
    tag: str
    ref: str | None = None
    key: str | None = None
    type: str | None = None


@dataclass(frozen=True)
class LetterDate:
    """A date's ISO attributes (TEI names, ``-iso`` forms folded in) and its text."""

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
    """One side of a letter: its type (sent, received...), names, places and date."""

    type: str
    parties: list[Name] = field(default_factory=list)
    places: list[Name] = field(default_factory=list)
    date: LetterDate | None = None


class ActionFacts(Generic[ActionT, PartyT]):
    """What a letter's actions say: senders, recipients, date and place of sending.

    Mixed into the dataclasses that hold ``actions`` (each with ``type``,
    ``parties``, ``places`` and ``date``), here and in the exports.
    """

    actions: list[ActionT]

    def action(self, kind: str) -> ActionT | None:
        return next((a for a in self.actions if a.type == kind), None)

    @property
    def senders(self) -> list[PartyT]:
        return [p for a in self.actions if a.type == "sent" for p in a.parties]

    @property
    def recipients(self) -> list[PartyT]:
        return [p for a in self.actions if a.type == "received" for p in a.parties]

    @property
    def date(self) -> LetterDate | None:
        """The date of sending, else the first date any action gives."""
        sent = self.action("sent")
        if sent and sent.date:
            return sent.date
        return next((a.date for a in self.actions if a.date), None)

    @property
    def place(self) -> PartyT | None:
        sent = self.action("sent")
        return sent.places[0] if sent and sent.places else None


@dataclass
class Correspondence(ActionFacts[Action, Name]):
    """One letter's correspondence facts and where in the header each was found.

    ``origins`` maps 'correspondents', 'date' and 'places' to the header form they
    came from (``correspDesc``, ``correspDesc (early draft)``, ``particDesc``,
    ``titleStmt``...).
    """

    actions: list[Action]
    key: str | None = None
    ref: str | None = None
    source: str | None = None
    origins: dict[str, str] = field(default_factory=dict)



@dataclass(frozen=True)
class Bibl:
    """The edition a letter is published in: CMIF's bibl type (print, online, hybrid) and text."""

    type: str
    text: str


@dataclass
class LetterFacts:
    """What a TEI document's header says of its letters."""

    title: str
    languages: list[str]
    repository: str
    shelfmark: str
    url: str | None
    edition: Bibl | None
    bibls: dict[str, Bibl]
    letters: list[Correspondence]


def letter_facts(root: etree._Element) -> LetterFacts:
    """The facts of a parsed TEI document; a teiCorpus gives the letters of every TEI in it."""
    header = root.find(tei("teiHeader"))
    if root.tag == tei("teiCorpus"):
        members = root.iterchildren(tei("TEI"), tei("teiCorpus"))
        letters = [letter for member in members for letter in letter_facts(member).letters]
    else:
        letters = _letters(header)
    return LetterFacts(
        title=title_of(header),
        languages=_languages(root),
        repository=_repository(header),
        shelfmark=_shelfmark(header),
        url=_own_url(header),
        edition=_edition_bibl(header),
        bibls=_bibls_by_id(header),
        letters=letters,
    )


def _letters(header: etree._Element | None) -> list[Correspondence]:
    """The letters one TEI header describes, from the first header form that names correspondents."""
    letters = _from_correspdescs(header)
    if len(letters) <= 1 and not any(a.parties for c in letters for a in c.actions):
        other = _from_particdesc(header) or _from_titlestmt(header)
        if other is not None:
            letters = [_completed(letters[0], other) if letters else other]
    if len(letters) == 1 and letters[0].ref is None:
        letters[0].ref = _own_url(header)
    return letters


def _completed(desc: Correspondence, other: Correspondence) -> Correspondence:
    """A correspDesc that names no correspondent, with those another header form gives.

    Its own dates and places stay; the other form's fill in only what it lacks.
    """
    for action in other.actions:
        own = desc.action(action.type)
        if own is None:
            desc.actions.append(action)
            continue
        own.parties.extend(action.parties)
        own.places = own.places or action.places
        own.date = own.date or action.date
    desc.actions = _ordered({a.type: a for a in desc.actions})
    for fact, form in other.origins.items():
        desc.origins.setdefault(fact, form)
    return desc


# --- correspDesc ----------------------------------------------------------------


def _from_correspdescs(header: etree._Element | None) -> list[Correspondence]:
    if header is None:
        return []
    found = []
    for desc in header.iterfind(".//t:correspDesc", NS):
        actions, draft = _desc_actions(desc)
        letter = Correspondence(
            actions=actions,
            key=desc.get("key") or desc.get(XML_ID),
            ref=desc.get("ref"),
            source=(desc.get("source") or "").lstrip("#") or None,
        )
        form = "correspDesc (early draft)" if draft else "correspDesc"
        _note_origins(letter, form)
        found.append(letter)
    if len(found) == 1:
        _complete_from_creation(found[0], header)
    return found


def _desc_actions(desc: etree._Element) -> tuple[list[Action], bool]:
    """The actions of a correspDesc, and whether it used the early draft's elements."""
    actions: dict[str, Action] = {}
    draft = False

    def action(kind: str) -> Action:
        return actions.setdefault(kind, Action(kind))

    for child in desc:
        if not isinstance(child.tag, str):
            continue
        local = etree.QName(child).localname
        if local == "correspAction":
            kind = child.get("type") or "sent"
            action(kind)
            _fill(action, kind, child, "all")
        elif local in DRAFT_PARTS:
            draft = True
            kind, part = DRAFT_PARTS[local]
            _fill(action, kind, child, part)
    return _ordered(actions), draft


def _ordered(actions: dict[str, Action]) -> list[Action]:
    return sorted(actions.values(), key=lambda a: (a.type != "sent", a.type != "received", a.type))


def _fill(action: Callable[[str], Action], kind: str, el: etree._Element, part: str) -> None:
    """Add the names, places and date found under el to the action of its kind."""
    for child in el.iter(*(tei(t) for t in PARTY_TAGS + PLACE_TAGS + ("date",))):
        local = etree.QName(child).localname
        if _inside_name(child, el):
            continue
        if local == "date" and part in ("all", "date"):
            if action(kind).date is None:
                action(kind).date = date_of(child)
        elif local in PLACE_TAGS and part in ("all", "place"):
            action(kind).places.append(name_of(child))
        elif local in PARTY_TAGS and part in ("all", "party"):
            name = name_of(child)
            if child.get("type") == "place":
                action(kind).places.append(name)
            else:
                action(ROLE_TYPES.get(child.get("type") or "", kind)).parties.append(name)


def _inside_name(el: etree._Element, top: etree._Element) -> bool:
    """True when el sits inside another name or date below top (a forename in a persName...)."""
    parent = el.getparent()
    while parent is not None and parent is not top:
        if etree.QName(parent).localname in PARTY_TAGS + PLACE_TAGS + ("date",):
            return True
        parent = parent.getparent()
    return False


def name_of(el: etree._Element) -> Name:
    """A name element as a Name (text, tag and pointers)."""
    return Name(text_of(el), etree.QName(el).localname, el.get("ref"), el.get("key"), el.get("type"))


def date_of(el: etree._Element) -> LetterDate:
    """A date element's ISO attributes (``when-iso`` read as ``when``) and text."""
    values = []
    for name in DATE_ATTRIBUTES:
        value = el.get(name) or el.get(f"{name}-iso")
        if value:
            values.append((name, value.strip()))
    return LetterDate(tuple(values), text_of(el))


def _note_origins(letter: Correspondence, form: str) -> None:
    if any(a.parties for a in letter.actions):
        letter.origins["correspondents"] = form
    if letter.date is not None:
        letter.origins["date"] = form
    if any(a.places for a in letter.actions):
        letter.origins["places"] = form


def _complete_from_creation(letter: Correspondence, header: etree._Element) -> None:
    """A letter without date or place of its own takes those of profileDesc/creation."""
    creation = header.find("t:profileDesc/t:creation", NS)
    if creation is None:
        return
    sent = letter.action("sent")
    if sent is None:
        sent = Action("sent")
        letter.actions.insert(0, sent)
    if letter.date is None:
        found = creation.find(".//t:date", NS)
        if found is not None and date_of(found).attributes:
            sent.date = date_of(found)
            letter.origins["date"] = "profileDesc/creation"
    if not any(a.places for a in letter.actions):
        places = [name_of(p) for p in creation.iter(*(tei(t) for t in PLACE_TAGS)) if not _inside_name(p, creation)]
        if places:
            sent.places.extend(places)
            letter.origins["places"] = "profileDesc/creation"


# --- particDesc -----------------------------------------------------------------


def _from_particdesc(header: etree._Element | None) -> Correspondence | None:
    partic = None if header is None else header.find("t:profileDesc/t:particDesc", NS)
    if partic is None:
        return None
    actions: dict[str, Action] = {}
    for el in partic.iter(*(tei(t) for t in PARTICIPANT_TAGS)):
        kind = _role(el)
        if kind is None or _has_role_ancestor(el, partic):
            continue
        actions.setdefault(kind, Action(kind)).parties.append(_participant(el))
    if not actions:
        return None
    letter = Correspondence(_ordered(actions))
    letter.origins["correspondents"] = "particDesc"
    _complete_from_creation(letter, header)  # type: ignore[arg-type]
    return letter


def _role(el: etree._Element) -> str | None:
    for token in ((el.get("role") or "") + " " + (el.get("type") or "")).split():
        if token.lower() in ROLE_TYPES:
            return ROLE_TYPES[token.lower()]
    return None


def _has_role_ancestor(el: etree._Element, top: etree._Element) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not top:
        if _role(parent) is not None:
            return True
        parent = parent.getparent()
    return False


def _participant(el: etree._Element) -> Name:
    """A participant: a name element as it is, a person or org entry by its (first) name."""
    local = etree.QName(el).localname
    if local not in ENTRY_NAME_TAGS:
        return name_of(el)
    named = el.find(tei(ENTRY_NAME_TAGS[local]))
    key = el.get(XML_ID)
    ref = el.get("ref") or el.get("sameAs") or (named.get("ref") if named is not None else None)
    return Name(text_of(named) if named is not None else text_of(el), ENTRY_NAME_TAGS[local], ref or (f"#{key}" if key else None))


# --- titleStmt ------------------------------------------------------------------


def _from_titlestmt(header: etree._Element | None) -> Correspondence | None:
    """The author as sender; the recipient from the title only when it names that author first."""
    if header is None:
        return None
    title_stmt = header.find("t:fileDesc/t:titleStmt", NS)
    if title_stmt is None:
        return None
    authors = [a for a in title_stmt.iterfind("t:author", NS) if text_of(a)]
    if not authors:
        return None
    sent = Action("sent", parties=[_author(a) for a in authors])
    actions = [sent]
    recipient = _title_recipient(_title_parts(_main_title(header)), [text_of(a) for a in authors])
    if recipient:
        actions.append(Action("received", parties=[Name(recipient, "persName")]))
    letter = Correspondence(actions)
    letter.origins["correspondents"] = "titleStmt"
    _complete_from_creation(letter, header)
    if letter.date is None:
        for title in title_stmt.iterfind("t:title", NS):
            dated = title if (title.get("when") or title.get("when-iso")) else title.find(".//t:date", NS)
            if dated is not None and date_of(dated).attributes:
                sent.date = date_of(dated)
                letter.origins["date"] = "titleStmt"
                break
    return letter


def _author(el: etree._Element) -> Name:
    named = next((c for c in el.iter(*(tei(t) for t in PARTY_TAGS)) if c is not el), None)
    source = named if named is not None else el
    return Name(text_of(el), "persName" if named is None else etree.QName(named).localname,
                source.get("ref") or el.get("ref"), source.get("key") or el.get("key"))


@lru_cache(maxsize=1)
def _title_words() -> dict[str, tuple[str, ...]]:
    """The words of letter titles by kind (prefix, to, and, date), from letter_title_words.tsv."""
    words: dict[str, list[str]] = {}
    for line in TITLE_WORDS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _, word = line.split("\t")
            words.setdefault(kind, []).append(word.strip())
    return {kind: tuple(found) for kind, found in words.items()}


def _alternatives(kind: str) -> str:
    return "|".join(re.escape(w) for w in _title_words().get(kind, ()))


def _title_recipient(title: str, authors: list[str]) -> str | None:
    """RECIPIENT of a title '[prefix] SENDERS to RECIPIENT[, date | date-word ...]'.

    Only when the senders named are exactly the titleStmt's authors (in either
    name order); anything else in the title is not read.
    """
    spellings = {_normal(a) for author in authors for a in (author, _inverted(author))}
    body = re.sub(rf"^(?:{_alternatives('prefix')})\s+", "", title.strip(), flags=re.IGNORECASE)
    for word in _title_words().get("to", ()):
        match = re.match(rf"^(?P<senders>.+?)\s+{re.escape(word)}\s+(?P<recipient>.+)$", body)
        if not match:
            continue
        senders = re.split(rf"\s*,\s*|\s+(?:{_alternatives('and')})\s+", match["senders"])
        if {_normal(s) for s in senders} <= spellings and len(senders) <= len(authors):
            recipient = re.split(rf",|\s+(?:{_alternatives('date')})\s+", match["recipient"])[0].strip()
            recipient = re.sub(rf"^(?:{_alternatives('article')})\s+", "", recipient)
            return recipient or None
    return None


def _inverted(name: str) -> str:
    """'Surname, Forename' as 'Forename Surname'."""
    surname, _, forename = name.partition(",")
    return f"{forename.strip()} {surname.strip()}" if forename else name


def _normal(name: str) -> str:
    return " ".join(name.casefold().split())


# --- title, languages, repository, shelfmark, edition -----------------------------


def title_of(header: etree._Element | None) -> str:
    """The letter's own title: level 'a' or type 'main', else the first untyped, non-series title."""
    return text_of(_main_title(header))


def _main_title(header: etree._Element | None) -> etree._Element | None:
    titles = [] if header is None else header.findall("t:fileDesc/t:titleStmt/t:title", NS)
    for title in titles:
        if title.get("level") == "a" or title.get("type") == "main":
            return title
    for title in titles:
        if title.get("level") not in ("s", "m", "j") and not title.get("type"):
            return title
    return titles[0] if titles else None


def _title_parts(title: etree._Element | None) -> str:
    """A title's text with its line breaks (``lb``) read as commas: they part names from dates."""
    if title is None:
        return ""
    parted = copy.deepcopy(title)
    for lb in parted.iter(tei("lb")):
        lb.text = ", "
    return text_of(parted)


def _languages(root: etree._Element) -> list[str]:
    found = [lang.get("ident") for lang in root.iterfind(".//t:profileDesc/t:langUsage/t:language", NS)]
    idents = [f for f in found if f]
    if not idents:
        text = root.find(tei("text"))
        lang = (text.get(XML_LANG) if text is not None else None) or root.get(XML_LANG)
        idents = [lang] if lang else []
    return list(dict.fromkeys(idents))


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
