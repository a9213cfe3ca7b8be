"""Place or person, each rule by name with an example and a counter-example."""

from __future__ import annotations

import pytest

from teikit.convert.names_index import Target
from teikit.convert.names_places import after_settlement_word, place_adjective_at, place_rather_than_person, place_word_at
from teikit.convert.names_tokens import tokenize

LVOV = [Target("lvov", "place", True), Target("lvov_p", "person", True)]


def only_place(word: str) -> bool:
    return word in {"omsk", "lodz", "lvov", "lublin"}


def _at(text: str, word: str):
    tokens = tokenize(text)
    return tokens, next(i for i, t in enumerate(tokens) if t.raw == word)


@pytest.mark.parametrize(("text", "expected"), [
    ("the troops occupy Lvov today", True),
    ("the Lvov front held", True),
    ("Lublin and Lvov were taken", True),
    ("I spoke with Lvov yesterday", False),
])
def test_place_rather_than_person(text, expected):
    tokens, i = _at(text, "Lvov")
    assert place_rather_than_person(LVOV, tokens, i, i + 1, named=set(), only_place=only_place) is expected


def test_a_person_the_document_named_stays_a_person():
    tokens, i = _at("the troops occupy Lvov today", "Lvov")
    assert not place_rather_than_person(LVOV, tokens, i, i + 1, named={"lvov_p"}, only_place=only_place)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("the Omskaya road", "Omskaya", True),       # an adjective of a registered place
    ("Lodz-Petrokov line", "Petrokov", True),    # hyphenated to a registered place
    ("ten miles south of Ryabinin", "Ryabinin", True),
    ("Pokrovsky u[ezd]", "Pokrovsky", True),     # a place adjective before a unit
    ("Comrade Ryabinin said", "Ryabinin", False),
])
def test_place_word_at(text, word, expected):
    tokens, i = _at(text, word)
    assert place_word_at(tokens, i, only_place) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("деревня Кошелево", "Кошелево", True),
    ("the village of Koshelevo", "Koshelevo", True),
    ("Кошелева пришла", "Кошелева", False),
])
def test_after_settlement_word(text, word, expected):
    tokens, i = _at(text, word)
    assert after_settlement_word(tokens, i) is expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Shestakovo, Ilyinskoye and Sunsky", "Sunsky", True),
    ("Sunsky said so", "Sunsky", False),
])
def test_place_adjective_at(text, word, expected):
    tokens, i = _at(text, word)
    assert place_adjective_at(tokens, i) is expected
