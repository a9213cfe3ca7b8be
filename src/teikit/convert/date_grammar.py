"""The date grammar: month and qualifier vocabularies and a table of named patterns.

Each pattern is one regular expression built from the shared pieces below. The
named groups it may set are read by :mod:`teikit.convert.dates`:

``day`` (digits, ``3rd`` or an ordinal word), ``day2`` (a day range), ``month``, ``month2`` (a range across months),
``year`` (four digits), ``yy`` (two digits), ``yyy`` (three: ``903`` for 1903), ``year2`` (a range of years),
``qual`` (not earlier / not later than), ``cue`` and ``suffix`` (what makes a
bare year a date in running text), ``date`` (the date's own span when the match
also holds a cue word).

Editorial square brackets may stand around any part of a date (``[27] February
1915``, ``February [27], 1915``, ``[February 27,] 1915``, ``[September] 1925``):
the pieces ``OPEN``, ``SP``, ``CSP`` and ``CLOSE`` let a bracket open before and
close after each part, and :mod:`teikit.convert.dates` keeps a match only when
its brackets pair up.

A date never takes its last day or two-digit year from a lone number in a note marker's
place (``by the first of July 1 ,``) when it is a date without it; see
:mod:`teikit.convert.dates`.

``TIME_OF_DAY`` and ``TRANSMISSION_WORDS`` are what a dateline or a telegram's
transmission line may hold besides its date and place (``Filed from Saratov
26/IV-1919, 14 h. 20 min.``); ``PLACE_LINKS`` are the lower-case words a place's
name may hold (``Rostov on Don``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from teikit.convert import lexicon



def _month_forms() -> tuple[dict[str, int], list[str], list[str]]:
    """Every month spelling (case-folded, no final full stop) -> its number; the full names and
    the abbreviations, from the ``month`` word list."""
    months: dict[str, int] = {}
    full: list[str] = []
    abbreviated: list[str] = []
    for entry in lexicon.words("month"):
        number, form = entry.split(maxsplit=1)
        key = form.rstrip(".").casefold()
        months[key] = int(number)
        (abbreviated if form.endswith(".") else full).append(key)
    return months, full, abbreviated


MONTHS, _FULL, _ABBR = _month_forms()
"""Month names of every language the converter reads (``month.txt``)."""


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


LATIN_FULL = [m for m in _FULL if not _cyrillic(m)]
LATIN_ABBR = [m for m in _ABBR if not _cyrillic(m)]
CYRILLIC_FULL = [m for m in _FULL if _cyrillic(m)]
CYRILLIC_ABBR = [m for m in _ABBR if _cyrillic(m)]

ROMAN_MONTHS: dict[str, int] = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
    "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}

# Cyrillic letters typed for Latin Roman numerals in Russian texts (3/Х-25, 14/ХІ).
ROMAN_LOOKALIKES: dict[str, str] = {"Х": "X", "І": "I"}

# Days written as English ordinal words: "the first of July".
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
ORDINAL_DAYS: dict[str, int] = {
    **{w: i for i, w in enumerate(_UNITS, 1)},
    **{w: i for i, w in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                   "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"), 10)},
    **{f"twenty-{w}": 20 + i for i, w in enumerate(_UNITS, 1)},
    "thirtieth": 30, "thirty-first": 31,
}

# Editorial qualifiers: phrase -> (TEI attribute, only inside editorial brackets).
# "later" and "previously" are machine translations of "не ранее" and "не позднее".
QUALIFIERS: dict[str, tuple[str, bool]] = {
    "not earlier than": ("notBefore", False),
    "no earlier than": ("notBefore", False),
    "not before": ("notBefore", False),
    "не ранее": ("notBefore", False),
    "не раньше": ("notBefore", False),
    "later than": ("notBefore", True),
    "later": ("notBefore", True),
    "after": ("notBefore", True),
    "после": ("notBefore", True),
    "not later than": ("notAfter", False),
    "no later than": ("notAfter", False),
    "not after": ("notAfter", False),
    "не позднее": ("notAfter", False),
    "не позже": ("notAfter", False),
    "previously": ("notAfter", True),
    "earlier than": ("notAfter", True),
    "earlier": ("notAfter", True),
    "before": ("notAfter", True),
    "до": ("notAfter", True),
}

# Seasons an editor dates by: first and last month (winter spans two years and reads as its year).
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
    "весна": (3, 5), "весной": (3, 5), "лето": (6, 8), "летом": (6, 8), "осень": (9, 11), "осенью": (9, 11),
}

# Words that place a date within its month; the month is read whole ("late August 1924" -> 1924-08).
MONTH_PARTS = (
    "early", "mid", "late", r"(?:the\s+)?(?:end|beginning|middle|start|first\s+half|second\s+half)\s+of",
    r"(?:в\s+)?(?:начале|конце|середине)", "начало", "конец", "середина",
    r"(?:первая|вторая)\s+половина",
)

# Words before a bare year that make it a date in running text.
YEAR_CUES = (
    "in", "since", "until", "till", "during",
    r"(?:the\s+)?(?:spring|summer|autumn|fall|winter|end|beginning|middle|start)\s+of",
    "в", "с", "до", "к",
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _phrases(phrases: tuple[str, ...] | list[str]) -> str:
    """An alternation of phrases, longest first, their words separated by any white space."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


def _ordinal_alternation() -> str:
    """The ordinal day words, the hyphen of ``twenty-first`` also written as a space."""
    return "|".join(w.replace("-", "[-\\s]") for w in sorted(ORDINAL_DAYS, key=len, reverse=True))


def _qualifier_alternation() -> str:
    parts = []
    for phrase, (_attr, bracketed) in sorted(QUALIFIERS.items(), key=lambda kv: -len(kv[0])):
        words = _phrases([phrase])
        parts.append(rf"(?<=\[){words}" if bracketed else words)
    return "|".join(parts)


_LATIN_MONTH = rf"(?<![^\W\d_])(?i:{_alternation(LATIN_FULL)}|(?:{_alternation(LATIN_ABBR)})\.?)(?![^\W\d_])"
_CYRILLIC_MONTH = rf"(?<![^\W\d_])(?i:{_alternation(CYRILLIC_FULL)}|(?:{_alternation(CYRILLIC_ABBR)})\.?)(?![а-яёА-ЯЁ])"

# A time of day, as a dateline may give it beside (or inside) its date.
_HOUR = r"(?:[01]?\d|2[0-4])"
_H_UNIT = r"(?:hours?|hrs?|h|час(?:ов|а)?|ч)"
_M_UNIT = r"(?:minutes?|mins?|m|минут|мин|м)"
_AM_PM = r"(?:[ap]\.\s?m\.?|[ap]m)"
_CLOCK_PART = r"(?:[½¼¾]|half|(?:a\s+)?quarter)\s+(?:past|to|before|after)\s+"
_TIME = (rf"(?:{_HOUR}\s?{_H_UNIT}\.?(?:,?\s*[0-5]?\d\s?{_M_UNIT}\.?)?"  # 14 h. 20 min., в 14 ч. 20 м.
         rf"|(?:{_CLOCK_PART})?{_HOUR}(?:[.:][0-5]\d)?\s?{_AM_PM}"  # 2 p.m., 10.30 a.m., ½ past 8 P.M.
         rf"|(?:{_CLOCK_PART})?{_HOUR}\s?o['’]clock(?:\s*{_AM_PM})?"  # 11 o'clock, 4 o'clock P.M.
         rf"|{_HOUR}[.:][0-5]\d(?![\d/]|[.:\-]\d))")  # 14.20, 14:20

# OPEN and CLOSE: a bracket before a date's first part or after its last; SP (space), CSP (space,
# maybe a comma), COMMA (a comma) and DASH (a range's dash) between two parts, where a bracket may
# close or open.
# YY_END: two digits after a month name are a count when a lower-case word follows ("May 5, 20 people"),
# or an hour when minutes follow ("May 5 10.30").
PIECES: dict[str, str] = {
    "OPEN": r"\[?",
    "CLOSE": r"(?:\?(?=\]))?\]?",
    "SP": r"\]?\s+\[?",
    "CSP": r"\]?,?\]?\s+\[?",
    "COMMA": r"\]?,\]?\s*\[?",
    "QUAL": rf"(?:(?P<qual>(?i:{_qualifier_alternation()}))\s+)?",
    "DAY": r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th|d)?(?!\d)",
    "DAY2": r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th|d)?(?!\d)",
    "DAY_ORDINAL": rf"(?<!\w)(?P<day>(?i:{_ordinal_alternation()})|[0-3]?\d(?:st|nd|rd|th))(?!\w)",
    "DASH": r"\]?\s?(?:[-–—]|…|\.\.\.)\s?\[?",
    "MONTH_EN": rf"(?P<month>{_LATIN_MONTH})",
    "MONTH2_EN": rf"(?P<month2>{_LATIN_MONTH})",
    "MONTH_RU": rf"(?P<month>{_CYRILLIC_MONTH})",
    "JMONTH_EN": rf"(?P<jmonth>{_LATIN_MONTH})",
    "JMONTH_RU": rf"(?P<jmonth>{_CYRILLIC_MONTH})",
    "JDAY": r"(?<!\d)(?P<jday>[0-3]?\d)(?!\d)",
    "JYEAR": r"(?P<jyear>1[6-9]\d\d|20\d\d)(?!\d)(?:\s?(?i:гг?\.|года|году))?",
    "ROMAN": rf"(?P<month>[IVX{''.join(ROMAN_LOOKALIKES)}]{{1,4}})",
    "ROMAN_DOT": rf"[IVX{''.join(ROMAN_LOOKALIKES)}]{{1,4}}\.",
    "YEAR": r"(?P<year>1[6-9]\d\d|20\d\d|\[1[6-9]\]\d\d)(?!\d)",
    "YEAR2": r"(?P<year2>1[6-9]\d\d|20\d\d)(?!\d)",
    "YY": r"(?P<yy>\d\d)(?!\d)",
    "YYY": r"(?P<yyy>[89]\d\d)(?!\d)",
    "YY_END": r"(?!\s*[a-zа-яё]|[.:]\d)",
    "RU_SUFFIX": r"(?:\s?(?i:гг?\.|году|года|год)(?![а-яёА-ЯЁ]))",
    "PART": rf"(?:(?P<part>(?i:{'|'.join(MONTH_PARTS)}))\s+)?",
    "SEASON": rf"(?P<season>(?i:{_alternation(list(SEASONS))}))(?![\w])",
    "CUE": rf"(?<!\w)(?P<cue>(?i:{'|'.join(YEAR_CUES)}))\s+",
    "NUM_START": r"(?<![\w/.])",
    "NUM_END": r"(?![\w/]|[.\-]\d)",
    "YEAR_SEP": r"(?:\s?[-./]\s?|\s)",
    "TIME": rf"(?i:{_TIME})(?!\w)",
    "WEEKDAY_NOTE": rf"(?:\s*\[(?i:{lexicon.alternation('weekday')})\])?",
}


_ANCHOR_PIECES = {"MONTH_EN": "latin-month", "JMONTH_EN": "latin-month", "MONTH_RU": "cyrillic-month",
                  "JMONTH_RU": "cyrillic-month", "SEASON": "season"}
"""The pieces a pattern cannot match without, and the kind of anchor each is."""

_WORD = re.compile(r"\d{0,2}[^\W\d_]+")
"""A word, with the figures that open a numbered month's name (``7bre``, ``Xber``)."""
_DIGIT = re.compile(r"\d")
_ANCHOR_WORDS: dict[str, str] = {
    **{w: "cyrillic-month" if _cyrillic(w) else "latin-month" for w in MONTHS},
    **{w: "season" for w in SEASONS},
}


def _anchor_kind(word: str) -> str | None:
    """The kind of anchor a case-folded word is (``7bre`` as itself, ``3rd`` not as ``rd``)."""
    return _ANCHOR_WORDS.get(word) or (_ANCHOR_WORDS.get(word.lstrip("0123456789"))
                                       if word[:1].isdigit() and not word[-2:] in ("st", "nd", "rd", "th") else None)


_YEARISH = re.compile(r"(?:1[5-9]|20)\d\d")
_DAY_SEPARATOR = re.compile(rf"\d(?:[/.\-]|\s+[IVX{''.join(ROMAN_LOOKALIKES)}])")
_NUMERIC_ANCHORS = {"year": _YEARISH, "day-separator": _DAY_SEPARATOR}
WINDOW = 64
"""How far a date reaches before and after the anchor it holds (a month name, a season, a year):
``[not earlier than the twenty-first of`` before it, ``, 1917 г.]`` after it."""


def anchors(text: str) -> frozenset[str]:
    """The kinds of anchor a text holds (``latin-month``, ``cyrillic-month``, ``season``,
    ``digit``, ``year``, ``day-separator`` (``3/``, ``3.``, ``3 IX``)), found in one pass over
    its words, so that only the patterns those anchors allow are run on it."""
    kinds = {_anchor_kind(w) for w in set(_WORD.findall(text.casefold()))} - {None}
    if _DIGIT.search(text):
        kinds.add("digit")
        kinds.update(kind for kind, rx in _NUMERIC_ANCHORS.items() if rx.search(text))
    return frozenset(kinds)


def anchor_windows(text: str, pos: int, endpos: int, kind: str) -> list[tuple[int, int]]:
    """The stretches of text[pos:endpos] within ``WINDOW`` characters of an anchor of one kind,
    merged, each ending past the blanks after it (so that a pattern's look-ahead sees what the
    whole text would show it): a pattern that needs that anchor can match only there."""
    if kind in _NUMERIC_ANCHORS:
        spans = [m.span() for m in _NUMERIC_ANCHORS[kind].finditer(text, pos, endpos)]
    else:
        spans = [m.span() for m in _WORD.finditer(text, pos, endpos) if _anchor_kind(m.group().casefold()) == kind]
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        first, last = max(pos, start - WINDOW), min(endpos, end + WINDOW)
        while last < endpos and text[last].isspace():
            last += 1
        last = min(endpos, last + 4)
        if windows and first <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(last, windows[-1][1]))
        else:
            windows.append((first, last))
    return windows


@dataclass(frozen=True)
class DatePattern:
    """One named form of date: its expression, where it applies, how its month reads."""

    name: str
    source: str
    """The expression, compiled on first use (``regex``): a page needs only the patterns its anchors ask for."""
    in_text: bool
    """True: also found in running text; False: only in a line that is a dateline."""
    month_reading: str = "name"
    """How the ``month`` group reads: ``name``, ``roman``, ``roman-ocr`` or ``arabic``."""
    check: Callable[[re.Match[str]], bool] | None = None
    """A further condition on the match (a bare year needs a cue)."""
    in_text_if_agreeing: bool = False
    """Found in running text too when it prints its year and names a day of the document's own
    month and year (``Kirov. 16/11 21`` closing a paragraph of a letter of February 1921)."""
    examples: tuple[str, ...] = ()
    lang: str | None = None
    """``en`` for month names in Latin script, ``ru`` for Cyrillic ones, None without month names:
    the page languages whose texts the pattern is run on."""
    needs: frozenset[str] = field(default_factory=frozenset)
    """The kinds of anchor (:func:`anchors`) a text must hold for the pattern to match in it."""
    window: str | None = None
    """The kind of anchor every match holds, so that the pattern is run only near such anchors
    (:func:`anchor_windows`); None runs it over the whole text."""

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source)


def _pattern(name: str, template: str, *, in_text: bool, examples: tuple[str, ...], year: bool = False,
             numeric: bool = False, **kw: object) -> DatePattern:
    """A named pattern; ``year``: every match holds a four-digit year; ``numeric``: every match
    holds a day and its separator from the month (``3/``, ``3.``, ``3 IX``)."""
    needs = {kind for piece, kind in _ANCHOR_PIECES.items() if f"%({piece})s" in template}
    if "%(DAY_ORDINAL)s" not in template:
        needs.add("digit")
    if year:
        needs.add("year")
    if numeric:
        needs.add("day-separator")
    lang = "en" if "latin-month" in needs else "ru" if "cyrillic-month" in needs else None
    window = next((k for k in ("latin-month", "cyrillic-month", "season", "year", "day-separator") if k in needs),
                  None)
    return DatePattern(name, template % PIECES, in_text, examples=examples,  # type: ignore[arg-type]
                       lang=lang, needs=frozenset(needs), window=window, **kw)


def _cued(m: re.Match[str]) -> bool:
    return bool(m.group("cue") or m.group("suffix"))


_DUAL_FORMS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("dual-month-day", r"%(OPEN)s%(JMONTH)s\s+%(JDAY)s\s*\(\s*(?:%(MONTH)s\s+)?%(DAY)s\s*\)%(YEAR_PART)s",
     ("October 25 (November 7), 1917", "February 23 (March 8)"), ()),
    ("dual-day-month", r"%(OPEN)s%(JDAY)s\s+%(JMONTH)s\s*\(\s*%(DAY)s\s+%(MONTH)s\s*\)%(YEAR_PART)s",
     ("23 February (8 March) 1917",), ("31 марта (13 апреля) 1917 г.",)),
    ("dual-days", r"%(OPEN)s%(JDAY)s\s*\(\s*%(DAY)s\s*\)\s+%(MONTH)s%(YEAR_PART)s",
     ("3 (16) March 1917",), ("3 (16) марта", "25 (12) февраля 1917 г.")),
    ("dual-slashed", r"%(OPEN)s%(JDAY)s\.?\s+%(JMONTH)s\s?/\s?%(DAY)s\.?\s+%(MONTH)s%(YEAR_PART)s",
     ("25 Oct./7 Nov. 1917", "25 October / 7 November 1917"), ("25 октября/7 ноября 1917 г.",)),
    ("dual-slashed-month-day", r"%(OPEN)s%(JMONTH)s\s+%(JDAY)s\s?/\s?%(MONTH)s\s+%(DAY)s%(YEAR_PART)s",
     ("Oct. 25/Nov. 7, 1917",), ()),
    ("dual-slashed-days", r"%(OPEN)s%(JDAY)s\.?\s?/\s?%(DAY)s\.?\s+%(MONTH)s%(YEAR_PART)s",
     ("13/26 March 1917", "1./14. Februar 1918"), ("1/14 января 1918 г.",)),
    ("dual-month-days", r"%(OPEN)s%(MONTH)s\s+%(JDAY)s\s?/\s?%(DAY)s(?![\d/])%(YEAR_PART)s",
     ("January 12/25, 1917", "January 12/25"), ()),
    ("dual-slashed-years", r"%(OPEN)s%(JDAY)s\s+%(JMONTH)s\s+%(JYEAR)s\s?/\s?%(DAY)s\s+%(MONTH)s%(YEAR_PART)s",
     ("6 January 1877/18 January 1877",), ("20 декабря 1917 г./2 января 1918 г.",)),
    ("dual-years", r"%(OPEN)s%(JMONTH)s\s+%(JDAY)s,?\s+%(JYEAR)s\s*\(\s*%(MONTH)s\s+%(DAY)s%(YEAR_PART)s\s*\)",
     ("December 20, 1917 (January 2, 1918)",), ()),
    ("dual-day-years", r"%(OPEN)s%(JDAY)s\s+%(JMONTH)s\s+%(JYEAR)s\s*\(\s*%(DAY)s\s+%(MONTH)s%(YEAR_PART)s\s*\)",
     ("20 December 1917 (2 January 1918)",), ("20 декабря 1917 г. (2 января 1918 г.)",)),
)
"""Dates in both calendars, the Julian first (``JDAY``, ``JMONTH``): a Julian month left out is
the Gregorian one, or the month before it when the Gregorian day is the smaller."""


def _dual_patterns() -> tuple[DatePattern, ...]:
    made = []
    for name, template, latin, cyrillic in _DUAL_FORMS:
        for prefix, month, year_part, examples in (
                ("en", "%(MONTH_EN)s", r"(?:%(CSP)s%(YEAR)s)?%(CLOSE)s", latin),
                ("ru", "%(MONTH_RU)s", r"(?:%(SP)s%(YEAR)s%(RU_SUFFIX)s?)?%(CLOSE)s", cyrillic)):
            if examples:
                filled = template.replace("%(JMONTH)s", month.replace("MONTH", "JMONTH")).replace(
                    "%(MONTH)s", month).replace("%(YEAR_PART)s", year_part)
                made.append(_pattern(f"{prefix}-{name}", filled, in_text=True, examples=examples))
    return tuple(made)


_SINGLE_CALENDAR: tuple[DatePattern, ...] = (
    _pattern("en-month-day-year",
             r"%(OPEN)s%(QUAL)s%(MONTH_EN)s%(SP)s%(DAY)s%(CSP)s%(YEAR)s%(CLOSE)s",
             in_text=True, examples=("May 4, 1920", "February 27 [1915]", "[May 4, 1920]", "Sept. 14, 1921",
                                     "February [27], 1915", "[February 27,] 1915", "[February] 27, 1915")),
    _pattern("en-month-day-time-year",
             r"%(OPEN)s%(MONTH_EN)s%(SP)s%(DAY)s,?\s+%(TIME)s,?\s+%(OPEN)s%(YEAR)s%(CLOSE)s",
             in_text=False, examples=("Novr. 20th, ½ past 8 P.M., [1839]", "May 4, 10 a.m., 1920",
                                      "April 17, 4 o'clock P.M. 1839")),
    _pattern("en-ordinal-of-month",
             r"%(OPEN)s%(QUAL)s(?:(?i:the)\s+)?%(DAY_ORDINAL)s\s+(?i:of)\s+%(MONTH_EN)s(?:%(CSP)s%(YEAR)s)?%(CLOSE)s",
             in_text=True, examples=("the first of July", "the 3rd of July 1920", "3rd of July, 1920",
                                     "THE FIRST OF SEPTEMBER", "the twenty-first of May, 1924")),
    _pattern("en-month-day-yy",
             r"%(OPEN)s%(MONTH_EN)s%(SP)s%(DAY)s(?:%(COMMA)s|%(SP)s|\.?\s?/\s?)%(YY)s%(CLOSE)s%(YY_END)s",
             in_text=False, examples=("July 3, 20", "June 2, 24", "July 5 20", "July 2d. /66")),
    _pattern("en-month-day",
             r"(?<!\d\s)%(OPEN)s%(QUAL)s%(MONTH_EN)s%(SP)s%(DAY)s%(CLOSE)s",
             in_text=True, examples=("April 28", "November 9", "[not earlier than May 4]", "May [4]")),
    _pattern("en-day-month",
             r"%(OPEN)s%(QUAL)s%(DAY)s\.?%(SP)s(?=[A-ZÄÖÜ])%(MONTH_EN)s%(CLOSE)s",
             in_text=True, examples=("1 July", "5th May", "[not later than 1 July]", "[1] July", "3. März")),
    _pattern("en-month-day-range",
             r"%(OPEN)s%(QUAL)s%(MONTH_EN)s%(SP)s%(DAY)s%(DASH)s%(DAY2)s(?:%(CSP)s%(YEAR)s)?%(CLOSE)s",
             in_text=True, examples=("October 5-6, 1925", "May 23-31, 1924", "[October 5-6, 1925]",
                                     "[October 5-6,] 1925")),
    _pattern("en-cross-month-range",
             r"%(OPEN)s%(MONTH_EN)s%(SP)s%(DAY)s%(DASH)s%(MONTH2_EN)s%(SP)s%(DAY2)s(?:%(CSP)s%(YEAR)s)?%(CLOSE)s",
             in_text=True, examples=("May 30 - June 2, 1924", "September 29-October 2")),
    _pattern("en-day-month-year",
             r"%(OPEN)s%(QUAL)s%(DAY)s(?:%(DASH)s%(DAY2)s)?\.?%(SP)s%(MONTH_EN)s%(WEEKDAY_NOTE)s%(CSP)s%(YEAR)s%(CLOSE)s",
             in_text=True, examples=("5 May 1920", "4th May 1920", "5-6 October 1925", "[27] February 1915",
                                     "27 [February] 1915", "[27 February] 1915", "3. März 1905", "3 mars 1905",
                                     "11 agosto 1618", "3rd March 1905", "3 Mar. 1905", "25. Octbr. 1893",
                                     "28 7bre 1887", "22. Nov. [Mittwoch] 1797")),
    _pattern("en-day-month-yy",
             r"%(OPEN)s%(DAY)s%(SP)s%(MONTH_EN)s%(CSP)s%(YY)s%(CLOSE)s%(YY_END)s",
             in_text=False, examples=("3 July 20", "12 Sept. 25", "12 September, 25")),
    _pattern("en-month-year",
             r"%(OPEN)s%(QUAL)s%(PART)s%(MONTH_EN)s%(CSP)s%(YEAR)s%(CLOSE)s",
             in_text=True, examples=("August 1924", "[August 1924]", "Aug. 1924", "[late August 1924]",
                                     "the end of May 1920", "[September] 1925", "September [1925]")),
    _pattern("en-between",
             r"%(OPEN)s(?i:between)\s+%(MONTH_EN)s\s+%(DAY)s\s+(?i:and)\s+(?:%(MONTH2_EN)s\s+)?%(DAY2)s"
             r"%(CSP)s%(YEAR)s%(CLOSE)s",
             in_text=True, examples=("[between May 4 and 10, 1920]", "between May 30 and June 2, 1924")),
    _pattern("season-year",
             r"%(OPEN)s%(SEASON)s(?:\s+(?i:of))?%(CSP)s%(YEAR)s%(CLOSE)s%(RU_SUFFIX)s?%(CLOSE)s",
             in_text=True, examples=("[Autumn 1924]", "summer of 1923", "[осень 1924 г.]", "[Autumn] 1924")),
    _pattern("ru-day-month-year",
             r"%(OPEN)s%(QUAL)s%(DAY)s(?:%(DASH)s%(DAY2)s)?%(SP)s%(MONTH_RU)s%(SP)s%(YEAR)s%(CLOSE)s"
             r"%(RU_SUFFIX)s?%(CLOSE)s",
             in_text=True, examples=("27 февраля 1915 г.", "5-6 октября 1925 г.", "[не позднее 4 мая 1918 г.]",
                                     "[после 4 мая 1920 г.]", "[27] февраля 1915 г.", "27 февраля [1915 г.]")),
    _pattern("ru-year-month-day",
             r"%(OPEN)s%(YEAR)s(?:%(RU_SUFFIX)s|\.),?\s+%(MONTH_RU)s\s+%(DAY)s(?:%(DASH)s%(DAY2)s)?%(CLOSE)s(?![.\-/]?\d)",
             in_text=False, examples=("1877 г. Августа 10…11", "1878 г. Января 3", "1910 г. октября 28")),
    _pattern("ru-year-day-month",
             r"%(OPEN)s%(YEAR)s(?:%(RU_SUFFIX)s|\.),?\s+%(DAY)s(?:%(DASH)s%(DAY2)s)?\s+%(MONTH_RU)s%(CLOSE)s",
             in_text=False, examples=("1877 г., 16 авг.", "1921. 5 окт.")),
    _pattern("en-quaker",
             r"%(OPEN)s%(DAY)s(?:\s+(?i:of|day\s+of))?\s+(?P<month>1[0-2]|[1-9])(?:st|nd|rd|th|d)\s+(?i:mo\.?|month)"
             r"(?:%(CSP)s%(YEAR)s)?%(CLOSE)s",
             in_text=False, month_reading="arabic", examples=("2nd 1st Mo. 1886", "13th 9th mo. 1857", "4th of 12th month")),
    _pattern("ru-day-month",
             r"%(OPEN)s%(QUAL)s%(DAY)s(?:%(DASH)s%(DAY2)s)?%(SP)s%(MONTH_RU)s%(CLOSE)s",
             in_text=True, examples=("27 февраля", "5-6 октября", "[27] февраля")),
    _pattern("ru-month-year",
             r"%(OPEN)s%(QUAL)s%(PART)s%(MONTH_RU)s%(SP)s%(YEAR)s%(CLOSE)s%(RU_SUFFIX)s?%(CLOSE)s",
             in_text=True, examples=("[август 1924]", "августе 1924 г.", "сентябрь 1921 г.", "[конец августа 1924 г.]",
                                     "[сентябрь] 1925 г.")),
    _pattern("year-bracketed",
             r"\[%(QUAL)s%(PART)s(?P<year>1[6-9]\d\d|20\d\d)(?!\d)%(RU_SUFFIX)s?\]",
             in_text=True, year=True, examples=("[1923]", "[1923 г.]", "[not earlier than 1923]", "[до 1923 г.]",
                                     "[early 1925]", "[начало 1925 г.]", "[the end of 1925]")),
    _pattern("year-cued",
             r"(?:%(CUE)s)?(?P<date>(?P<year>1[6-9]\d\d|20\d\d)(?![\d/]|\s?[-–]\s?\d)(?P<suffix>%(RU_SUFFIX)s)?)",
             in_text=True, check=_cued, year=True, examples=("in 1923", "autumn of 1926", "1922 г.", "в 1922 году")),
    _pattern("year-range-cued",
             r"(?:%(CUE)s)?(?P<date>(?<!\d)(?P<year>1[6-9]\d\d|20\d\d)%(DASH)s%(YEAR2)s(?P<suffix>%(RU_SUFFIX)s)?)",
             in_text=True, check=_cued, year=True, examples=("in 1912-1913", "1920-1930 гг.")),
    _pattern("year-range",
             r"(?<![\w.])%(OPEN)s(?P<year>1[6-9]\d\d|20\d\d)%(DASH)s%(YEAR2)s%(RU_SUFFIX)s?%(CLOSE)s",
             in_text=False, year=True, examples=("1921-1923", "[1921-1923]", "1921-1923 гг.")),
    _pattern("year-bare",
             r"(?<![\w.№])(?<!No\.\s)(?P<year>1[6-9]\d\d|20\d\d)(?!\d)%(RU_SUFFIX)s?",
             in_text=False, year=True, examples=("1923", "1923 г.")),
    _pattern("numeric-roman",
             r"%(NUM_START)s%(OPEN)s%(QUAL)s%(DAY)s(?:[/.\-]|\.\s(?=%(ROMAN_DOT)s))%(ROMAN)s"
             r"(?:%(CLOSE)s%(YEAR_SEP)s%(OPEN)s(?:%(YEAR)s|%(YYY)s|%(YY)s)%(CLOSE)s%(RU_SUFFIX)s?)?%(CLOSE)s%(NUM_END)s",
             numeric=True, in_text=True, month_reading="roman",
             examples=("9/XI", "18/V 22", "5/IV-26", "10/I 1926", "13/I-26", "27.IX.1921", "12.IX.25",
                       "12-IX-25", "12/IX [1925]", "[12/IX] 1925", "12.IX.25 г.", "[не позднее 9.V.1926 г.]",
                       "3. XI. 93", "12. X. 1905", "3.III.05", "3. XI. 905")),
    _pattern("numeric-roman-spaced",
             r"%(NUM_START)s%(OPEN)s%(DAY)s%(SP)s%(ROMAN)s%(SP)s(?:%(YEAR)s|%(YY)s)%(CLOSE)s%(NUM_END)s",
             numeric=True, in_text=False, month_reading="roman", examples=("12 IX 25", "3 X 1925", "12 IX [1925]")),
    _pattern("numeric-roman-ocr",
             r"%(NUM_START)s%(DAY)s[/.](?P<month>(?=[IVX1]*1)[IVX1]{2,4})"
             r"(?:%(YEAR_SEP)s(?:%(YEAR)s|%(YY)s))?%(NUM_END)s",
             numeric=True, in_text=False, in_text_if_agreeing=True, month_reading="roman-ocr",
             examples=("16/11 21", "5/1V-26", "2/111 22", "16/X1 21")),
    _pattern("numeric-arabic",
             r"%(NUM_START)s%(DAY)s(?:/|\.\s?)(?P<month>[01]?\d)(?!\d)(?:%(YEAR_SEP)s(?:%(YEAR)s|%(YYY)s|%(YY)s))?%(NUM_END)s",
             numeric=True, in_text=False, in_text_if_agreeing=True, month_reading="arabic",
             examples=("31/7", "24/5 20", "16/11 21", "24.05.1920", "3. 11. 1893", "2. 6. 12", "15/3/95",
                       "6. 4. 903")),
    _pattern("numeric-iso",
             r"%(NUM_START)s%(YEAR)s-(?P<month>0[1-9]|1[0-2])-%(DAY)s%(NUM_END)s",
             in_text=True, month_reading="arabic", year=True, examples=("1895-03-15", "1917-11-07")),
    _pattern("numeric-compact",
             r"(?<![\w.])(?P<year>1[6-9]\d\d|20\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?!\w)",
             in_text=False, month_reading="arabic", year=True, examples=("18950315", "19171107")),
)

PATTERNS: tuple[DatePattern, ...] = _dual_patterns() + _SINGLE_CALENDAR
PATTERNS_BY_NAME: dict[str, DatePattern] = {p.name: p for p in PATTERNS}

DATE_LEAD = re.compile(rf"(?<![^\W\d_])(?i:{lexicon.alternation('date-lead')})\s*$")
"""A word that leads into a dateline's date after its place (``Paris, le``, ``Zug den``)."""

OLD_STYLE = re.compile(rf"\s*(?:\((?i:{lexicon.alternation('old-style')})\)|,?\s*(?i:{lexicon.alternation('old-style')}))"
                       r"(?![^\W\d_])")
"""A mark after a date that says it is given in the Julian calendar (``O.S.``, ``ст. ст.``)."""

TIME_OF_DAY = re.compile(rf"(?<![\w.:/])(?:(?:at|в)\s+)?{_TIME}(?!\w)", re.IGNORECASE)
"""A time of day: ``14 h. 20 min.``, ``14.20``, ``at 2 p.m.``, ``в 14 ч. 20 м.``, ``4 o'clock P.M.``,
``½ past 8 P.M.``."""

TRANSMISSION_WORDS = (
    "filed", "sent", "dispatched", "handed in", "received", "accepted", "transmitted", "deciphered",
    "decoded", "by direct wire", "on a direct wire", "by telegraph", "by wire",
    "подана", "отправлена", "передана", "принята", "получена", "расшифрована",
    "по прямому проводу", "по телеграфу",
)
"""Words of a telegram's transmission line. In a line that opens with one of them, they and the
``TRANSMISSION_LINKS`` are neither counted against a dateline's length nor taken as its place."""

TRANSMISSION_LINKS = ("from", "in", "at", "on", "and", "из", "в", "и")

PLACE_LINKS = ("of", "on", "upon", "na", "am", "an", "sur", "на", "под")
"""Lower-case words inside a place's name, between two capitalised words (``Field of Mars``,
``Rostov on Don``, ``Ростов на Дону``)."""

TRANSMISSION_OPENING = re.compile(rf"(?:{_phrases(TRANSMISSION_WORDS)})(?!\w)", re.IGNORECASE)
TRANSMISSION_WORD = re.compile(rf"(?<!\w)(?:{_phrases(TRANSMISSION_WORDS + TRANSMISSION_LINKS)})(?!\w)",
                               re.IGNORECASE)
