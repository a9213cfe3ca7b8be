"""Dates in letters, read into TEI's ISO 8601 attributes.

The forms are the named patterns of :mod:`teikit.convert.date_grammar`; this
module runs them over a text and reads each match in the document's context. A
missing year or century comes from that context (a date told earlier in the same
text, the heading date, the collection's span), never from today's date. An
impossible date (31/II) keeps its text, gets no attributes and carries a
``problem`` to report. A dateline's place follows the same rules in a line that
names only a place (:func:`place_line`) and in a dateline that opens a line of
text (:func:`opening_dateline`).
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from datetime import date
from dataclasses import dataclass
from functools import lru_cache

from teikit.convert import lexicon
from teikit.convert.date_grammar import (
    DATE_LEAD,
    MONTHS,
    OLD_STYLE,
    ORDINAL_DAYS,
    PATTERNS,
    PATTERNS_BY_NAME,
    PLACE_LINKS,
    QUALIFIERS,
    ROMAN_LOOKALIKES,
    ROMAN_MONTHS,
    SEASONS,
    TIME_OF_DAY,
    TRANSMISSION_OPENING,
    TRANSMISSION_WORD,
    DatePattern,
    anchor_windows,
    anchors,
)

_BRACKETED = re.compile(r"\[([^\[\]]*)\]")
_YEAR_SPAN = re.compile(rf"(?<!\d)(1[5-9]\d\d|20\d\d)(?:\s?[-–—]\s?|\s+(?i:{lexicon.alternation('year-span-link')})\s+)"
                        r"(1[5-9]\d\d|20\d\d)(?!\d)")
_WORD = re.compile(r"\w+(?:[-‐]\w+)*")
_ENDS_IN_LONE_NUMBER = re.compile(r"(?<=\s)\d{1,2}$")
_FURNITURE_YEAR = re.compile(r"(?<![©\w.\-–/])(?<!\(c\)\s)(?<!©\s)(1[5-9]\d\d|20\d\d)(?![\w.\-–/])")
_WEEKDAY_WORDS = lexicon.folded("weekday") | lexicon.folded("day-part")
_SLASHED = re.compile(r"\w/\w")
_PARENTHESIS = re.compile(r"\([^()]*\)")
_SENTENCE_BREAK = re.compile(r"(?<=[.!])\s+(?=[\"“«(\[]?[A-ZА-ЯЁ])")
_MARKER_PUNCTUATION = re.compile(r"\s[,.;:](?!\d)")
_EDGE_PUNCT = " \t,.;:-–—[]|"
JULIAN = "#julian"
"""``@datingMethod`` of a date given in the Julian calendar: the calendar the document declares."""
DATELINE_MAX_WORDS = 5
"""A dateline holds at most this many words besides its date, times of day and transmission
words (place, "from")."""
PLACE_LINE_MAX_WORDS = 4
"""A line that only names a place holds at most this many words besides the links in the name."""
_NOT_IN_PLACE_LINE = re.compile(r"[\d,;:!?|«»\"“”]")


@dataclass(frozen=True)
class DateContext:
    """What the document tells about its own time, for dates that leave a part out."""

    year: int | None = None
    """A year known from the document (its heading date or dateline)."""
    span: tuple[int, int] | None = None
    """The collection's span, e.g. (1912, 1927) from its title."""
    lang: str | None = None
    """``en`` or ``ru`` to use only that language's month names; None uses both."""
    month: int | None = None
    """The document's month, when known: a year-less date is read as the nearest such
    date, and ``16/11 21`` in a letter of January to March as an OCR'd ``16/II 21``."""
    told: bool = False
    """The year and month are those of a date told earlier in the same text: a year-less
    date is read as the nearest such date in that year or the next (narrative goes forward)."""
    year_source: str | None = None
    """Where ``year`` comes from, for the report (``the heading``)."""
    span_source: str | None = None
    """Where ``span`` comes from (``the collection's title``)."""


@dataclass(frozen=True)
class DateMatch:
    """One date in a text: where it stands, its ISO attributes, and how it was read."""

    start: int
    end: int
    """Offsets in the text given; a bracketed date includes its brackets."""
    attrs: dict[str, str]
    """``{"when": ...}``, ``{"from": ..., "to": ...}``, ``{"notBefore": ...}`` or
    ``{"notAfter": ...}``; empty when the date is impossible."""
    supplied: bool
    """Some part stands in editorial square brackets (TEI ``evidence="conjecture"``)."""
    pattern: str
    problem: str | None = None
    supplied_spans: tuple[tuple[int, int], ...] = ()
    """Offsets of the words inside each pair of editorial brackets (brackets excluded)."""
    place: tuple[int, int] | None = None
    """In a dateline: the offsets of the words that name the place, if any."""
    day: bool = False
    """The date names a day (not only a month or a year)."""
    own_year: bool = False
    """The date prints its year; else its year, if any, comes from the context."""
    year_from: str | None = None
    """Where a year the date does not print was read from (``the heading``), for the report."""

    @property
    def precision(self) -> str | None:
        """How finely the date is known: ``day``, ``month`` or ``year`` for a single date,
        ``range`` for from-to, ``bound`` for not-before/not-after, None when impossible."""
        when = self.attrs.get("when")
        if when is not None:  # 1925, 1925-09, 1925-09-12; --09-12 has no year
            parts = when.lstrip("-").count("-") + 1 + when.startswith("--")
            return ("year", "month", "day")[parts - 1]
        if "from" in self.attrs:
            return "range"
        return "bound" if self.attrs else None

    def refines(self, other: DateMatch) -> bool:
        """This date is a finer point inside the other single date: ``12/IX`` read as 1913-09-12
        refines ``[1913]``, and 1925-09-12 refines ``[September] 1925``."""
        mine, theirs = self.attrs.get("when"), other.attrs.get("when")
        return bool(mine and theirs and not theirs.startswith("-") and mine.startswith(theirs + "-"))


def year_span(title: str) -> tuple[int, int] | None:
    """The span of years a collection title names: ``"... 1912-1927"``, ``"aus den Jahren 1779 bis
    1786"`` -> ``(1912, 1927)``, ``(1779, 1786)``."""
    for m in _YEAR_SPAN.finditer(title):
        first, last = int(m.group(1)), int(m.group(2))
        if first <= last:
            return first, last
    return None


def find_dates(text: str, context: DateContext, *, heading: bool = False) -> list[DateMatch]:
    """Every date in running text, non-overlapping, in text order (longest reading wins).

    A ``heading`` is read with the dateline forms of a day too (``Schnitzler an Bahr, Wien, 3. 11. 1893``).

    A date that leaves its year out takes it from the last date before it in the same text
    that names a month and its year (``October 3, 1919 ... on October 5``), else from the
    document's context.
    """
    found = [c for c in _candidates(text, context, in_text_only=not heading)
             if not heading or c.day or PATTERNS_BY_NAME[c.pattern].in_text]
    chosen: list[DateMatch] = []
    for cand in sorted(found, key=lambda d: (d.start - d.end, d.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    dates: list[DateMatch] = []
    told: DateContext | None = None
    for date in sorted(chosen, key=lambda d: d.start):
        if not date.own_year:
            if told is None:
                dates.append(date)
                continue
            date = _reread(text, date, told)
        dates.append(date)
        told = _month_told(date, context) or told
    return dates


def _month_told(date: DateMatch, context: DateContext) -> DateContext | None:
    """The context a date gives the dates after it: its year and month, if it names both."""
    value = next(iter(date.attrs.values()), "")
    if not (value[:4].isdigit() and value[5:7].isdigit()):
        return None
    return dataclasses.replace(context, year=int(value[:4]), month=int(value[5:7]), told=True,
                               year_source="an earlier date in the same text")


def _reread(text: str, date: DateMatch, context: DateContext) -> DateMatch:
    """The same reading of the same words in another context."""
    again = [d for d in _readings(text, context, True, date.start, date.end)
             if (d.start, d.end, d.pattern) == (date.start, date.end, date.pattern)]
    return again[0] if again else date


def parse_dateline(text: str, context: DateContext) -> DateMatch | None:
    """The date of a line that is (mostly) a date, with the place beside it if any.

    ``"Baku, May 4, 1920."``, ``"Tashkent 18/V 22"``, ``"[August 1924]"``,
    ``"Filed from Moscow 13/I-26"``, ``"Filed from Saratov 26/IV-1919, 14 h. 20 min."``.
    None when the line says more than a dateline does.
    """
    found = _candidates(text, context, in_text_only=False)
    if not found:
        return None
    best = min(found, key=lambda d: (d.start - d.end, d.start))
    around = _blank(text, TIME_OF_DAY, best)
    lead = DATE_LEAD.search(around, 0, best.start)
    if lead:
        around = around[: lead.start()] + " " * (best.start - lead.start()) + around[best.start :]
    rest = _WORD.findall(around[: best.start]) + _WORD.findall(around[best.end :])
    if not best.day and any(w[0].islower() for w in rest):
        return None  # a bare year or month beside other words is no dateline ("Collection of documents 1996")
    if TRANSMISSION_OPENING.match(text.lstrip(_EDGE_PUNCT)):
        around = _blank(around, TRANSMISSION_WORD, best)
    if len(_WORD.findall(around[: best.start]) + _WORD.findall(around[best.end :])) > DATELINE_MAX_WORDS:
        return None
    place = _place_span(around, 0, best.start) or _place_span(around, best.end, len(text))
    return dataclasses.replace(best, place=place, supplied=best.supplied or _enclosed(text, best.start, best.end))


def opening_dateline(text: str, context: DateContext) -> int | None:
    """Where a dateline that opens a line of the letter's text ends, or None.

    In ``"Tiflis, March 3, 1921. We received ..."`` the dateline is ``"Tiflis, March 3, 1921."``: a
    sentence that holds a day's date and at most a place before it, with a new sentence after.
    """
    for brk in _SENTENCE_BREAK.finditer(text):
        head = text[: brk.start()]
        if len(_WORD.findall(head)) > DATELINE_MAX_WORDS + 3:
            return None
        match = parse_dateline(head, context)
        if match is None or not match.day or head[match.end :].strip(_EDGE_PUNCT):
            continue
        before = head[: match.place[0]] + head[match.place[1] : match.start] if match.place else head[: match.start]
        if not _WORD.search(_PARENTHESIS.sub("", before)):
            return len(head)
    return None


def place_line(text: str) -> tuple[int, int] | None:
    """The offsets of the place a line names when it says nothing else, or None.

    ``"Khutor Verkhny N[ovo]cherkassk."``, ``"Field of Mars (near Pskov)."``,
    ``"Ростов н/Д."``: one sentence of at most ``PLACE_LINE_MAX_WORDS`` capitalised words
    (links inside a name not counted) that ends in a full stop, with editorial brackets and
    a locator in round brackets after the name, as in a dateline's place. No initials
    (``T. Lebedev.``), commas, digits or other punctuation, no transmission words (``By
    direct wire.``): whether such a line is a place is for its position in the letter to tell.
    """
    body = text.rstrip()
    outside = _PARENTHESIS.sub("", body)
    if not body.endswith(".") or _NOT_IN_PLACE_LINE.search(outside) or TRANSMISSION_OPENING.match(body):
        return None
    span = _place_span(body, 0, len(body))
    if span is None or _WORD.search(_PARENTHESIS.sub("", body[: span[0]] + body[span[1] :])):
        return None
    name = body[span[0] : span[1]]
    words = [w for w in name.split() if w not in PLACE_LINKS]
    return span if len(words) <= PLACE_LINE_MAX_WORDS and "." not in name and min(map(len, words)) > 1 else None


def place_above_date(text: str, below: str, below_is_dateline: bool) -> tuple[int, int] | None:
    """The offsets of the place a letter's first line names above its dateline or its day of the
    week (``Kew`` over ``July 2d. /66.``, ``Down Bromley Kent`` over ``Friday Evening``,
    ``Darmstadt,`` over ``den 18. November 1871.``), or None. The line names only a place, as
    :func:`place_line` reads one, its full stop or comma left out; the line below is a dateline
    without a place of its own, or names nothing but days and parts of a day."""
    words = _WORD.findall(below)
    if not (below_is_dateline or (words and all(w.casefold() in _WEEKDAY_WORDS for w in words))):
        return None
    if below_is_dateline and (match := parse_dateline(below, DateContext())) is not None and match.place:
        return None
    name = text.rstrip().rstrip(",.;:")
    return place_line(name + ".") if name and not name.endswith(".") else None


def _blank(text: str, words: re.Pattern[str], date: DateMatch) -> str:
    """The text with what the expression finds outside the date blanked out (offsets kept)."""
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group()) if m.end() <= date.start or m.start() >= date.end else m.group()
    return words.sub(blank, text)


def _enclosed(text: str, start: int, end: int) -> bool:
    """The editors' brackets hold the whole dateline around the date: ``[Winter 1924]``."""
    before, after = text[:start], text[end:]
    return before.rfind("[") > before.rfind("]") and after.find("]") >= 0 and (
        after.find("[") < 0 or after.find("]") < after.find("["))


def _candidates(text: str, context: DateContext, *, in_text_only: bool) -> list[DateMatch]:
    """Every reading of the text; one that ends in a lone number in a note marker's place
    (``July 1 ,``) gives way to the readings that end before that number, if there are any
    (``the first of July``, or ``12/IX`` for ``12/IX 25 ,``)."""
    found = _readings(text, context, in_text_only, 0, len(text))
    kept = []
    for cand in found:
        number = _ENDS_IN_LONE_NUMBER.search(text, cand.start, cand.end)
        if number is None or not _MARKER_PUNCTUATION.match(text, cand.end):
            kept.append(cand)
            continue
        cut = number.start()
        while cut > cand.start and text[cut - 1] in " \t,":
            cut -= 1
        shorter = [c for c in found + _readings(text, context, in_text_only, cand.start, cut)
                   if c is not cand and c.start < cut and c.end <= cut and c.end > cand.start]
        kept += [cand] if not shorter else [c for c in shorter if c not in found]
    return kept


def _readings(text: str, context: DateContext, in_text_only: bool, pos: int, endpos: int) -> list[DateMatch]:
    """Every reading of every pattern that applies, within text[pos:endpos]."""
    return list(_cached_readings(text, context, in_text_only, pos, endpos))


@lru_cache(maxsize=4096)
def _cached_readings(text: str, context: DateContext, in_text_only: bool, pos: int,
                     endpos: int) -> tuple[DateMatch, ...]:
    """The readings of a text, found once: a text is read as a dateline, for its document's date
    and again when it is encoded. Only the patterns whose anchors the text holds are run, and
    each only near those anchors; the matches are those of a run over the whole text."""
    held = anchors(text[pos:endpos])
    windows: dict[str, list[tuple[int, int]]] = {}
    found = []
    for pattern, if_agreeing in _applicable(in_text_only, context.lang):
        if not pattern.needs <= held:
            continue
        if pattern.window is not None and pattern.window not in windows:
            windows[pattern.window] = anchor_windows(text, pos, endpos, pattern.window)
        last = pos
        for first, end in windows[pattern.window] if pattern.window else [(pos, endpos)]:
            for m in pattern.regex.finditer(text, max(first, last), end):
                last = m.end()
                match = _read_match(m, pattern, context)
                if match is not None and (not if_agreeing or _agrees(match, context)):
                    found.append(match)
    return tuple(found)


@lru_cache(maxsize=None)
def _applicable(in_text_only: bool, lang: str | None) -> tuple[tuple[DatePattern, bool], ...]:
    """The patterns run on a text of the language, each with whether it must agree with the
    document's date (a dateline form found in running text)."""
    return tuple((p, in_text_only and not p.in_text) for p in PATTERNS
                 if _speaks(p, lang) and (p.in_text or not in_text_only or p.in_text_if_agreeing))


def _agrees(date: DateMatch, context: DateContext) -> bool:
    """The date prints its year and names a day of the document's own month and year."""
    if context.year is None or context.month is None or not date.own_year:
        return False
    return date.attrs.get("when", "").startswith(f"{context.year:04d}-{context.month:02d}-")


def _speaks(pattern: DatePattern, lang: str | None) -> bool:
    return lang is None or pattern.lang is None or pattern.lang == lang


def _read_match(m: re.Match[str], pattern: DatePattern, context: DateContext) -> DateMatch | None:
    if pattern.check is not None and not pattern.check(m):
        return None
    g = {k: v for k, v in m.groupdict().items() if v}
    span = _paired(m.string, *(m.span("date") if "date" in g else m.span()))
    if span is None:
        return None
    start, end = span
    month = _month(g.get("month"), pattern.month_reading, context)
    month2 = _month(g.get("month2") or g.get("jmonth"), "name", context)
    if ("month" in g and month is None) or (("month2" in g or "jmonth" in g) and month2 is None):
        return None
    year = _year(g, context, month)
    attrs = _dual(g, year, month, month2) if "jday" in g else _attrs(g, year, month, month2)
    if attrs is None:
        return None
    old_style = OLD_STYLE.match(m.string, end) if "day" in g and "when" in attrs and "jday" not in g else None
    if old_style:
        attrs = _old_style(attrs["when"])
        end = old_style.end()
    text = m.string[start:end]
    supplied_spans = tuple((start + b.start(1), start + b.end(1)) for b in _BRACKETED.finditer(text)
                           if b.group(1).strip().casefold() not in _WEEKDAY_WORDS)  # [Mittwoch]: a note, not the date
    problem = None
    if not attrs:
        problem = f"impossible date {text.strip('[]')}"
    own_year = bool({"year", "yy", "yyy"} & g.keys())
    return DateMatch(start, end, attrs, bool(supplied_spans), pattern.name, problem, supplied_spans,
                     day="day" in g, own_year=own_year, year_from=None if own_year else _year_source(context))


def _paired(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without the unpaired brackets at its edges; None if one is left inside it."""
    opened: list[int] = []
    unpaired: list[int] = []
    for i in range(start, end):
        if text[i] == "[":
            opened.append(i)
        elif text[i] == "]":
            if opened:
                opened.pop()
            else:
                unpaired.append(i)
    unpaired = sorted(unpaired + opened)
    while unpaired and unpaired[0] == start:
        unpaired.pop(0)
        start += 1
    while unpaired and unpaired[-1] == end - 1:
        unpaired.pop()
        end -= 1
    return None if unpaired else (start, end)


def _month(token: str | None, reading: str, context: DateContext) -> int | None:
    if token is None:
        return None
    if reading == "roman":
        return ROMAN_MONTHS.get("".join(ROMAN_LOOKALIKES.get(c, c) for c in token))
    if reading == "roman-ocr":
        month = ROMAN_MONTHS.get(token.replace("1", "I"))
        if token.isdigit() and 1 <= int(token) <= 12 and not (month and _within_a_month(month, context.month)):
            return None  # a real arabic month unless the document's month makes it an OCR'd Roman one
        return month
    if reading == "arabic":
        return int(token) if 1 <= int(token) <= 12 else None
    key = token.rstrip(".").casefold()
    return MONTHS.get(key)


def _within_a_month(month: int, other: int | None) -> bool:
    """The two months are the same or neighbours (December and January too)."""
    return other is not None and (month - other) % 12 in (0, 1, 11)


def _year(g: dict[str, str], context: DateContext, month: int | None) -> int | None:
    if "year" in g:
        return int(g["year"].replace("[", "").replace("]", ""))  # [18]72
    if "yyy" in g:
        return 1000 + int(g["yyy"])
    if "yy" in g:
        return _with_century(int(g["yy"]), context)
    if context.year is not None:
        if month is not None and context.month is not None:
            years = [context.year, context.year + 1] + ([] if context.told else [context.year - 1])
            here = context.year * 12 + context.month
            return min(years, key=lambda y: abs(y * 12 + month - here))  # a tie keeps the context's year
        return context.year
    if context.span and context.span[0] == context.span[1]:
        return context.span[0]
    return None


def _year_source(context: DateContext) -> str | None:
    """Where :func:`_year` takes a year the date leaves out from."""
    if context.year is not None:
        return context.year_source or "the document's date"
    if context.span and context.span[0] == context.span[1]:
        return context.span_source or "the collection's years"
    return None


def furniture_years(lines: list[str]) -> tuple[int, int] | None:
    """The years a page's navigation and running heads name (``Briefe > 1893 > L041000``,
    ``ESCHER · BRIEFE 1847    245``) when they agree within a year; a year after a copyright
    sign is the site's, not the letters'."""
    years = {int(m.group(1)) for line in lines for m in _FURNITURE_YEAR.finditer(line)}
    return (min(years), max(years)) if years and max(years) - min(years) <= 1 else None


def _with_century(yy: int, context: DateContext) -> int:
    if context.year is not None:
        return context.year // 100 * 100 + yy
    if context.span:
        for century in sorted({context.span[0] // 100, context.span[1] // 100}):
            if context.span[0] <= century * 100 + yy <= context.span[1]:
                return century * 100 + yy
    return 1900 + yy


def _attrs(g: dict[str, str], year: int | None, month: int | None, month2: int | None) -> dict[str, str] | None:
    """The ISO attributes; {} for an impossible date, None when the match is no date."""
    day = _day(g["day"]) if "day" in g else None
    if "season" in g:
        first_month, last_month = SEASONS[g["season"].casefold()]
        return {"from": f"{year:04d}-{first_month:02d}", "to": f"{year:04d}-{last_month:02d}"}
    if "year2" in g:
        last = int(g["year2"])
        return {"from": f"{year:04d}", "to": f"{last:04d}"} if 0 <= last - year <= 100 else None
    first = _iso(year, month, day)
    if first is None:
        return {}
    if "day2" in g:
        end_month = month2 or month
        start_year = year - 1 if year is not None and month2 is not None and month2 < month else year
        first = _iso(start_year, month, day)
        last = _iso(year, end_month, int(g["day2"]))
        if first is None or last is None or (end_month == month and int(g["day2"]) <= day):
            return {}
        return {"from": first, "to": last}
    if "qual" in g:
        attr, _bracketed = QUALIFIERS[" ".join(g["qual"].casefold().split())]
        return {attr: first}
    return {"when": first}


def _dual(g: dict[str, str], year: int | None, month: int | None, jmonth: int | None) -> dict[str, str] | None:
    """A date in both calendars: ``@when`` the Gregorian, ``@when-custom`` the Julian; None when
    the two days are not one day told in the two calendars (``3 (16) people``)."""
    day, jday = _day(g["day"]), int(g["jday"])
    if month is None:
        return None
    if jmonth is None:
        jmonth = month if day >= jday else (month - 2) % 12 + 1
    jyear = int(g["jyear"]) if "jyear" in g else year - 1 if year is not None and jmonth > month else year
    gregorian, julian = _iso(year, month, day), _iso(jyear, jmonth, jday)
    if gregorian is None or julian is None:
        return None
    if jyear is not None and _julian_to_gregorian(jyear, jmonth, jday) != (year, month, day):
        return None
    return {"when": gregorian, "when-custom": julian, "datingMethod": JULIAN}


def _old_style(when: str) -> dict[str, str]:
    """A day given in the Julian calendar (``O.S.``): its Gregorian date and itself."""
    if when.startswith("-"):
        return {"when-custom": when, "datingMethod": JULIAN}
    year, month, day = _julian_to_gregorian(*map(int, when.split("-")))
    return {"when": f"{year:04d}-{month:02d}-{day:02d}", "when-custom": when, "datingMethod": JULIAN}


def _julian_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian date of a day of the Julian calendar (through the Julian day number)."""
    shift = (14 - month) // 12
    y, m = year + 4800 - shift, month + 12 * shift - 3
    julian_day = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    gregorian = date.fromordinal(julian_day - 1721425)
    return gregorian.year, gregorian.month, gregorian.day


def _day(token: str) -> int:
    """A day as printed: ``4``, ``4th`` or an ordinal word (``first``, ``twenty first``)."""
    digits = re.match(r"\d+", token)
    return int(digits.group()) if digits else ORDINAL_DAYS["-".join(token.casefold().split())]


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    """ISO 8601 (or W3C gMonthDay ``--MM-DD`` without a year); None if impossible."""
    if year is None and month is None:
        return None
    if day is not None:
        if month is None:
            return None
        if not 1 <= day <= calendar.monthrange(year if year is not None else 2000, month)[1]:
            return None
    parts = [f"{year:04d}" if year is not None else "-"]
    parts += [f"{month:02d}"] if month is not None else []
    parts += [f"{day:02d}"] if day is not None else []
    return "-".join(parts)


def _place_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words naming a place in text[start:end]: those after the last lower-case word.

    An abbreviation with a slash (``Ростов н/Д``) and a link between capitalised words
    (``Field of Mars``) are part of the name; a locator in round brackets (``(near
    Pskov)``) is left out of it, unless nothing stands outside the brackets; a day of the week
    and a part of the day (``Wien, Sonntag``, ``Croisset, vendredi soir``) are not part of it.
    """
    part = text[start:end]
    outside = _PARENTHESIS.sub(lambda m: " " * len(m.group()), part)
    part = outside if outside.strip(_EDGE_PUNCT) else part
    tokens = [t for t in re.finditer(r"\S+", part)
              if t.group().strip(_EDGE_PUNCT).casefold() not in _WEEKDAY_WORDS]
    lower = [i for i, t in enumerate(tokens) if not _in_name(tokens, i)]
    kept = tokens[lower[-1] + 1 :] if lower else tokens
    if not kept:
        return None
    first, last = kept[0].start(), kept[-1].end()
    while first < last and part[first] in _EDGE_PUNCT:
        first += 1
    while last > first and part[last - 1] in _EDGE_PUNCT:
        last -= 1
    if not (first < last and part[first].isalpha()):
        return None
    return _narrowed(part, first, last, start)


_ADDRESS_PART = re.compile(r",\s*\d[^,]*(?=,|$)")
_BRACKETED_END = re.compile(r"\s\[([^\[\]]+)\]?$")


def _narrowed(part: str, first: int, last: int, offset: int) -> tuple[int, int]:
    """The place within the words a dateline gives before its date: the editors' bracketed
    place after other words (``Bahr, Hermann [Wien]``: ``Wien``), the town before a street
    address that holds a house number (``Manchester, 7, Southgate``: ``Manchester``)."""
    name = part[first:last]
    bracketed = _BRACKETED_END.search(name + ("]" if part[last:last + 1] == "]" else ""))
    if bracketed and bracketed.start() > 0:
        return offset + first + bracketed.start(1), offset + first + bracketed.end(1)
    if _ADDRESS_PART.search(name):
        town = name.split(",")[0].rstrip()
        return offset + first, offset + first + len(town)
    return offset + first, offset + last


def _in_name(tokens: list[re.Match[str]], i: int) -> bool:
    """The token may stand in a place's name: capitalised, not a word, slashed, or a link
    between two capitalised words."""
    word = tokens[i].group()
    if word.endswith(":"):  # a label ("Date: 1844"), no part of a place's name
        return False
    if not _first_letter(word).islower() or _SLASHED.search(word):
        return True
    return (word in PLACE_LINKS and 0 < i < len(tokens) - 1
            and _first_letter(tokens[i - 1].group()).isupper() and _first_letter(tokens[i + 1].group()).isupper())


def _first_letter(token: str) -> str:
    return next((c for c in token if c.isalpha()), "")
