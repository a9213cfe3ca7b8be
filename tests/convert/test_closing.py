"""Closing formulas and signatures by their shape, and where they put a letter's closer."""

from __future__ import annotations

import pytest

from teikit.convert import closing
from teikit.convert.letter import structure
from tests.convert.test_letter import REC, _block


@pytest.mark.parametrize("text", [
    "Ihr ergebene", "Deines", "Immer Ihr", "ganz Ihr", "Ihrer aufrichtig ergebenen", "Ihr Sie hochschätzender",
    "Im übrigen stets Ihr dankbar ergebener", "I am with great regard your humble Servt", "Yours very respectly",
    "Votre tout dévoué",
])
def test_a_possessive_with_epithets_is_a_formula(text: str) -> None:
    assert closing.formula_line(text)


@pytest.mark.parametrize("text", [
    "Thank you for your kind letter.", "Your letter came yesterday", "Ihr Brief hat mich gefreut.",
    "Your loving brother, Pieter",
])
def test_a_sentence_or_a_signature_is_no_formula(text: str) -> None:
    assert not closing.formula_line(text)


@pytest.mark.parametrize("text", [
    "K L Brenner", "Dr B Halder", "W v Ostrow", "GretaWinkel", "Dr HLessing", "Morell, Regierungsrath",
    "T. Amsler, Ingenieur.", "Kessler Oberst.", "P R Bühler, Pfr.", "Ruedi, D.", "Mo Tanner", "Karl Gottl. Wendel",
    "J. H.", "Gustav!",
])
def test_names_as_people_sign_them(text: str) -> None:
    assert closing.name_shape(text)


@pytest.mark.parametrize("text", [
    "Viele Grüße", "Die Kupfer", "Wien XVIII", "Ihr", "Montag. Dienstag", "Frankfurt den 3. Mai", "H.",
])
def test_lines_that_are_no_signed_name(text: str) -> None:
    assert not closing.name_shape(text)


@pytest.mark.parametrize("text", [
    "Dein tr. Konrad", "Ihre Lotte Brenner.", "Dein Sohn Fritz!", "Allezeit Dein Oskar.", "Your loving sister, Mary",
    "Dein treuer H.",
])
def test_a_possessive_and_a_name_on_one_line_sign(text: str) -> None:
    assert closing.possessive_signature(text)


@pytest.mark.parametrize("text", ["Ihr Ergebenster", "Your letter came", "Dein Brief war lang."])
def test_a_possessive_without_a_name_does_not_sign(text: str) -> None:
    assert not closing.possessive_signature(text)


def test_a_formula_line_puts_the_name_below_it_into_the_closer() -> None:
    doc = structure(_block("A to B", "Lieber Freund!", "Ich schreibe Dir in Eile aus der Stadt.",
                           "Mit herzlichem Gruße", "Ihr", "Dr B Halder"), REC)
    assert [(u.role, u.text) for u in doc.closer] == [
        ("closer-salute", "Mit herzlichem Gruße"), ("closer-salute", "Ihr"), ("signed", "Dr B Halder")]
    assert not doc.postscript


def test_a_signature_above_a_long_postscript_is_found() -> None:
    doc = structure(_block("A to B", "Lieber Paul!", "Der Koffer ist angekommen, Dank dafür.", "Dein tr. Konrad",
                           "Bitte grüße die Eltern von mir.", "Sie haben lange nicht geschrieben.",
                           "Und sag dem Onkel, dass ich komme."), REC)
    assert [u.text for u in doc.closer if u.role == "signed"] == ["Dein tr. Konrad"]
    assert len(doc.postscript) == 3


def test_a_name_under_the_last_sentence_signs_with_an_address_below() -> None:
    doc = structure(_block("A to B", "Dear Sir,", "The cases were sent on Monday and will reach you soon.",
                           "Mo Tanner", "Herrn Direktor Brandt, Luzern."), REC)
    assert [(u.role, u.text) for u in doc.closer] == [
        ("signed", "Mo Tanner"), ("address", "Herrn Direktor Brandt, Luzern.")]
    assert not doc.postscript


def test_a_shelfmark_and_notes_after_the_signature_are_citation_and_notes() -> None:
    doc = structure(_block("A to B", "Sir,", "I have your letter of the 3d and thank you for it.",
                           "Your most obedient Servant", "Jos. Wheeler", "ALS, MHi: Wheeler Papers, f. 3.",
                           "1. Wheeler's brother, a merchant."), REC)
    assert doc.citation is not None and doc.citation.text == "ALS, MHi: Wheeler Papers, f. 3."
    assert [n.n for n in doc.notes] == ["1"] and not doc.postscript


def test_a_day_and_month_below_the_signature_close_the_letter() -> None:
    doc = structure(_block("A to B", "Lieber Freund,", "Ich komme morgen zu Ihnen hinaus.", "Von Herzen Ihr",
                           "Konrad.", "9 IV."), REC)
    assert [(u.role, u.text) for u in doc.closer][-1] == ("closing-dateline", "9 IV.")
    assert not doc.postscript
