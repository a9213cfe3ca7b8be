"""Folding the lightly structured text of ``tei-text.xsl`` to the page width.

The stylesheet decides the structure: a blank line separates paragraphs, a line
break keeps a line of its own, and a tab after a leading label ("[1]", "Date:")
asks for a hanging indent. Folding only wraps; it never breaks a word.
"""

from __future__ import annotations

import re
import textwrap

_PARAGRAPHS = re.compile(r"\n\n+")
_SPACES = re.compile(r" {2,}")


def _fold_line(line: str, width: int) -> list[str]:
    label, tab, body = line.partition("\t")
    if not tab:
        label, body = "", label
    body = _SPACES.sub(" ", body).strip()
    if not body and not label.strip():
        return []
    first = f"{label} " if tab else ""
    return textwrap.wrap(
        body or label,
        width=width,
        initial_indent=first if body else "",
        subsequent_indent=" " * len(first),
        break_long_words=False,
        break_on_hyphens=False,
    )


def fold(text: str, width: int = 72) -> str:
    """Wrap each line of each paragraph at ``width`` columns; one blank line between paragraphs."""
    paragraphs = []
    for block in _PARAGRAPHS.split(text):
        lines = [wrapped for line in block.split("\n") for wrapped in _fold_line(line, width)]
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs) + "\n"
