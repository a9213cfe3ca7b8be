"""Persons no register knows: a table of named rules, each a small pure function.

A rule looks at the words of a text from one word on and says whether a
person's name starts there: which words are forenames and which word is the
surname (the key of a proposed register entry). The rules know no person;
the forms of address, salutations, forenames and address nouns they use are
lexicon lists, and Russian forenames, patronymics and surnames are read by
morphology::

    found = person_at(tokens, i, text)   # the first rule that matches, or None
    found.rule, found.surname             # "form_of_address", index of "Weber"

Each rule has examples it must match and counter-examples it must not; the
tests run them by name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from teikit.convert import lexicon
from teikit.convert.names_grammar import (
    FORMS_OF_ADDRESS,
    NOT_SURNAMES,
    PATRONYMIC,
    RUSSIAN_ADJECTIVE,
    has_cyrillic,
    is_noun_not_name,
)
from teikit.convert.names_morphology import best_reading
from teikit.convert.names_tokens import Token, is_initial

MAX_NAME_WORDS = 4  # "Johann Heinrich Wilhelm Dietz"
MIN_MORPHOLOGY_SCORE = 0.5  # a Cyrillic word is a surname on morphology alone when this sure
LOOK_BACK = 60  # characters before a name searched for its form of address or salutation: keeps one pass linear


@dataclass(frozen=True)
class Found:
    """A person's name at tokens[start:end]; tokens[surname] is the word the key is made from."""

    rule: str
    start: int
    surname: int
    end: int
    particle: int | None = None  # index of the particle a surname opens with ("van Santen Kolff")


@dataclass(frozen=True)
class PersonRule:
    name: str
    match: Callable[[Sequence[Token], int, str], Found | None]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]


def _address_words() -> list[str]:
    return sorted((w for w in lexicon.words("address") if len(w.rstrip(".")) > 1), key=len, reverse=True)


@lru_cache(maxsize=1)
def _address_before() -> re.Pattern[str]:
    """A form of address (or several: "Herr Doktor") ending right before a name."""
    forms = "|".join([_written_form(w) for w in _address_words()] + [r"[Гг]-(?:н|жа)"])
    return re.compile(rf"(?<![^\W\d_])(?:{forms})(?:[ \t]+(?:{forms}))*[ \t]+$", re.IGNORECASE)


def _written_form(form: str) -> str:
    """A form of address as a pattern, spaces flexible; one in Latin letters written with a full stop
    keeps its case ("MM. Dupont", not "178 mm. Wasserzeichen")."""
    pattern = r"\s+".join(re.escape(part) for part in form.split())
    return f"(?-i:{pattern})" if form.endswith(".") and not has_cyrillic(form) else pattern


@lru_cache(maxsize=1)
def _address_end() -> tuple[re.Pattern[str], int]:
    """The last words of the forms of address written backwards, and the longest of them: the word
    before a name's blanks ends in one wherever ``_address_before`` matches. Backwards, one match at
    the blanks tells it, where a search forwards would try every place before them."""
    parts = sorted({w.split()[-1] for w in _address_words()} | {"н", "жа"}, key=len, reverse=True)
    return re.compile("|".join(re.escape(p[::-1]) for p in parts), re.IGNORECASE), max(map(len, parts))


def _address_may_end_at(text: str, start: int) -> bool:
    """Whether a form of address may end before the blanks before ``start`` (one quick look, so that
    the whole expression runs only there)."""
    end = start - 1 if start and text[start - 1] == "\n" else start
    blank = end
    while blank > 0 and text[blank - 1] in " \t":
        blank -= 1
    if blank == end or blank == 0:
        return False
    last, longest = _address_end()
    return last.match(text[max(0, blank - longest):blank][::-1]) is not None


@lru_cache(maxsize=1)
def _salute_before() -> re.Pattern[str]:
    """A salutation opening a line and ending right before a name ("Dear ", "My dear ", "Lieber ")."""
    return re.compile(rf"(?:^|\n)[ \t]*(?:{lexicon.alternation('salute')})[ \t]+$", re.IGNORECASE)


def salute_before(text: str, start: int) -> bool:
    """Whether a salutation opening a line ends right before ``start`` ("Dear ", "Lieber ", "Дорогой ")."""
    return _salute_before().search(text, max(0, start - LOOK_BACK), start) is not None


def _is_name_word(token: Token) -> bool:
    """A capitalised word that may be part of a name: no form of address, address noun or common function word."""
    return (token.word and token.capitalised and len(token.norm) > 1 and not token.all_caps
            and token.norm not in NOT_SURNAMES and not is_noun_not_name(token.norm))


@lru_cache(maxsize=1)
def _forenames() -> frozenset[str]:
    return lexicon.folded("forenames")


def _is_forename(token: Token) -> bool:
    if not _is_name_word(token):
        return False
    return _reads_as(token, "forename") if has_cyrillic(token.norm) else token.norm in _forenames()


def _reads_as(token: Token, kind: str) -> bool:
    """Whether a word is first of all a name of this kind: by morphology in Cyrillic, a patronymic's
    ending in Latin script ("Ivanovich")."""
    if not has_cyrillic(token.norm):
        return kind == "patronymic" and bool(PATRONYMIC.search(token.norm))
    found = best_reading(token.raw)
    return found is not None and found.kind == kind


def _name_run(tokens: Sequence[Token], i: int) -> int:
    """Index after a name from token i on: known forenames, then one more name word, the surname
    ("Karl Heinrich Müller"; "Herrn Ersch Brief" ends before the noun "Brief")."""
    end = i
    while end < len(tokens) and end - i < MAX_NAME_WORDS - 1 and _is_forename(tokens[end]) \
            and not is_initial(tokens, end):
        end += 1
    initials = end
    while end > i and is_initial(tokens, end):
        end += 2  # "Miss Sophia A. Peabody": a middle initial after the forenames
    if end < len(tokens) and _is_name_word(tokens[end]) and not is_initial(tokens, end):
        return end + 1
    return initials


def _capitalised_run(tokens: Sequence[Token], i: int) -> int:
    """Index after the capitalised name words from i on (at most four, none an initial): after a known
    forename the words that follow are the rest of the name ("Hans Jakob Fierz")."""
    end = i
    while end < len(tokens) and end - i < MAX_NAME_WORDS and _is_name_word(tokens[end]) and not is_initial(tokens, end):
        end += 1
    return end


def _same_line(text: str, a: Token, b: Token) -> bool:
    return "\n" not in text[a.end:b.start]


def _run_found(rule: str, tokens: Sequence[Token], i: int, text: str) -> Found | None:
    end = _name_run(tokens, i)
    while end - 1 > i and not _same_line(text, tokens[i], tokens[end - 1]):
        end -= 1
    return Found(rule, i, end - 1, end) if end > i else None


# --- the rules ------------------------------------------------------------------


def form_of_address(tokens: Sequence[Token], i: int, text: str) -> Found | None:
    """A name after a form of address or title: "Herr Doktor Weber", "Mr. Thompson", "г-н Кузнецов"."""
    start = tokens[i].start
    if not _is_name_word(tokens[i]) or not _address_may_end_at(text, start) \
            or not _address_before().search(text, max(0, start - LOOK_BACK), start):
        return None
    return _run_found("form_of_address", tokens, i, text)


def salutation(tokens: Sequence[Token], i: int, text: str) -> Found | None:
    """A name a salutation addresses: "Dear Jones,", "My dear Brown", "Cher Durand"; not "Lieber Freund!"."""
    if not _is_name_word(tokens[i]) or not salute_before(text, tokens[i].start):
        return None
    return _run_found("salutation", tokens, i, text)


def forename_and_surname(tokens: Sequence[Token], i: int, text: str) -> Found | None:
    """A forename (or two) before a surname: "Henri Dupont", "Karl Heinrich Müller", "Иван Петров"."""
    if not _is_forename(tokens[i]):
        return None
    end = _capitalised_run(tokens, i)
    if end - i < 2 or not _same_line(text, tokens[i], tokens[end - 1]) or PATRONYMIC.search(tokens[end - 1].norm):
        return None
    return Found("forename_and_surname", i, end - 1, end)


def forename_and_patronymic(tokens: Sequence[Token], i: int, text: str) -> Found | None:
    """A forename and patronymic with no surname: "Ivan Ivanovich", "Зинаида Гавриловна"."""
    if i + 1 >= len(tokens) or not _is_forename(tokens[i]) or not _is_name_word(tokens[i + 1]):
        return None
    after = tokens[i + 1]
    if not _reads_as(after, "patronymic") or not _same_line(text, tokens[i], after):
        return None
    return Found("forename_and_patronymic", i, i + 1, i + 2)


def forename_particle_surname(tokens: Sequence[Token], i: int, text: str) -> Found | None:
    """Forenames or initials, a particle, then the surname: "Marie von Ebner-Eschenbach",
    "J. van Santen Kolff", "Henri de Tocqueville"."""
    j = i
    while j < len(tokens) and j - i < MAX_NAME_WORDS:
        if is_initial(tokens, j):
            j += 2
        elif _is_forename(tokens[j]):
            j += 1
        else:
            break
    k = j
    while k < len(tokens) and not tokens[k].capitalised and tokens[k].norm in lexicon.folded("name_particle"):
        k += 1
    while j < k < len(tokens) and not tokens[k].capitalised and tokens[k].norm in lexicon.folded("name_article"):
        k += 1  # "von der Heide": an article only after a particle
    if j == i or k == j or k >= len(tokens) or not _is_name_word(tokens[k]) or not _same_line(text, tokens[i], tokens[k]):
        return None
    if not lexicon.folded("surname_particle") & {t.norm for t in tokens[j:k]}:
        return Found("forename_particle_surname", i, k, k + 1)
    end = k + 1
    while end < len(tokens) and end - k < MAX_NAME_WORDS - 1 and _is_name_word(tokens[end]) \
            and not is_initial(tokens, end) and _same_line(text, tokens[k], tokens[end]):
        end += 1  # "van Santen Kolff": a surname of several words
    return Found("forename_particle_surname", i, end - 1, end, particle=j)


def russian_surname(tokens: Sequence[Token], i: int, text: str) -> Found | None:
    """A Cyrillic word that morphology reads as a surname first of all: "у Петрова", "Кузнецов обещал"."""
    token = tokens[i]
    if not has_cyrillic(token.norm) or not _is_name_word(token):
        return None
    before = tokens[i - 1] if i else None
    if before is not None and before.capitalised and RUSSIAN_ADJECTIVE.search(before.norm):
        return None  # "Совета Народных Комиссаров": a word of a body's name after its adjective
    found = best_reading(token.raw)
    if found is None or found.kind != "surname" or found.score < MIN_MORPHOLOGY_SCORE:
        return None
    return Found("russian_surname", i, i, i + 1)


RULES: tuple[PersonRule, ...] = (
    PersonRule("form_of_address", form_of_address,
               ("Herr Doktor Weber", "Mr. Thompson", "Monsieur Durand", "Frau Clara", "г-н Кузнецов",
                "тов. Сидоров", "Madame Lefèvre", "Fräulein Schmidt"),
               ("Herr Doktor", "Mr. and Mrs.", "Monsieur le ministre", "Dear Sir", "des Herrn Oberingenieurs",
                "Gutachten des Herrn Ingenieur")),
    PersonRule("salutation", salutation,
               ("Dear Jones,", "My dear Brown", "Cher Durand,", "Lieber Weber!", "Дорогой Петров!"),
               ("Lieber Freund!", "Cher ami,", "Dear Sir,", "Dear Comrades!", "I hold Jones dear")),
    PersonRule("forename_and_surname", forename_and_surname,
               ("Henri Dupont", "Karl Heinrich Müller", "John Smith", "Иван Петров"),
               ("Henri", "Karl and Müller", "Мария Ивановна", "Carl Freiheit", "Paul\nMüller")),
    PersonRule("forename_and_patronymic", forename_and_patronymic,
               ("Ivan Ivanovich", "Иван Иванович", "Зинаиде Гавриловне"),
               ("Ivan Petrov", "Иван Петров")),
    PersonRule("forename_particle_surname", forename_particle_surname,
               ("Marie von Ebner-Eschenbach", "J. van Santen Kolff", "Henri de Tocqueville", "Anna von der Heide"),
               ("Marie von", "Reise von Berlin", "Paris de Gaulle", "von Goethe", "+14° R. des Mittags")),
    PersonRule("russian_surname", russian_surname,
               ("был у Петрова", "Кузнецов обещал", "с Велиевым"),
               ("Москва", "Вчера был", "Petrov", "в Петрограде", "бланке Совета Народных Комиссаров")),
)


def person_at(tokens: Sequence[Token], i: int, text: str) -> Found | None:
    """The first rule of the table that finds a person's name starting at token i."""
    for rule in RULES:
        found = rule.match(tokens, i, text)
        if found is not None:
            return found
    return None
