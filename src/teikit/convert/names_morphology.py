"""Russian name morphology: what a Cyrillic word is as a name, and its nominative.

pymorphy3 with its bundled Russian dictionary tags surnames (``Surn``),
forenames (``Name``) and patronymics (``Patr``), known or guessed from the
word's shape, and inflects them, so that ``Ленину``, ``Ленина`` and
``Лениным`` are one person ``Ленин`` and ``Крупской`` is ``Крупская``. The
analyser is built once per process and every word is analysed once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pymorphy3

KINDS = {"Surn": "surname", "Name": "forename", "Patr": "patronymic"}
MIN_NAME_SCORE = 0.3  # a reading below this share of the analyser's confidence is not trusted alone


@dataclass(frozen=True)
class Reading:
    """A word read as a name: its kind, its nominative (same gender, same capitals) and the analyser's score."""

    kind: str  # "surname" | "forename" | "patronymic"
    nominative: str
    score: float


@lru_cache(maxsize=1)
def _analyser() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=16384)
def readings(word: str) -> tuple[Reading, ...]:
    """Every name reading of a Cyrillic word, best first; none for other words."""
    found: dict[tuple[str, str], float] = {}
    for parse in _analyser().parse(word.replace("[", "").replace("]", "")):
        kind = next((KINDS[g] for g in KINDS if g in parse.tag), None)
        if kind is None:
            continue
        if "nomn" in parse.tag and parse.tag.number != "plur":
            nominative = parse.word
        else:
            inflected = parse.inflect({"nomn", "sing"}) or parse.inflect({"nomn"})
            nominative = inflected.word if inflected else parse.normal_form
        key = (kind, _cased_like(nominative, word))
        found[key] = found.get(key, 0.0) + parse.score
    ordered = sorted(found.items(), key=lambda item: -item[1])
    return tuple(Reading(kind, nominative, round(score, 3)) for (kind, nominative), score in ordered)


def reading(word: str, kind: str) -> Reading | None:
    """The best reading of a word as a name of one kind, if any."""
    return next((r for r in readings(word) if r.kind == kind), None)


@lru_cache(maxsize=16384)
def best_reading(word: str) -> Reading | None:
    """The word as a name when the analyser's most likely reading of it is a name, with the summed
    score of that kind of reading ("Петрова": a surname; "Вера" in "Вера в победу" may be faith)."""
    parses = _analyser().parse(word.replace("[", "").replace("]", ""))
    if not parses or not any(g in parses[0].tag for g in KINDS):
        return None
    kind = next(KINDS[g] for g in KINDS if g in parses[0].tag)
    found = reading(word, kind)
    return Reading(kind, found.nominative, round(sum(r.score for r in readings(word) if r.kind == kind), 3)) \
        if found else None


GOVERNING = frozenset({"NOUN", "VERB", "INFN"})  # parts of speech a genitive or an object follows


@lru_cache(maxsize=16384)
def governs_object(word: str) -> bool:
    """Whether a lower-case Russian word is most likely a noun or a verb, after which a surname in
    "-ова"/"-ина" is a man's genitive or accusative ("статьи Лаврова", "принять Баранова")."""
    parses = _analyser().parse(word)
    return bool(parses) and parses[0].tag.POS in GOVERNING and not any(g in parses[0].tag for g in KINDS)


def name_nominative(word: str) -> str:
    """The nominative of a Cyrillic name word: as a surname when it reads as one, else as the forename or
    patronymic it most likely is ("Ивановне" -> "Ивановна"); other words stay as they are."""
    clean = word.replace("[", "").replace("]", "")
    if any(r.kind == "surname" for r in readings(word)):
        return surname_nominative(word)
    found = best_reading(word)
    return found.nominative if found else clean


def surname_nominative(word: str) -> str:
    """The nominative of a Cyrillic surname in any case ("Пахомову" -> "Пахомов", "Крупской" ->
    "Крупская"); a word that may stand in the nominative as it is ("Петрова") stays itself, since
    only its context tells a woman from a man's genitive."""
    found = [r for r in readings(word) if r.kind == "surname"]
    clean = word.replace("[", "").replace("]", "")
    if not found or any(r.nominative.lower() == clean.lower() for r in found):
        return clean
    return found[0].nominative


@lru_cache(maxsize=16384)
def adjective_surname_nominative(word: str) -> str | None:
    """The nominative of a surname the dictionary does not know that declines like an adjective, in an
    oblique case ("Савинскому" -> "Савинский", "Савинской" -> "Савинская"); None for other words."""
    clean = word.replace("[", "").replace("]", "")
    parses = _analyser().parse(clean)
    if not parses or parses[0].tag.POS != "ADJF" or "nomn" in parses[0].tag or parses[0].tag.number == "plur":
        return None
    inflected = parses[0].inflect({"nomn", "sing", parses[0].tag.gender} - {None})
    return _cased_like(inflected.word, clean) if inflected else None


def is_name_word(word: str, kind: str, *, min_score: float = MIN_NAME_SCORE) -> bool:
    """Whether a Cyrillic word reads as a name of this kind with at least ``min_score`` confidence."""
    found = reading(word, kind)
    return found is not None and found.score >= min_score


def _cased_like(word: str, model: str) -> str:
    letters = model.replace("[", "").replace("]", "")
    if letters.isupper() and len(letters) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if letters[:1].isupper() else word
