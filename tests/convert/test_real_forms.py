"""Pages in the forms real web editions and scanned volumes give: the writer named by the site's
title or metadata, a writer's initials in the heading, the place on a line above the date."""

from __future__ import annotations

import pytest
from lxml import etree

from teikit.convert.dates import place_above_date
from teikit.convert.run import Converter
from teikit.registers import load_registers
from teikit.xml import TEI_NS, parse_bytes

NS = {"t": TEI_NS}


@pytest.fixture(scope="module")
def converter() -> Converter:
    return Converter(load_registers())


def _sent(converter: Converter, lines: list[str]) -> etree._Element:
    page = converter.convert_text("\n".join(lines), "page.txt", "page")
    [root] = [parse_bytes(data, name).getroot() for name, data in page.files]
    return root.find(".//t:correspAction[@type='sent']", NS)


def _text(el: etree._Element | None) -> str | None:
    return None if el is None else " ".join("".join(el.itertext()).split())


def test_a_heading_naming_only_the_recipient_takes_the_writer_from_the_sites_title(converter: Converter) -> None:
    sent = _sent(converter, [
        "Hale Correspondence Project", "",
        "To J. Pell   [4 May 1851]", "",
        "Dear Pell", "",
        "The box went off this morning by the carrier; you shall have it on Monday.",
    ])
    assert _text(sent.find("t:persName", NS)) == "Hale"
    assert sent.find("t:date", NS).get("when") == "1851-05-04"


def test_the_writers_initials_in_the_heading_are_the_writer_the_site_is_about(converter: Converter) -> None:
    sent = _sent(converter, [
        "Contents & Search", "    List of Correspondents", "1870    1872", "",
        "Emily Anne Vance Letters of 1871", "", "",
        "EAV to John Pell", "",
        "12 May 1871", "",
        "Dear Mr. Pell", "",
        "Your parcel came safely, and I thank you for it with all my heart.",
    ])
    assert _text(sent.find("t:persName", NS)) == "Emily Anne Vance"


def test_a_sites_metadata_gives_writer_and_recipient_in_natural_order(converter: Converter) -> None:
    page = converter.convert_text("\n".join([
        "From: Hale, Nathan", "To: Pell, John", "",
        "Dear Sir,", "Boston 4th May 1771", "",
        "I received your letter of the first and shall answer it at length when the ship is in.",
    ]), "page.txt", "page")
    [root] = [parse_bytes(data, name).getroot() for name, data in page.files]
    received = root.find(".//t:correspAction[@type='received']", NS)
    assert _text(received.find("t:persName", NS)) == "John Pell"
    assert _text(root.find(".//t:correspAction[@type='sent']/t:persName", NS)) == "Nathan Hale"


@pytest.mark.parametrize("first, second, place", [
    ("Kew", "July 2d. /66.", "Kew"),
    ("Oak Hill", "4th 11th Mo. 1859", "Oak Hill"),
    ("Darmstadt,", "den 18. November 1871.", "Darmstadt"),
])
def test_the_place_on_a_line_above_the_date(converter: Converter, first: str, second: str, place: str) -> None:
    sent = _sent(converter, [
        "From J. Pell", "", first, "", second, "", "Dear Hale", "",
        "The box went off this morning by the carrier; you shall have it on Monday.",
    ])
    assert _text(sent.find("t:placeName", NS)) == place


@pytest.mark.parametrize("text, below, is_dateline, found", [
    ("Kew", "July 2d. /66.", True, "Kew"),
    ("Down House", "Friday Evening", False, "Down House"),
    ("Darmstadt,", "den 18. November 1871.", True, "Darmstadt"),
    ("Kew", "Dear Hale", False, None),  # no date below
    ("Kew", "Bath, May 4, 1851.", True, None),  # the dateline names its own place
    ("Herr Dr. Weber", "den 18. November 1871.", True, None),  # an address, not a place
])
def test_place_above_date(text: str, below: str, is_dateline: bool, found: str | None) -> None:
    span = place_above_date(text, below, is_dateline)
    assert (text[slice(*span)] if span else None) == found


def test_the_volume_and_pages_under_a_printed_sources_title_belong_to_the_collection(converter: Converter) -> None:
    page = converter.convert_text("\n".join([
        "Главная | Письма | Стихи", "",
        "Орлов П. С. Письмо Иванову И. И., 3 мая 1910 г. Москва // Орлов П. С. Собрание сочинений: В 5 т. — М., 1990—1995.",
        "", "Т. 4. Письма. — 1994. — С. 112—113.", "",
        "И. И. ИВАНОВУ", "", "3 мая 1910 г. Москва", "",
        "Дорогой Иван Иванович!", "",
        "Посылаю Вам обещанную книгу и прошу вернуть её к осени.",
    ]), "page.txt", "page")
    [root] = [parse_bytes(data, name).getroot() for name, data in page.files]
    assert "С. 112—113" in _text(root.find(".//t:sourceDesc/t:bibl[@type='collection']", NS))
    assert page.report.furniture == ["Главная | Письма | Стихи"]
    assert _text(root.find(".//t:correspAction[@type='sent']/t:persName", NS)) == "Орлов П. С."


def test_a_letterheads_words_before_a_registered_place_are_left_out_of_the_place(converter: Converter) -> None:
    sent = _sent(converter, [
        "Karl Meier an Otto Brandt, 4. 5. 1899", "",
        "Neue Freie Presse Wien, 4. Mai 1899", "",
        "Lieber Freund!", "",
        "Ich schicke Dir heute die Fahnen zurück und bitte um baldige Antwort.",
    ])
    assert _text(sent.find("t:placeName", NS)) == "Wien"
    assert sent.find("t:placeName", NS).get("ref") == "#vienna"


@pytest.mark.parametrize("title, heading, writer", [
    ("Kitap oku: «Briefwechsel zwischen Brandt und Weber», sayfa 2", "28. An Weber.", "Brandt"),
    ("The Correspondence of Pell and Hale, vol. 2", "LETTER 12. TO HALE.", "Pell"),
])
def test_a_letter_of_a_correspondence_of_two_is_from_the_one_it_is_not_addressed_to(
        converter: Converter, title: str, heading: str, writer: str) -> None:
    sent = _sent(converter, [title, heading, "Jena, den 3. December 1804.",
                             "Da ich eben einen Brief von Cotta erhalte, bitte ich Sie, mir die Erzählungen zu übersenden."])
    assert _text(sent.find("t:persName", NS)) == writer


def test_the_correspondents_a_title_names() -> None:
    from teikit.convert.segment import _correspondents

    assert _correspondents(["Correspondance entre George Sand et Gustave Flaubert"]) == ("George Sand", "Gustave Flaubert")
    assert _correspondents(["Letters of John Pell"]) is None


def test_a_date_the_editors_doubt_in_brackets_is_supplied(converter: Converter) -> None:
    sent = _sent(converter, ["From J. Pell   [27 February 1865?]1", "", "Dear Hale", "",
                             "I shall leave town by the 4 o'clock train on Saturday, and walk from the station."])
    assert sent.find("t:date", NS).get("when") == "1865-02-27"
    assert sent.find("t:date", NS).get("evidence") == "conjecture" or sent.find("t:date/t:supplied", NS) is not None


def test_a_sites_label_is_no_place_and_a_later_dateline_refines_its_year(converter: Converter) -> None:
    sent = _sent(converter, ["Letter from Ann Pell to John Hale, 1844", "", "Date: 1844", "", "[Page One]", "",
                             "December 19th, 1844", "", "Most beloved love,", "",
                             "If I asked myself whether I could write to thee this evening, I should say no."])
    assert sent.find("t:placeName", NS) is None
    assert sent.find("t:date", NS).get("when") == "1844-12-19"
