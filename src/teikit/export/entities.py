"""Names in a TEI document resolved to entities: kind, key, label and authority URI.

A name element (``persName``, ``orgName``, ``placeName``...) points at an entry
through ``@ref`` (``#stalin``, ``pmb2121``, ``persons.xml#stalin`` or an
authority URL) or ``@key``. The entry is looked up in the document itself
(``standOff``, ``back``, anywhere) and then in the registers.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from teikit.export.authority import canonical_uri, entry_uri
from teikit.letter_facts import Name, name_of, text_of
from teikit.registers import Registers
from teikit.xml import XML_ID, tei

NAME_KINDS = {"persName": "person", "orgName": "org", "placeName": "place", "settlement": "place"}
ENTRY_KINDS = {"person": "person", "personGrp": "person", "org": "org", "place": "place"}
ENTRY_NAME = {"person": "persName", "org": "orgName", "place": "placeName"}
MAIN_TYPES = ("main", "pref", "reg", "full")


@dataclass(frozen=True)
class Entity:
    """A name as written (``name``), the entry it resolves to (``key``, ``label``) and its URI."""

    kind: str | None
    name: str
    key: str | None
    label: str
    uri: str | None

    @property
    def ident(self) -> str | None:
        """What identifies the entity across files: its key, else its authority URI."""
        return self.key or self.uri


def entry_label(entry: etree._Element) -> str:
    """An entry's main name; a structured name reads 'Surname, Forename'."""
    kind = ENTRY_KINDS.get(etree.QName(entry).localname, "person")
    names = list(entry.iterchildren(tei(ENTRY_NAME[kind])))
    if not names:
        return ""
    name = next((n for n in names if n.get("type") in MAIN_TYPES), names[0])
    surname, forename = name.find(tei("surname")), name.find(tei("forename"))
    if surname is not None and forename is not None:
        return f"{text_of(surname)}, {text_of(forename)}"
    return text_of(name)


class Resolver:
    """Resolves the name elements of one document against its own entries and the registers."""

    def __init__(self, root: etree._Element, registers: Registers | None = None) -> None:
        self._local = {
            el.get(XML_ID): el
            for el in root.iter(*(tei(tag) for tag in ENTRY_KINDS))
            if el.get(XML_ID)
        }
        self._registers = registers

    def entry(self, key: str) -> etree._Element | None:
        """The entry with this key: the document's own, else the register's."""
        if key in self._local:
            return self._local[key]
        found = self._registers.get(key) if self._registers else None
        return found.element if found is not None else None

    def resolve(self, el: etree._Element) -> Entity:
        """The entity a name element stands for."""
        return self.resolve_name(name_of(el))

    def resolve_name(self, name: Name) -> Entity:
        """The entity a name of a header's facts (or of the text) stands for."""
        key, uri = None, None
        for token in (name.ref or "").split():
            uri = uri or canonical_uri(token)
            if key is None and not token.startswith(("http://", "https://")):
                key = token.rsplit("#", 1)[-1] or None
        if key is None and name.key and not uri:
            key = name.key
        entry = self.entry(key) if key else None
        label = (entry_label(entry) if entry is not None else "") or name.text
        if entry is not None:
            uri = uri or entry_uri(entry)
        return Entity(self._kind(name, entry), name.text, key, label, uri)

    @staticmethod
    def _kind(name: Name, entry: etree._Element | None) -> str | None:
        if name.tag in NAME_KINDS:
            return NAME_KINDS[name.tag]
        if entry is not None:
            return ENTRY_KINDS.get(etree.QName(entry).localname)
        return name.type if name.type in ("person", "org", "place") else None
