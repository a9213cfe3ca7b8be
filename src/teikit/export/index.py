"""Indexes of an edition: its letters, and the persons, places and organisations it mentions.

``build_index`` is pure (documents in, tables out); ``export_index`` reads the
files and writes JSON (all tables) or CSV (one table). Letters keep the order of
the input files; entities are sorted by label, then key.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from teikit.batch import WriteOptions
from teikit.errors import InputError
from teikit.export.entities import Entity
from teikit.export.letters import DATE_ATTRIBUTES, Document, iterate_documents
from teikit.export.outcome import Outcome
from teikit.export.sources import SourceFile
from teikit.registers import Registers

ENTITY_TABLES = {"persons": "person", "places": "place", "orgs": "org"}
TABLES = ("letters", *ENTITY_TABLES)
FORMATS = ("json", "csv")
LETTER_COLUMNS = (
    "file", "letter", "title", "senders", "sender_refs", "recipients", "recipient_refs",
    *DATE_ATTRIBUTES, "date_text", "place", "place_ref", "repository", "shelfmark", "languages",
)
ENTITY_COLUMNS = ("key", "label", "uri", "count", "files")
LIST_SEPARATOR = "; "


@dataclass
class _Tally:
    uri: str | None = None
    labels: Counter[str] = field(default_factory=Counter)
    count: int = 0
    files: set[str] = field(default_factory=set)


def _party(entity: Entity) -> dict[str, Any]:
    return {"name": entity.name or entity.label, "kind": entity.kind, "key": entity.key, "uri": entity.uri}


def _named(document: Document) -> list[Entity]:
    """The entities a document names: its correspondents and places, then its text's mentions."""
    found = [e for letter in document.letters for a in letter.actions for e in a.parties + a.places]
    found.extend(document.mentions)
    return [e for e in found if e.kind in ENTITY_TABLES.values() and e.ident]


@dataclass
class Index:
    """Rows of the letters table and the mention tallies per entity kind."""

    letters: list[dict[str, Any]] = field(default_factory=list)
    tallies: dict[str, dict[str, _Tally]] = field(default_factory=lambda: {k: {} for k in ENTITY_TABLES.values()})

    def add(self, document: Document) -> None:
        name = document.source.name
        for letter in document.letters:
            date = letter.date
            place = letter.place
            self.letters.append(
                {
                    "file": name,
                    "letter": letter.number,
                    "title": letter.title,
                    "senders": [_party(p) for p in letter.senders],
                    "recipients": [_party(p) for p in letter.recipients],
                    "date": dict(date.attributes) if date else {},
                    "date_text": date.text if date else "",
                    "place": _party(place) if place else None,
                    "repository": document.repository,
                    "shelfmark": document.shelfmark,
                    "languages": document.languages,
                }
            )
        for entity in _named(document):
            tally = self.tallies[str(entity.kind)].setdefault(str(entity.ident), _Tally())
            tally.uri = tally.uri or entity.uri
            tally.labels[entity.label] += 1
            tally.count += 1
            tally.files.add(name)

    def entities(self, table: str) -> list[dict[str, Any]]:
        """One table of entities (persons, places, orgs), sorted by label then key."""
        rows = [
            {
                "key": key,
                "label": min(t.labels, key=lambda label: (-t.labels[label], label)),
                "uri": t.uri,
                "count": t.count,
                "files": sorted(t.files),
            }
            for key, t in self.tallies[ENTITY_TABLES[table]].items()
        ]
        return sorted(rows, key=lambda row: (row["label"].casefold(), row["key"]))

    def as_json(self) -> dict[str, Any]:
        return {"letters": self.letters, **{table: self.entities(table) for table in ENTITY_TABLES}}

    def rows(self, table: str) -> list[dict[str, Any]]:
        """A table flattened for CSV: lists joined with '; '."""
        if table in ENTITY_TABLES:
            return [{**row, "uri": row["uri"] or "", "files": LIST_SEPARATOR.join(row["files"])} for row in self.entities(table)]
        flat = []
        for row in self.letters:
            place = row["place"] or {}
            flat.append(
                {
                    "file": row["file"],
                    "letter": row["letter"],
                    "title": row["title"],
                    "senders": LIST_SEPARATOR.join(p["name"] for p in row["senders"]),
                    "sender_refs": LIST_SEPARATOR.join(p["uri"] or p["key"] or "" for p in row["senders"]),
                    "recipients": LIST_SEPARATOR.join(p["name"] for p in row["recipients"]),
                    "recipient_refs": LIST_SEPARATOR.join(p["uri"] or p["key"] or "" for p in row["recipients"]),
                    **{name: row["date"].get(name, "") for name in DATE_ATTRIBUTES},
                    "date_text": row["date_text"],
                    "place": place.get("name", ""),
                    "place_ref": place.get("uri") or place.get("key") or "",
                    "repository": row["repository"],
                    "shelfmark": row["shelfmark"],
                    "languages": LIST_SEPARATOR.join(row["languages"]),
                }
            )
        return flat


def build_index(documents: list[Document]) -> Index:
    """The index of already-read documents (pure: no I/O)."""
    index = Index()
    for document in documents:
        index.add(document)
    return index


def json_bytes(index: Index) -> bytes:
    """The whole index as JSON (UTF-8, two-space indent, final newline)."""
    return (json.dumps(index.as_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def csv_bytes(index: Index, table: str) -> bytes:
    """One table as CSV with a header row (UTF-8, CRLF as RFC 4180 has it)."""
    if table not in TABLES:
        raise InputError(f"no index table {table!r}; choose one of {', '.join(TABLES)}")
    columns = LETTER_COLUMNS if table == "letters" else ENTITY_COLUMNS
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    writer.writerows(index.rows(table))
    return buffer.getvalue().encode("utf-8")


def read_index(sources: list[SourceFile], outcome: Outcome, registers: Registers | None = None) -> Index:
    """Read the sources one by one into an index, counting letters in outcome."""
    index = Index()
    for document in iterate_documents(sources, outcome, registers):
        index.add(document)
        outcome.letters += len(document.letters)
    return index


def export_index(
    sources: list[SourceFile], out: Path, fmt: str = "json", table: str = "letters",
    registers: Registers | None = None, *, write: WriteOptions = WriteOptions(), outcome: Outcome | None = None,
) -> Outcome:
    """Write the index as JSON (every table) or as CSV (one table) to out (``-``: standard output).

    Nothing is written when there is no source at all.
    """
    if fmt not in FORMATS:
        raise InputError(f"no index format {fmt!r}; choose json or csv")
    outcome = (outcome or Outcome()).start("export index", write)
    index = read_index(sources, outcome, registers)
    data = json_bytes(index) if fmt == "json" else csv_bytes(index, table)
    if sources:
        outcome.write(out, data)
    return outcome.close()
