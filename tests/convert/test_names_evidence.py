"""Linking evidence: pure decisions over life dates, language and cues, and in convert."""

from __future__ import annotations

import dataclasses

import pytest

from teikit.convert.names import NameFinder
from teikit.convert.names_evidence import Evidence, Life, contradicted, linkable, supported, text_language
from teikit.registers import load_registers

LIFE = Life(born=1880, died=1937, languages=frozenset({"en", "ru"}))
PLAIN = Evidence(lang="en", year=None, agent=False, given=False, address=False, cues=False, companions=False,
                 common_word=False)


@pytest.fixture(scope="module")
def finder() -> NameFinder:
    return NameFinder(load_registers())


def test_a_bare_name_in_the_register_language_is_linked():
    assert linkable(LIFE, PLAIN)


@pytest.mark.parametrize("field", ["given", "address", "cues", "companions"])
def test_a_common_word_needs_positive_evidence(field):
    common = dataclasses.replace(PLAIN, common_word=True)
    assert not supported(LIFE, common)
    assert supported(LIFE, dataclasses.replace(common, **{field: True}))


def test_a_letter_older_than_the_person_contradicts():
    assert contradicted(LIFE, dataclasses.replace(PLAIN, year=1850))
    assert contradicted(LIFE, dataclasses.replace(PLAIN, year=1920)) is None


def test_a_dead_writer_or_addressee_contradicts_but_a_dead_person_may_be_mentioned():
    late = dataclasses.replace(PLAIN, year=1950)
    assert contradicted(LIFE, dataclasses.replace(late, agent=True))
    assert contradicted(LIFE, late) is None


def test_another_language_needs_support_or_the_person_alive():
    german = dataclasses.replace(PLAIN, lang="de")
    assert not supported(LIFE, german)
    assert supported(LIFE, dataclasses.replace(german, year=1917))
    assert supported(LIFE, dataclasses.replace(german, given=True))


@pytest.mark.parametrize(("text", "lang"), [
    ("Ich habe mit ihm gesprochen, und die Sache ist nicht erledigt.", "de"),
    ("J'ai vu hier Monsieur Durand et nous avons parlé de vous.", "fr"),
    ("I saw him yesterday and he told me that the matter is settled.", "en"),
    ("Вчера был у него, и он говорит, что это не так.", "ru"),
    ("Moscow, 1922", "en"),
])
def test_text_language(text, lang):
    assert text_language(text) == lang


def test_lieber_freund_is_nobody(finder):
    names = finder.document("de", year=1905)
    assert [m for m in names.find("Lieber Freund!\nHerzlichen Dank für Deinen Brief.") if m.kind == "person"] == []


def test_the_register_name_with_evidence_is_still_linked(finder):
    names = finder.document("en", year=1917)
    assert [m.keys for m in names.find("M. I. Liber spoke against it.")] == [("liber",)]


def test_a_letter_before_the_persons_birth_links_nobody(finder):
    names = finder.document("en", year=1850)
    assert all("lenin" not in m.keys for m in names.find("Comrade Lenin wrote to me."))
