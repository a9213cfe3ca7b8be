"""The plain text for print of a letter in the shape teikit writes."""

from __future__ import annotations

from teikit.render import Renderer, RenderOptions
from teikit.xml import parse_file
from tests.render.conftest import LETTER


def test_lines_fit_the_width_and_words_stay_whole(letter_text: str) -> None:
    lines = letter_text.splitlines()
    assert all(len(line) <= 60 for line in lines)
    assert "phenomenon[1]." in letter_text
    assert letter_text.endswith("\n") and "\n\n\n" not in letter_text


def test_header_block(letter_text: str) -> None:
    head = letter_text.split("-" * 60)[0]
    assert head.startswith("M. I. Kalinin to I. V. Stalin\n=============================\nM. I. Kalinin → I. V. Stalin\n")
    assert "Date:            [August 1924]\n" in head
    assert "Archive:         RTsKhIDNI, f. 78, op. 7, d. 210, fols 1-2\n" in head
    assert "Original:        Autograph\n" in head


def test_paragraphs_signs_and_letter_parts(letter_text: str) -> None:
    body = letter_text.split("-" * 60)[1]
    assert "\n\nSECRET.\n[August 1924]\nT. Stalin.\n\n" in body
    assert "the seven [were] simply" in body.replace("\n", " ")
    assert "one person [...] who" in body.replace("\n", " ")
    assert "group ⟦and⟧ \\or/ one" in body.replace("\n", " ")
    assert "predetermines" in body and "predeterines" not in body
    assert "faction[*]" in body
    assert "\n\nM. Kalinin\nMoscow\n\n" in body
    assert "Сталин и Зиновьев.[2]" in body


def test_notes_numbered_at_the_end_then_persons(letter_text: str) -> None:
    notes = letter_text.split("\nNotes\n\n")[1].split("\n\nPersons\n\n")[0]
    assert notes.startswith("[1] In connection with the intensification of the struggle\n    in the")
    assert "\n[2] The \"seven\"" in notes
    persons = letter_text.split("\n\nPersons\n\n")[1].split("\n\nOrganisations\n\n")[0].splitlines()
    assert persons[0] == "Kalinin, Mikhail (1875–1946); Калинин"  # spelling variants are left out
    assert "P. A. Lebedev (unconfirmed)" in persons
    assert [p.split(",")[0] for p in persons][-3:] == ["Stalin", "Trotsky", "Zinoviev"]


def test_deterministic_and_width_option() -> None:
    tree = parse_file(LETTER)
    first = Renderer(RenderOptions("text")).render(tree, "x")
    assert first == Renderer(RenderOptions("text")).render(parse_file(LETTER), "x")
    assert max(map(len, first.decode().splitlines())) == 72  # the rule under the header
    narrow = Renderer(RenderOptions("text", width=30)).render(tree, "x").decode()
    # a word that cannot fit beside the hanging indent goes below its label; words are never broken
    assert all(len(line) <= 30 or len(line.split()) == 1 for line in narrow.splitlines())
    assert "\nCitation:\nRTSKHIDNI." in narrow
    assert "\n\nOrganisations\n\nCentral Committee; ЦК РКП(б)\n\nPlaces\n\nMoscow; Москва\n" in first.decode()
