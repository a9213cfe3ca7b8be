"""Plain data for a raw page and the documents found on it.

Every line keeps its number in the source, so that what the converter keeps,
moves or removes can be traced back to the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    """One line of the source page (without its line end), numbered from 1."""

    number: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Collection:
    """The printed collection a page reproduces: its header lines, title, year, compilers."""

    lines: list[Line]
    title: str | None = None
    year: str | None = None
    editors_line: Line | None = None
    span: tuple[int, int] | None = None


@dataclass
class Note:
    """An editorial note: its marker as intended ('1', '*'), its text, and the marker as printed
    before the text (``surface``, with the white space that followed it)."""

    n: str
    text: str
    line: int
    surface: str = ""


@dataclass
class Unit:
    """A structural piece of a document: its role and the text it carries.

    Roles: head, number, mark, transmission, address, dateline, salute, p, speaker,
    signed, closer-salute, closing-dateline, postscript, citation, published.
    """

    role: str
    text: str
    line: int
    n: str | None = None
    children: list[Unit] = field(default_factory=list)
    rule: str = ""
    """The test that gave the unit its role, for ``convert --explain``."""


@dataclass
class Document:
    """One document of a page, in the order of its parts.

    Who wrote to whom comes from the heading: ``senders_text`` and ``recipients_text``
    ("A to B"), ``both_text`` (notes exchanged by A and B: each is both), or
    ``pair_text`` (a sender then a recipient without a word between them, as in a
    Russian heading with the recipient in the dative).
    """

    heading: str
    kind: str
    head_units: list[Unit]
    opener: list[Unit]
    body: list[Unit]
    closer: list[Unit]
    postscript: list[Unit]
    citation: Unit | None
    published: Unit | None
    notes: list[Note]
    notes_heading: str | None = None
    senders_text: str | None = None
    recipients_text: str | None = None
    both_text: str | None = None
    pair_text: str | None = None
