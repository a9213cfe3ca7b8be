"""Editorial notes: the notes block of a document, and the markers in its text.

A marker is accepted only where a note with that number is still waiting, in
order, so numbers in the text ("1,140 horses", "the 28th") are not taken for
markers. Asterisks are markers wherever they stand.
"""

from __future__ import annotations

from dataclasses import dataclass

from teikit.convert import patterns
from teikit.model import Line, Note

@dataclass(frozen=True)
class Marker:
    """A note marker found in a text: its offsets, its intended number and what was written."""

    start: int
    end: int
    n: str
    surface: str


_SUPERSCRIPT = str.maketrans(patterns.SUPERSCRIPT_DIGITS, "0123456789")


def marker_value(surface: str) -> str:
    """The intended marker: digits and asterisks as written (without brackets, superscript
    digits as digits), number words as digits."""
    bare = surface.strip().strip("[]()").translate(_SUPERSCRIPT)
    return patterns.NUMBER_WORDS.get(bare.lower(), bare)


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
        self.last = 0

    def find(self, text: str, exclude: list[tuple[int, int]] | None = None) -> list[Marker]:
        """Markers in this text, in order, outside the excluded spans (dates, say).

        A numbered marker takes the next waiting note. A lone number in marker
        position ("gold 2 .") higher than the last marker is a marker too: of its
        note if one waits (the notes before it lost their markers), else without note.
        """
        blocked = exclude or []
        candidates: list[tuple[Marker, bool]] = []
        for table, lone in ((patterns.MARKER, False), ({"lone": patterns.LONE_MARKER}, True)):
            for rx in table.values():
                for m in rx.finditer(text):
                    if not any(a < m.end("m") and m.start("m") < b for a, b in blocked):
                        candidates.append((Marker(m.start("m"), m.end("m"), marker_value(m["m"]), m["m"]), lone))
        candidates.sort(key=lambda c: (c[0].start, -c[0].end, c[1]))
        found: list[Marker] = []
        cursor = 0
        for cand, lone in candidates:
            if cand.start < cursor:
                continue
            if cand.n == "*":
                found.append(cand)
            elif self.waiting and cand.n == self.waiting[0]:
                self.waiting.pop(0)
                self.last = int(cand.n) if cand.n.isdigit() else self.last
                found.append(cand)
            elif lone and cand.n.isdigit() and int(cand.n) > self.last:
                if cand.n in self.waiting:  # the markers of the notes before it were lost
                    del self.waiting[:self.waiting.index(cand.n) + 1]
                self.last = int(cand.n)
                found.append(cand)
            else:
                continue
            cursor = cand.end
        return found

