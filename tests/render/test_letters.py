"""The bundled letter as `teikit convert` writes it (tei/letters), rendered to HTML and text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from teikit.render import Renderer, RenderOptions
from tests.render.page import read_page

BUNDLED = Path(__file__).resolve().parents[2] / "tei" / "letters" / "kalinin-stalin-1924-08.xml"


@pytest.fixture(scope="module")
def html() -> str:
    return Renderer(RenderOptions("html")).render_bytes(BUNDLED.read_bytes(), str(BUNDLED)).decode()


@pytest.fixture(scope="module")
def text() -> str:
    return Renderer(RenderOptions("text")).render_bytes(BUNDLED.read_bytes(), str(BUNDLED)).decode()


def fields(html: str) -> dict[str, str]:
    """The header's label → value, tags stripped."""
    pairs = re.findall(r'<dt lang="en">(.*?)</dt><dd>(.*?)</dd>', html.split("</header>")[0])
    return {label: re.sub(r"<[^>]+>", "", value) for label, value in pairs}


def test_header_fields(html: str) -> None:
    assert '<h1 class="doc-title">M. I. Kalinin to I. V. Stalin</h1>' in html
    found = fields(html)
    assert found["Date"] == "[August 1924]"  # a conjectured date is bracketed
    assert found["Archive"].startswith("RTsKhIDNI, f. 78, op. 7, d. 210, fols 1-2 (Moscow, 1991-1999;")
    assert found["Original"] == "Autograph"
    assert found["Citation"] == "RTSKHIDNI. F. 78. Op. 7. D. 210. L. 1-2. Autograph."
    # the collection's bibl is running text: it is shown as printed, its editors linked to the index
    assert found["Printed in"] == ("Bolshevik leadership Correspondence. 1912-1927 Collection of documents 1996. "
                                   "Compiled by: A.V.Kvashonkin, L.P.Kosheleva, L.A.Rogovaya, O.V.Khlevnyuk.")
    assert 'href="#idx-khlevnyuk"' in html.split("</header>")[0]


def test_the_text_starts_after_the_header_without_repeating_the_title(html: str) -> None:
    main = html.split('<main class="text"')[1].split("</main>")[0]
    assert "Kalinin to I. V. Stalin" not in main
    assert "Notes:" not in html  # the empty notes division of the back matter shows nothing


def test_footnote_number_replaces_the_printed_marker(html: str, text: str) -> None:
    assert html.count('class="noteref"') == 1
    note = html.split('<li id="note-1">')[1].split("</li>")[0]
    assert re.search(r'<div class="note-body">In connection with the intensification', note)
    assert ">one<" not in note and "oneIn" not in html
    assert "\n[1] In connection with the intensification" in text and "oneIn" not in text


def test_marker_without_a_note_is_shown_without_a_link(html: str, text: str) -> None:
    assert 'faction <sup class="note-marker-orphan" title="note marker without a note">*</sup>, but' in html
    assert "faction [*], but" in text.replace("\n", " ")


def test_person_index_from_the_register_entries(html: str, text: str) -> None:
    page = read_page(html)
    assert set(h[1:] for h in page.hrefs if h.startswith("#")) <= set(page.ids)
    index = html.split('<section class="index"')[1]
    stalin = index.split('<li id="idx-stalin">')[1].split("</li>")[0]
    assert '<span class="idx-name">Stalin, Iosif Vissarionovich</span>' in stalin
    assert '<span class="idx-dates"> (1878–1953)</span>' in stalin
    assert '<span class="idx-occupation">General Secretary of the Central Committee</span>' in stalin
    assert [v for v in re.findall(r'class="idx-variant">([^<]+)<', stalin)] == ["Koba", "Soso", "Сталин"]
    assert 'href="https://www.wikidata.org/wiki/Q855"' in stalin
    assert stalin.count("↑") == 7  # correspondent, salutation, four times in note 1, last paragraph
    assert "Comrade Stalin" not in index  # spelling variants only repeat the main name
    persons = text.split("\n\nPersons\n\n")[1]
    assert "Khlevnyuk, Oleg Vitalyevich (b. 1959), historian, compiler; Хлевнюк" in persons


@pytest.mark.parametrize(("lang", "words"), [
    ("de", ["<dt lang=\"de\">Datum</dt>", "<dt lang=\"de\">Archiv</dt>", "<h2>Anmerkungen</h2>", "<h2>Register</h2>",
            "<h3>Personen</h3>", "zurück zum Text"]),
    ("it", ["<dt lang=\"it\">Data</dt>", "<dd>Autografo</dd>", "<h2>Note</h2>", "<h3>Persone</h3>"]),
    ("ru", ["<dt lang=\"ru\">Дата</dt>", "ф. 78, оп. 7, д. 210, л. 1-2", "<h2>Примечания</h2>", "<h3>Лица</h3>"]),
    ("fr", ["<dt lang=\"fr\">Date</dt>", "<h3>Personnes</h3>", "Autographe"]),
    ("la", ["<dt lang=\"en\">Date</dt>", "<h3>Persons</h3>"]),  # no labels in Latin: English
])
def test_labels_follow_the_language_of_the_document(lang: str, words: list[str]) -> None:
    source = BUNDLED.read_bytes().replace(b'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">',
                                          f'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="{lang}">'.encode())
    page = Renderer(RenderOptions("html")).render_bytes(source, f"{lang}.xml").decode()
    for word in words:
        assert word in page


def test_labels_from_a_declared_language_code_and_in_text() -> None:
    source = (BUNDLED.read_bytes().replace(b' xml:lang="en">', b">", 1)
              .replace(b'<language ident="en">English</language>', b'<language ident="deu">Deutsch</language>'))
    text = Renderer(RenderOptions("text")).render_bytes(source, "deu.xml").decode()
    assert "\nDatum:           [August 1924]\n" in text
    assert "\nGedruckt in:     Bolshevik" in text
    assert "\n\nAnmerkungen\n\n[1] In connection" in text and "\n\nPersonen\n\n" in text
    assert "Khlevnyuk, Oleg Vitalyevich (geb. 1959)" in text
