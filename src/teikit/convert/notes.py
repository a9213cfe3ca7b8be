"""Editorial notes: the notes block of a document, and the markers in its text.

A marker is accepted only where a note with that number is still waiting, in
order, so numbers in the text ("1,140 horses", "the 28th") are not taken for
markers. Asterisks are markers wherever they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teikit.convert import patterns
from teikit.model import Line, Note

_WORDS = "|".join(patterns.NUMBER_WORDS)
_UP = patterns.UPPER

# Where a marker can stand in running text; group "m" is the marker itself.
MARKER = patterns._table(
    asterisk=r"(?P<m>\*{1,3})",
    spaced_digit=r"(?<=[^\W\d_]|[.,;:!?»\"”)\]]) (?P<m>\d{1,2})(?![.,:/-]\d)(?=\s?[.,;:!?)(]|\s[^\W\d_]|\s*$)",
    glued_digit=r"(?<=[^\W\d_]|[.,;:!?»\"”)\]])(?P<m>\d{1,2})(?![.,:/-]\d)(?=[\s.,;:!?)(]|$)",
    word_after_stop=rf"(?<=[.!?;:,] )(?P<m>{_WORDS})(?= [{_UP}]|\s?[.,;:]|$)",
    word_spaced=rf"(?<=[^\W\d_] )(?P<m>{_WORDS})(?= [.,;:])",
)


@dataclass(frozen=True)
class Marker:
    """A note marker found in a text: its offsets, its intended number and what was written."""

    start: int
    end: int
    n: str
    surface: str


def marker_value(surface: str) -> str:
    """The intended marker: digits and asterisks as written, number words as digits."""
    return patterns.NUMBER_WORDS.get(surface.lower(), surface)


def parse_notes(lines: list[Line]) -> list[Note]:
    """Notes from the lines of a notes block; an unnumbered line continues the note above."""
    notes: list[Note] = []
    for line in lines:
        text = line.stripped
        found = patterns.NOTE_LINE.fullmatch(text)
        if found:
            notes.append(Note(marker_value(found["marker"]), found["text"], line.number,
                              text[:found.start("text")]))
        elif notes:
            last = notes[-1]
            notes[-1] = Note(last.n, f"{last.text}\n{text}", last.line, last.surface)
        else:
            notes.append(Note("", text, line.number, ""))
    return notes


class MarkerFinder:
    """Finds note markers across a document's texts, read in order, for the notes it has."""

    def __init__(self, notes: list[Note]):
        self.waiting = [note.n for note in notes if note.n and note.n != "*"]

    def find(self, text: str) -> list[Marker]:
        """Markers in this text, in order; each numbered marker takes the next waiting note."""
        candidates: list[Marker] = []
        for rx in MARKER.values():
            for m in rx.finditer(text):
                candidates.append(Marker(m.start("m"), m.end("m"), marker_value(m["m"]), m["m"]))
        candidates.sort(key=lambda c: (c.start, -c.end))
        found: list[Marker] = []
        cursor = 0
        for cand in candidates:
            if cand.start < cursor:
                continue
            if cand.n == "*" or (self.waiting and cand.n == self.waiting[0]):
                if cand.n != "*":
                    self.waiting.pop(0)
                found.append(cand)
                cursor = cand.end
        return found


SPEAKER = re.compile(r"\[(?P<name>[^\[\]]{2,60})\]")
