"""A converted document's date and place: from its dateline, heading, page and calendar."""

from __future__ import annotations

import pytest
from lxml import etree

from teikit.convert.run import Converter
from teikit.registers import load_registers
from teikit.xml import TEI_NS, parse_bytes

NS = {"t": TEI_NS}


@pytest.fixture(scope="module")
def converter() -> Converter:
    return Converter(load_registers())


def _sent(converter: Converter, text: str) -> tuple[etree._Element, list[str]]:
    page = converter.convert_text(text, "page.txt", "page")
    [(_name, data)] = page.files
    root = parse_bytes(data, "page.xml").getroot()
    return root.find(".//t:correspAction[@type='sent']", NS), page.report.warnings


def test_a_dateline_without_its_year_takes_it_from_the_page_navigation_and_says_so(converter):
    text = ("Briefe > 1904 > L041278\n\nHermann Bahr an Arthur Schnitzler\n\n28. 4\n\nLieber Arthur,\n\n"
            "ich komme morgen.\n\nDein Hermann\n")
    sent, warnings = _sent(converter, text)
    assert sent.find("t:date", NS).get("when") == "1904-04-28"
    assert any("'28. 4' read as 1904-04-28: the year is from the page's navigation" in w for w in warnings)


def test_a_heading_gives_date_place_and_the_century_of_a_two_digit_year(converter):
    text = ("Arthur Schnitzler an Hermann Bahr, Wien, 3. 11. 1893\n\nLieber Freund,\n\nich schreibe.\n\n"
            "Ihr Arthur Schnitzler\n\nWien 3. XI. 93.\n")
    sent, _ = _sent(converter, text)
    assert sent.find("t:date", NS).get("when") == "1893-11-03"
    place = sent.find("t:placeName", NS)
    assert (place.text, place.get("ref")) == ("Wien", "#vienna")


def test_a_dateline_after_the_signature_dates_the_letter(converter):
    text = ("Daniel Ecklin an Alfred Escher\n\nVerehrtester Herr!\n\nIch danke Ihnen.\n\nIhr\n\nD. Ecklin\n\n"
            "Zug den 5. Februar 1849.\n")
    sent, _ = _sent(converter, text)
    assert sent.find("t:date", NS).get("when") == "1849-02-05"
    assert sent.find("t:placeName", NS).text == "Zug"


def test_a_date_in_both_calendars_is_gregorian_with_the_julian_kept_and_declared(converter):
    text = "Ленин — Горькому\n\nПетроград, 25 октября (7 ноября) 1917 г.\n\nДорогой Алексей Максимович!\n\nВаш Ленин\n"
    page = converter.convert_text(text, "page.txt", "page")
    root = parse_bytes(page.files[0][1], "page.xml").getroot()
    date = root.find(".//t:correspAction[@type='sent']/t:date", NS)
    assert (date.get("when"), date.get("when-custom"), date.get("datingMethod")) == (
        "1917-11-07", "1917-10-25", "#julian")
    assert root.find(".//t:profileDesc/t:calendarDesc/t:calendar", NS).get(
        "{http://www.w3.org/XML/1998/namespace}id") == "julian"


@pytest.mark.parametrize(("heading", "place"), [
    ("Hermann Bahr an Arthur Schnitzler, Wien", ("Wien", "#vienna")),
    ("11. 5. 1921: Olga Schnitzler an Anna Bahr-Mildenburg, München", ("München", "#munich")),
    ("Hermann Bahr an Arthur Schnitzler, Sommerfrische", None),  # no registered place, no date after it
])
def test_the_place_a_heading_names_after_the_correspondents(converter, heading, place):
    text = f"{heading}\n\nLieber Freund,\n\nich schreibe Ihnen.\n\nIhr Hermann Bahr\n"
    sent, _ = _sent(converter, text)
    found = sent.find("t:placeName", NS) if sent is not None else None
    assert (None if found is None else (found.text, found.get("ref"))) == place
