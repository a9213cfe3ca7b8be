"""Closing formulas and signatures by their shape, and where they put a letter's closer."""

from __future__ import annotations

import pytest

from teikit.convert import closing
from teikit.convert.letter import Recognisers, structure
from teikit.convert.segment import Block
from teikit.model import Line
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


def test_a_closing_copied_with_its_line_break_splits_into_formula_and_name() -> None:
    doc = structure(_block("To B", "Dear Holt", "The seeds came up at last.", "Ever yrs affec | T. Brill"), REC)
    assert [(u.role, u.text) for u in doc.closer] == [("closer-salute", "Ever yrs affec"), ("signed", "T. Brill")]


def test_notes_that_lost_their_numbers_follow_the_signature() -> None:
    lines = [Line(2, "Dear Holt"), Line(3, "The box came on Monday,1 and the seeds—2 all of them—are sown."),
             Line(4, "Yours truly | T. Brill"), Line(7, "The box has not been traced."),
             Line(8, "Seeds of the Cape heath."), Line(11, "Will come on Friday.")]
    doc = structure(Block(number=None, heading=Line(1, "To B"), text=lines), REC)
    assert [(n.n, n.text) for n in doc.notes] == [
        ("1", "The box has not been traced."), ("2", "Seeds of the Cape heath.\nWill come on Friday.")]
    assert not doc.postscript


def test_lines_after_the_signature_without_as_many_markers_stay_a_postscript() -> None:
    doc = structure(_block("To B", "Dear Holt", "The box came on Monday.", "Yours truly | T. Brill",
                           "The seeds are sown.", "Tell your brother."), REC)
    assert not doc.notes and len(doc.postscript) == 2


def test_a_single_name_under_the_closing_dateline_signs() -> None:
    doc = structure(_block("An Körner", "Lieber Freund,", "Leben Sie recht wohl.", "[August 1923]", "Wendel."), REC)
    assert [(u.role, u.text) for u in doc.closer] == [("closing-dateline", "[August 1923]"), ("signed", "Wendel.")]


def test_a_known_writer_named_between_the_last_paragraph_and_a_postscript_signs() -> None:
    rec = Recognisers(REC.is_dateline, lambda text: text == "Paul Corvin", REC.is_place, REC.opening_dateline)
    doc = structure(_block("A to B", "Mon cher Émile,", "Je viens de recevoir le volume que tu as bien voulu m'envoyer.",
                           "Paul Corvin", "Quand tu seras de retour j'irai te voir."), rec)
    assert [(u.role, u.text) for u in doc.closer] == [("signed", "Paul Corvin")]
    assert [u.text for u in doc.postscript] == ["Quand tu seras de retour j'irai te voir."]


@pytest.mark.parametrize("text", [
    "Mein hochgeachteter Herr und Freund!", "Hochgeachteter Herr u. Freund!", "Euer Wohlgeboren!",
    "Verehrtes und liebes Fräulein,", "Liebste Hannah! (1)", "Sehr geehrter Herr Dr. Weber!", "Dear Prof. Vane",
])
def test_salutes_with_a_possessive_an_abbreviation_or_a_marker(text: str) -> None:
    from teikit.convert import patterns
    assert patterns.is_salute(patterns.TRAILING_MARKER.sub("", text))


def test_a_sentence_opening_with_a_possessive_is_no_salute() -> None:
    from teikit.convert import patterns
    assert not patterns.is_salute("Mein Vater ist krank und kann nicht kommen.")


def test_a_name_under_a_paragraph_that_ends_in_a_closing_formula_signs_above_a_postscript() -> None:
    doc = structure(_block("A to B", "Dear Sir,", "I know nothing of the man. With truth I am always Your Affectionate friend",
                           "Jno: Fairfax", "Are our Commissioners silent?"), REC)
    assert [u.text for u in doc.closer if u.role == "signed"] == ["Jno: Fairfax"]
    assert [u.text for u in doc.postscript] == ["Are our Commissioners silent?"]


def test_a_place_and_a_day_after_the_name_are_the_closing_dateline() -> None:
    doc = structure(_block("A to B", "Cher ami,", "J'ai trouvé la ville toute petite hier.", "H. Vasse. Moscow Vendredi."), REC)
    assert [(u.role, u.text) for u in doc.closer] == [("signed", "H. Vasse."), ("closing-dateline", "Moscow Vendredi.")]


def test_the_closing_formula_ends_a_paragraph() -> None:
    assert closing.ends_with_formula("I knew him. With truth & sincerity I am always Your Affectionate friend")
    assert not closing.ends_with_formula("I gave your letter to my friend. He read it")


def test_an_editors_text_has_no_opener_or_closer() -> None:
    block = _block("A to B", "Paris, vendredi [3 mai 1866]", "BRILL, Henri (1804-1876)")
    block.editorial = True
    doc = structure(block, REC)
    assert not doc.opener and not doc.closer and [u.text for u in doc.body] == [ln.stripped for ln in block.text]


def test_the_dateline_and_signature_run_on_at_the_end_of_the_text_close_the_letter() -> None:
    rec = Recognisers(lambda text: text.startswith("Jena d."), REC.is_person, REC.is_place, REC.opening_dateline)
    doc = structure(_block("13/3402. An Wilhelm Vane", "Hier, mein Werthester, die versprochenen Bogen. Sagen Sie "
                           "mir bald, wie Ihnen der Schluß gefällt. Jena d. 2. Jan. 1798. K."), rec)
    assert [u.text for u in doc.body] == ["Hier, mein Werthester, die versprochenen Bogen. Sagen Sie mir bald, wie "
                                          "Ihnen der Schluß gefällt."]
    assert [(u.role, u.text) for u in doc.closer] == [("closing-dateline", "Jena d. 2. Jan. 1798."), ("signed", "K.")]


def test_notes_keyed_by_their_words_after_the_signature_are_notes() -> None:
    doc = structure(_block("A an B", "Verehrter Freund!", "Ich war neulich bei Ihnen.", "In herzlicher Freundschaft",
                           "Konrad Brill", "neulich] vermutlich am 22. 10. 1893", "Ihnen] in der Wohnung Vanes"), REC)
    assert [u.text for u in doc.closer if u.role == "signed"] == ["Konrad Brill"]
    assert [n.text for n in doc.notes] == ["neulich] vermutlich am 22. 10. 1893", "Ihnen] in der Wohnung Vanes"]
    assert not doc.postscript


def test_the_address_on_the_envelope_below_a_letter_is_no_signature() -> None:
    doc = structure(_block("Г. А. ВАНЕ", "Буду ждать Вас!", "С. Брилль.", "На обороте или на конверте:",
                           "Шереметьевский", "Галине Артуровне"), REC)
    assert [(u.role, u.text) for u in doc.closer] == [
        ("signed", "С. Брилль."), ("address", "На обороте или на конверте:"), ("address", "Шереметьевский"),
        ("address", "Галине Артуровне")]


def test_a_letterhead_line_above_the_salute_belongs_to_the_opener() -> None:
    doc = structure(_block("A an B", "Frankfurter Blatt(Gazette de Francfort).Gründer M. L. Vane.Redaktion und Verlag "
                           "in Frankfurt am Main und Berlin", "Mein lieber Freund,", "Ich danke Dir."), REC)
    assert [u.role for u in doc.opener] == ["address", "salute"]
    prose = structure(_block("A an B", "Ich danke Dir von Herzen für Deinen Brief. Du fehlst mir hier sehr, und wir "
                             "denken oft an Dich.", "Mein lieber Freund,", "Noch etwas."), REC)
    assert not any(u.role == "salute" for u in prose.opener)


def test_a_name_under_a_sentence_that_runs_into_the_signature_signs() -> None:
    doc = structure(_block("A to B", "Durch Unteroffizier Vane diesen Morgen ein Schreiben erhalten zu haben,",
                           "Brill Oberst."), REC)
    assert [u.text for u in doc.closer] == ["Brill Oberst."]


def test_epithets_on_a_line_of_their_own_continue_the_formula() -> None:
    assert closing.formula_line("ergebener")
    doc = structure(_block("A an B", "Lieber Herr,", "Erfreuen Sie mich bald.", "Ihr", "ergebener", "Dr KBrill"), REC)
    assert [(u.role, u.text) for u in doc.closer] == [
        ("closer-salute", "Ihr"), ("closer-salute", "ergebener"), ("signed", "Dr KBrill")]


def test_initials_and_a_surname_above_a_postscript_sign() -> None:
    doc = structure(_block("A an B", "Lieber Freund,", "Die Dichtung deiner Tochter kommt mit der Post zurück.",
                           "F Brill", "NB: Die Herren Vane & Comp. aus London sind hier."), REC)
    assert [u.text for u in doc.closer if u.role == "signed"] == ["F Brill"] and len(doc.postscript) == 1


def test_an_editions_source_lines_below_the_signature_close_the_document() -> None:
    doc = structure(_block("В. Д. БРИЛЛЮ", "т. Брилль!", "Прошу Вас принять т. Ванина.", "С ком. приветом Ванин",
                           "Впервые напечатано в 1945 г. в сборнике", "Печатается по рукописи"), REC)
    assert [u.role for u in doc.opener] == ["salute"]
    assert [(u.role, u.text) for u in doc.closer] == [
        ("signed", "С ком. приветом Ванин"), ("meta", "Впервые напечатано в 1945 г. в сборнике"),
        ("meta", "Печатается по рукописи")]
    assert not doc.postscript


def test_a_one_line_letter_gives_its_dateline_salute_and_signature() -> None:
    rec = Recognisers(lambda text: text == "Jena, den 3. März 1795.", REC.is_person, REC.is_place, lambda _: None)
    doc = structure(_block("12. An Wilhelm Vane.", "Jena, den 3. März 1795. Lieber Freund, ich danke Ihnen für den "
                           "Brief und die Bücher. Grüßen Sie Ihre Frau. Ihr Brill."), rec)
    assert [(u.role, u.text) for u in doc.opener] == [("dateline", "Jena, den 3. März 1795."), ("salute", "Lieber Freund,")]
    assert [u.text for u in doc.body] == ["ich danke Ihnen für den Brief und die Bücher. Grüßen Sie Ihre Frau."]
    assert [(u.role, u.text) for u in doc.closer] == [("signed", "Ihr Brill.")]


def test_places_addresses_and_closing_phrases_below_the_signature_stay_in_the_closer() -> None:
    rec = Recognisers(lambda text: text.startswith(("den 19", "Berlin, den")), REC.is_person, REC.is_place,
                      REC.opening_dateline)
    place = structure(_block("A an B", "Lieber Freund!", "Auf jeden Fall schreibe ich Dir bald.", "Mit herzlichem Gruß",
                             "Karl Brill", "Herzogenbuchsee", "den 19t Juli 1854."), rec)
    assert [u.role for u in place.closer] == ["closer-salute", "signed", "closing-dateline", "closing-dateline"]
    haste = structure(_block("A an B", "Lieber Freund!", "Die Nation geht Hand in Hand.", "Immer Ihr ergebener",
                             "Brill.", "In gedrängter Eile."), rec)
    assert haste.closer[-1].role == "closer-salute" and not haste.postscript
    hotel = structure(_block("Hugo an B", "Lieber Freund!", "Sind Sie wirklich dort? Das wäre nett.", "Hugo",
                             "Cortina Hôtel Bellevue"), rec)
    assert hotel.closer[-1].role == "address" and not hotel.postscript
    dated = structure(_block("A an B", "Lieber Freund!", "Wir dachten viel an Sie.", "Ihr", "Vane",
                             "Berlin, den 7/5 1931. Kaiserdamm 15 Telephon: Westend 1234"), rec)
    assert dated.closer[-1].role == "closing-dateline" and not dated.postscript


def test_a_dated_postscript_stays_a_postscript() -> None:
    rec = Recognisers(lambda text: text in ("12/IX", "14/IX."), REC.is_person, REC.is_place, REC.opening_dateline)
    doc = structure(_block("A to B", "Dear friend!", "I am sending you three roubles.", "Yours, G. Brill.", "12/IX",
                           "14/IX. The post office did not accept the parcel with the sugar."), rec)
    assert [u.text for u in doc.postscript] == ["14/IX. The post office did not accept the parcel with the sugar."]
