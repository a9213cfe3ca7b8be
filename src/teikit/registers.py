"""TEI registers: persons, organisations, places and archives, read from TEI files.

A register file holds ``listPerson``, ``listOrg`` or ``listPlace``; every entry
(``person``, ``org``, ``place``) has an ``xml:id`` that is its key. Names and
their variants are the entry's ``persName``/``orgName``/``placeName`` children.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from teikit import resources
from teikit.convert import lexicon
from teikit.errors import InputError
from teikit.xml import NS, XML_ID, XML_LANG, parse_file, tei

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
        """A deep copy of the entry's element."""
        clone = copy.deepcopy(self.element)
        clone.tail = None
        return clone

    def standoff_copy(self) -> etree._Element:
        """A copy for a document's standOff: without the register's recognition cues (``note[@type='context']``)."""
        clone = self.tei_copy()
        for note in clone.findall(f"{tei('note')}[@type='context']"):
            clone.remove(note)
        return clone


def _name_text(el: etree._Element) -> str:
    """The words of a name; the parts of a structured name (surname, forename) stay apart."""
    parts = [el.text or ""] + [" ".join(c.itertext()) + " " + (c.tail or "") for c in el]
    return " ".join(" ".join(parts).split())


def _read_entries(path: Path) -> list[Entry]:
    tree = parse_file(path, ids=False)
    entries = []
    for el in tree.getroot().iter(tei("person"), tei("org"), tei("place")):
        key = el.get(XML_ID)
        if not key:
            continue
        kind = etree.QName(el).localname
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
    """Read a register folder (default: the bundled registers); cached per folder while its files stay the same."""
    path = Path(folder or resources.registers_dir()).resolve()
    stamps = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(path.glob("*.xml"))) \
        if path.is_dir() else ()
    return _load(path, stamps)


@lru_cache(maxsize=8)
def _load(folder: Path, stamps: tuple[tuple[str, int, int], ...]) -> Registers:
    if not folder.is_dir():
        raise InputError(f"{folder}: no such register folder")
    entries: dict[str, Entry] = {}
    by_file: dict[str, list[Entry]] = {}
    for path in sorted(folder.glob("*.xml")):
        found = _read_entries(path)
        by_file[path.name] = found
        for entry in found:
            entries.setdefault(entry.key, entry)
    if not entries:
        raise InputError(f"{folder}: no register entries (person, org or place with an xml:id in a *.xml file)")
    return Registers(folder, entries, by_file)


# --- checking -----------------------------------------------------------------

DATE_ATTRIBUTES = ("when", "notBefore", "notAfter", "from", "to")
POINTER_ATTRIBUTES = ("ref", "corresp", "sameAs", "who")
_ISO_DATE = re.compile(r"^-?\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class Problem:
    """One problem in a register: the file, the line, the entry's key and what is wrong."""

    file: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.key}: {self.message}"


def check_registers(registers: Registers) -> list[Problem]:
    """Duplicate keys, a name shared by two persons, malformed dates, dangling references, and
    content that convert cannot carry into a document's standOff."""
    problems: list[Problem] = []
    every = [entry for entries in registers.by_file.values() for entry in entries]
    problems += _duplicate_keys(every)
    problems += _shared_names(every)
    for entry in every:
        problems += _entry_problems(entry, registers)
        problems += _standoff_problems(entry)
    return sorted(problems, key=lambda p: (p.file, p.line, p.message))


LIST_OF = {"person": "listPerson", "org": "listOrg", "place": "listPlace"}


@lru_cache(maxsize=1)
def _standoff_grammar() -> etree.RelaxNG:
    """teikit's profile with a register list as its start: what a document's standOff may hold."""
    tree = parse_file(resources.schemas_dir() / "teikit.rng")
    rng = "http://relaxng.org/ns/structure/1.0"
    start = tree.getroot().find(f"{{{rng}}}start")
    for child in list(start):
        start.remove(child)
    choice = etree.SubElement(start, f"{{{rng}}}choice")
    for name in LIST_OF.values():
        etree.SubElement(choice, f"{{{rng}}}ref", name=name)
    return etree.RelaxNG(tree)


def _standoff_problems(entry: Entry) -> list[Problem]:
    """What of an entry the profile does not allow in standOff, where convert copies it."""
    wrapper = etree.Element(tei(LIST_OF[entry.kind]))
    wrapper.append(entry.standoff_copy())
    grammar = _standoff_grammar()
    if grammar.validate(etree.ElementTree(wrapper)):
        return []
    message = grammar.error_log.last_error.message if grammar.error_log.last_error else "not allowed"
    return [_problem(entry, f"convert cannot copy this entry into a document's standOff: {message}")]


def _problem(entry: Entry, message: str, el: etree._Element | None = None) -> Problem:
    return Problem(entry.source, (el if el is not None else entry.element).sourceline or 0, entry.key, message)


def _duplicate_keys(every: list[Entry]) -> list[Problem]:
    first: dict[str, Entry] = {}
    problems = []
    for entry in every:
        if entry.key in first:
            other = first[entry.key]
            problems.append(_problem(entry, f"duplicate key (also {other.source}:{other.element.sourceline})"))
        else:
            first[entry.key] = entry
    return problems


@lru_cache(maxsize=1)
def _address_before() -> re.Pattern[str]:
    """A leading form of address that only addresses a person ("Comrade Kamenev", "T. Kamenev", "Herr Weber"),
    from the converter's list of forms of address."""
    initials = "|".join(re.escape(i) + r"\." for i in lexicon.words("cue_initial"))
    return re.compile(rf"^(?:{lexicon.alternation('address')}|{initials})\s+", re.IGNORECASE)


def _surname(entry: Entry) -> str:
    surnames = entry.element.findall(f"{tei('persName')}[@type='main']/{tei('surname')}")
    return _name_text(surnames[0]).casefold() if surnames else ""


def _shared_names(every: list[Entry]) -> list[Problem]:
    """A name that points at two persons. Namesakes may share their bare surname, nothing more."""
    owners: dict[str, list[Entry]] = defaultdict(list)
    for entry in every:
        if entry.kind != "person":
            continue
        for name in {_address_before().sub("", n.text).casefold() for n in entry.names if n.type != "main"}:
            owners[name].append(entry)
    problems = []
    for name, entries in owners.items():
        keys = sorted({e.key for e in entries})
        if len(keys) < 2:
            continue
        namesakes = len({_surname(e) for e in entries}) == 1 and len(name.split()) == 1
        if not namesakes:
            problems.append(_problem(entries[-1], f"name {name!r} also belongs to {', '.join(k for k in keys if k != entries[-1].key)}"))
    return problems


def _valid_date(value: str) -> bool:
    if not _ISO_DATE.match(value):
        return False
    parts = value.lstrip("-").split("-")
    if len(parts) == 1:
        return True
    try:
        datetime.date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) == 3 else 1)
    except ValueError:
        return False
    return True


def _entry_problems(entry: Entry, registers: Registers) -> list[Problem]:
    problems = []
    if not entry.names:
        problems.append(_problem(entry, "entry has no name"))
    born = died = None
    for el in entry.element.iter():
        if not isinstance(el.tag, str):
            continue
        local = etree.QName(el).localname
        for attr in DATE_ATTRIBUTES:
            value = el.get(attr)
            if value is not None and not _valid_date(value):
                problems.append(_problem(entry, f"malformed date {local}/@{attr}={value!r} (want YYYY, YYYY-MM or YYYY-MM-DD)", el))
            elif value is not None and local == "birth":
                born = born or value
            elif value is not None and local == "death":
                died = died or value
        for attr in POINTER_ATTRIBUTES:
            for target in (el.get(attr) or "").split():
                if target.startswith("#") and target[1:] not in registers.entries:
                    problems.append(_problem(entry, f"{local}/@{attr} points at {target}, which no register holds", el))
    if born and died and born.lstrip("-")[:4] > died.lstrip("-")[:4]:
        problems.append(_problem(entry, f"born {born} after death {died}"))
    return problems


__all__ = ["Entry", "Name", "Problem", "Registers", "check_registers", "load_registers", "NS"]
