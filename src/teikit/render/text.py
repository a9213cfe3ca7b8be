"""Folding the lightly structured text of ``tei-text.xsl`` to the page width.

The stylesheet decides the structure: a blank line separates paragraphs, a line
break keeps a line of its own, and a tab after a leading label ("[1]", "Date:")
asks for a hanging indent (on a page too narrow for that, the value goes below
its label). Folding only wraps; it never breaks a word.
"""

from __future__ import annotations

import re
import textwrap

_PARAGRAPHS = re.compile(r"\n\n+")
_SPACES = re.compile(r" {2,}")
# White space other than the plain space (tabs, no-break spaces ...): textwrap treats it specially,
# so lines holding it take textwrap's slower, general path.
_ODD_BLANKS = re.compile(r"[^\S ]")


def _fill(words: list[str], width: int, first: str, indent: str) -> list[str]:
    """Greedy filling as textwrap does it: as many words on a line as fit; a longer word gets a line of its own."""
    lines: list[str] = []
    line: list[str] = []
    prefix, used = first, len(first)
    for word in words:
        if line and used + 1 + len(word) > width:
            lines.append(prefix + " ".join(line))
            prefix, line, used = indent, [], len(indent)
        used += len(word) + (1 if line else 0)
        line.append(word)
    if line:
        lines.append(prefix + " ".join(line))
    return lines


def _fold_line(line: str, width: int) -> list[str]:
    label, tab, body = line.partition("\t")
    if not tab:
        label, body = "", label
    body = _SPACES.sub(" ", body).strip()
    if not body and not label.strip():
        return []
    first = f"{label} " if tab else ""
    if body and tab and (len(first) > width // 2 or len(first) + max(map(len, body.split())) > width):
        # A narrow page, or a word that would overrun the indent: the label on a line of its own,
        # its value below at the full width.
        return [*_fold_line(label.rstrip(), width), *_fold_line(body, width)]
    if body and not _ODD_BLANKS.search(body):
        if len(first) + len(body) <= width:
            return [first + body]
        return _fill(body.split(" "), width, first, " " * len(first))
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
