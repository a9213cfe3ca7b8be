"""The archival-citation grammar: a table of named field patterns and the pieces around them.

A citation is ``[label:] [repository][.,] field [sep field]... [kind of original] [published
source]``, e.g. ``RTSKHIDNI. F. 78. Op. 7. D. 210. L. 1-2. Autograph.`` Repository names and
the wordings of the kinds of original are data (``tei/registers/archives.xml``); this module
holds only the shape. Every field pattern has the groups ``marker`` and ``value``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER = r"(?:[A-ZА-ЯЁ]{1,2}-?)?\d+[a-zа-яё]?(?:/[0-9A-Za-zА-Яа-яЁё]+)?"
"""A fond, opis or delo number: ``558``, ``R-9478``, ``Р-9478``, ``1/S``, ``5411a``."""

VERSO = r"(?:\s?(?:rev(?:erse)?|verso|ob|об)\.?|v(?![\w]))"
"""The back of a leaf: ``12 rev.``, ``12v``, ``4 об.``."""

_FOLIO = rf"\d+(?:{VERSO}|[a-zа-яё](?![a-zа-яё]))?"
_FOLIO_RANGE = rf"{_FOLIO}(?:\s?[-–—]\s?{_FOLIO})?"
FOLIOS = rf"{_FOLIO_RANGE}(?:,\s?{_FOLIO_RANGE})*"
"""Folios as written: ``1-2``, ``34``, ``12 rev.``, ``7-7 rev.``, ``3, 5-6``."""


@dataclass(frozen=True)
class FieldPattern:
    """One field of a citation: its name (fond, opis, delo, folios), expression and examples."""

    name: str
    regex: re.Pattern[str]
    examples: tuple[str, ...]


def _field(name: str, markers: str, value: str, examples: tuple[str, ...]) -> FieldPattern:
    return FieldPattern(name, re.compile(rf"(?<![\w])(?P<marker>(?i:{markers}))(?![\w])\.?\s*(?P<value>{value})"),
                        examples)


FIELDS: tuple[FieldPattern, ...] = (
    # "On." is a machine translation's reading of "Оп.".
    _field("fond", r"fond|fund|фонд|f|ф", NUMBER, ("F. 558", "F.R-9478", "f. 6", "Fond 3", "Ф. 558")),
    _field("opis", r"record\s+series|inventory|opis|опись|op|on|оп", NUMBER,
           ("Op. 1", "Op. 1/S", "On. 24", "op. 10", "Record Series 40", "Оп. 1")),
    _field("delo", r"file|delo|дело|d|д", NUMBER, ("D. 1892", "D 13", "d. 303", "File 77", "Д. 5411")),
    _field("folios", r"pages|page|sheets|sheet|listy|list|листы|лист|folios|folio|fols|fol|ll|l|лл|л|pp|p", FOLIOS,
           ("L. 3-5", "L. 12 rev.", "l. 282", "Page 13", "Л. 4", "LL. 7-7 rev.", "L.14-15", "list 3", "fol. 5v")),
)
FIELDS_BY_NAME: dict[str, FieldPattern] = {f.name: f for f in FIELDS}

SPELLED_OUT = r"(?:\s*\([^()]{1,20}\))?"
"""An abbreviation in brackets after a repository's full name: ``... Federation (APRF)``."""

SEPARATOR = re.compile(r"[.,;]?\s*")
"""What stands between the repository and a field or between two fields: ``RGASPI. F. 17.``,
``RTSHIDNI; F. 558``, ``F. 17, Op. 1``, ``RGASPI F. 17``."""
LABEL = re.compile(r"(?i:archive|source|архив|источник)\s*:\s*")
"""A label before a citation that stands before the text: ``Archive: AP RF. F. 3 ...``."""

UNKNOWN_REPOSITORY = r"(?=\w*[A-ZА-ЯЁ]\w*[A-ZА-ЯЁ])[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{1,9}(?:\s[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,6}){0,2}"
"""An abbreviation in the repository's place that the register does not know (two capitals at least)."""

_PUBLISHED_LABEL = r"(?i:first\s+published|published|впервые\s+опубликовано|опубликовано|опубл\.)"
PUBLISHED = re.compile(rf"(?:{_PUBLISHED_LABEL}\s*:?\s*)?[«\"“„].*|{_PUBLISHED_LABEL}\s*:.*")
"""A published source: a quoted title (``"Proletarian Revolution". 1936. No. 7. S. 167.``),
or a line or tail introduced by ``Published:``."""

BIBLIOGRAPHIC = re.compile(
    r"[^\W\d][^.]+\.\s.*?(?<!\d)(?:1[6-9]|20)\d\d(?!\d).*?"
    r"(?<![\w])(?:[СсSsPp]|[Сс]тр|pp)\.\s?\d+(?:\s?[-–]\s?\d+)?\.?"
)
"""A published source without quotes or label: a title, a year and pages, as in
``Известия ЦК КПСС. 1990. № 3. С. 5.`` or ``Stalin I. V. Works. T. 5. M., 1947. S. 12.``"""

_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


def is_published_source(line: str) -> bool:
    """A line that names where the document was printed: a quoted or labelled source with its
    year, or a bibliographic reference with year and pages."""
    text = line.strip()
    return bool(PUBLISHED.fullmatch(text) and _YEAR.search(text) or BIBLIOGRAPHIC.fullmatch(text))
