"""Raw text from bytes: encodings given, detected or refused; characters XML cannot hold dropped and noted."""

from __future__ import annotations

import pytest

from teikit.batch.decode import decode
from teikit.errors import InputError

RUSSIAN = "Дорогой товарищ Сталин! Посылаю вам письмо о хлебе и о посевной кампании.\n"


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_cyrillic_code_pages_are_detected_and_noted(codec: str) -> None:
    text = decode(RUSSIAN.encode(codec), "p.txt")
    assert text.text == RUSSIAN and text.encoding == codec
    assert text.notes == [f"read as {codec.replace('_', '-').upper()} (detected; not UTF-8; --encoding chooses another)"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_byte_order_mark(codec: str) -> None:
    text = decode(("Letter to Stalin\n" + RUSSIAN).encode(codec), "p.txt")
    assert text.text == "Letter to Stalin\n" + RUSSIAN and text.notes


def test_utf8_with_bom_is_plain_and_unnoted() -> None:
    text = decode(b"\xef\xbb\xbf" + RUSSIAN.encode(), "p.txt")
    assert (text.text, text.encoding, text.notes) == (RUSSIAN, "utf-8", [])


def test_latin1_is_not_guessed_but_can_be_given() -> None:
    data = "Chère Madame, je vous écris de Zürich.\n".encode("latin-1")
    with pytest.raises(InputError, match=r"p.txt: not UTF-8 text \(byte 2\).*--encoding"):
        decode(data, "p.txt")
    assert decode(data, "p.txt", "latin-1").text.startswith("Chère")


def test_a_wrong_or_unknown_encoding_given_is_one_clear_error() -> None:
    with pytest.raises(InputError, match=r"p.txt: not ascii text \(byte 0\)"):
        decode(RUSSIAN.encode(), "p.txt", "ascii")
    with pytest.raises(InputError, match="--encoding klingon: unknown encoding"):
        decode(b"x", "p.txt", "klingon")


def test_nul_esc_and_other_controls_are_dropped_and_noted() -> None:
    text = decode(b"first\x00 line\n\x1b[1msecond\x0c\tline\r\n", "p.txt")
    assert text.text == "first line\n[1msecond\tline\r\n"
    assert text.notes == ["dropped 3 character(s) XML cannot hold (ESC x1, FF x1, NUL x1) on line(s) 1, 2"]
