"""Letters read from TEI: who wrote to whom, when and where, and what each file mentions.

One TEI file gives a ``Document`` with one ``Letter`` per letter its header
describes (``teikit.letter_facts`` reads correspDesc in both forms, particDesc
and titleStmt conventions; a CMIF file holds many letters), with the names
resolved to register entries and authority URIs. A file whose header names no
correspondent still gives one letter, known only by its title, and a warning.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from lxml import etree

from teikit.export.entities import Entity, Resolver
from teikit.export.sources import SourceFile
from teikit.errors import TeikitError
from teikit.export.outcome import Outcome
from teikit.registers import Registers
from teikit.letter_facts import DATE_ATTRIBUTES as DATE_ATTRIBUTES
from teikit.letter_facts import Action as FactAction
from teikit.letter_facts import ActionFacts
from teikit.letter_facts import Bibl as Bibl
from teikit.letter_facts import LetterDate as LetterDate
from teikit.letter_facts import letter_facts
from teikit.xml import tei

MENTION_TAGS = ("persName", "orgName", "placeName", "name", "rs")


@dataclass
class Action:
    """One side of a letter (sent, received...): its persons/orgs and places resolved, and its date."""

    type: str
    parties: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    date: LetterDate | None = None


@dataclass
class Letter(ActionFacts[Action, Entity]):
    """One letter of a document."""

    number: int
    key: str | None
    title: str
    ref: str | None
    bibl: Bibl | None
    actions: list[Action]
    has_correspondence: bool
    origins: dict[str, str] = field(default_factory=dict)


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
    """Parse a TEI file and read its letters and mentions (InputError when it cannot be read, TeikitError when it is not XML)."""
    return document_of(source.root(), source, registers)


def iterate_documents(
    sources: list[SourceFile], outcome: Outcome, registers: Registers | None = None
) -> Iterator[Document]:
    """Read each file in turn; a file that cannot be read is a failure in outcome, not the end."""
    for source in sources:
        try:
            document = read_document(source, registers)
        except TeikitError as err:
            outcome.unread(err)
            continue
        outcome.read(source)
        for warning in document.warnings:
            outcome.warn(source.display, warning)
        yield document


def document_of(root: etree._Element, source: SourceFile, registers: Registers | None = None) -> Document:
    """Read the letters and mentions of a parsed TEI document (its header through letter_facts)."""
    warnings: list[str] = []
    if root.tag != tei("TEI"):
        warnings.append(f"root element is {etree.QName(root).localname}, not TEI")
    resolver = Resolver(root, registers)
    facts = letter_facts(root)
    title = facts.title or source.path.stem
    letters = []
    single = len(facts.letters) == 1
    for number, found in enumerate(facts.letters, start=1):
        actions = [_resolved(action, resolver) for action in found.actions]
        letters.append(
            Letter(
                number=number,
                key=found.key,
                title=title if single else _describe(actions) or title,
                ref=found.ref,
                bibl=facts.bibls.get(found.source or "", facts.edition),
                actions=actions,
                has_correspondence=True,
                origins=dict(found.origins),
            )
        )
        if not any(a.parties for a in actions):
            warnings.append(f"letter {number} names neither sender nor recipient")
    if not letters:
        warnings.append("no correspDesc, particDesc or titleStmt author: sender, recipient and date unknown")
        letters.append(Letter(1, None, title, facts.url, facts.edition, [], has_correspondence=False))
    return Document(
        source=source,
        title=title,
        languages=facts.languages,
        repository=facts.repository,
        shelfmark=facts.shelfmark,
        letters=letters,
        mentions=list(_mentions(root, resolver)),
        warnings=warnings,
    )


def _resolved(action: FactAction, resolver: Resolver) -> Action:
    """An action of the header's facts with its names resolved; a name found to be a place moves to places."""
    resolved = Action(action.type, date=action.date)
    resolved.places = [resolver.resolve_name(p) for p in action.places]
    for name in action.parties:
        entity = resolver.resolve_name(name)
        (resolved.places if entity.kind == "place" else resolved.parties).append(entity)
    return resolved


def _describe(actions: list[Action]) -> str:
    """'A to B, date' for letters that have no title of their own (CMIF entries)."""
    senders = ", ".join(p.name for a in actions if a.type == "sent" for p in a.parties)
    recipients = ", ".join(p.name for a in actions if a.type == "received" for p in a.parties)
    dates = [a.date.sort_key for a in actions if a.date and a.date.sort_key]
    text = " to ".join(part for part in (senders, recipients) if part)
    return f"{text}, {dates[0]}" if dates and text else text


def _mentions(root: etree._Element, resolver: Resolver) -> Iterable[Entity]:
    """Every name with a @ref or @key in the text (notes included), in document order."""
    for scope in root.iterfind(tei("text")):
        for el in scope.iter(*(tei(t) for t in MENTION_TAGS)):
            if el.get("ref") or el.get("key"):
                entity = resolver.resolve(el)
                if entity.kind and entity.ident:
                    yield entity
