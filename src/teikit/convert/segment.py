"""Split a raw page into site furniture, the collection header and document blocks.

A document block starts at its heading (or the numbering line above it) and runs
through its text, its archival citation and its notes, up to the next heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from teikit.convert import patterns
from teikit.convert.citation_grammar import is_published_source
from teikit.model import Collection, Line

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Block:
    """The lines of one document, sorted by where they belong."""

    number: Line | None
    heading: Line
    text: list[Line] = field(default_factory=list)
    citation: Line | None = None
    citation_first: bool = False
    published: Line | None = None
    notes_heading: Line | None = None
    notes: list[Line] = field(default_factory=list)


@dataclass
class Layout:
    """A page's lines by role: furniture, collection header, document blocks."""

    lang: str
    furniture: list[Line]
    collection: Collection | None
    blocks: list[Block]


def split_lines(text: str) -> list[Line]:
    """Lines numbered from 1; CR LF and lone CR count as line ends."""
    return [Line(i, t) for i, t in enumerate(re.split(r"\r\n|\r|\n", text), start=1)]


def page_language(text: str) -> str:
    """'ru' when Cyrillic letters outnumber Latin ones, else 'en'."""
    return "ru" if len(CYRILLIC.findall(text)) > len(LATIN.findall(text)) else "en"


def _is_furniture(line: Line) -> bool:
    text = line.stripped
    return patterns.is_nav_bar(text) or patterns.match(patterns.furniture_table(), text) is not None


def _top_furniture(lines: list[Line]) -> int:
    """Index after the stray page titles and navigation bars that open the page."""
    content = [i for i, ln in enumerate(lines) if not ln.blank]
    for pos, i in enumerate(content[:6]):
        if patterns.is_nav_bar(lines[i].stripped):
            return i + 1
        if patterns.match(patterns.COLLECTION, lines[i].stripped) and pos > 0:
            return i
    return 0


def _collection(lines: list[Line], start: int, furniture: list[Line]) -> tuple[Collection | None, int]:
    """The collection header right after the top furniture, and the index after it.

    Furniture met before the header (an advertisement, say) is added to ``furniture``.
    """
    found: list[Line] = []
    skipped: list[Line] = []
    coll = Collection(lines=found)
    i = start
    while i < len(lines):
        line = lines[i]
        if line.blank or (_is_furniture(line) and not found):
            if not line.blank:
                skipped.append(line)
            i += 1
            continue
        hit = patterns.match(patterns.COLLECTION, line.stripped)
        if hit is None or (hit[0] == "title" and coll.title is not None):
            break
        name, m = hit
        if name == "title":
            coll.title = line.stripped
            coll.span = (int(m["start"]), int(m["end"]))
        elif name == "year":
            coll.year = m["year"]
        else:
            coll.editors_line = line
        found.append(line)
        i += 1
    if not found:
        return None, start
    furniture.extend(skipped)
    return coll, i


def layout(text: str, is_citation: Callable[[str], bool]) -> Layout:
    """Sort every line of the page into furniture, collection header or a document block."""
    lines = split_lines(text)
    furniture: list[Line] = []
    top = _top_furniture(lines)
    furniture.extend(ln for ln in lines[:top] if not ln.blank)
    collection, start = _collection(lines, top, furniture)
    if collection is None:
        start = top
    blocks: list[Block] = []
    state = "heading"
    pending_number: Line | None = None
    content = [ln for ln in lines[start:] if not ln.blank]
    for position, line in enumerate(content):
        text_ = line.stripped
        following = content[position + 1].stripped if position + 1 < len(content) else ""
        if _is_furniture(line):
            furniture.append(line)
            continue
        if patterns.match(patterns.NUMBER, text_) and pending_number is None:
            pending_number, state = line, "heading"
            continue
        if state == "heading":
            blocks.append(Block(number=pending_number, heading=line))
            pending_number, state = None, "text"
            continue
        block = blocks[-1]
        if state == "text" and not block.text and block.number is None and _repeats_heading(block.heading, text_):
            furniture.append(block.heading)  # a page title standing above the real heading
            block.heading = line
            continue
        if state in ("after-citation", "notes") and _starts_document(text_) or (
                state == "text" and _is_letter_heading(text_)
                and (patterns.match(patterns.HEADING, block.heading.stripped) is None
                     or bool(block.text) and is_citation(following))):
            # a new document: after a finished one, after an editors' text that has no letter
            # heading, or where a letter heading is followed by its archival citation
            blocks.append(Block(number=None, heading=line))
            state = "text"
            continue
        if state == "text":
            if block.citation is None and is_citation(text_):
                block.citation = line
                block.citation_first = not any(_is_prose(t.stripped) for t in block.text)
                state = "text" if block.citation_first else "after-citation"
            elif patterns.NOTES_HEADING.fullmatch(text_) and block.text:
                block.notes_heading, state = line, "notes"
            else:
                block.text.append(line)
            continue
        if state == "after-citation":
            if patterns.NOTES_HEADING.fullmatch(text_):
                block.notes_heading, state = line, "notes"
            elif block.published is None and not block.notes and is_published_source(text_):
                block.published = line
            else:
                block.notes.append(line)
                state = "notes"
            continue
        if patterns.NOTES_HEADING.fullmatch(text_) and not block.notes and block.notes_heading is None:
            block.notes_heading = line
        else:
            block.notes.append(line)
    if pending_number is not None:  # a numbering line with nothing after it
        blocks.append(Block(number=None, heading=pending_number))
    for block in blocks:
        _trailing_notes(block)
    return Layout(page_language(text), furniture, collection, blocks)


def _trailing_notes(block: Block) -> None:
    """Notes at the end of a document with neither citation nor notes heading.

    They are the last lines of its text when those lines start with markers 1, 2, ...
    (or asterisks) in order, not list numbers such as "1." or "2)", and the line
    above them is not an item of a numbered list.
    """
    if block.notes or block.citation or block.notes_heading:
        return
    start = len(block.text)
    while start > 0 and patterns.NOTE_LINE.fullmatch(block.text[start - 1].stripped) \
            and not patterns.NUMBERED.match(block.text[start - 1].stripped):
        start -= 1
    run = block.text[start:]
    markers = [patterns.NOTE_LINE.fullmatch(ln.stripped)["marker"] for ln in run]  # type: ignore[index]
    values = [patterns.NUMBER_WORDS.get(m.lower(), m) for m in markers]
    numbered = [v for v in values if not v.startswith("*")]
    in_order = numbered == [str(i) for i in range(1, len(numbered) + 1)]
    above = block.text[start - 1].stripped if start > 0 else ""
    if run and in_order and start > 0 and not patterns.NUMBERED.match(above):
        block.notes = run
        del block.text[start:]


def _repeats_heading(title: Line, line: str) -> bool:
    """Whether a line is a fuller heading of the same document: "Kalinin to Stalin" above
    "M. I. Kalinin to I. V. Stalin"."""
    if patterns.match(patterns.HEADING, line) is None or patterns.match(patterns.HEADING, title.stripped) is None:
        return False
    if len(line.split()) > 25 or line.endswith((".", "!", "?")):
        return False
    words = set(re.findall(r"\w{3,}", line.lower()))
    title_words = set(re.findall(r"\w{3,}", title.stripped.lower()))
    return bool(title_words) and title_words <= words and len(line) > len(title.stripped)


def _is_prose(text: str) -> bool:
    """A line of running text: a sentence of some length."""
    return len(text.split()) >= 8


def _is_letter_heading(text: str) -> bool:
    """A short heading naming who wrote to whom: "A to B", "A - B", "Telegram from A", "From A"."""
    hit = patterns.match(patterns.HEADING, text)
    return (hit is not None and hit[0] not in ("note", "minutes") and len(text.split()) <= 16
            and not text.endswith((".", "!", "?", ":", ";")))


def _starts_document(text: str) -> bool:
    """A heading after a finished document: a telegram, notes or minutes heading, or a
    short "A to B" / "From A" line that does not end like a sentence."""
    hit = patterns.match(patterns.HEADING, text)
    if hit is None:
        return False
    if hit[0] in ("telegram_to", "telegram_from", "note", "minutes"):
        return True
    return len(text.split()) <= 25 and not text.endswith((".", "!", "?"))
