"""Place or person: whether a capitalised word, registered or not, stands where a place does.

A name that is both a register place and a register person is the place after a place
cue ("near Lvov", "occupy Lvov", "to Kiev" after a verb of movement), before one ("the Lvov
front") or listed with a place, unless the document has named the person. An unregistered
word is part of a place as a place adjective before a unit ("Pokrovsky u[ezd]"), an
adjective of a registered place ("Omskaya"), a word hyphenated to one ("Lodz-Petrokov"), a
word after "south of", or after a word for a settlement ("деревня Кошелево"). The finder
passes what it knows as two arguments: the persons named so far and whether a word names
only a register place.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from teikit.convert.names_grammar import (
    COMPASS_WORDS,
    LIST_JOINERS,
    MOVEMENT_VERBS,
    PLACE_ADJECTIVE,
    PLACE_ADJECTIVE_ENDINGS,
    PLACE_CUES_AFTER,
    PLACE_CUES_BEFORE,
    PLACE_CUES_MOVEMENT,
    PLACE_NAME_ENDINGS,
    PLACE_UNIT_ABBREVIATIONS,
    PLACE_UNITS,
    SETTLEMENT_WORD,
)
from teikit.convert.names_index import Target
from teikit.convert.names_tokens import Token, adjacent, after_word_of

OnlyPlace = Callable[[str], bool]  # whether a lower-case word names only register places


def place_rather_than_person(targets: Sequence[Target], tokens: Sequence[Token], i: int, end: int,
                             named: Container[str], only_place: OnlyPlace) -> bool:
    """Whether a name that is a place and a person stands where a place does: after a preposition
    or a verb of taking ("near Lvov", "occupy Lvov"), after to/from and a verb of movement, before
    "front" or "direction", or listed with a place ("Lublin and Lvov"). A person the document
    has named stays that person ("ASTRAKHAN, KIROV." after S. M. Kirov in the heading)."""
    persons = [t.key for t in targets if t.kind == "person"]
    if not persons or any(key in named for key in persons):
        return False
    before = tokens[i - 1] if i else None
    if before is not None and before.word and before.norm in PLACE_CUES_BEFORE:
        return True
    if before is not None and before.norm in PLACE_CUES_MOVEMENT and after_word_of(tokens, i - 1, MOVEMENT_VERBS):
        return True
    if end < len(tokens) and tokens[end].word and tokens[end].norm in PLACE_CUES_AFTER:
        return True
    return _listed_with_registered_place(tokens, i, end, only_place)


def _listed_with_registered_place(tokens: Sequence[Token], i: int, end: int, only_place: OnlyPlace) -> bool:
    """Whether the word before or after the name in a list is a registered place."""
    for k, step in ((i - 1, -1), (end, 1)):
        joined = False
        while 0 <= k < len(tokens) and tokens[k].norm in LIST_JOINERS:
            joined, k = True, k + step
        if joined and 0 <= k < len(tokens) and tokens[k].capitalised and only_place(tokens[k].norm):
            return True
    return False


def place_word_at(tokens: Sequence[Token], i: int, only_place: OnlyPlace) -> bool:
    """An unregistered word that is part of a place, not a person: an adjective of a registered
    place ("Omskaya", "Tomskaya road"), a place adjective before a unit, a word joined by a hyphen
    to a registered place ("Lodz-Petrokov"), or a word after "south of"."""
    token = tokens[i]
    if place_adjective_at(tokens, i) or _after_compass(tokens, i):
        return True
    for ending in PLACE_ADJECTIVE_ENDINGS:
        if token.norm.endswith(ending) and only_place(token.norm[: -len(ending)]):
            return True
    for k, h in ((i - 2, i - 1), (i + 2, i + 1)):
        if 0 <= k < len(tokens) and tokens[h].raw == "-" and adjacent(tokens[min(h, k)], tokens[max(h, k)]) \
                and adjacent(tokens[min(i, h)], tokens[max(i, h)]) and only_place(tokens[k].norm):
            return True
    return False


def after_settlement_word(tokens: Sequence[Token], i: int) -> bool:
    """Whether a word for a village comes before token i ("деревня Кошелево", "the village of Koshelevo")."""
    k = i - 1
    if k >= 0 and tokens[k].norm == "of":
        k -= 1
    return k >= 0 and tokens[k].word and bool(SETTLEMENT_WORD.match(tokens[k].norm))


def place_adjective_at(tokens: Sequence[Token], i: int) -> bool:
    """A place adjective before a word for a unit ("Pokrovsky u[ezd]") or listed with places."""
    if not PLACE_ADJECTIVE.search(tokens[i].norm):
        return False
    return _unit_at(tokens, i + 1) or _listed_with_place(tokens, i)


def _after_compass(tokens: Sequence[Token], i: int) -> bool:
    """Whether "south of" or the like comes before token i."""
    return i > 1 and tokens[i - 1].norm == "of" and tokens[i - 2].norm in COMPASS_WORDS


def _unit_at(tokens: Sequence[Token], k: int) -> bool:
    """An administrative unit at token k: "uezd", "u[ezd]", "volost", "губ.", "уезда"."""
    if k >= len(tokens) or not tokens[k].word:
        return False
    norm = tokens[k].norm
    dotted = k + 1 < len(tokens) and tokens[k + 1].raw == "."
    return bool(PLACE_UNITS.match(norm)) or (dotted and norm in PLACE_UNIT_ABBREVIATIONS)


def _listed_with_place(tokens: Sequence[Token], i: int) -> bool:
    """Whether the item before or after token i in a list is a place ("Shestakovo, Ilyinskoye and Sunsky")."""
    for step in (-1, 1):
        k, joined = i + step, False
        while 0 <= k < len(tokens) and (tokens[k].norm in LIST_JOINERS or tokens[k].raw.isdigit()):
            joined = joined or tokens[k].norm in LIST_JOINERS
            k += step
        if joined and 0 <= k < len(tokens) and tokens[k].capitalised and (
            tokens[k].norm.endswith(PLACE_NAME_ENDINGS) or _unit_at(tokens, k + 1)
        ):
            return True
    return False
