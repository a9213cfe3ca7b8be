"""Document structure: opener, body, closer, postscript, from a block of lines."""

from __future__ import annotations

import re

from teikit.convert.letter import Recognisers, structure
from teikit.convert.segment import Block
from teikit.model import Line

DATE = re.compile(r"\[?[A-Z][a-z]+ \d{1,2}(, \d{4})?\]?|\d{1,2}/[IVX\d]+( \d{2,4})?|\[[A-Z][a-z]+ \d{4}\]")
REC = Recognisers(
    is_dateline=lambda text: DATE.fullmatch(text.rstrip(".")) is not None,
    is_person=lambda word: word in {"Stalin", "Rykov"},
    is_place=lambda word: word in {"Moscow", "Baku"},
    opening_dateline=lambda line: (line.index(". ") + 1 if line.startswith("Tiflis, March 3, 1921. ") else None),
)


def _block(heading: str, *texts: str) -> Block:
    lines = [Line(i, t) for i, t in enumerate(texts, start=2)]
    return Block(number=None, heading=Line(1, heading), text=lines)


def test_letter_parts() -> None:
    doc = structure(_block(
        "P. A. Lebedev to N. S. Orlova",
        "[August 1923]", "SECRET.", "Moscow.", "Dear Comrade Orlova!",
        "I. The paper has arrived late again this month.", "1) Forty poods.", "2) Nothing more.",
        "Until Tuesday.", "With comradely greetings,", "P. Lebedev.", "24/5 20",
        "P.S. Regards to everyone in the department.",
    ), REC)
    assert doc.kind == "letter" and doc.senders_text == "P. A. Lebedev" and doc.recipients_text == "N. S. Orlova"
    assert [(u.role, u.text) for u in doc.opener] == [
        ("dateline", "[August 1923]"), ("mark", "SECRET."), ("dateline", "Moscow."), ("salute", "Dear Comrade Orlova!")]
    assert [u.n for u in doc.body] == ["I", "1", "2", None]
    assert [(u.role, u.text) for u in doc.closer] == [
        ("closer-salute", "With comradely greetings,"), ("signed", "P. Lebedev."), ("closing-dateline", "24/5 20")]
    assert [u.text for u in doc.postscript] == ["P.S. Regards to everyone in the department."]


def test_unlabelled_postscript_and_joint_signatures() -> None:
    doc = structure(_block("I. V. Stalin to G. I. Fedorchenko", "Hello friend!", "Write more often.",
                           "Your Koba", "12/III Let me know whether my letter reached you."), REC)
    assert [(u.role, u.text) for u in doc.closer] == [("signed", "Your Koba")]
    assert len(doc.postscript) == 1
    joint = structure(_block("S. I. Vorontsov and M. A. Gurevich to the Politburo",
                             "To the Politburo of the Central Committee.", "We ask for a decision.",
                             "S. Vorontsov", "M. Gurevich"), REC)
    assert joint.opener[0].role == "salute"
    assert [u.text for u in joint.closer] == ["S. Vorontsov\nM. Gurevich"]


def test_telegram_and_meeting_notes() -> None:
    tel = structure(_block("Telegram from G. M. Sarkisov to V. I. Lenin", "MOSCOW, KREMLIN, TO LENIN.",
                           "The oil fields have been taken over intact.", "Sarkisov."), REC)
    assert tel.kind == "telegram" and tel.opener[0].role == "address"
    assert tel.closer[0].text == "Sarkisov."
    notes = structure(_block("Notes exchanged by F. E. Dzerzhinsky and A. I. Rykov at a meeting of the Politburo",
                             "[Dzerzhinsky]", "Support me.", "[Rykov]", "Agreed."), REC)
    assert notes.kind == "note" and notes.both_text == "F. E. Dzerzhinsky and A. I. Rykov"
    assert [u.role for u in notes.body] == ["speaker", "p", "speaker", "p"]


def test_a_common_word_is_not_a_place_or_a_signature() -> None:
    doc = structure(_block("A. B. Ivanov to C. D. Petrov", "Greetings.", "All is well here.", "Thanks."), REC)
    assert doc.opener == [] and doc.closer == []
    assert [u.text for u in doc.body] == ["Greetings.", "All is well here.", "Thanks."]


def test_signatures_with_offices_possessives_and_capitals() -> None:
    offices = structure(_block("E. Shchukina and F. Dorofeev to M. I. Kalinin", "We ask for flax seed.",
                               "Chairwoman of the cooperative E. Shchukina", "Secretary F. Dorofeev"), REC)
    assert [u.text for u in offices.closer] == ["Chairwoman of the cooperative E. Shchukina\nSecretary F. Dorofeev"]
    yours = structure(_block("A. Veshnyakov to V. I. Lenin", "The wire is down.",
                             "With communist greetings, your A. Veshnyakov."), REC)
    assert [u.text for u in yours.closer] == ["With communist greetings, your A. Veshnyakov."]
    caps = structure(_block("Telegram from P. S. Gusakov to S. M. Kirov", "ASTRAKHAN, REVVOENSOVET, KIROV.",
                            "CARAVAN OF 26 BARGES LEFT SARATOV FOR ASTRAKHAN THIS MORNING UNDER ESCORT OF TWO GUNBOATS.",
                            "GUSAKOV.", "Filed from Saratov 26/IV-1919, 14 h. 20 min."), REC)
    assert [u.role for u in caps.opener] == ["address"]
    assert [u.role for u in caps.body] == ["p"]
    assert [(u.role, u.text) for u in caps.closer] == [
        ("signed", "GUSAKOV."), ("transmission", "Filed from Saratov 26/IV-1919, 14 h. 20 min.")]
    assert caps.postscript == []


def test_a_short_closing_sentence_before_the_name_is_part_of_the_signature() -> None:
    en = structure(_block("I. V. Stalin to V. M. Molotov", "Hello, Vyacheslav!", "Do not hurry with it.",
                          "I shake your hand. I. Stalin."), REC)
    assert [u.text for u in en.closer] == ["I shake your hand. I. Stalin."]
    ru = structure(_block("В. В. Куйбышев — Г. К. Орджоникидзе", "Дорогой Серго!", "Пишу коротко.",
                          "Крепко жму руку. Твой В. Куйбышев."), REC)
    assert [u.text for u in ru.closer] == ["Крепко жму руку. Твой В. Куйбышев."]
    sentence = structure(_block("A. B. Ivanov to C. D. Petrov", "Dear friend!", "We waited long.",
                                "Yesterday I spoke at length with N. Belousov."), REC)
    assert sentence.closer == []


def test_an_unregistered_place_line_right_above_the_salute() -> None:
    doc = structure(_block("I. V. Stalin to V. M. Molotov", "Sochi.", "Hello, Vyacheslav!", "Do not hurry."), REC)
    assert [(u.role, u.text) for u in doc.opener] == [("dateline", "Sochi."), ("salute", "Hello, Vyacheslav!")]


def test_opener_lines_of_real_pages() -> None:
    tel = structure(_block("Telegram from G. K. Ordzhonikidze to V. I. Lenin", "Moscow Kremlin.", "Only Lenin.",
                           "May 4, 1920.", "The oil fields are taken.", "Ordzhonikidze."), REC)
    assert [u.role for u in tel.opener] == ["address", "address", "dateline"]
    marked = structure(_block("A. B. Ivanov to V. I. Lenin", "Hello, dear Vladimir Ilyich! one", "Text."), REC)
    assert [(u.role, u.text) for u in marked.opener] == [("salute", "Hello, dear Vladimir Ilyich! one")]
    twice = structure(_block("A. B. Ivanov to V. I. Lenin", "T[ovari]sch Lenin! T[ovari]sch Trotsky!", "Text."), REC)
    assert [u.role for u in twice.opener] == ["salute"]
    place = structure(_block("A. B. Ivanov to C. D. Petrov", "[August 1920]", "Stanitsa Bagaevskaya R[ostov] Don.",
                             "Dear Comrade Petrov!", "Text."), REC)
    assert [u.role for u in place.opener] == ["dateline", "dateline", "salute"]
    person = structure(_block("A. B. Ivanov to C. D. Petrov", "[August 1920]", "Stalin.", "Text."), REC)
    assert [(u.role, u.text) for u in person.opener][-1] == ("salute", "Stalin.")


def test_signatures_with_a_marker_or_a_closing_phrase_and_speakers_under_a_dash_heading() -> None:
    marker = structure(_block("S. M. Kirov to G. K. Ordzhonikidze", "Dear Sergo!", "Text.", "Yours S. Kirov 1 ."), REC)
    assert [u.text for u in marker.closer] == ["Yours S. Kirov 1 ."]
    phrase = structure(_block("V. M. Molotov to I. V. Stalin", "Koba!", "Text.", "I shake hands with V. Molotov"), REC)
    assert [u.text for u in phrase.closer] == ["I shake hands with V. Molotov"]
    name = structure(_block("A. B. Simone to C. D. Petrov", "Dear friend!", "Text.", "A. Simone."), REC)
    assert [u.text for u in name.closer] == ["A. Simone."]
    notes = structure(_block("F. E. Dzerzhinsky - A. I. Rykov", "[Dzerzhinsky]", "Support me.", "[Rykov]", "Yes."), REC)
    assert notes.kind == "note" and notes.both_text == "F. E. Dzerzhinsky and A. I. Rykov"


def test_a_dateline_opening_the_first_line_of_text_and_a_dateline_above_the_signature() -> None:
    doc = structure(_block("G. K. Ordzhonikidze to V. I. Lenin", "Tiflis, March 3, 1921. We received the order.",
                           "All is quiet.", "May 4", "Ordzhonikidze."), REC)
    assert [(u.role, u.text) for u in doc.opener] == [("dateline", "Tiflis, March 3, 1921.")]
    assert [u.text for u in doc.body] == ["We received the order.", "All is quiet."]
    assert [(u.role, u.text) for u in doc.closer] == [("closing-dateline", "May 4"), ("signed", "Ordzhonikidze.")]
    copy = structure(_block("A. B. Ivanov to C. D. Petrov", "Copy .", "Dear Comrade Petrov!", "Text."), REC)
    assert [u.role for u in copy.opener] == ["mark", "salute"]


def test_more_signature_shapes_of_real_pages() -> None:
    def closer_of(*lines: str) -> list[str]:
        return [u.text for u in structure(_block("I. V. Stalin to V. I. Lenin", "Text of the letter.", *lines),
                                          REC).closer]
    assert closer_of("Stalin, Minin, Voroshilov.") == ["Stalin, Minin, Voroshilov."]
    assert closer_of("Your Ios[if] 3") == ["Your Ios[if] 3"]
    assert closer_of("F.D. 2") == ["F.D. 2"]
    assert closer_of("Крепко обнимаю. Твой Сергей.") == ["Крепко обнимаю. Твой Сергей."]
    assert closer_of("Chief engineer of the works S. Gorelov.") == ["Chief engineer of the works S. Gorelov."]
    assert closer_of("Paris, London, Berlin.") == []


def test_an_address_line_of_several_sentences_is_not_a_signature() -> None:
    doc = structure(_block("L. M. Kaganovich to I. V. Stalin", "Was on the road.",
                           "Moscow. Central Committee of the party. Tov. Stalin 1 ."), REC)
    assert doc.closer == []


def test_salutes_and_closings_of_other_languages() -> None:
    doc = structure(_block(
        "Emil Welti an Alfred Escher",
        "Bern", "20. Juni 1870.", "Hochgeachteter Herr",
        "Der beifolgende Brief ist gestern gekommen.",
        "Mit freundschaftlicher Hochachtung", "Ihr", "E Welti", "BAR, J I.2",
    ), REC)
    assert [(u.role, u.text) for u in doc.opener] == [
        ("address", "Bern"), ("dateline", "20. Juni 1870."), ("salute", "Hochgeachteter Herr")]
    assert [(u.role, u.text) for u in doc.closer] == [
        ("closer-salute", "Mit freundschaftlicher Hochachtung"), ("closer-salute", "Ihr"), ("signed", "E Welti")]
    assert doc.postscript == [] and doc.citation is not None and doc.citation.text == "BAR, J I.2"


def test_a_formula_ending_its_line_stands_above_the_name() -> None:
    doc = structure(_block("TO HENRY ACLAND", "My dear Acland,", "I agree.", "Ever affectionately yours,",
                           "J. Ruskin.", "P.S. The drawings follow."), REC)
    assert doc.recipients_text == "HENRY ACLAND" and doc.senders_text is None
    assert [(u.role, u.text) for u in doc.closer] == [
        ("closer-salute", "Ever affectionately yours,"), ("signed", "J. Ruskin.")]
    assert [u.text for u in doc.postscript] == ["P.S. The drawings follow."]


def test_a_letter_without_heading() -> None:
    lines = [Line(i, t) for i, t in enumerate(["14 Gower Street, London", "My dear Brown,", "Many thanks.",
                                               "Yours ever,", "J. Smith"], start=1)]
    doc = structure(Block(number=None, heading=None, text=lines), REC)
    assert doc.heading == "" and doc.kind == "letter" and doc.head_units == []
    assert [u.role for u in doc.opener] == ["address", "salute"]
    assert doc.closer[-1].text == "J. Smith"


def test_lines_after_the_signature_a_closing_phrase_a_date_and_the_shelfmark() -> None:
    doc = structure(_block(
        "Arthur Schnitzler an Hermann Bahr", "Lieber Hermann,", "Ich komme morgen.",
        "Herzlich", "Ihr", "Arthur Sch", "mit vielen herzlichen Grüßen.", "Sonntg 15. 9. 95.",
        "Yale, Beinecke Rare Book and Manuscript Library, Yale Collection, GEN MSS 1143, Box 5",
    ), REC)
    assert [(u.role, u.text) for u in doc.closer] == [
        ("closer-salute", "Herzlich"), ("closer-salute", "Ihr"), ("signed", "Arthur Sch"),
        ("closer-salute", "mit vielen herzlichen Grüßen."), ("closing-dateline", "Sonntg 15. 9. 95.")]
    assert doc.postscript == []
    assert doc.citation is not None and doc.citation.text.startswith("Yale, Beinecke")


def test_a_full_name_under_the_last_sentence_is_the_signature() -> None:
    doc = structure(_block("Karl Kraus an Arthur Schnitzler", "Lieber Herr Doctor!", "Lesen Sie den Artikel.",
                           "Karl Kraus.", "Cambridge, University Library, Schnitzler, B 55"), REC)
    assert [(u.role, u.text) for u in doc.closer] == [("signed", "Karl Kraus.")]
    assert doc.citation is not None and doc.citation.text == "Cambridge, University Library, Schnitzler, B 55"


def test_metadata_lines_of_a_web_copy_stand_in_the_opener() -> None:
    doc = structure(_block(
        "To:   N. I. DOROFEEV",
        "Published: First published in 1931 in a miscellany of letters and papers of the time. Sent from Zurich.",
        "Source: Collected Works, Vol. 12, p. 41.", "March 3, 1911", "Dear Nikolai Ivanovich,", "Your parcel came.",
        "Yours ever,", "P. Volkov",
    ), REC)
    assert [u.role for u in doc.opener] == ["meta", "meta", "dateline", "salute"]


def test_an_eighteenth_century_closing_and_an_abbreviated_forename() -> None:
    doc = structure(_block("From Josiah Tuttle to Amos Fenwick, 20 February 1790", "Sir,", "I have your favor.",
                           "I am Sir Your most obedient Servant", "Jos: Tuttle", "ALS, MHi: Tuttle Papers, f. 14."), REC)
    assert [(u.role, u.text) for u in doc.closer] == [
        ("closer-salute", "I am Sir Your most obedient Servant"), ("signed", "Jos: Tuttle")]
    assert doc.citation is not None and doc.citation.text == "ALS, MHi: Tuttle Papers, f. 14."


def test_a_dealers_description_with_figures_above_the_salute_is_no_prose() -> None:
    """A line of a dealer's description (place, date, pages, format) holds many figures; only its
    words count against it, so the salute below it still opens the letter."""
    from teikit.convert.letter import _salute_ahead
    from teikit.model import Line

    lines = [Line(1, "Paris, le 3 mars 1905, 1 page in-12, en-tête du Théâtre de la Gaîté"),
             Line(2, "Prix : 280 €"), Line(3, "Cher ami,"), Line(4, "Merci des deux fauteuils.")]
    assert _salute_ahead(lines) == 2
    prose = [Line(1, "Le dramaturge remercie ici son correspondant pour l’envoi des deux places de la première."),
             Line(2, "Cher ami,")]
    assert _salute_ahead(prose) is None
