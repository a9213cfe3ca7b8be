"""Words and marks of a text for name recognition, with their offsets.

A word may carry editorial brackets ("M[ilyutin]", "[Dzerzhinsky]"): its
normal form drops them, and its span covers the letters plus any bracket
needed to keep the span balanced, so "M[ilyutin]" is one span and
"[Dzerzhinsky]" spans only "Dzerzhinsky". Two slips of digitised pages are
mended in the normal form: a capital read as a digit before a bracket
("3[inaida]" is Zinaida) and a word's last letters split off after its
bracket ("Tr[otsk] y" is Trotsky).
"""

from __future__ import annotations

import functools
import re
from functools import lru_cache
from collections.abc import Container, Sequence
from typing import NamedTuple

from teikit.convert import lexicon
from teikit.convert.names_grammar import (
    INITIAL_DIGRAPHS,
    MAX_SPLIT_ENDING,
    MIN_OCR_REST,
    OCR_CAPITALS,
    has_cyrillic,
)

MIN_FORENAME_ABBREVIATION = 3  # letters of a forename cut short ("Joh."); "Fr." may be "Frau" or "Freie"
_LETTER = r"[^\W\d_\u00b2\u00b3\u00b9\u2070-\u209f]"  # a letter: no digit, not even a raised one ("Sachen⁴")
_TOKEN = re.compile(rf"(?P<word>[\[\]]*{_LETTER}(?:{_LETTER}|[\[\]](?={_LETTER}|\]))*[\[\]]*)|(?P<mark>\S)")


class Token(NamedTuple):
    """A word or a single mark: normal form, span in the text, and the text itself (made by ``_token``)."""

    norm: str
    start: int
    end: int
    raw: str
    word: bool
    capitalised: bool  # a word whose first letter is a capital (or a capital read as a digit)
    all_caps: bool  # two or more letters, all capitals


def _token(norm: str, start: int, end: int, raw: str, word: bool) -> Token:
    """A token with what the name rules ask of it many times worked out once."""
    if not word:
        return Token(norm, start, end, raw, False, False, False)
    _, capitalised, all_caps = _word(raw)
    return Token(norm, start, end, raw, True, capitalised, all_caps)


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked again for the same words in every text
def _word(raw: str) -> tuple[str, bool, bool]:
    """A word as written: its normal form (brackets dropped, lower case, ё as е), whether it is
    capitalised (or starts with a capital read as a digit), whether it has two or more letters, all capitals."""
    norm = raw.replace("[", "").replace("]", "").lower().replace("ё", "е")
    first = raw.lstrip("[]")[:1]
    capitalised = first.isupper() or first in OCR_CAPITALS
    if first.isalpha() and not first.isupper():
        return norm, capitalised, False  # a lower-case letter: not all capitals
    letters = [c for c in raw if c.isalpha()]
    return norm, capitalised, len(letters) > 1 and all(c.isupper() for c in letters)


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


_new_token = tuple.__new__  # a token made from its fields without the named tuple's own constructor (many per text)


def tokenize(text: str) -> list[Token]:
    """Words and marks of text in reading order (white space is skipped).

    No token and no mended word spans a line end, so a text is read line by line
    and each line once: a document's lines are read for the whole document, then
    again paragraph by paragraph and note by note.
    """
    tokens: list[Token] = []
    offset = 0
    for line in text.split("\n"):
        found = _line_tokens(line)
        if offset == 0:
            tokens.extend(found)
        else:
            tokens.extend([_new_token(Token, (t[0], t[1] + offset, t[2] + offset, *t[3:])) for t in found])
        offset += len(line) + 1
    return tokens


@functools.lru_cache(maxsize=1 << 14)
def _line_tokens(text: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN.finditer(text):
        raw = m.group()
        if m.lastgroup == "word":
            if "[" in raw or "]" in raw:
                start, end = _core(raw, m.start())
                raw = text[start:end]
            else:
                start, end = m.span()
            norm, capitalised, all_caps = _word(raw)
            token = _new_token(Token, (norm, start, end, raw, True, capitalised, all_caps))
            if tokens and (tokens[-1].raw in OCR_CAPITALS or tokens[-1].raw.endswith("]")):
                token = _mended(tokens, token, text) or token
            append(token)
        else:
            start = m.start()
            append(_new_token(Token, (raw, start, start + 1, raw, False, False, False)))  # a mark is one character
    return tuple(tokens)


def _mended(tokens: list[Token], token: Token, text: str) -> Token | None:
    """The token joined with the one before it when a slip of the page split one word in two."""
    if not tokens:
        return None
    before = tokens[-1]
    if before.raw in OCR_CAPITALS and text[before.end:token.start] == "[" and token.raw[:1].islower() \
            and len(token.norm) >= MIN_OCR_REST:
        capital = OCR_CAPITALS[before.raw][has_cyrillic(token.norm)]
        end = token.end + (text[token.end:token.end + 1] == "]")
        tokens.pop()
        return _token(capital + token.norm, before.start, end, text[before.start:end], True)
    split = before.word and before.raw.endswith("]") and "[" in before.raw and text[before.end:token.start] == " "
    if split and len(token.raw) <= MAX_SPLIT_ENDING and token.raw.islower() and _mark_at(text, token.end):
        tokens.pop()
        return _token(before.norm + token.norm, before.start, token.end, text[before.start:token.end], True)
    return None


def _mark_at(text: str, i: int) -> bool:
    """Whether a punctuation mark stands at i: "y)" ends a word, "a plan" does not."""
    return i < len(text) and not (text[i].isalnum() or text[i].isspace())


def is_initial(tokens: list[Token], i: int) -> bool:
    """An initial: a capital letter (or a digraph such as "Ya", or a forename cut short: "Rich.") followed
    by a full stop."""
    if i + 1 >= len(tokens) or tokens[i + 1].raw != "." or not tokens[i].capitalised:
        return False
    norm = tokens[i].norm
    return len(norm) == 1 or (norm in INITIAL_DIGRAPHS and not tokens[i].all_caps) or norm in _forename_abbreviations()


@lru_cache(maxsize=1)
def _forename_abbreviations() -> frozenset[str]:
    """Forenames cut short before a full stop ("Rich.", "Joh.", "Rob."): the first three or more letters of
    a forename of the lexicon, none itself a forename."""
    names = {n for n in lexicon.folded("forenames") if not has_cyrillic(n)}
    cut = {n[:k] for n in names for k in range(MIN_FORENAME_ABBREVIATION, len(n) - 1)}
    return frozenset(cut - names)


def initials_at(tokens: list[Token], i: int) -> list[str]:
    """The run of initials that starts at token i ("S.S.", "Ya. P.")."""
    found = []
    while is_initial(tokens, i):
        found.append(tokens[i].raw.strip("[]"))
        i += 2
    return found


def adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start


def after_word_of(tokens: Sequence[Token], i: int, words: Container[str]) -> bool:
    """Whether one of the words (lower case) stands right before token i."""
    return i > 0 and tokens[i - 1].word and tokens[i - 1].norm in words
