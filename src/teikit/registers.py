"""TEI registers: persons, organisations, places and archives, read from TEI files.

A register file holds ``listPerson``, ``listOrg`` or ``listPlace``; every entry
(``person``, ``org``, ``place``) has an ``xml:id`` that is its key. Names and
their variants are the entry's ``persName``/``orgName``/``placeName`` children.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from teikit import resources
from teikit.errors import InputError
from teikit.xml import NS, XML_ID, XML_LANG, parse_file, tei

KIND_OF_TAG = {"person": "person", "org": "org", "place": "place"}
NAME_TAG = {"person": "persName", "org": "orgName", "place": "placeName"}
REGISTER_FILES = ("persons.xml", "orgs.xml", "places.xml", "archives.xml")


@dataclass(frozen=True)
class Name:
    """One name of an entry: its text, language and TEI @type (main, variant, pseudonym...)."""

    text: str
    lang: str | None
    type: str | None


@dataclass
class Entry:
    """A register entry: key, kind, the file it came from, names, and its TEI element."""

    key: str
    kind: str
    source: str
    names: list[Name]
    element: etree._Element = field(repr=False)

    @property
    def label(self) -> str:
        """The main name, or the first name given."""
        for name in self.names:
            if name.type == "main":
                return name.text
        return self.names[0].text if self.names else self.key

    def tei_copy(self) -> etree._Element:
        """A deep copy of the entry's element, for a document's standOff."""
        clone = copy.deepcopy(self.element)
        clone.tail = None
        return clone


def _name_text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _read_entries(path: Path) -> list[Entry]:
    tree = parse_file(path)
    entries = []
    for el in tree.getroot().iter(tei("person"), tei("org"), tei("place")):
        key = el.get(XML_ID)
        if not key:
            continue
        kind = KIND_OF_TAG[etree.QName(el).localname]
        names = [
            Name(_name_text(n), n.get(XML_LANG), n.get("type"))
            for n in el.iterchildren(tei(NAME_TAG[kind]))
            if _name_text(n)
        ]
        entries.append(Entry(key, kind, path.name, names, el))
    return entries


@dataclass
class Registers:
    """All entries of one register folder, by key and by file."""

    folder: Path
    entries: dict[str, Entry]
    by_file: dict[str, list[Entry]]

    def get(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def of_file(self, name: str) -> list[Entry]:
        """Entries of one register file (``archives.xml``, say), in file order."""
        return self.by_file.get(name, [])

    def of_kind(self, kind: str, *, exclude_file: str | None = None) -> list[Entry]:
        """Entries of one kind (person, org, place), optionally leaving one file out."""
        return [e for e in self.entries.values() if e.kind == kind and e.source != exclude_file]


def load_registers(folder: Path | None = None) -> Registers:
    """Read a register folder (default: the bundled registers); cached per folder."""
    return _load(Path(folder or resources.registers_dir()).resolve())


@lru_cache(maxsize=8)
def _load(folder: Path) -> Registers:
    if not folder.is_dir():
        raise InputError(f"{folder}: no such register folder")
    entries: dict[str, Entry] = {}
    by_file: dict[str, list[Entry]] = {}
    for path in sorted(folder.glob("*.xml")):
        found = _read_entries(path)
        by_file[path.name] = found
        for entry in found:
            entries.setdefault(entry.key, entry)
    return Registers(folder, entries, by_file)


__all__ = ["Entry", "Name", "Registers", "load_registers", "NS"]
