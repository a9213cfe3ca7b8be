"""The person rules: each rule matches its examples and none of its counter-examples, by name."""

from __future__ import annotations

import pytest

from teikit.convert.names import NameFinder
from teikit.convert.names_rules import RULES, Found, person_at
from teikit.convert.names_tokens import tokenize
from teikit.registers import load_registers


def _found(rule, text: str) -> list[Found]:
    tokens = tokenize(text)
    return [f for i in range(len(tokens)) if (f := rule.match(tokens, i, text)) is not None]


@pytest.mark.parametrize(("rule", "example"), [(r, e) for r in RULES for e in r.examples],
                         ids=lambda v: getattr(v, "name", v))
def test_rule_matches_its_examples(rule, example):
    assert _found(rule, example), f"{rule.name} should find a person in {example!r}"


@pytest.mark.parametrize(("rule", "counter"), [(r, c) for r in RULES for c in r.counter_examples],
                         ids=lambda v: getattr(v, "name", v))
def test_rule_rejects_its_counter_examples(rule, counter):
    assert not _found(rule, counter), f"{rule.name} should find nobody in {counter!r}"


@pytest.mark.parametrize(("text", "surname"), [
    ("Herr Doktor Weber war hier", "Weber"),
    ("Dear Jones,", "Jones"),
    ("Monsieur Durand", "Durand"),
    ("у г-н Кузнецова", "Кузнецова"),
    ("Karl Heinrich Müller", "Müller"),
])
def test_the_surname_is_the_last_name_word(text, surname):
    tokens = tokenize(text)
    found = next(f for i in range(len(tokens)) if (f := person_at(tokens, i, text)))
    assert tokens[found.surname].raw == surname


@pytest.fixture(scope="module")
def finder() -> NameFinder:
    return NameFinder(load_registers())


@pytest.mark.parametrize(("lang", "text", "keys"), [
    ("en", "London, 12 May 1887\nDear Jones,\nI saw Mr. Thompson and Dr. Harris yesterday.\nYours ever,\nJ. Smith",
     ["jones", "thompson", "harris", "smith"]),
    ("de", "Lieber Freund!\nHerr Doktor Weber war gestern bei uns, und Frau Clara läßt grüßen.\nDein Karl Heinrich Müller",
     ["weber", "clara", "muller"]),
    ("fr", "Cher ami,\nJ'ai vu hier Monsieur Durand et Madame Lefèvre.\nVotre dévoué\nHenri Dupont",
     ["durand", "lefevre", "dupont"]),
    ("ru", "Дорогой Иван Иванович!\nВчера был у Петрова. Тов. Сидоров уехал. Г-н Кузнецов обещал написать.",
     ["ivanovich", "petrov", "sidorov", "kuznetsov"]),
])
def test_unregistered_persons_in_four_languages_are_proposed(finder, lang, text, keys):
    names = finder.document(lang, year=1905)
    found = [m for m in names.find(text) if m.kind == "person"]
    assert [m.keys[0] for m in found] == keys
    assert all(m.unconfirmed and m.cert == "low" for m in found)
    assert [k for k, _ in names.unconfirmed] == keys


def test_case_forms_of_an_unregistered_surname_are_one_person(finder):
    names = finder.document("ru")
    found = names.find("Вчера был у Пахомова. Пахомову я передал письмо, с Пахомовым говорил.")
    assert {m.keys for m in found} == {("pakhomov",)}


def test_no_reading_leaks_between_documents(finder):
    first = finder.document("en")
    first.find("Mr. Orwell came.")
    second = finder.document("en")
    assert second.find("Orwell came.") == []


def test_a_surname_named_in_full_anywhere_is_a_person_where_it_stands_bare(finder):
    text = "vielleicht sehen wir uns dann alle bei Kugler. Heyses Brief kam.\n² Franz Kugler, Kunsthistoriker, Paul Heyse."
    names = finder.document("de")
    names.prime(text)
    found = [(m.surface, m.keys[0]) for m in names.find(text) if m.kind == "person"]
    assert found == [("Kugler", "kugler"), ("Heyses", "heyse"), ("Franz Kugler", "kugler"), ("Paul Heyse", "heyse")]
    assert finder.document("de").find("bei Kugler.") == []  # unprimed: a bare word is nobody


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Seine Gattin ist eine junge Dame. Immerhin war es gut."),  # nouns with a surname ending
    ("de", "Ich bitte Sie, lieber guter Herr Doctor, um diese Gunst."),  # a title after a title
    ("fr", "Chère Maître,\n\nJe reçois votre lettre."),  # a form of address ends the line before
    ("de", "Theile dies deiner Frau Schwester mit."),
])
def test_no_person_in(finder, lang, text):
    assert [m for m in finder.document(lang).find(text) if m.kind == "person"] == []


def test_german_forenames_ending_in_rich_are_no_patronymics(finder):
    found = finder.document("en").find("[2] Johann Heinrich Wilhelm Dietz, the Stuttgart publisher.")
    assert [(m.surface, m.keys) for m in found] == [("Johann Heinrich Wilhelm Dietz", ("dietz",))]


def test_a_patronymic_alone_keys_to_its_nominative(finder):
    found = finder.document("ru").find("Кланяйтесь Анне Ивановне.")
    assert [m.keys for m in found] == [("ivanovna",)]
