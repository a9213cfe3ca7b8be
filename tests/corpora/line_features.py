"""Shape features of a page's lines, for the line labeller of ``line_crf.py``.

Every feature is a shape, never a word of one site: length, capitals, figures,
end punctuation, the shape of the first and last word, the share of function
words (prose), blank lines around, indentation, position on the page, what the
project's own word lists, pattern tables and the date and citation grammars say
of the line, and whether it recurs on the page; plus some of these of the lines
one and two above and below.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from teikit.convert import furniture as furniture_rules
from teikit.convert import lexicon, patterns
from teikit.model import Line

_UPPER = re.compile(rf"[{patterns.UPPER}]")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b1[5-9]\d\d\b")
_INLINE_MARKER = re.compile(r"\[\d{1,2}\]|\(\d{1,2}\)|(?<=[^\W\d_])\d{1,2}\b|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\*")
_NAV = re.compile(r"[|›»>]")
_URL = re.compile(r"https?:|www\.|©")
# Word lists whose entries open a line of a kind: salutes, closings, forms of address, site furniture, ...
OPENING_KINDS = ("salute", "closing", "address", "furniture", "notes_heading", "transmission", "date-lead", "relation")
# Features of the neighbouring lines that the labeller sees beside a line's own.
NEIGHBOUR_KEYS = ("words", "caps", "end", "first", "dateline", "citation", "name", "salute_shape", "heading_pattern",
                  "note_line", "blank_before", "blank_after")


@lru_cache(maxsize=1)
def _openings() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(rf"(?:{lexicon.alternation(kind)})(?!\w)", re.IGNORECASE) for kind in OPENING_KINDS}


@lru_cache(maxsize=1)
def _month() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{lexicon.alternation('month')})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset().union(*(lexicon.folded(f"function_words_{lang}") for lang in ("de", "en", "fr", "it", "ru")))


def _prose_share(words: list[str]) -> float:
    """The share of function words ("the", "und", "que", "и", ...) among a line's words."""
    return sum(w.casefold().strip(",.;:!?") in _function_words() for w in words) / len(words) if words else 0.0


def is_prose(text: str) -> bool:
    """A line of running text: five words or more, a quarter of them function words."""
    words = text.split()
    return len(words) >= 5 and _prose_share(words) >= 0.25


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value > e for e in edges)


def word_shape(word: str) -> str:
    """A word's shape: "Xx" capitalised, "X" capitals, "x" lower case, "X." an initial, "d" figures, else its first sign."""
    core = word.strip(",;:!?()[]«»\"'„“”")
    if not core:
        return word[:1]
    if core[0].isdigit():
        return "d"
    if len(core) <= 2 and core.endswith(".") and core[0].isupper():
        return "X."
    if core.isupper():
        return "X"
    return "Xx" if core[0].isupper() else "x" if core[0].islower() else core[0]


def line_features(text: str, *, repeats: set[str], median: int, is_dateline: Callable[[str], bool],
                  is_citation: Callable[[str], bool]) -> dict[str, object]:
    """The features of one stripped, non-blank line."""
    words = text.split()
    letters = len(text) - text.count(" ")
    figures = len(_DIGIT.findall(text))
    short = len(words) <= 25  # the shapes of headings, salutes, names and furniture: running text has none
    month = short and bool(_month().search(text))
    last = text[-1]
    f: dict[str, object] = {
        "words": _bucket(len(words), (1, 2, 4, 8, 14, 25, 50)),
        "caps": _bucket(len(_UPPER.findall(text)) / letters, (0.05, 0.2, 0.5, 0.9)),
        "titled": _bucket(sum(w[:1].isupper() for w in words) / len(words), (0.3, 0.6, 0.9)),
        "digits": _bucket(figures / len(text), (0, 0.1, 0.3, 0.6)),
        "year": bool(_YEAR.search(text)),
        "month": month,
        "prose": _bucket(_prose_share(words), (0, 0.1, 0.25)) if short else "long",
        "shape0": word_shape(words[0]),
        "shape1": word_shape(words[-1]),
        "longer": _bucket(len(text) / median, (0.3, 0.7, 1.3)),
        "end": last if not last.isalnum() else ("d" if last.isdigit() else "a"),
        "first": "u" if text[0].isupper() else "l" if text[0].islower() else "d" if text[0].isdigit() else text[0],
        "nav": len(_NAV.findall(text)) >= 2,
        "url": bool(_URL.search(text)),
        "note_line": bool(patterns.NOTE_LINE.fullmatch(text)),
        "numbered": bool(patterns.NUMBERED.match(text)),
        "marker": bool(_INLINE_MARKER.search(text)),
        "name": short and bool(patterns.FULL_NAME.fullmatch(patterns.TRAILING_MARKER.sub("", text))),
        "name_end": short and bool(patterns.NAME_AT_END.search(text)),
        "heading_pattern": short and patterns.heading_match(text) is not None,
        "number_line": len(words) <= 4 and patterns.match(patterns.NUMBER, text) is not None,
        "postscript": bool(patterns.POSTSCRIPT.match(text)),
        "separator": short and bool(patterns.SEPARATOR.fullmatch(text)),
        "salute_shape": len(words) <= 12 and patterns.is_salute(text),
        "closing_formula": bool(patterns.CLOSING_FORMULA.match(text)),
        "page_number": short and furniture_rules.page_number(text),
        "running_head": len(words) <= 12 and furniture_rules.running_head(text) is not None,
        "repeated": furniture_rules.repeat_key(text) in repeats,
        "dateline": len(words) <= 20 and (figures > 0 or month) and is_dateline(text),
        "citation": len(words) <= 40 and figures > 0 and is_citation(text),
    }
    for kind, rx in _openings().items():
        f[f"opens_{kind}"] = bool(rx.match(text))
    return f


def page_features(lines: list[Line], *, is_dateline: Callable[[str], bool],
                  is_citation: Callable[[str], bool]) -> list[dict[str, float]]:
    """The features of each non-blank line of a page (``lines`` numbered from 1, all of them), as
    crfsuite attributes: a line's own, its neighbours' (``-1:caps=2``) and its place on the page."""
    content = [ln for ln in lines if not ln.blank]
    widths = sorted(len(ln.stripped) for ln in content) or [1]
    repeats = furniture_rules.repeated([ln.stripped for ln in lines])
    median = max(1, widths[len(widths) // 2])
    count = len(content)
    own: list[dict[str, object]] = []
    for i, line in enumerate(content):
        f = line_features(line.stripped, repeats=repeats, median=median, is_dateline=is_dateline,
                          is_citation=is_citation)
        n = line.number
        f["blank_before"] = n == 1 or lines[n - 2].blank
        f["blank_after"] = n == len(lines) or lines[n].blank
        f["indent"] = _bucket(len(line.text) - len(line.text.lstrip()), (0, 3, 8))
        own.append(f)
    out = []
    for i, f in enumerate(own):
        g = dict(f)
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < count:
                g.update({f"{d}:{k}": own[j][k] for k in NEIGHBOUR_KEYS})
        out.append(_attributes(g))
    return out


def _attributes(features: dict[str, object]) -> dict[str, float]:
    """crfsuite attributes: a true feature by its name, a value as name=value, a false one left out."""
    out: dict[str, float] = {}
    for key, value in features.items():
        if value is True:
            out[key] = 1.0
        elif value is not False:
            out[f"{key}={value}"] = 1.0
    return out
