"""Where each element's tags end in the source text: the line and column a SAX parser (and Jing) reports.

The column is the one after the tag's closing ``>``, 1-based. Positions are
listed in document order, one pair per element: the end of its start tag and
the end of its end tag (the same for an empty-element tag).
"""

from __future__ import annotations

import re
from bisect import bisect_right

Position = tuple[int, int]

_TOKEN = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE(?:[^\[>]|\[(?:[^\]\"']|\"[^\"]*\"|'[^']*')*\])*>"
    r"|</[^>]*>|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>",
    re.S,
)


def tag_ends(text: str) -> list[tuple[Position, Position]] | None:
    """(start-tag end, end-tag end) per element in document order; None when the tags do not pair up."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def where(offset: int) -> Position:
        line = bisect_right(line_starts, offset - 1)
        return line, offset - line_starts[line - 1] + 1

    starts: list[Position] = []
    ends: list[Position | None] = []
    open_elements: list[int] = []
    for token in _TOKEN.finditer(text):
        body = token.group()
        if body.startswith(("<!", "<?")):
            continue
        if body.startswith("</"):
            if not open_elements:
                return None
            ends[open_elements.pop()] = where(token.end())
            continue
        starts.append(where(token.end()))
        ends.append(None)
        if body.endswith("/>"):
            ends[-1] = starts[-1]
        else:
            open_elements.append(len(starts) - 1)
    if open_elements or any(e is None for e in ends):
        return None
    return list(zip(starts, ends))  # type: ignore[arg-type]
