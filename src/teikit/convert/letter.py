"""The parts of one document: heading, opener, body, closer, postscript, citation, notes.

Works on the lines of a document block (see ``segment``). What a line is comes
from the pattern tables; whether a line is a date line or a signature is asked
of the recognisers passed in, so this module holds no grammar of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from teikit.convert import closing, lexicon, patterns
from teikit.convert.dates import place_line
from teikit.convert.notes import MarkerFinder, parse_notes
from teikit.convert.profile import NO_PROFILE, Profile
from teikit.convert.segment import Block
from teikit.model import Document, Line, Note, Unit

KINDS = {
    "telegram_to": "telegram", "telegram_from": "telegram", "telegram_pair": "telegram",
    "sender_telegram": "telegram", "telegram_recipient": "telegram",
    "letter_from_to": "letter", "letter_to": "letter", "letter_pair": "letter", "note": "note",
    "minutes": "other", "from_": "letter", "to_only": "letter", "to_body": "letter", "to_dative": "letter", "to": "letter", "an": "letter", "dash": "letter",
    "profile-heading": "letter", "catalogue": "letter",
}
# A year, or a day, month and year in figures ("6. 6. 22", "14/III 1922"): a dateline's shape,
# whether or not the date grammar reads the line.
DATED = re.compile(r"\b1[5-9]\d\d\b|\b\d{1,2}\s*[./]\s*(?:\d{1,2}|[IVX]{1,4})\s*[./]?\s*\d{2,4}\b")
# The letter described as a source below it: "X. Letter to Y. Written c. 26 July 1888 in Arles.".
SOURCE_OF_LETTER = re.compile(rf"\.\s+(?i:{lexicon.alternation('document_kind')})\s+(?:to|an|à|к)\s+[^.]+\.\s+\S.*\b1[5-9]\d\d\b")
# A day and a month in figures, the year left out: "7 VI.", "12/3", "3. XI".
DAY_AND_MONTH = re.compile(r"\d{1,2}\s*[./]?\s*(?:\d{1,2}|[IVX]{1,4})\s*\.?")
# A sentence that only mentions "your ..." ("I have your favor."), not a closing.
SENTENCE_OF_YOURS = re.compile(r"\b[Yy]our\s+[a-z]+\.$")
TELEGRAM_WORD = re.compile(r"\b(?:telegram|telegramm|télégramme|телеграмма)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Recognisers:
    """What the structure needs to know about a line, from the date and name grammars."""

    is_dateline: Callable[[str], bool]
    is_person: Callable[[str], bool]
    is_place: Callable[[str], bool]
    opening_dateline: Callable[[str], int | None]


def _unit(role: str, line: Line, n: str | None = None, rule: str = "") -> Unit:
    return Unit(role, line.stripped, line.number, n, rule=rule)


def _heading(block: Block, profile: Profile) -> tuple[str, dict[str, str | None]]:
    """The kind of document and who wrote to whom, as its heading says."""
    if block.editorial:
        return "other", {}
    if block.heading is None:
        return "letter", {}
    text = block.heading.stripped
    taught = profile.heading(text)
    if taught:
        name, groups = "profile-heading", taught.groupdict()
    else:
        hit = patterns.heading_match(text)
        if hit is None:
            return "other", {}
        name, groups = hit[0], hit[1].groupdict()
    kind = "telegram" if KINDS[name] == "letter" and TELEGRAM_WORD.search(text) else KINDS[name]
    if name == "catalogue":
        groups["senders"] = patterns.natural_order(groups["senders"])
    elif patterns.META_LINE.fullmatch(text):  # "To: McHenry, James", "From: Washington, George"
        groups = {k: patterns.natural_order(v) if v and patterns.INVERTED_NAME.fullmatch(v) else v
                  for k, v in groups.items()}
    return kind, {k: groups.get(k) for k in ("senders", "recipients", "both", "pair")}


def _is_transmission(text: str) -> bool:
    """A telegram's filing or receipt line: "Filed from Moscow 13/I-26"."""
    return patterns.match(patterns.TRANSMISSION, text) is not None and len(text.split()) <= 14


PLACE_OF_RECIPIENT = re.compile(r"(?:IN|In|À|A|AN|An|NACH|Nach|В|Во)\s+[A-ZА-ЯЁ][^.!?]{1,40}")


def _is_address(text: str, kind: str) -> bool:
    if PLACE_OF_RECIPIENT.fullmatch(text) and len(text.split()) <= 5:
        return True  # "IN ZURICH" below "ENGELS TO KARL KAUTSKY"
    letters = [c for c in text if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8
    if upper and "," in text and len(text.split()) <= 14:
        return True
    return kind == "telegram" and len(text.split()) <= 14 and ("," in text or " to " in text.lower())


def _opener(lines: list[Line], kind: str, rec: Recognisers) -> tuple[list[Unit], list[Line]]:
    """The lines before the text (marks, transmission and address lines, datelines, the salute),
    and the lines after them. A dateline that opens the first line of text is split off it."""
    units, start = _opener_lines(lines, kind, rec)
    rest = lines[start:]
    if rest and not any(u.role in ("dateline", "salute") for u in units):
        cut = rec.opening_dateline(rest[0].stripped) or _dateline_sentence(rest[0].stripped, rec)
        if cut is not None:
            first = rest[0].stripped
            units.append(Unit("dateline", first[:cut].strip(), rest[0].number, rule="dateline-opening-text"))
            rest = [Line(rest[0].number, first[cut:].strip()), *rest[1:]]
    if rest and not any(u.role == "salute" for u in units):
        lead = patterns.SALUTE_LEAD.match(rest[0].stripped)
        if lead:  # "Lieber Freund! Besten Dank ...": the salute opens the first line of text
            first = rest[0].stripped
            units.append(Unit("salute", first[:lead.end()].strip(), rest[0].number, rule="salute-opening-text"))
            rest = [Line(rest[0].number, first[lead.end():].strip()), *rest[1:]]
    return units, rest


def _dated_address(text: str, rec: Recognisers) -> bool:
    """A dateline and the writer's address after it on one line ("Berlin-Charlottenburg, den
    7/5 1931. Kaiserdamm 15 Telephon: Westend 1234"), not a dated postscript ("14/IX. The post
    office did not accept the parcel")."""
    cut = _dateline_sentence(text, rec)
    return cut is not None and sum(w[:1].islower() for w in text[cut:].split()) <= 2


def _dateline_sentence(text: str, rec: Recognisers) -> int | None:
    """Where a dateline of a few words that opens a line of text ends ("Jena, den 3. März 1795.
    Lieber Freund, ..."), when a salute or a sentence follows it; None if no such dateline."""
    for brk in re.finditer(r"(?<=[.!?])\s+(?=[{0}])".format(patterns.UPPER), text):
        head = text[:brk.start()]
        if len(head.split()) > 8:
            return None
        if rec.is_dateline(head):
            return len(head)
    return None


def _salute_ahead(lines: list[Line]) -> int | None:
    """Where the salute stands when short lines (an address, a dateline, one letterhead) come
    before it."""
    long_lines = 0
    for i, line in enumerate(lines[:10]):
        text = patterns.TRAILING_MARKER.sub("", line.stripped)
        if patterns.is_salute(text) and patterns.match(patterns.SALUTE, text)[0] == "formula":  # type: ignore[index]
            return i
        if sum(any(c.isalpha() for c in w) for w in line.stripped.split()) > 12 \
                and not patterns.META_LINE.fullmatch(line.stripped):  # prose: words, not figures
            long_lines += 1
            glued = re.search(rf"[{patterns.LOWER})]\.[{patterns.UPPER}]", line.stripped)
            if long_lines > 1 or i >= 3 or patterns.SENTENCE_BREAK.search(line.stripped) \
                    or line.stripped.endswith((".", "!", "?")) and not glued:
                return None  # prose; a letterhead runs its words together ("par jour.Paris") or ends in none
    return None


def _opener_lines(lines: list[Line], kind: str, rec: Recognisers) -> tuple[list[Unit], int]:
    ahead = _salute_ahead(lines)
    if ahead is not None:  # everything above a salute is the opener's: datelines and addresses
        units = [_unit(_head_role(ln.stripped, kind, rec), ln, rule="above-salute") for ln in lines[:ahead]]
        units.append(_unit("salute", lines[ahead], rule="salute-formula"))
        after = lines[ahead + 1].stripped if ahead + 1 < len(lines) else ""
        if after and rec.is_dateline(after) and ahead + 2 < len(lines):  # a dateline after the salute
            units.append(_unit("dateline", lines[ahead + 1], rule="date-after-salute"))
            return units, ahead + 2
        return units, ahead + 1
    units: list[Unit] = []
    for i, line in enumerate(lines):
        text = line.stripped
        bare = patterns.TRAILING_MARKER.sub("", text)
        following = lines[i + 1].stripped if i + 1 < len(lines) else ""
        if patterns.match(patterns.MARK, text):
            units.append(_unit("mark", line, rule="mark"))
        elif _is_transmission(text):
            units.append(_unit("transmission", line, rule="transmission-line"))
        elif rec.is_dateline(text):
            units.append(_unit("dateline", line, rule="date-grammar"))
        elif patterns.SPEAKER.fullmatch(text):
            return units, i
        elif kind == "telegram" and _is_telegram_address(text) and i + 1 < len(lines):
            units.append(_unit("address", line, rule="telegram-address"))
        elif patterns.is_salute(bare) or rec.is_person(bare.rstrip(".!")):
            units.append(_unit("salute", line, rule="salute-or-person"))
            return units, i + 1
        elif _is_address(text, kind):
            units.append(_unit("address", line, rule="address-shape"))
        elif _is_place_line(text, rec, after_date=bool(units) and units[-1].role == "dateline",
                            before_salute=patterns.is_salute(patterns.TRAILING_MARKER.sub("", following))):
            units.append(_unit("dateline", line, rule="place-line"))
        else:
            return units, i
    return units, len(lines)


def _head_role(text: str, kind: str, rec: Recognisers) -> str:
    """The role of a short line above the salute."""
    if patterns.META_LINE.fullmatch(text) and not rec.is_dateline(text):
        return "meta"
    if patterns.match(patterns.MARK, text):
        return "mark"
    if _is_transmission(text):
        return "transmission"
    if rec.is_dateline(text) or place_line(text) is not None or (DATED.search(text) and len(text.split()) <= 8):
        return "dateline"
    return "address"


def _is_place_line(text: str, rec: Recognisers, *, after_date: bool, before_salute: bool) -> bool:
    """A place standing alone above the text ("Moscow."): a registered place, or a place-like
    line below a date or right above the salute."""
    if rec.is_person(text.rstrip(".")) or place_line(text) is None:
        return False
    return rec.is_place(text.rstrip(".")) or after_date or before_salute


def _is_telegram_address(text: str) -> bool:
    """A telegram's address: capitals with commas, "Moscow - the Kremlin, only to Lenin.", "Only Lenin."."""
    return _is_address(text, "telegram") or (len(text.split()) <= 4 and text.endswith(".")
                                             and not patterns.SENTENCE_END.search(text[:-1]))


def _signature_kind(text: str, heading: str, rec: Recognisers, *, lead: bool = True) -> str | None:
    """'signed' for a signature line, 'formula' for a closing formula alone, else None.

    A signature is a name, after an optional closing formula, possessive
    ("your"), office ("Secretary of the uezd committee") or short closing
    sentence ("I shake your hand.", one at most), or an office alone.
    """
    text = patterns.TRAILING_MARKER.sub("", text)
    if len(text.split()) > 14 or text.endswith(("?", "!")) and not text.endswith("!."):
        return None
    cut = _dateline_after_name(text, rec)
    if cut < len(text):  # "G. Sand. Paris Vendredi.": the name before the place decides
        return "signed" if _signature_kind(text[:cut], heading, rec) == "signed" else None
    formula, bar, name = text.rpartition(" | ")  # "Most truly yours | C. Darwin": the lines of the original
    if bar and _signature_kind(formula, heading, rec) == "formula" and _is_name_line(name):
        return "signed"
    formula = patterns.CLOSING_FORMULA.match(text)
    rest = text[formula.end():].strip() if formula else text
    if formula and (not rest or len(text.split()) <= 8 and not re.search(r"[A-ZА-ЯЁ]", rest)
                    or len(rest.split()) <= 4 and patterns.SALUTE_OPENING.match(rest) and rest.endswith(",")):
        return "formula"  # "Yours,", "Je vous embrasse bien fort.", "I remain, dear Sir,"
    if patterns.RELATION_SIGNATURE.fullmatch(text):
        return "signed"  # "Your Lovingest Husband.", "Dein treuer Freund"
    if closing.formula_line(text):
        return "formula"  # "Ihr aufrichtig ergebener", "Immer Ihr", "Deines"
    if closing.possessive_signature(text):
        return "signed"  # "Dein tr. Alfred", "Your loving brother, Pieter"
    if lead and (patterns.CLOSING_LINE_END.fullmatch(text) or patterns.CLOSING_PHRASE.fullmatch(text)) \
            and len(text.split()) <= 8 and not patterns.NAME_AT_END.search(text) and not SENTENCE_OF_YOURS.search(text):
        return "formula"  # "Ever affectionately yours,", "Wie immer Ihr", "In alter Freundschaft"
    rest = patterns.SIGNATURE_POSSESSIVE.sub("", rest, count=1) if formula or rest[:1].islower() else rest
    if patterns.TITLE_SIGNATURE.fullmatch(rest.rstrip(".")) and not patterns.NAME_AT_END.search(rest):
        return "signed"
    named = patterns.NAME_AT_END.search(rest)
    if named:
        before = patterns.TRAILING_POSSESSIVE.sub("", rest[:named.start()].strip())
        closing_sentence = before.endswith((".", ",", "!")) and len(before.split()) <= 6
        if not before or patterns.TITLE_WORDS.match(before) or closing_sentence \
                or (formula and len(before.split()) <= 4):
            return "signed"
    hit = patterns.match(patterns.SIGNATURE, rest)
    if hit is None:
        sentence = patterns.CLOSING_SENTENCE.match(text) if lead else None  # "Крепко обнимаю. Твой Сергей."
        return _signature_kind(text[sentence.end():], heading, rec, lead=False) if sentence else None
    if hit[0] in ("initials", "surname_first", "initials_only", "initial"):
        return "signed"
    names = [w.rstrip(".") for w in re.split(r"\s*(?:,|\band\b|\bи\b)\s*", rest) if w.strip(" .")]
    known = [w for w in names if w.lower() in heading.lower() or rec.is_person(w)]
    if known and (hit[0] == "names" or len(names) == 1) or (formula and hit[0] in ("lone", "bare")):
        return "signed"
    return None



def _is_name_line(text: str) -> bool:
    """A line that is only a name, as under a closing formula: "Gve Flaubert.", "J. Smith", "F. E."."""
    bare = patterns.TRAILING_MARKER.sub("", text)
    return (patterns.match(patterns.SIGNATURE, bare) is not None or patterns.FULL_NAME.fullmatch(bare) is not None) \
        and len(bare.split()) <= 4 or closing.name_shape(bare)


def _last_name(lines: list[Line], i: int, rec: Recognisers) -> bool:
    """A full name alone under the last sentence of a letter, with at most a date or a
    shelfmark after it: "Karl Kraus."."""
    text = patterns.TRAILING_MARKER.sub("", lines[i].stripped)
    above = lines[i - 1].stripped if i > 0 else ""
    if i > 0 and patterns.SIGNATURE["lone"].fullmatch(text) and not rec.is_place(text[:-1]) \
            and (rec.is_dateline(above) or patterns.SENTENCE_END.search(above) and rec.is_person(text[:-1])) \
            and all(_shelfmark_like(ln.stripped) for ln in lines[i + 1:]):
        return True  # "Weimar den 2. December 1794." / "Goethe.", or a known name under the last sentence
    if i == 0 or rec.is_place(text.rstrip(".")) or not (
            patterns.FULL_NAME.fullmatch(text) is not None and len(text.split()) <= 4
            or len(text.split()) >= 2 and closing.name_shape(text)):
        return False
    ends = patterns.SENTENCE_END.search(above) is not None \
        or len(above.split()) >= 8 and (above[-1:].isalpha() or above.endswith((",", "–", "—")))
    return ends and all(rec.is_dateline(ln.stripped) or _shelfmark_like(ln.stripped) or _after_name(ln.stripped, rec)
                        for ln in lines[i + 1:])


def _after_name(text: str, rec: Recognisers) -> str | None:
    """The closer's role of a line below the signature that is no postscript: a place
    ("Herzogenbuchsee", dated or not) or an address ("Herrn Robert Adam, Wien.", "IX.
    Frankgasse 1."), else None."""
    if rec.is_dateline(text) or rec.is_place(text.rstrip(".")) or DAY_AND_MONTH.fullmatch(text):
        return "closing-dateline"
    if place_line(text) is not None:
        return "address"  # a place not known to be one: kept apart from the sending place
    if patterns.META_LINE.fullmatch(text) or SOURCE_OF_LETTER.search(text) \
            or patterns.SOURCE_NOTE.match(text) and len(text.split()) <= 16:
        return "meta"  # "Source: ...", "Vincent van Gogh. Letter to Theo van Gogh. Written ... 1888 in Arles."
    words = text.split()
    if len(words) > 10 or patterns.SENTENCE_BREAK.search(text) or text.endswith(("!", "?")) \
            or patterns.NUMBERED.match(text) and patterns.NOTE_LINE.fullmatch(text):
        return None
    first = words[0].rstrip(",").casefold()
    lower = [w for w in words if w[:1].islower() and w.rstrip(".,") not in lexicon.folded("name_particle")]
    if first in lexicon.folded("address") or first[1:] in lexicon.folded("address") \
            or re.search(r"\d", text) and len(lower) <= 1 and not _shelfmark_like(text):
        return "address"
    return None


def _closer(lines: list[Line], heading: str, rec: Recognisers) -> tuple[int, list[Unit], list[Unit]]:
    """Where the body ends, the closer units and the postscript units."""
    end = len(lines)
    sig = None
    for i in range(len(lines) - 1, max(-1, len(lines) - 6), -1):
        if _signature_kind(lines[i].stripped, heading, rec) == "signed" or (
                i > 0 and _is_name_line(lines[i].stripped)
                and (_signature_kind(lines[i - 1].stripped, heading, rec) == "formula"
                     or patterns.RELATION_SIGNATURE.fullmatch(lines[i - 1].stripped))) or _last_name(lines, i, rec):
            sig = i
            break
        text = lines[i].stripped
        if not (rec.is_dateline(text) or _is_transmission(text) or patterns.POSTSCRIPT.match(text)
                or i >= len(lines) - 3):
            break
    if sig is None:
        sig = _signature_above_postscript(lines, heading, rec)
    closer: list[Unit] = []
    postscript: list[Unit] = []
    if sig is None:
        while end > 0 and (rec.is_dateline(lines[end - 1].stripped) or _is_transmission(lines[end - 1].stripped)):
            end -= 1
        closer = [_unit("transmission" if _is_transmission(ln.stripped) else "closing-dateline", ln, rule="end-of-letter")
                  for ln in lines[end:]]
        if end > 1 and _unsigned_closing(lines[end - 1].stripped):
            end -= 1  # "Affectueusement à vous, mon vieil ami." with no name below it
            closer.insert(0, _unit("closer-salute", lines[end], rule="closing-without-signature"))
        ps_start = next((i for i in range(end) if patterns.POSTSCRIPT.match(lines[i].stripped)), None)
        if ps_start is not None and ps_start >= end - 3:
            postscript = [_unit("p", ln, rule="postscript-mark") for ln in lines[ps_start:end]]
            end = ps_start
        return end, closer, postscript
    start = sig
    while start > 0 and _signature_kind(lines[start - 1].stripped, heading, rec) == "signed":
        start -= 1
    while start > 0 and len(closer) < 3 and _signature_kind(lines[start - 1].stripped, heading, rec) == "formula":
        start -= 1  # "Mit tausend Grüßen," / "Dein getreuer" above "Arthur"
        closer.insert(0, _unit("closer-salute", lines[start], rule="closing-formula"))
    if start > 0 and rec.is_dateline(lines[start - 1].stripped):
        start -= 1
        closer.insert(0, _unit("closing-dateline", lines[start], rule="date-above-signature"))
    signed = "\n".join(ln.stripped for ln in lines[start + len(closer):sig + 1])
    formula, bar, name = signed.rpartition(" | ")
    if bar and _signature_kind(formula, heading, rec) == "formula":  # "Most truly yours | C. Darwin"
        closer.append(Unit("closer-salute", formula, lines[sig].number, rule="closing-formula"))
        signed = name
    cut = _dateline_after_name(signed, rec)
    closer.append(Unit("signed", signed[:cut].strip(), lines[sig].number, rule="signature"))
    if cut < len(signed):  # "G. Sand. Paris Vendredi.": the place and day written after the name
        closer.append(Unit("closing-dateline", signed[cut:].strip(), lines[sig].number, rule="dateline-after-name"))
    after = lines[sig + 1:]
    for k, line in enumerate(after):
        text = line.stripped
        following = after[k + 1].stripped if k + 1 < len(after) else ""
        if _is_transmission(text) and not postscript:
            closer.append(_unit("transmission", line, rule="after-signature"))
        elif not postscript and (rec.is_dateline(text) or DATED.search(text) and len(text.split()) <= 6
                                 or _dated_address(text, rec)
                                 or len(text.split()) == 1 and text[:1].isupper() and rec.is_dateline(following)):
            # "Zug den 5. Febr. 1849.", "Berlin, den 7/5 1931. Kaiserdamm 15", "Herzogenbuchsee" / "den 19t Juli 1854."
            closer.append(_unit("closing-dateline", line, rule="date-after-signature"))
        elif not postscript and patterns.CLOSING_PHRASE.fullmatch(text) and len(text.split()) <= 5:
            closer.append(_unit("closer-salute", line, rule="closing-phrase-after-signature"))  # "In gedrängter Eile."
        elif not postscript and len(text.split()) >= 2 and closing.name_shape(text) and not following:
            closer.append(_unit("address", line, rule="name-of-place-after-signature"))  # "Cortina Hôtel Bellevue"
        elif not postscript and _after_name(text, rec):
            closer.append(_unit(_after_name(text, rec) or "", line, rule="place-or-address-after-signature"))
        elif not postscript and text[:1].islower() and len(text.split()) <= 8:
            closer.append(_unit("closer-salute", line, rule="closing-after-signature"))  # "mit vielen Grüßen."
        else:
            postscript.append(_unit("p", line, rule="after-signature"))
    return start, closer, postscript


_SIGNATURE_AT_END = re.compile(r"(?<=[.!?;])\s+(?P<sig>[^\s.]{1,20}\.)$")


def _closing_run_on(lines: list[Line], rec: Recognisers) -> list[Line]:
    """The last line of text with the dateline and the signature run on at its end ("...
    findet ihn zu kurz. Jena d. 2. Jan. 1798. H.") as three lines of the same number, or with a
    possessive and a name ("... Grüßen Sie Ihre Frau. Ihr Hagen.") as two."""
    if not lines or len(lines[-1].stripped.split()) < 8:
        return lines
    text, number = lines[-1].stripped, lines[-1].number
    last = list(re.finditer(r"(?<=[.!?])\s+(?=\S)", text))
    tail = text[last[-1].end():] if last else ""
    if tail and len(tail.split()) <= 5 and closing.possessive_signature(tail):  # "... Grüßen Sie Ihre Frau. Ihr Hagen."
        return [*lines[:-1], Line(number, text[:last[-1].start()]), Line(number, tail)]
    sig = _SIGNATURE_AT_END.search(text)
    if sig is None or not (_is_name_line(sig["sig"]) or patterns.SIGNATURE["initial"].fullmatch(sig["sig"])):
        return lines
    before = text[:sig.start()]
    found = None
    for b in reversed([*re.finditer(r"(?<=[.!?;])\s+(?=\S)", before[-200:])]):  # the last words only
        dateline = before[len(before) - 200 + b.end():] if len(before) > 200 else before[b.end():]
        if len(dateline.split()) > 8:
            break
        if rec.is_dateline(dateline):
            found = len(before) - len(dateline)  # the longest dateline of a few words
    if found is None:
        return lines
    return [*lines[:-1], Line(number, before[:found].rstrip()), Line(number, before[found:]), Line(number, sig["sig"])]


def _dateline_after_name(signed: str, rec: Recognisers) -> int:
    """Where a place or a date written on the signature's line after the name begins ("G.
    Sand. Paris Vendredi.", "Th. Fontane. Berlin, 3. März 1886."); the text's length if none."""
    for m in re.finditer(r"\.\s+(?=\S)", signed):
        head, rest = signed[:m.start() + 1], signed[m.end():]
        words = rest.rstrip(".").replace(",", " ").split()
        if "\n" in rest or not _is_name_line(head) or not words or rec.is_place(head.split()[0].strip(".,")):
            continue
        if rec.is_place(words[0]) and (rec.is_dateline(rest) or all(
                w.casefold() in lexicon.folded("weekday") or w[:1].isdigit() for w in words[1:])):
            return m.start() + 1
    return len(signed)


def _signature_above_postscript(lines: list[Line], heading: str, rec: Recognisers) -> int | None:
    """A signature with more lines after it than a dateline: one that holds a possessive and a
    name ("Dein tr. Alfred"), or a name under a closing formula ("Ihr ergebener" / "Carl
    Erdmann"), among the last lines of the text."""
    for i in range(len(lines) - 1, max(0, len(lines) - 12), -1):
        text = patterns.TRAILING_MARKER.sub("", lines[i].stripped)
        if closing.possessive_signature(text) or _is_name_line(text) \
                and _signature_kind(lines[i - 1].stripped, heading, rec) == "formula" \
                or (" | " in text or patterns.signature_like(text)) and _signature_kind(text, heading, rec) == "signed":
            return i
        above = lines[i - 1].stripped
        if len(text.split()) >= 2 and closing.name_shape(text) and (closing.ends_with_formula(above) or (
                rec.is_person(text.rstrip(".")) or text.split()[0] in lexicon.words("forenames")
                or patterns.SIGNATURE["initial"].fullmatch(text.split()[0] + ".") is not None)
                and patterns.SENTENCE_END.search(above) and _is_prose(above)):
            return i  # a writer's full name between the last paragraph and a postscript
    return None


# Whom a closing formula is addressed to, before its comma: "Cordialement à vous,", "Love to you all,".
FORMULA_ADDRESSEE = re.compile(r"(?:à|to|an|für)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,", re.IGNORECASE)


def _unsigned_closing(text: str) -> bool:
    """A letter's last line that is a closing formula and its words of affection, with no name:
    "Affectueusement à vous, mon vieil ami, et à tous les vôtres.", "Yours ever,"."""
    formula = patterns.CLOSING_FORMULA.match(text)
    if formula is None or len(text.split()) > 16:
        return False
    rest = text[formula.end():]
    set_apart = not rest or text[:formula.end()].rstrip().endswith((",", ".", "!")) \
        or FORMULA_ADDRESSEE.match(rest) is not None
    return set_apart and not re.search(rf"[{patterns.UPPER}]", rest) and not patterns.SENTENCE_BREAK.search(rest)


def _apparatus(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The text, and the notes keyed by their words that end it ("neulich] vermutlich ...")."""
    start = len(lines)
    while start > 1 and patterns.LEMMA_NOTE.fullmatch(lines[start - 1].stripped):
        start -= 1
    return lines[:start], lines[start:]


def _envelope(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The text, and the address on the letter's back or envelope below it, from the line that
    announces it ("На обороте или на конверте:") on."""
    at = next((i for i in range(len(lines) - 1, 0, -1) if patterns.ADDRESS_SECTION.match(lines[i].stripped)
               and len(lines[i].stripped.split()) <= 8), None)
    return (lines, []) if at is None or len(lines) - at > 8 else (lines[:at], lines[at:])


def _unnumbered_notes(texts: list[str], after: list[Unit]) -> int:
    """How many lines right below the signature (one run, no blank line between) are notes
    whose numbers were lost in copying: as many as the text carries markers 1, 2, ... in order
    ("Saturday,2", "1865?]1"); 0 when they are not."""
    run = 0
    while run < len(after) and (run == 0 or after[run].line == after[run - 1].line + 1):
        run += 1
    if run == 0 or patterns.POSTSCRIPT.match(after[0].text) or patterns.NOTE_LINE.fullmatch(after[0].text):
        return 0
    finder = MarkerFinder([Note(str(n), "", 0) for n in range(1, run + 1)])
    for text in texts:
        finder.find(text)
    return 0 if finder.waiting else run


def _is_prose(text: str) -> bool:
    """A line of running text: a sentence of some length."""
    return len(text.split()) >= 8


def _shelfmark_like(text: str) -> bool:
    """A short line after the signature that reads like a shelfmark ("BAR, J I.67", "Wien,
    Theatermuseum, HS AM 23354 Ba"), not like a postscript: figures, no postscript mark, no
    sentence."""
    words = len(text.split())
    return ((words <= 10 or words <= 30 and text.count(",") >= 2) and bool(re.search(r"\d", text))
            and not patterns.POSTSCRIPT.match(text) and not text[:1].islower()
            and not (DATED.search(text) and words <= 6)
            and not re.search(r"[a-zа-яё]{3,}[.!?]$", text))


def _body(lines: list[Line]) -> list[Unit]:
    """Paragraphs (a wrapped line continues when the next starts in lower case) and speaker labels."""
    units: list[Unit] = []
    for line in lines:
        text = line.stripped
        if patterns.SPEAKER.fullmatch(text):
            units.append(_unit("speaker", line, rule="speaker-label"))
            continue
        last = units[-1] if units else None
        if (last is not None and last.role == "p" and text[:1].islower()
                and not patterns.SENTENCE_END.search(last.text)):
            last.text = f"{last.text}\n{text}"
            continue
        numbered = patterns.NUMBERED.match(text)
        units.append(_unit("p", line, numbered["n"] if numbered else None, rule="running-text"))
    for i, unit in enumerate(units):  # a label with no words after it is text, not a speaker
        if unit.role == "speaker" and (i + 1 == len(units) or units[i + 1].role != "p"):
            unit.role = "p"
    return units


def structure(block: Block, rec: Recognisers, profile: Profile = NO_PROFILE) -> Document:
    """The document's parts, from its block of lines."""
    kind, agents = _heading(block, profile)
    heading = block.heading.stripped if block.heading else ""
    head_units = ([_unit("number", block.number)] if block.number else []) + (
        [_unit("head", block.heading)] if block.heading else [])
    if block.editorial:  # an editors' text: paragraphs, no letter's opener or closer
        opener, rest, closer, postscript = [], block.text, [], []
        end = len(rest)
    else:
        opener, rest = _opener(block.text, kind, rec)
        rest, apparatus = _apparatus(rest)
        rest, envelope = _envelope(rest)
        rest = _closing_run_on(rest, rec)
        end, closer, postscript = _closer(rest, heading, rec)
        closer += [_unit("address", ln, rule="envelope") for ln in envelope]
    body = _body(rest[:end])
    speakers = [patterns.SPEAKER.fullmatch(u.text)["name"] for u in body if u.role == "speaker"]
    if kind == "letter" and (len(speakers) >= 2 or any(n.lower() in heading.lower() for n in speakers)):
        # remarks passed at a meeting under an "A - B" heading: each writer sends and receives
        kind = "note"
        agents = {"both": " and ".join(t for t in (agents.get("senders"), agents.get("recipients")) if t)}
    citation = _unit("citation", block.citation) if block.citation else None
    notes = block.notes
    unnumbered = _unnumbered_notes([heading, *(u.text for u in body)], postscript) if closer and not notes else 0
    parsed: list[Note] = [Note("", ln.stripped, ln.number) for ln in apparatus] if not block.editorial else []
    if unnumbered and not parsed:  # notes that lost their numbers, and the editors' lines after them
        parsed = [Note(str(k + 1), u.text, u.line) for k, u in enumerate(postscript[:unnumbered])]
        last = parsed[-1]
        parsed[-1] = Note(last.n, "\n".join([last.text, *(u.text for u in postscript[unnumbered:])]), last.line)
        postscript = []
    if citation is None and closer and postscript:
        at = next((k for k, u in enumerate(postscript) if _shelfmark_like(u.text)), None)
        if at is not None and all(patterns.NOTE_LINE.fullmatch(u.text) for u in postscript[at + 1:]):
            # a shelfmark under the signature, and the numbered notes below it
            notes = notes or [Line(u.line, u.text) for u in postscript[at + 1:]]
            citation = Unit("citation", postscript[at].text, postscript[at].line, rule="shelfmark-after-signature")
            del postscript[at:]
    return Document(
        heading=heading,
        kind=kind,
        head_units=head_units,
        opener=opener,
        body=body,
        closer=closer,
        postscript=postscript,
        citation=citation,
        published=_unit("published", block.published) if block.published else None,
        notes=parsed or parse_notes(notes),
        notes_heading=block.notes_heading.stripped if block.notes_heading else None,
        senders_text=agents.get("senders"),
        recipients_text=agents.get("recipients"),
        both_text=agents.get("both"),
        pair_text=agents.get("pair"),
    )
