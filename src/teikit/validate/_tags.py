"""Where each element's tags and text lie in the source, as a SAX parser (and so Jing) reports them.

Columns are 1-based. A tag's event is reported after its closing ``>``; a run
of text where the parser's first chunk of it ends (at a ``]``, ``&``, line end
or the next tag).
"""

from __future__ import annotations

import re
from bisect import bisect_right

Position = tuple[int, int]
Tags = tuple[int, int, int, int]  # offsets: start tag's <, after its >; end tag's <, after its >

_TOKEN = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE(?:[^\[>]|\[(?:[^\]\"']|\"[^\"]*\"|'[^']*')*\])*>"
    r"|</[^>]*>|<[^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>",
    re.DOTALL,
)
_CHUNK_END = re.compile(r"[\]&\n<]")


class Source:
    """A document's text with the offsets of every element's tags, in document order."""

    def __init__(self, text: str) -> None:
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        self.tags = self._scan()

    def where(self, offset: int) -> Position:
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def text_end(self, before: int) -> Position:
        """Where the first chunk of the text that runs up to offset ``before`` ends."""
        start = self.text.rfind(">", 0, before) + 1
        segment = self.text[start:before]
        begin = start + len(segment) - len(segment.lstrip(" \t\n\r"))
        if self.text.startswith("&", begin) and 0 <= (end := self.text.find(";", begin, before)):
            return self.where(end + 1)  # a chunk that opens with a reference ends after it
        found = _CHUNK_END.search(self.text, begin, before)
        return self.where(found.start() if found else before)

    def _scan(self) -> list[Tags] | None:
        found: list[list[int]] = []
        open_elements: list[int] = []
        for token in _TOKEN.finditer(self.text):
            body = token.group()
            if body.startswith(("<!", "<?")):
                continue
            if body.startswith("</"):
                if not open_elements:
                    return None
                found[open_elements.pop()][2:] = [token.start(), token.end()]
                continue
            found.append([token.start(), token.end(), token.start(), token.end()])
            if not body.endswith("/>"):
                open_elements.append(len(found) - 1)
        if open_elements:
            return None
        return [tuple(tags) for tags in found]  # type: ignore[misc]
