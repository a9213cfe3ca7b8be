"""Russian name morphology through pymorphy3: kinds of name and nominatives."""

import pytest

from teikit.convert.names_morphology import is_name_word, reading, readings, surname_nominative


@pytest.mark.parametrize("word", ["Ленину", "Ленина", "Лениным", "Ленин"])
def test_case_forms_of_a_surname_are_one_person(word):
    assert reading(word, "surname").nominative == "Ленин"


@pytest.mark.parametrize(("word", "nominative"), [
    ("Пахомову", "Пахомов"), ("Крупской", "Крупская"), ("Велиевым", "Велиев"), ("ЛЕНИНУ", "ЛЕНИН"),
])
def test_surname_nominative_keeps_gender_and_capitals(word, nominative):
    assert surname_nominative(word) == nominative


def test_a_form_that_may_be_nominative_stays_itself():
    # "Петрова": a woman, or a man's genitive; only the context can tell.
    assert surname_nominative("Петрова") == "Петрова"


@pytest.mark.parametrize(("word", "kind", "nominative"), [
    ("Иван", "forename", "Иван"), ("Зинаиде", "forename", "Зинаида"),
    ("Ивановичем", "patronymic", "Иванович"), ("Гавриловне", "patronymic", "Гавриловна"),
])
def test_forenames_and_patronymics(word, kind, nominative):
    assert reading(word, kind).nominative == nominative
    assert is_name_word(word, kind)


@pytest.mark.parametrize("word", ["Москва", "Дорогой", "Вчера", "Петроград", "Передайте", "Stalin"])
def test_words_that_are_no_names(word):
    assert readings(word) == ()
    assert surname_nominative(word) == word
