"""Closing formulas and signatures by their shape, beyond the word list of set formulas.

A closing formula turns on a possessive ("Ihr", "Your", "Votre") with epithets beside it
("Ihr aufrichtig ergebener", "Immer Ihr", "Your most obedient humble Servt"); a signature is
a name as people sign it: initials with or without stops ("J J Tschudi", "Dr A Escher",
"A v Sybel"), an office after it ("Stämpfli, Nationalrath"), or the possessive and a name on
one line ("Dein tr. Alfred", "Your loving brother, Pieter"). The words come from
``lexicon/closing_possessive.txt``, ``closing_epithet.txt``, ``relation.txt``,
``name_title.txt`` and ``office.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from teikit.convert import lexicon
from teikit.convert.patterns import CLOSING_FORMULA, LOWER, UPPER

_TOKEN = re.compile(r"[^\s,;]+")
_TRAILING = ".,;:!–—-…"
_NAME_WORD = re.compile(rf"[{UPPER}][{UPPER}{LOWER}'’\-]*[{LOWER}][{UPPER}{LOWER}'’\-]*\.{{0,3}}")
_INITIAL = re.compile(rf"[{UPPER}](?:[{LOWER}]{{0,3}}\.)?|[{UPPER}][{LOWER}]{{0,3}}\.")
_ROMAN = re.compile(r"[IVXLCDM]{2,}\.?")


@lru_cache(maxsize=None)
def _stems(kind: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """A list's entries as (whole words, prefixes, abbreviations): entries of up to three
    letters match a whole word (three-letter ones with an ending of up to two letters), longer
    ones any word they begin, entries ending in '.' the abbreviation alone."""
    whole, prefixes, abbreviations = set(), [], set()
    for entry in lexicon.folded(kind):
        if entry.endswith("."):
            abbreviations.add(entry)
        elif len(entry) <= 3:
            whole.add(entry)
        else:
            prefixes.append(entry)
    return frozenset(whole), tuple(prefixes), frozenset(abbreviations)


def _in(kind: str, word: str) -> bool:
    whole, prefixes, abbreviations = _stems(kind)
    folded = word.casefold()
    if folded in abbreviations:
        return True
    bare = folded.rstrip(_TRAILING)
    if bare in whole or any(bare.startswith(p) for p in prefixes):
        return True
    return any(len(w) == 3 and bare.startswith(w) and len(bare) <= 5 and bare.isalpha() for w in whole)


def _possessive(word: str) -> bool:
    return word.rstrip(_TRAILING).casefold() in lexicon.folded("closing_possessive")


def _beside_possessive(word: str) -> bool:
    """An epithet or a word of kinship ("ergebener", "tr.", "loving", "brother", "Servt")."""
    return _in("closing_epithet", word) or _in("relation", word)


def _last_possessive(tokens: list[str]) -> int | None:
    return next((i for i in range(len(tokens) - 1, -1, -1) if _possessive(tokens[i])), None)


def formula_line(text: str) -> bool:
    """A closing formula standing on its own line above the name: a possessive with only
    epithets after it ("Ihr ergebene", "Deines", "Ihr Sie hochschätzender", "Im übrigen
    stets Ihr dankbar ergebener", "I am with great regard your humble Servt")."""
    tokens = _TOKEN.findall(text)
    at = _last_possessive(tokens)
    if at is None and 1 <= len(tokens) <= 3 and all(_in("closing_epithet", w) for w in tokens) \
            and any(len(w) > 5 for w in tokens):
        return True  # the second line of "Ihr / ergebener", "Votre / tout dévoué"
    if at is None or len(tokens) > 10 or text.rstrip().endswith(("?", ".")) and not tokens[-1].casefold() in \
            _stems("closing_epithet")[2]:
        return False
    before, after = tokens[:at], tokens[at + 1:]
    return all(_beside_possessive(w) for w in after) and (
        all(_beside_possessive(w) for w in before) or len(before) <= 6 and not text.rstrip().endswith("."))


def ends_with_formula(text: str) -> bool:
    """A paragraph whose last sentence is a closing formula, the name on the next line: "...
    With truth & sincerity I am always Your Affectionate friend"."""
    last = re.split(r"[.!?;]\s+", text.rstrip(" .,"))[-1]
    tokens = _TOKEN.findall(last)
    at = _last_possessive(tokens)
    return at is not None and at >= len(tokens) - 4 and len(tokens) <= 14 \
        and all(_beside_possessive(w) for w in tokens[at + 1:])


def _name_token(word: str) -> bool:
    return bool(_NAME_WORD.fullmatch(word) or _INITIAL.fullmatch(word)) and not _ROMAN.fullmatch(word)


def _particle(word: str) -> bool:
    return word.rstrip(".").casefold() in lexicon.folded("name_particle") or word in ("v", "v.")


def _title(word: str) -> bool:
    return word.rstrip(".").casefold() in lexicon.folded("name_title")


def name_shape(text: str, *, initials: int = 2) -> bool:
    """A line that is a name as signed, nothing else: titles, initials with or without stops,
    particles, one to three names, an office after them ("J J Tschudi", "Dr A Escher",
    "A v Sybel", "ElsaPlessner", "Stämpfli, Nationalrath", "J. Kauffmann, Ingenieur."), or
    ``initials`` initials alone ("J. H.")."""
    if CLOSING_FORMULA.match(text.strip()):
        return False
    name, *after = text.strip().strip("–—-").split(",")
    if not all(_in("office", part.strip()) or part.split() and all(_INITIAL.fullmatch(t) for t in part.split())
               for part in after):
        return False  # "Stämpfli, Nationalrath", "Ruedi, D.", not "Paris, London, Berlin."
    tokens = [t.rstrip("!:–—-") for t in _TOKEN.findall(name) if t not in ("&", "+")]
    tokens = [t for t in tokens if t]
    if not tokens or len(tokens) > 6:
        return False
    while len(tokens) > 1 and _in("office", tokens[-1]) and not _INITIAL.fullmatch(tokens[-1]):
        tokens.pop()
    while tokens and _title(tokens[0]) and len(tokens) > 1:
        tokens.pop(0)
    names = [t for t in tokens if _NAME_WORD.fullmatch(t) and not _ROMAN.fullmatch(t)]
    function_words = _function_words() | lexicon.folded("weekday") | lexicon.folded("month")
    if not names:
        return len(tokens) >= initials and all(_INITIAL.fullmatch(t) for t in tokens)
    return (len(names) <= 3 and all(_name_token(t) or _particle(t) for t in tokens)
            and not any(t.rstrip(_TRAILING).casefold() in function_words for t in names)
            and not _in("closing_epithet", names[0]))


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset().union(*(lexicon.folded(k) for k in lexicon.kinds() if k.startswith("function_words_")),
                             lexicon.folded("closing_possessive"))


def possessive_signature(text: str) -> bool:
    """A possessive, its epithets and the name on one line: "Dein tr. Alfred", "Ihre Maria
    Klein.", "Dein Sohn Paul!", "Allezeit Dein Emanuel.", "Your loving brother, Pieter"."""
    tokens = _TOKEN.findall(text)
    at = _last_possessive(tokens)
    if at is None or len(tokens) > 9 or not all(_beside_possessive(w) for w in tokens[:at]):
        return False
    rest = tokens[at + 1:]
    k = 0
    while k < len(rest) - 1 and _beside_possessive(rest[k]):
        k += 1
    return k < len(rest) and name_shape(" ".join(rest[k:]), initials=1)
