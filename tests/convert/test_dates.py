"""The date grammar: each named pattern on its own, then finding, context and datelines."""

from __future__ import annotations

import pytest

from teikit.convert import date_grammar
from teikit.convert.date_grammar import DATE_LEAD, PATTERNS, PATTERNS_BY_NAME, anchors
from teikit.convert.dates import (
    DateContext,
    _cached_readings,
    find_dates,
    furniture_years,
    opening_dateline,
    parse_dateline,
    place_line,
    year_span,
)

COLLECTION = DateContext(span=(1912, 1927))

# (pattern, text, context, attrs, supplied): the line is read by that pattern, whole.
READINGS = [
    ("en-month-day-year", "May 4, 1920", COLLECTION, {"when": "1920-05-04"}, False),
    ("en-month-day-year", "February 27 [1915]", COLLECTION, {"when": "1915-02-27"}, True),
    ("en-month-day-year", "Sept. 14, 1921", COLLECTION, {"when": "1921-09-14"}, False),
    ("en-month-day-year", "February [27], 1915", COLLECTION, {"when": "1915-02-27"}, True),
    ("en-month-day-year", "[February 27,] 1915", COLLECTION, {"when": "1915-02-27"}, True),
    ("en-month-day-year", "[February] 27, 1915", COLLECTION, {"when": "1915-02-27"}, True),
    ("en-month-day-year", "[not earlier than May 4, 1920]", COLLECTION, {"notBefore": "1920-05-04"}, True),
    ("en-month-day-year", "[later May 4, 1920]", COLLECTION, {"notBefore": "1920-05-04"}, True),
    ("en-month-day-year", "[previously May 4, 1918]", COLLECTION, {"notAfter": "1918-05-04"}, True),
    ("en-month-day-year", "[later than February 3, 1921]", COLLECTION, {"notBefore": "1921-02-03"}, True),
    ("en-month-day-year", "[earlier than May 9, 1926]", COLLECTION, {"notAfter": "1926-05-09"}, True),
    ("en-month-day-year", "not later than January 20, 1923", COLLECTION, {"notAfter": "1923-01-20"}, False),
    ("en-ordinal-of-month", "the first of July", DateContext(year=1926), {"when": "1926-07-01"}, False),
    ("en-ordinal-of-month", "the 3rd of July 1920", COLLECTION, {"when": "1920-07-03"}, False),
    ("en-ordinal-of-month", "3rd of July, 1920", COLLECTION, {"when": "1920-07-03"}, False),
    ("en-ordinal-of-month", "THE FIRST OF SEPTEMBER", DateContext(year=1920), {"when": "1920-09-01"}, False),
    ("en-ordinal-of-month", "the twenty first of May, 1924", COLLECTION, {"when": "1924-05-21"}, False),
    ("en-ordinal-of-month", "[not later than the first of July 1926]", COLLECTION, {"notAfter": "1926-07-01"}, True),
    ("en-month-day-yy", "July 3, 20", COLLECTION, {"when": "1920-07-03"}, False),
    ("en-month-day-yy", "June 8 21", COLLECTION, {"when": "1921-06-08"}, False),
    ("en-month-day", "November 9", DateContext(year=1925), {"when": "1925-11-09"}, False),
    ("en-day-month", "1 July", DateContext(year=1926), {"when": "1926-07-01"}, False),
    ("en-day-month", "[not later than 1 July]", DateContext(year=1926), {"notAfter": "1926-07-01"}, True),
    ("en-month-day-range", "October 5-6, 1925", COLLECTION, {"from": "1925-10-05", "to": "1925-10-06"}, False),
    ("en-month-day-range", "[May 23–31, 1924]", COLLECTION, {"from": "1924-05-23", "to": "1924-05-31"}, True),
    ("en-cross-month-range", "May 30 - June 2, 1924", COLLECTION, {"from": "1924-05-30", "to": "1924-06-02"}, False),
    ("en-cross-month-range", "May 30 - [June 2], 1924", COLLECTION, {"from": "1924-05-30", "to": "1924-06-02"}, True),
    ("en-month-day-range", "November [10-12], 1924", COLLECTION, {"from": "1924-11-10", "to": "1924-11-12"}, True),
    ("en-cross-month-range", "December 30 - January 2, 1925", COLLECTION,
     {"from": "1924-12-30", "to": "1925-01-02"}, False),
    ("en-day-month-year", "5 May 1920", COLLECTION, {"when": "1920-05-05"}, False),
    ("en-day-month-year", "5-6 October 1925", COLLECTION, {"from": "1925-10-05", "to": "1925-10-06"}, False),
    ("en-day-month-year", "[27] February 1915", COLLECTION, {"when": "1915-02-27"}, True),
    ("en-day-month-year", "27 [February] 1915", COLLECTION, {"when": "1915-02-27"}, True),
    ("en-day-month-year", "[27 February] 1915", COLLECTION, {"when": "1915-02-27"}, True),
    ("en-day-month-yy", "3 July 20", COLLECTION, {"when": "1920-07-03"}, False),
    ("en-day-month-yy", "12 Sept. 25", COLLECTION, {"when": "1925-09-12"}, False),
    ("en-month-year", "August 1924", COLLECTION, {"when": "1924-08"}, False),
    ("en-month-year", "[August 1924]", COLLECTION, {"when": "1924-08"}, True),
    ("en-month-year", "[late August 1924]", COLLECTION, {"when": "1924-08"}, True),
    ("en-month-year", "[September] 1925", COLLECTION, {"when": "1925-09"}, True),
    ("en-month-year", "[March] 1925", COLLECTION, {"when": "1925-03"}, True),
    ("en-month-year", "September [1925]", COLLECTION, {"when": "1925-09"}, True),
    ("en-between", "[between May 4 and 10, 1920]", COLLECTION, {"from": "1920-05-04", "to": "1920-05-10"}, True),
    ("en-between", "between May 30 and June 2, 1924", COLLECTION, {"from": "1924-05-30", "to": "1924-06-02"}, False),
    ("season-year", "[Autumn 1924]", COLLECTION, {"from": "1924-09", "to": "1924-11"}, True),
    ("season-year", "[осень 1924 г.]", COLLECTION, {"from": "1924-09", "to": "1924-11"}, True),
    ("ru-day-month-year", "27 февраля 1915 г.", COLLECTION, {"when": "1915-02-27"}, False),
    ("ru-day-month-year", "5-6 октября 1925 г.", COLLECTION, {"from": "1925-10-05", "to": "1925-10-06"}, False),
    ("ru-day-month-year", "[не позднее 4 мая 1918 г.]", COLLECTION, {"notAfter": "1918-05-04"}, True),
    ("ru-day-month-year", "[не ранее 4 мая 1920 г.]", COLLECTION, {"notBefore": "1920-05-04"}, True),
    ("ru-day-month-year", "[после 4 мая 1920 г.]", COLLECTION, {"notBefore": "1920-05-04"}, True),
    ("ru-day-month-year", "[до 4 мая 1920 г.]", COLLECTION, {"notAfter": "1920-05-04"}, True),
    ("ru-day-month-year", "12 сентября 1925 г.", COLLECTION, {"when": "1925-09-12"}, False),
    ("ru-day-month-year", "[12] сентября 1925 г.", COLLECTION, {"when": "1925-09-12"}, True),
    ("ru-day-month-year", "6 мая 1920 года", COLLECTION, {"when": "1920-05-06"}, False),
    ("ru-day-month-year", "10 АВГУСТА 1920 Г.", COLLECTION, {"when": "1920-08-10"}, False),
    ("ru-day-month", "27 февраля", DateContext(year=1915), {"when": "1915-02-27"}, False),
    ("ru-month-year", "[август 1924]", COLLECTION, {"when": "1924-08"}, True),
    ("ru-month-year", "августе 1924 г.", COLLECTION, {"when": "1924-08"}, False),
    ("ru-month-year", "[конец августа 1924 г.]", COLLECTION, {"when": "1924-08"}, True),
    ("ru-month-year", "[сентябрь] 1925 г.", COLLECTION, {"when": "1925-09"}, True),
    ("year-bracketed", "[1923]", COLLECTION, {"when": "1923"}, True),
    ("year-bracketed", "[not earlier than 1923]", COLLECTION, {"notBefore": "1923"}, True),
    ("year-bracketed", "[до 1923 г.]", COLLECTION, {"notAfter": "1923"}, True),
    ("year-bracketed", "[early 1925]", COLLECTION, {"when": "1925"}, True),
    ("year-bracketed", "[Начало 1925 г.]", COLLECTION, {"when": "1925"}, True),
    ("year-range", "1921-1923", COLLECTION, {"from": "1921", "to": "1923"}, False),
    ("year-range", "[1921-1923]", COLLECTION, {"from": "1921", "to": "1923"}, True),
    ("year-bare", "1923", COLLECTION, {"when": "1923"}, False),
    ("numeric-roman", "9/XI", DateContext(year=1925), {"when": "1925-11-09"}, False),
    ("numeric-roman", "18/V 22", COLLECTION, {"when": "1922-05-18"}, False),
    ("numeric-roman", "5/IV-26", COLLECTION, {"when": "1926-04-05"}, False),
    ("numeric-roman", "10/I 1926", COLLECTION, {"when": "1926-01-10"}, False),
    ("numeric-roman", "13/I-26", COLLECTION, {"when": "1926-01-13"}, False),
    ("numeric-roman", "27.IX.1921", COLLECTION, {"when": "1921-09-27"}, False),
    ("numeric-roman", "12.IX.25", COLLECTION, {"when": "1925-09-12"}, False),
    ("numeric-roman", "12.IX.1925", COLLECTION, {"when": "1925-09-12"}, False),
    ("numeric-roman", "3/X 25", COLLECTION, {"when": "1925-10-03"}, False),
    ("numeric-roman", "15/II-1926", COLLECTION, {"when": "1926-02-15"}, False),
    ("numeric-roman", "12/IX [1925]", COLLECTION, {"when": "1925-09-12"}, True),
    ("numeric-roman", "12-IX-25", COLLECTION, {"when": "1925-09-12"}, False),
    ("numeric-roman", "12.IX.25 г.", COLLECTION, {"when": "1925-09-12"}, False),
    ("numeric-roman", "10.VIII.20", COLLECTION, {"when": "1920-08-10"}, False),
    ("numeric-roman", "[Не позднее 9.V.1926 г.]", COLLECTION, {"notAfter": "1926-05-09"}, True),
    ("numeric-roman", "[previously 9/V 26]", COLLECTION, {"notAfter": "1926-05-09"}, True),
    ("numeric-roman", "16/IX-25", COLLECTION, {"when": "1925-09-16"}, False),
    ("numeric-roman", "3/Х-25", COLLECTION, {"when": "1925-10-03"}, False),  # Cyrillic Х
    ("numeric-roman", "14/ХІ 22", COLLECTION, {"when": "1922-11-14"}, False),  # Cyrillic Х and І
    ("numeric-roman-spaced", "12 IX 25", COLLECTION, {"when": "1925-09-12"}, False),
    ("numeric-roman-spaced", "3 X 1925", COLLECTION, {"when": "1925-10-03"}, False),
    ("numeric-roman-ocr", "16/11 21", DateContext(year=1921, month=2), {"when": "1921-02-16"}, False),
    ("numeric-roman-ocr", "5/1V-26", COLLECTION, {"when": "1926-04-05"}, False),
    ("numeric-arabic", "31/7", DateContext(year=1921), {"when": "1921-07-31"}, False),
    ("numeric-arabic", "24/5 20", COLLECTION, {"when": "1920-05-24"}, False),
    ("numeric-arabic", "16/11 21", COLLECTION, {"when": "1921-11-16"}, False),
    ("numeric-arabic", "21/1 1925", COLLECTION, {"when": "1925-01-21"}, False),  # 1 for I reads the same
    ("numeric-arabic", "8/1-25", COLLECTION, {"when": "1925-01-08"}, False),
    ("numeric-arabic", "24.05.1920", COLLECTION, {"when": "1920-05-24"}, False),
    ("numeric-arabic", "3. 11. 1893", COLLECTION, {"when": "1893-11-03"}, False),
    ("numeric-arabic", "6. 4. 903", COLLECTION, {"when": "1903-04-06"}, False),
    ("numeric-arabic", "15/3/95", DateContext(span=(1850, 1900)), {"when": "1895-03-15"}, False),
    ("numeric-roman", "3. XI. 93", DateContext(year=1893), {"when": "1893-11-03"}, False),
    ("numeric-roman", "den 3.III.05", DateContext(span=(1900, 1910)), {"when": "1905-03-03"}, False),
    ("numeric-iso", "1895-03-15", COLLECTION, {"when": "1895-03-15"}, False),
    ("numeric-compact", "18950315", COLLECTION, {"when": "1895-03-15"}, False),
    ("en-day-month-year", "3. März 1905", COLLECTION, {"when": "1905-03-03"}, False),
    ("en-day-month-year", "le 3 mars 1905", COLLECTION, {"when": "1905-03-03"}, False),
    ("en-day-month-year", "3rd March 1905", COLLECTION, {"when": "1905-03-03"}, False),
    ("en-day-month-year", "3 Mar. 1905", COLLECTION, {"when": "1905-03-03"}, False),
    ("en-day-month-year", "11 agosto 1618", COLLECTION, {"when": "1618-08-11"}, False),
    ("en-day-month-year", "5. Jänner 1899", COLLECTION, {"when": "1899-01-05"}, False),
    ("en-month-day-year", "October 25, 1917 O.S.", COLLECTION,
     {"when": "1917-11-07", "when-custom": "1917-10-25", "datingMethod": "#julian"}, False),
    ("ru-day-month-year", "25 октября 1917 г. (ст. ст.)", COLLECTION,
     {"when": "1917-11-07", "when-custom": "1917-10-25", "datingMethod": "#julian"}, False),
    ("en-dual-month-day", "October 25 (November 7), 1917", COLLECTION,
     {"when": "1917-11-07", "when-custom": "1917-10-25", "datingMethod": "#julian"}, False),
    ("en-dual-day-month", "23 February (8 March) 1917", COLLECTION,
     {"when": "1917-03-08", "when-custom": "1917-02-23", "datingMethod": "#julian"}, False),
    ("en-dual-day-month", "19 December (1 January) 1918", COLLECTION,
     {"when": "1918-01-01", "when-custom": "1917-12-19", "datingMethod": "#julian"}, False),
    ("ru-dual-day-month", "31 марта (13 апреля) 1917 г.", COLLECTION,
     {"when": "1917-04-13", "when-custom": "1917-03-31", "datingMethod": "#julian"}, False),
    ("en-dual-days", "3 (16) March 1917", COLLECTION,
     {"when": "1917-03-16", "when-custom": "1917-03-03", "datingMethod": "#julian"}, False),
    ("ru-dual-days", "3 (16) марта 1917 г.", COLLECTION,
     {"when": "1917-03-16", "when-custom": "1917-03-03", "datingMethod": "#julian"}, False),
    ("en-dual-slashed", "25 Oct./7 Nov. 1917", COLLECTION,
     {"when": "1917-11-07", "when-custom": "1917-10-25", "datingMethod": "#julian"}, False),
    ("ru-dual-slashed", "25 октября/7 ноября 1917 г.", COLLECTION,
     {"when": "1917-11-07", "when-custom": "1917-10-25", "datingMethod": "#julian"}, False),
    ("en-dual-slashed-month-day", "Oct. 25/Nov. 7, 1917", COLLECTION,
     {"when": "1917-11-07", "when-custom": "1917-10-25", "datingMethod": "#julian"}, False),
    ("en-dual-slashed-days", "13/26 March 1917", COLLECTION,
     {"when": "1917-03-26", "when-custom": "1917-03-13", "datingMethod": "#julian"}, False),
    ("en-dual-years", "December 20, 1917 (January 2, 1918)", COLLECTION,
     {"when": "1918-01-02", "when-custom": "1917-12-20", "datingMethod": "#julian"}, False),
    ("en-dual-day-years", "20 December 1917 (2 January 1918)", COLLECTION,
     {"when": "1918-01-02", "when-custom": "1917-12-20", "datingMethod": "#julian"}, False),
    ("ru-dual-day-years", "20 декабря 1917 г. (2 января 1918 г.)", COLLECTION,
     {"when": "1918-01-02", "when-custom": "1917-12-20", "datingMethod": "#julian"}, False),
    ("en-dual-slashed-days", "1./14. Februar 1918", COLLECTION,
     {"when": "1918-02-14", "when-custom": "1918-02-01", "datingMethod": "#julian"}, False),
    ("en-dual-month-days", "January 12/25, 1917", COLLECTION,
     {"when": "1917-01-25", "when-custom": "1917-01-12", "datingMethod": "#julian"}, False),
    ("en-dual-slashed-years", "6 January 1877/18 January 1877", COLLECTION,
     {"when": "1877-01-18", "when-custom": "1877-01-06", "datingMethod": "#julian"}, False),
    ("ru-dual-slashed-years", "20 декабря 1917 г./2 января 1918 г.", COLLECTION,
     {"when": "1918-01-02", "when-custom": "1917-12-20", "datingMethod": "#julian"}, False),
    ("ru-dual-slashed-days", "1/14 января 1918 г.", COLLECTION,
     {"when": "1918-01-14", "when-custom": "1918-01-01", "datingMethod": "#julian"}, False),
    # Forms of nineteenth-century letters and editions.
    ("en-month-day-time-year", "Novr. 21st, ½ past 7 P.M., [1842]", COLLECTION, {"when": "1842-11-21"}, True),
    ("en-month-day-time-year", "Decr. 3, 9 o'clock A.M., 1851", COLLECTION, {"when": "1851-12-03"}, False),
    ("en-month-day-time-year", "March 9, 10.30 p.m., 1866", COLLECTION, {"when": "1866-03-09"}, False),
    ("en-day-month-year", "14. Octbr. 1887", COLLECTION, {"when": "1887-10-14"}, False),
    ("en-day-month-year", "19 Septbr 1862", COLLECTION, {"when": "1862-09-19"}, False),
    ("en-day-month-year", "12 8bre 1791", COLLECTION, {"when": "1791-10-12"}, False),
    ("en-day-month-year", "3 Xbre 1846", COLLECTION, {"when": "1846-12-03"}, False),
    ("en-day-month-year", "5. Dec. [Sonntag] 1802", COLLECTION, {"when": "1802-12-05"}, False),
    ("en-day-month-year", "9 avril [18]64", COLLECTION, {"when": "1864-04-09"}, True),
    ("en-month-day-yy", "Aug. 4th. /71", DateContext(year=1871), {"when": "1871-08-04"}, False),
    ("en-month-day-year", "Jan. 3d, 1848", COLLECTION, {"when": "1848-01-03"}, False),
    ("ru-year-month-day", "1881 г. Марта 14", COLLECTION, {"when": "1881-03-14"}, False),
    ("ru-year-month-day", "1869 г. Октября 2…3", COLLECTION, {"from": "1869-10-02", "to": "1869-10-03"}, False),
    ("ru-year-day-month", "1883 г., 21 нояб.", COLLECTION, {"when": "1883-11-21"}, False),
    ("ru-year-day-month", "1915. 7 дек.", COLLECTION, {"when": "1915-12-07"}, False),
    ("en-quaker", "4th 11th Mo. 1859", COLLECTION, {"when": "1859-11-04"}, False),
    ("en-quaker", "21st of 3rd mo. 1871", COLLECTION, {"when": "1871-03-21"}, False),
]

# Patterns that only make a bare year a date when a cue stands by (tested through find_dates).
IN_TEXT_READINGS = [
    ("year-cued", "It was printed in 1923, not later.", "1923", {"when": "1923"}),
    ("year-cued", "admitted at the end of 1926.", "1926", {"when": "1926"}),
    ("year-cued", "admitted in the winter of 1926.", "1926", {"when": "1926"}),
    ("year-cued", "календари за 1922 год.", "1922 год", {"when": "1922"}),
    ("year-range-cued", "published in 1912-1913.", "1912-1913", {"from": "1912", "to": "1913"}),
    ("year-range-cued", "в 1920-1930 гг.", "1920-1930 гг.", {"from": "1920", "to": "1930"}),
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.name)
def test_each_pattern_matches_its_examples_whole(pattern):
    assert pattern.examples
    for example in pattern.examples:
        assert pattern.regex.fullmatch(example), (pattern.name, example)


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.name)
def test_each_pattern_is_run_on_its_examples(pattern):
    """A pattern runs only on texts that hold the anchors it needs; its own examples hold them."""
    for example in pattern.examples:
        assert pattern.needs <= anchors(f"see {example} here"), (pattern.name, example)


def test_anchors_are_whole_words_months_seasons_and_digits():
    assert anchors("Omar and Junes left") == frozenset()
    assert anchors("in March, 3") == {"latin-month", "digit"}
    assert anchors("3 марта, осенью") == {"cyrillic-month", "digit", "season"}


def test_numbered_months_are_anchors_and_ordinals_are_not():
    assert "latin-month" in anchors("Lyon 14 9bre 1790")
    assert "latin-month" not in anchors("the 3rd and 4th")


@pytest.mark.parametrize(("line", "attrs", "place"), [
    ("Lyon, 22 7bre 1791", {"when": "1791-09-22"}, "Lyon"),
    ("Arles, c. 26 July 1888", {"when": "1888-07-26"}, "Arles"),
    ("Tours, lundi minuit [3 juin 1861].", {"when": "1861-06-03"}, "Tours"),
    ("Wednesday, May 3d, 1848—4 o'clock P.M.", {"when": "1848-05-03"}, None),
    ("Rouen, 12 avril [18]65, jeudi, 4 h. du s[oir]", {"when": "1865-04-12"}, "Rouen"),
    ("Meyer, Karl [Graz] 4. 5. 1899", {"when": "1899-05-04"}, "Graz"),
    ("| Leeds, 14, Park Row, 3 Jan 1871.", {"when": "1871-01-03"}, "Leeds"),
    ("1884 г. Июня 5. Москва.", {"when": "1884-06-05"}, "Москва"),
])
def test_datelines_of_nineteenth_century_letters(line, attrs, place):
    """Old month abbreviations, months numbered from March, circa, times of day, editorial
    year parts, a catalogue's bracketed place, a letterhead's street address, year-first Russian."""
    match = parse_dateline(line, COLLECTION)
    assert match is not None and match.attrs == attrs
    assert (line[slice(*match.place)] if match.place else None) == place


def test_a_bracketed_weekday_does_not_make_the_date_supplied():
    assert parse_dateline("Jena 5. Dec. [Sonntag] 1802.", COLLECTION).supplied is False
    assert parse_dateline("Jena [5. Dec.] 1802.", COLLECTION).supplied is True


def test_every_pattern_has_readings():
    tested = {r[0] for r in READINGS} | {r[0] for r in IN_TEXT_READINGS}
    assert tested == set(PATTERNS_BY_NAME)


@pytest.mark.parametrize(("name", "text", "context", "attrs", "supplied"), READINGS,
                         ids=[f"{r[0]}:{r[1]}" for r in READINGS])
def test_pattern_reading(name, text, context, attrs, supplied):
    match = parse_dateline(text, context)
    assert match is not None
    assert (match.pattern, match.attrs, match.supplied) == (name, attrs, supplied)
    lead = DATE_LEAD.search(text, 0, match.start)
    assert (lead.start() if lead else match.start, match.end) == (0, len(text))
    assert match.problem is None


@pytest.mark.parametrize(("name", "text", "surface", "attrs"), IN_TEXT_READINGS, ids=[r[1] for r in IN_TEXT_READINGS])
def test_cued_year_reading(name, text, surface, attrs):
    [match] = find_dates(text, COLLECTION)
    assert (match.pattern, text[match.start:match.end], match.attrs) == (name, surface, attrs)


def test_bare_years_and_numbers_in_running_text_are_no_dates():
    text = ("Of the 20,000 pairs we received 6,500; 2300 tons of metal, receipt No. 118, "
            "the 1925/26 academic year, 1/2 of the grain, 1920-1930 of the list, and 1908 horses.")
    assert find_dates(text, COLLECTION) == []


def test_find_dates_in_running_text_in_order_without_overlaps():
    text = ("Stalin's instruction of April 28 was received on May 12, and the congress sat "
            "May 23-31, 1924 (see the note of March 30, 1923: GARF).")
    found = find_dates(text, DateContext(year=1924, month=6))
    assert [text[m.start:m.end] for m in found] == ["April 28", "May 12", "May 23-31, 1924", "March 30, 1923"]
    assert [m.attrs for m in found] == [
        {"when": "1924-04-28"}, {"when": "1924-05-12"},
        {"from": "1924-05-23", "to": "1924-05-31"}, {"when": "1923-03-30"},
    ]


def test_supplied_spans_are_the_words_inside_the_brackets():
    text = "February 27 [1915]"
    match = parse_dateline(text, COLLECTION)
    assert [text[a:b] for a, b in match.supplied_spans] == ["1915"]
    text = "[not earlier than May 4, 1920]"
    match = parse_dateline(text, COLLECTION)
    assert [text[a:b] for a, b in match.supplied_spans] == ["not earlier than May 4, 1920"]


@pytest.mark.parametrize(("text", "spans"), [
    ("[September] 1925", ["September"]),
    ("[27] February 1915", ["27"]),
    ("February [27], 1915", ["27"]),
    ("[February 27,] 1915", ["February 27,"]),
    ("[27] [February] 1915", ["27", "February"]),
])
def test_any_part_of_a_date_may_stand_in_brackets(text, spans):
    match = parse_dateline(text, COLLECTION)
    assert (match.start, match.end) == (0, len(text))
    assert match.supplied
    assert [text[a:b] for a, b in match.supplied_spans] == spans


def test_partly_bracketed_date_in_running_text():
    text = "your letter of [September] 1925 and of February [27], 1915 came"
    found = find_dates(text, COLLECTION)
    assert [text[m.start:m.end] for m in found] == ["[September] 1925", "February [27], 1915"]
    assert [(m.attrs, m.supplied) for m in found] == [({"when": "1925-09"}, True), ({"when": "1915-02-27"}, True)]


@pytest.mark.parametrize(("text", "surface"), [
    ("the letter of [August 1924 was lost", "August 1924"),
    ("he wrote [on August 5, 1924] that", "August 5, 1924"),
    ("on February 27 [1915 it was", "February 27"),
])
def test_brackets_that_do_not_pair_within_a_date_stay_outside_it(text, surface):
    [match] = find_dates(text, DateContext(year=1924))
    assert text[match.start:match.end] == surface
    assert not match.supplied


@pytest.mark.parametrize(("line", "supplied"), [("[Winter 1924]", True), ("[Moscow, May 4, 1920]", True),
                                              ("[Moscow], May 4, 1920", False)])
def test_brackets_around_a_whole_dateline_make_its_date_supplied(line, supplied):
    assert parse_dateline(line, COLLECTION).supplied is supplied


def test_unbalanced_bracket_is_not_part_of_the_date():
    text = "the letter of [August 1924 was lost"
    [match] = find_dates(text, COLLECTION)
    assert text[match.start:match.end] == "August 1924"
    assert not match.supplied


@pytest.mark.parametrize("text", ["31/II", "30/II 21", "February 30, 1921", "31 апреля 1920 г."])
def test_impossible_dates_keep_their_text_and_are_reported(text):
    match = parse_dateline(text, COLLECTION)
    assert match is not None and match.attrs == {}
    assert match.problem == f"impossible date {text}"
    assert (match.start, match.end) == (0, len(text))


def test_leap_day_is_read_only_in_a_leap_year():
    assert parse_dateline("29/II 24", COLLECTION).attrs == {"when": "1924-02-29"}
    assert parse_dateline("29/II 23", COLLECTION).attrs == {}


def test_missing_year_comes_from_context_never_from_today():
    assert parse_dateline("9/XI", DateContext()).attrs == {"when": "--11-09"}
    assert parse_dateline("9/XI", DateContext(span=(1912, 1927))).attrs == {"when": "--11-09"}
    assert parse_dateline("9/XI", DateContext(span=(1925, 1925))).attrs == {"when": "1925-11-09"}
    assert parse_dateline("9/XI", DateContext(year=1925, span=(1912, 1927))).attrs == {"when": "1925-11-09"}


def test_year_less_date_is_the_nearest_to_the_documents_own_date():
    january_letter = DateContext(year=1926, month=1)
    assert find_dates("on December 12", january_letter)[0].attrs == {"when": "1925-12-12"}
    assert find_dates("by February 1", january_letter)[0].attrs == {"when": "1926-02-01"}
    december_letter = DateContext(year=1925, month=12)
    assert find_dates("in January 5", december_letter)[0].attrs == {"when": "1926-01-05"}


def test_a_tie_between_two_years_keeps_the_documents_year():
    june_letter = DateContext(year=1925, month=6)
    assert find_dates("on December 5", june_letter)[0].attrs == {"when": "1925-12-05"}
    december_letter = DateContext(year=1925, month=12)
    assert find_dates("on June 5", december_letter)[0].attrs == {"when": "1925-06-05"}


@pytest.mark.parametrize(("context", "expected"), [
    (COLLECTION, ["1919-10-03", "1919-10-05", "1920-01-02"]),
    (DateContext(year=1925, month=6), ["1919-10-03", "1919-10-05", "1920-01-02"]),
])
def test_a_year_less_date_takes_the_year_told_before_it_in_the_same_text(context, expected):
    text = "On October 3, 1919, the staff wrote; on October 5 the commander replied, and by January 2 all was done."
    assert [m.attrs["when"] for m in find_dates(text, context)] == expected


def test_a_told_year_goes_back_within_the_half_year_before_it():
    text = "In March 1923 the board met; the report of February 2 was read, then that of September 30."
    assert [m.attrs["when"] for m in find_dates(text, COLLECTION)] == ["1923-03", "1923-02-02", "1923-09-30"]


def test_a_year_less_date_before_any_told_year_keeps_the_documents_context():
    text = "On June 2 we left; in March 1919 we had come, and on April 4 we met."
    context = DateContext(year=1920, month=7)
    assert [m.attrs["when"] for m in find_dates(text, context)] == ["1920-06-02", "1919-03", "1919-04-04"]


@pytest.mark.parametrize(("text", "context", "surface", "attrs"), [
    ("we are waiting for your answer. Kirov. 16/11 21", DateContext(year=1921, month=2), "16/11 21",
     {"when": "1921-02-16"}),
    ("all is quiet here. 9/7 20 Frunze.", DateContext(year=1920, month=7), "9/7 20", {"when": "1920-07-09"}),
    ("we are waiting for your answer. Kirov. 16/11 21", DateContext(year=1921, month=5), None, None),
    ("he brought 9/7 of the grain", DateContext(year=1920, month=7), None, None),
    ("the wire of 9/7 20 came", COLLECTION, None, None),
])
def test_a_numeric_date_in_running_text_only_when_it_is_of_the_documents_month(text, context, surface, attrs):
    found = [(text[m.start:m.end], m.attrs) for m in find_dates(text, context)]
    assert found == ([(surface, attrs)] if surface else [])


def test_two_digits_after_a_month_day_are_no_year_before_minutes_or_a_word():
    assert parse_dateline("June 8 10.30", COLLECTION).attrs == {"when": "--06-08"}
    assert parse_dateline("June 8 21 hours", COLLECTION).attrs == {"when": "--06-08"}


def test_two_digit_year_takes_its_century_from_context():
    assert parse_dateline("24/5 20", DateContext()).attrs == {"when": "1920-05-24"}
    assert parse_dateline("24/5 20", DateContext(span=(1912, 1927))).attrs == {"when": "1920-05-24"}
    assert parse_dateline("24/5 05", DateContext(span=(1995, 2010))).attrs == {"when": "2005-05-24"}
    assert parse_dateline("24/5 20", DateContext(year=1921)).attrs == {"when": "1920-05-24"}


@pytest.mark.parametrize(("month", "when"), [(2, "1921-02-16"), (1, "1921-02-16"), (3, "1921-02-16"),
                                           (11, "1921-11-16"), (10, "1921-11-16"), (6, "1921-11-16"), (None, "1921-11-16")])
def test_ocr_eleven_is_november_unless_the_document_is_of_february_or_a_month_beside_it(month, when):
    assert parse_dateline("16/11 21", DateContext(year=1921, month=month)).attrs == {"when": when}


def test_lang_restricts_month_names():
    assert [m.pattern for m in find_dates("27 февраля 1915 г.", DateContext(lang="en"))] == ["year-cued"]
    assert find_dates("May 4, 1920", DateContext(lang="ru")) == []
    assert find_dates("18/V 22", DateContext(lang="ru"))[0].attrs == {"when": "1922-05-18"}


@pytest.mark.parametrize(
    ("line", "date", "place"),
    [
        ("Baku, May 4, 1920.", "May 4, 1920", "Baku"),
        ("Tashkent 18/V 22", "18/V 22", "Tashkent"),
        ("Kharkiv 31/7.", "31/7", "Kharkiv"),
        ("Filed from Moscow 13/I-26", "13/I-26", "Moscow"),
        ("Received and deciphered on 14/I-26.", "14/I-26", None),
        ("May 4, 1920, Baku.", "May 4, 1920", "Baku"),
        ("г. Баку, 4 мая 1920 г.", "4 мая 1920 г.", "Баку"),
        ("[August 1924]", "[August 1924]", None),
        ("24/5 20", "24/5 20", None),
        ("Moscow, 12.IX.25", "12.IX.25", "Moscow"),
        ("Sochi, 12/IX.", "12/IX", "Sochi"),
        ("Moscow, 12 IX 25.", "12 IX 25", "Moscow"),
        ("[Moscow], May 4, 1920", "May 4, 1920", "Moscow"),
        ("Filed from Saratov 26/IV-1919, 14 h. 20 min.", "26/IV-1919", "Saratov"),
        ("Filed from Saratov 26/IV-1919, 14.20", "26/IV-1919", "Saratov"),
        ("Filed from Saratov 26/IV-1919 at 2 p.m.", "26/IV-1919", "Saratov"),
        ("Saratov 26/IV-1919, 14:20.", "26/IV-1919", "Saratov"),
        ("Tiflis, 10.30 a.m., 5/III-21", "5/III-21", "Tiflis"),
        ("26/IV-1919, 14 h. 20 min., Saratov", "26/IV-1919", "Saratov"),
        ("Received in Astrakhan 27/IV-1919 at 9 h. 5 min. by direct wire.", "27/IV-1919", "Astrakhan"),
        ("FILED FROM SARATOV 26/IV-1919 14 H. 20 MIN.", "26/IV-1919", "SARATOV"),
        ("Подана в Саратове 26/IV-1919 в 14 ч. 20 м.", "26/IV-1919", "Саратове"),
        ("Баку, 6 мая 1920 г.", "6 мая 1920 г.", "Баку"),
        ("Тифлис, 14/III 22.", "14/III 22", "Тифлис"),
        ("Tiflis, 14/III 22.", "14/III 22", "Tiflis"),
        ("Moscow, 10.VIII.20", "10.VIII.20", "Moscow"),
        ("Moscow 3.X.25", "3.X.25", "Moscow"),
        ("16/IX-25", "16/IX-25", None),
        ("Москва, 3/Х-25", "3/Х-25", "Москва"),
        ("Ростов-на-Дону, [август] 1924 г.", "[август] 1924 г.", "Ростов-на-Дону"),
        ("Ростов-на-Дону. [Август] 1924 г.", "[Август] 1924 г.", "Ростов-на-Дону"),
        ("КРЕМЛЬ, 10 АВГУСТА 1920 Г.", "10 АВГУСТА 1920 Г.", "КРЕМЛЬ"),
        ("London, the 3rd of July 1920.", "the 3rd of July 1920", "London"),
        ("Ростов н/Д, 14/I-25", "14/I-25", "Ростов н/Д"),
        ("г. Ростов н/Д, 14 января 1925 г.", "14 января 1925 г.", "Ростов н/Д"),
        ("Rostov-on-Don, January 14, 1925.", "January 14, 1925", "Rostov-on-Don"),
        ("Field of Mars (near Pskov) 2/X-19", "2/X-19", "Field of Mars"),
        ("Holy Cross (Volhynia), 7/VIII-20", "7/VIII-20", "Holy Cross"),
        ("Rostov on Don, 14/I-25", "14/I-25", "Rostov on Don"),
        ("18/6 21 9 hours Tiflis.", "18/6 21", "Tiflis"),
        ("June 8 21", "June 8 21", None),
    ],
)
def test_dateline_date_and_place(line, date, place):
    match = parse_dateline(line, COLLECTION)
    assert line[match.start:match.end] == date
    assert (line[match.place[0]:match.place[1]] if match.place else None) == place


@pytest.mark.parametrize(
    "line",
    [
        "12/III Let me know whether my letter of January reached you; the post office says it was sent.",
        "Collection of documents 1996.",
        "No. 1920",
        "No. 301",
        "Dear Comrade Orlova!",
        "On May 4 we met him in Moscow, and on May 5 we left.",
        "I received it on May 4 from Moscow by wire.",
        "14.20",
    ],
)
def test_lines_that_are_no_datelines(line):
    assert parse_dateline(line, COLLECTION) is None


@pytest.mark.parametrize(("line", "dateline"), [
    ("Tiflis, March 3, 1921. We received your wire and answer at once.", "Tiflis, March 3, 1921."),
    ("Moscow, 12.IX.25. Dear comrade, the parcel came.", "Moscow, 12.IX.25."),
    ("March 3, 1921. The wire came.", "March 3, 1921."),
    ("We met twice. Then March 3, 1921. It rained.", None),
    ("Received on 14/I-26. The text follows.", None),
    ("12/III Let me know whether my letter reached you.", None),
    ("Tiflis, March 1921. We received your wire.", None),
])
def test_a_dateline_that_opens_a_line_of_text(line, dateline):
    end = opening_dateline(line, COLLECTION)
    assert (line[:end] if end is not None else None) == dateline


@pytest.mark.parametrize(("line", "place"), [
    ("Khutor Verkhny N[ovo]cherkassk.", "Khutor Verkhny N[ovo]cherkassk"),
    ("Field of Mars (near Pskov).", "Field of Mars"),
    ("Ростов н/Д.", "Ростов н/Д"),
    ("[Moscow].", "Moscow"),
    ("Rostov on Don.", "Rostov on Don"),
    ("Moscow - the Kremlin.", None),
    ("No. 5.", None),
    ("Dear Comrade Petrov!", None),
    ("(Pskov).", None),
    ("Moscow", None),
    ("T. Lebedev.", None),
    ("K Orlov.", None),
    ("MOSCOW, KREMLIN, TO LENIN.", None),
    ("BY DIRECT WIRE.", None),
    ("Notes:", None),
    ("Home | Documents | Search", None),
    ("Secretary Of The Party Cell Orlov.", None),
])
def test_a_line_that_only_names_a_place(line, place):
    span = place_line(line)
    assert (line[span[0]:span[1]] if span else None) == place


@pytest.mark.parametrize(("text", "surface", "attrs"), [
    ("cut the staff by the first of July 1 , and", "the first of July", {"when": "1926-07-01"}),
    ("until the first of November 1 . A larger", "the first of November", {"when": "1926-11-01"}),
    ("the instruction of May 4 2 , which", "May 4", {"when": "1926-05-04"}),
    ("as planned in 1920 1 . Then", "1920", {"when": "1920"}),
    ("in August 1924 1 , he wrote", "August 1924", {"when": "1924-08"}),
    ("as of May 4, 20 . Then", "May 4", {"when": "1926-05-04"}),
    ("the letter of 12/IX 25 ; it", "12/IX", {"when": "1926-09-12"}),
    ("the letter of May 4, 1920 2 . It", "May 4, 1920", {"when": "1920-05-04"}),
    ("the order to finish by 1 July 1 , and", "1 July", {"when": "1926-07-01"}),
])
def test_a_lone_number_in_marker_position_is_no_part_of_a_date_complete_without_it(text, surface, attrs):
    context = DateContext(year=1926, month=6)
    [match] = find_dates(text, context)
    assert (text[match.start:match.end], match.attrs) == (surface, attrs)
    dateline = parse_dateline(text, context)
    assert dateline is None or text[dateline.start:dateline.end] == surface


@pytest.mark.parametrize(("text", "surface"), [("by July 1 , and", "July 1"), ("on 12/IX 25 and", "12/IX 25"),
                                               ("of May 4, 20 and", "May 4")])
def test_a_number_a_date_needs_stays_in_it(text, surface):
    [match] = find_dates(text, DateContext(year=1926))
    assert text[match.start:match.end] == surface


@pytest.mark.parametrize(("text", "surface"), [("On 5 May 20 people came.", "5 May"), ("on 3 July 20 1 .", "3 July"),
                                               ("the figures 3 may change", None)])
def test_a_number_before_a_month_name_is_its_day(text, surface):
    assert [text[m.start:m.end] for m in find_dates(text, DateContext(year=1926))] == ([surface] if surface else [])


@pytest.mark.parametrize("line", ["On 5 May 20 people came.", "On May 5, 20 people came."])
def test_a_number_before_a_lower_case_word_is_no_two_digit_year(line):
    match = parse_dateline(line, COLLECTION)
    assert match is None or not match.attrs["when"].startswith("1920")


@pytest.mark.parametrize(
    ("title", "span"),
    [
        ("Bolshevik leadership Correspondence. 1912-1927", (1912, 1927)),
        ("Большевистское руководство. Переписка. 1912–1927", (1912, 1927)),
        ("Letters from the Provinces. 1918-1926", (1918, 1926)),
        ("Collection of documents 1996.", None),
        ("Years 1927-1912", None),
    ],
)
def test_year_span(title, span):
    assert year_span(title) == span


@pytest.mark.parametrize(("line", "context", "precision"), [
    ("[1913]", COLLECTION, "year"),
    ("[September] 1925", COLLECTION, "month"),
    ("12/IX", DateContext(year=1913), "day"),
    ("9/XI", DateContext(), "day"),
    ("[November 10-12, 1924]", COLLECTION, "range"),
    ("[no later than April 28, 1919]", COLLECTION, "bound"),
    ("31/II 21", COLLECTION, None),
])
def test_precision(line, context, precision):
    assert parse_dateline(line, context).precision == precision


def test_a_finer_date_inside_a_coarser_one_refines_it():
    heading = parse_dateline("[1913]", COLLECTION)
    closing = parse_dateline("12/IX", DateContext(year=1913))
    assert closing.refines(heading) and not heading.refines(closing)
    month = parse_dateline("[September] 1925", COLLECTION)
    assert parse_dateline("12/IX 25", COLLECTION).refines(month)
    assert not parse_dateline("12/X 25", COLLECTION).refines(month)
    assert not parse_dateline("12/IX 26", COLLECTION).refines(parse_dateline("[1925]", COLLECTION))
    assert not parse_dateline("12/IX", DateContext()).refines(parse_dateline("[1925]", COLLECTION))
    assert not parse_dateline("[November 11, 1924]", COLLECTION).refines(
        parse_dateline("[November 10-12, 1924]", COLLECTION))


@pytest.mark.parametrize("text", [
    "3 (16) people came", "13/26 March 1917 was", "2. I spoke about it", "on the 28th. I have",
    "October 25 (November 9), 1917",
])
def test_no_false_dual_or_roman_readings(text):
    """Two days that are not one day in the two calendars, and a numbered paragraph, are no such dates."""
    found = find_dates(text, COLLECTION)
    assert not any(m.pattern.split("-", 1)[1].startswith("dual") and text != "13/26 March 1917 was"
                   for m in found)
    assert not any(m.pattern == "numeric-roman" for m in found)


@pytest.mark.parametrize(("line", "place", "when"), [
    ("Wien, 3. März 1905", "Wien", "1905-03-03"),
    ("Paris, le 3 mars 1905", "Paris", "1905-03-03"),
    ("Москва, 5 февраля 1922 г.", "Москва", "1922-02-05"),
    ("London, 3rd March 1905", "London", "1905-03-03"),
    ("Zug den 5. Februar 1849.", "Zug", "1849-02-05"),
    ("Roma, li 3 maggio 1621", "Roma", "1621-05-03"),
    ("Wien, 3. 3. 1905", "Wien", "1905-03-03"),
    ("Weimar, d. 3. Nov. [1796].", "Weimar", "1796-11-03"),
    ("Boston Feby 20th 1790", "Boston", "1790-02-20"),
    ("Croisset, vendredi soir, 14 juillet 1871.", "Croisset", "1871-07-14"),
])
def test_datelines_of_four_languages_give_place_and_date(line, place, when):
    match = parse_dateline(line, DateContext())
    assert line[match.place[0]:match.place[1]] == place
    assert match.attrs == {"when": when}


@pytest.mark.parametrize(("title", "span"), [
    ("Letters 1912-1927", (1912, 1927)),
    ("Briefe aus den Jahren 1779 bis 1786", (1779, 1786)),
    ("Letters from 1850 to 1862", (1850, 1862)),
    ("Письма 1917–1922 гг.", (1917, 1922)),
])
def test_year_span_of_a_collection_title(title, span):
    assert year_span(title) == span


def test_a_heading_is_read_with_the_numeric_forms_of_a_day():
    text = "Arthur Schnitzler an Hermann Bahr, Wien, 3. 11. 1893"
    assert find_dates(text, DateContext()) == []
    [match] = find_dates(text, DateContext(), heading=True)
    assert match.attrs == {"when": "1893-11-03"}
    assert find_dates("Section III. 1921-1923", DateContext(), heading=True) == []


def test_furniture_years_agree_or_say_nothing():
    assert furniture_years(["Briefe > 1893 > L041000", "© 2023 The project"]) == (1893, 1893)
    assert furniture_years(["ESCHER · BRIEFE 1847    245"]) == (1847, 1847)
    assert furniture_years(["Briefe > 1850", "Briefe > 1870"]) is None
    assert furniture_years(["Home | Letters | Persons"]) is None


def test_a_year_from_the_context_says_where_it_is_from():
    [told] = find_dates("on May 4 we met", DateContext(year=1920, year_source="the heading"))
    assert (told.attrs, told.year_from) == ({"when": "1920-05-04"}, "the heading")
    [own] = find_dates("on May 4, 1921 we met", DateContext(year=1920, year_source="the heading"))
    assert own.year_from is None
    [span] = find_dates("on May 4 we met", DateContext(span=(1904, 1904), span_source="the page's navigation"))
    assert span.year_from == "the page's navigation"


def test_a_day_of_the_week_is_no_place():
    assert place_line("Sonntag.") is None
    text = "Wien, Sonntag 3. März 1905"
    match = parse_dateline(text, DateContext())
    assert text[match.place[0]:match.place[1]] == "Wien"


def test_running_a_pattern_near_its_anchors_finds_what_a_run_over_the_whole_text_finds(monkeypatch):
    """Each pattern is run only within WINDOW characters of the anchors it needs; on a long text
    holding every example among other words and numbers, that reads the same dates as runs over
    the whole text (a window as long as the text)."""
    filler = " and then 12 men, in 1920 or 3/4 of them, went on; "
    text = filler.join(e for p in PATTERNS for e in p.examples) + filler * 5 + "May 4, 1920" + filler
    context = DateContext(year=1920, month=5, lang=None)

    def readings():
        _cached_readings.cache_clear()
        return ([(m.start, m.end, m.pattern, m.attrs) for m in find_dates(text, context)],
                [(m.start, m.end, m.pattern, m.attrs) for m in find_dates(text, context, heading=True)])

    near = readings()
    monkeypatch.setattr(date_grammar, "WINDOW", len(text))
    assert readings() == near
    assert len(near[0]) > 100
