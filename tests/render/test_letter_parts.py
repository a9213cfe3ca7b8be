"""Parts of letters that `teikit convert` writes: marks and transmission lines, telegram addresses,
notes passed at a meeting, two signatures, footnote markers, an empty notes division."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.render import Renderer, RenderOptions

SOURCE = Path(__file__).resolve().parents[1] / "fixtures" / "render" / "telegram-and-meeting-notes.xml"


@pytest.fixture(scope="module")
def html() -> str:
    return Renderer(RenderOptions("html")).render_bytes(SOURCE.read_bytes(), str(SOURCE)).decode()


@pytest.fixture(scope="module")
def text() -> str:
    return Renderer(RenderOptions("text")).render_bytes(SOURCE.read_bytes(), str(SOURCE)).decode()


def test_opener_marks_transmission_and_address(html: str, text: str) -> None:
    assert '<div class="seg type-mark">SECRET.</div>' in html
    assert '<div class="seg type-transmission">Received on <time class="date" datetime="1921-05-05">5/V</time>.</div>' in html
    assert '<div class="addrLine">TOWN, TO THE <a class="orgName" href="#idx-bureau"' in html.split('<div class="address">')[1]
    assert "\nSECRET.\nReceived on 5/V.\nTOWN, TO THE BUREAU.\n" in text


def test_the_title_heading_is_not_repeated_but_the_number_is(html: str, text: str) -> None:
    main = html.split('<main class="text"')[1]
    assert '<h2 class="head type-number">No. 7</h2>' in main and "Telegram from" not in main
    assert text.count("Telegram from A. B. Sender to the Bureau") == 1


def test_notes_passed_at_a_meeting(html: str, text: str) -> None:
    speech = html.split('<div class="sp">')[1]
    assert speech.lstrip().startswith('<div class="speaker"><span class="supplied" title="supplied by the editors">[<a class="persName"')
    assert "\n\n[Sender]: Do you agree?\n\n[Cosigner]: Agreed.\n\n" in text


def test_two_signatures_on_two_lines(html: str, text: str) -> None:
    signed = html.split('<div class="signed">')[1].split("</div>")[0]
    assert signed.count("<br>") == 1 and signed.index("A. Sender") < signed.index("<br>") < signed.index("C. Cosigner")
    assert "\nA. Sender\nC. Cosigner\n" in text


def test_star_note_numbered_without_its_marker_and_no_empty_notes_division(html: str, text: str) -> None:
    assert 'standing<a class="noteref" id="noteref-1" href="#note-1" role="doc-noteref"><sup>1</sup></a> still' in html
    assert '<div class="note-body"> So in the document.</div>' in html
    assert "Notes:" not in html and "Notes:" not in text
    assert "\n[1] So in the document.\n" in text


def test_header_and_index(html: str, text: str) -> None:
    assert "ARCHIVE, f. 1, op. 2, d. 3, fol. 4" in html and "<dd>Telegram form</dd>" in html
    assert "Sender, Anton Borisovich (1890), railway commissar; Сендер" not in text  # one year is a birth
    assert "Sender, Anton Borisovich (b. 1890), railway commissar; Сендер\n" in text
    assert "C. D. Cosigner (unconfirmed)\n" in text
    assert '<li id="idx-bureau">' in html
