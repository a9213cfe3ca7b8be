"""Word lists the converter reads: one data file per kind, one entry per line.

A list lives in ``lexicon/KIND.txt`` beside this module (UTF-8; blank lines and
lines starting with ``#`` are skipped; an entry may hold spaces). Each file is
read once per process. Code asks for words by kind and never spells them out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).with_name("lexicon")


def kinds() -> tuple[str, ...]:
    """The kinds of word list there are, sorted."""
    return tuple(sorted(p.stem for p in _DIR.glob("*.txt")))


@lru_cache(maxsize=None)
def words(kind: str) -> tuple[str, ...]:
    """The entries of one list, in file order; a missing list is a KeyError naming the kind."""
    path = _DIR / f"{kind}.txt"
    if not path.is_file():
        raise KeyError(f"no word list {kind!r} (have: {', '.join(kinds())})")
    entries = (raw.strip() for raw in path.read_text(encoding="utf-8").splitlines())
    return tuple(dict.fromkeys(e for e in entries if e and not e.startswith("#")))


@lru_cache(maxsize=None)
def alternation(kind: str) -> str:
    """A regular-expression alternation of a list's entries, longest first, spaces flexible."""
    ordered = sorted(words(kind), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in entry.split()) for entry in ordered)


@lru_cache(maxsize=None)
def folded(kind: str) -> frozenset[str]:
    """A list's entries in case-folded form, for membership tests."""
    return frozenset(e.casefold() for e in words(kind))
