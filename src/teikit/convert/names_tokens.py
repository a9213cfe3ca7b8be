"""Words and marks of a text for name recognition, with their offsets.

A word may carry editorial brackets ("M[ilyutin]", "[Dzerzhinsky]"): its
normal form drops them, and its span covers the letters plus any bracket
needed to keep the span balanced, so "M[ilyutin]" is one span and
"[Dzerzhinsky]" spans only "Dzerzhinsky".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teikit.convert.names_grammar import INITIAL_DIGRAPHS

_TOKEN = re.compile(r"(?P<word>[\[\]]*[^\W\d_](?:[^\W\d_]|[\[\]](?=[^\W\d_]|\]))*[\[\]]*)|(?P<mark>\S)")


@dataclass(frozen=True)
class Token:
    """A word or a single mark: normal form, span in the text, and the text itself."""

    norm: str
    start: int
    end: int
    raw: str
    word: bool

    @property
    def capitalised(self) -> bool:
        return self.word and self.raw.lstrip("[]")[:1].isupper()

    @property
    def all_caps(self) -> bool:
        letters = [c for c in self.raw if c.isalpha()]
        return len(letters) > 1 and all(c.isupper() for c in letters)


def _core(raw: str, start: int) -> tuple[int, int]:
    """The span of a bracketed word: letters, plus brackets that balance them."""
    lead = len(raw) - len(raw.lstrip("[]"))
    trail = len(raw) - len(raw.rstrip("[]"))
    inner = raw[lead : len(raw) - trail]
    balance = inner.count("[") - inner.count("]")
    if balance > 0:
        trail -= min(balance, raw[len(raw) - trail :].count("]"))
    elif balance < 0:
        lead -= min(-balance, raw[:lead].count("["))
    return start + lead, start + len(raw) - trail


def tokenize(text: str) -> list[Token]:
    """Words and marks of text in reading order (white space is skipped)."""
    tokens = []
    for m in _TOKEN.finditer(text):
        if m.group("word"):
            start, end = _core(m.group(), m.start())
            raw = text[start:end]
            norm = raw.replace("[", "").replace("]", "").lower().replace("ё", "е")
            tokens.append(Token(norm, start, end, raw, True))
        else:
            tokens.append(Token(m.group(), m.start(), m.end(), m.group(), False))
    return tokens


def is_initial(tokens: list[Token], i: int) -> bool:
    """An initial: a capital letter (or a digraph such as "Ya") followed by a full stop."""
    if i + 1 >= len(tokens) or tokens[i + 1].raw != "." or not tokens[i].capitalised:
        return False
    norm = tokens[i].norm
    return len(norm) == 1 or (norm in INITIAL_DIGRAPHS and not tokens[i].all_caps)


def initials_at(tokens: list[Token], i: int) -> list[str]:
    """The run of initials that starts at token i ("S.S.", "Ya. P.")."""
    found = []
    while is_initial(tokens, i):
        found.append(tokens[i].raw.strip("[]"))
        i += 2
    return found


def adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start
