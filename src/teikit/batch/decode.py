"""Raw text from bytes: the encoding given, else UTF-8 (with or without BOM), UTF-16, or a Cyrillic code page.

Characters XML cannot hold (NUL, ESC and the other control characters but tab
and line ends) are dropped, and the note says which and where.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, field

from teikit.errors import InputError

# Code pages guessed when a text is not UTF-8: the two common for Russian.
CYRILLIC_CODEPAGES = ("cp1251", "koi8_r")

MIN_EVIDENCE = 8  # bytes above ASCII needed before a code page is guessed

# ASCII's names of its control characters, by code.
C0_NAMES = ("NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI "
            "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US").split()

NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass
class Text:
    """Decoded text, the encoding it was read in, and notes for the report."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def check_encoding(name: str) -> str:
    """The codec's canonical name; an unknown encoding is an InputError (exit status 2)."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise InputError(f"--encoding {name}: unknown encoding") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16LE or BE when every other byte of the start is NUL, as in ASCII-range text."""
    head = data[:4096]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _cyrillic_score(text: str) -> float:
    """How much a text reads as Russian: its share of lower-case Cyrillic among its letters above ASCII."""
    letters = [c for c in text if ord(c) > 127 and c.isalpha()]
    if not letters:
        return 0.0
    lower = sum(1 for c in letters if "\u0430" <= c <= "\u044f" or c == "\u0451")
    return lower / len(letters)


def _cyrillic(data: bytes) -> str | None:
    """The Cyrillic code page that reads data as Russian text, if one clearly does."""
    high = [i for i, b in enumerate(data) if b > 127]
    if len(high) < MIN_EVIDENCE:
        return None
    runs = sum(1 for i in high if i + 1 < len(data) and data[i + 1] > 127)
    if runs < 0.5 * len(high):
        return None  # isolated accented letters: a Latin text, not Cyrillic words
    scored = []
    for name in CYRILLIC_CODEPAGES:
        try:
            scored.append((_cyrillic_score(data.decode(name)), name))
        except UnicodeDecodeError:
            continue
    best = max(scored, default=(0.0, ""))
    return best[1] if best[0] >= 0.6 else None


def _strip_unallowed(text: str) -> tuple[str, list[str]]:
    found = NOT_IN_XML.findall(text)
    if not found:
        return text, []
    lines = sorted({text.count("\n", 0, m.start()) + 1 for m in NOT_IN_XML.finditer(text)})
    names = Counter(C0_NAMES[ord(c)] if ord(c) < len(C0_NAMES) else f"U+{ord(c):04X}" for c in found)
    kinds = ", ".join(f"{name} x{count}" for name, count in sorted(names.items()))
    where = ", ".join(map(str, lines[:10])) + (" ..." if len(lines) > 10 else "")
    note = f"dropped {len(found)} character(s) XML cannot hold ({kinds}) on line(s) {where}"
    return NOT_IN_XML.sub("", text), [note]


def decode(data: bytes, where: str, encoding: str | None = None) -> Text:
    """Decode the bytes of a raw page; InputError (naming where) when no encoding reads them."""
    notes: list[str] = []
    if encoding:
        name = check_encoding(encoding)
        try:
            text = data.decode(name)
        except UnicodeDecodeError as err:
            raise InputError(f"{where}: not {name} text (byte {err.start})") from None
        text = text.removeprefix("\ufeff")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE):
        name, text = "utf-16", _decode_or_fail(data, "utf-16", where)
        notes.append("read as UTF-16 (byte-order mark)")
    elif (guess := _utf16_without_bom(data)) is not None:
        name, text = guess, _decode_or_fail(data, guess, where)
        notes.append(f"read as {guess.upper()} (detected; --encoding chooses another)")
    else:
        try:
            name, text = "utf-8", data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            guess = _cyrillic(data)
            if guess is None:
                raise InputError(f"{where}: not UTF-8 text (byte {err.start}) and no Cyrillic code page reads it: "
                                 "give its encoding with --encoding (e.g. cp1251, koi8-r, latin-1)") from None
            name, text = guess, data.decode(guess)
            notes.append(f"read as {guess.replace('_', '-').upper()} (detected; not UTF-8; --encoding chooses another)")
    text, dropped = _strip_unallowed(text)
    return Text(text, name, notes + dropped)


def _decode_or_fail(data: bytes, name: str, where: str) -> str:
    try:
        return data.decode(name).removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        raise InputError(f"{where}: not {name} text (byte {err.start})") from None
