"""Whether a document supports linking a name to a register person: pure functions of evidence.

A register entry is linked when the name form matches it and nothing in the
document contradicts it. What contradicts: a letter written before the
person was old enough to act in it, or (as sender or recipient) after their
death; a text in a language none of the entry's names is given in, unless
something else supports the link. A register name that is also a common word
of the text's language ("Lieber Freund!", "Rose", "Bauer") is linked only on
positive evidence: initials or a forename that fit, a form of address before
it, one of the entry's cue words near it, or another register person the
letter names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from teikit.convert import lexicon
from teikit.registers import Entry
from teikit.xml import tei

LANGUAGES = ("en", "de", "fr", "it", "ru")
REGISTER_LANGUAGE = "en"  # a register name without xml:lang is written in English transliteration
MIN_AGE_NAMED = 12  # a person is not named in a letter written before they were this old
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"-?(\d{4})")


@dataclass(frozen=True)
class Life:
    """What a register entry says about when and where a person lived and wrote."""

    born: int | None
    died: int | None
    languages: frozenset[str]


@dataclass(frozen=True)
class Evidence:
    """What the document says around one mention of a register name."""

    lang: str  # language of the document's text
    year: int | None  # year the letter was written, when known
    agent: bool  # the mention names a sender or recipient
    given: bool  # initials, a forename or a patronymic stand with the surname and fit the entry
    address: bool  # a form of address stands before it ("Comrade", "Herr", "тов.")
    cues: bool  # one of the entry's cue words stands near it
    companions: bool  # the document already named another register person on firm evidence
    common_word: bool  # the name is a common word of the text's language


def life_of(entry: Entry) -> Life:
    """Birth, death and the languages of an entry's names (untagged names count as English)."""
    return Life(_year_of(entry.element, "birth"), _year_of(entry.element, "death"),
                frozenset(n.lang or REGISTER_LANGUAGE for n in entry.names))


def contradicted(life: Life, evidence: Evidence) -> str | None:
    """Why the document rules this person out, or None: the letter's date against the life dates."""
    year = evidence.year
    if year is None:
        return None
    if life.born is not None and year < life.born + MIN_AGE_NAMED:
        return f"the letter ({year}) is older than the person (born {life.born})"
    if evidence.agent and life.died is not None and year > life.died:
        return f"the letter ({year}) is later than the death of its writer or addressee ({life.died})"
    return None


def supported(life: Life, evidence: Evidence) -> bool:
    """Whether the evidence is enough to link this person (nothing contradicting assumed checked)."""
    positive = evidence.given or evidence.address or evidence.cues or evidence.companions
    if evidence.common_word:
        return positive
    if evidence.lang not in life.languages and evidence.lang != "ru":
        return positive or _alive(life, evidence.year)
    return True


def linkable(life: Life, evidence: Evidence) -> bool:
    """Linked when nothing contradicts and the evidence supports it."""
    return contradicted(life, evidence) is None and supported(life, evidence)


@lru_cache(maxsize=None)
def _function_words() -> dict[str, frozenset[str]]:
    return {lang: lexicon.folded(f"function_words_{lang}") for lang in LANGUAGES}


def text_language(text: str, default: str = "en") -> str:
    """The language among English, German, French, Italian and Russian whose frequent words the text uses most."""
    counts = dict.fromkeys(LANGUAGES, 0)
    table = _function_words()
    for word in _WORD.findall(text):
        folded = word.casefold()
        for lang in LANGUAGES:
            counts[lang] += folded in table[lang]
    best = max(LANGUAGES, key=lambda lang: (counts[lang], lang == default))
    return best if counts[best] else default


def is_common_word(word: str) -> bool:
    """Whether a word is a common word that is also a surname ("Lieber", "Rose", "Bauer")."""
    return word.casefold() in lexicon.folded("common_words")


def _alive(life: Life, year: int | None) -> bool:
    return year is not None and life.born is not None and life.died is not None and life.born <= year <= life.died


def _year_of(element: etree._Element, tag: str) -> int | None:
    found = element.find(tei(tag))
    if found is None:
        return None
    for attr in ("when", "notBefore", "from", "notAfter", "to"):
        match = _YEAR.match(found.get(attr) or "")
        if match:
            return int(match.group(1))
    return None


__all__ = ["Evidence", "Life", "contradicted", "is_common_word", "life_of", "linkable", "supported",
           "text_language"]
