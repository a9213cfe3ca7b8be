"""The archival-citation grammar: a table of named field patterns and the pieces around them.

A citation is ``[label:] [repository][.,] field [sep field]... [kind of original] [published
source]``, e.g. ``RTSKHIDNI. F. 78. Op. 7. D. 210. L. 1-2. Autograph.`` Repository names and
the wordings of the kinds of original are data (``tei/registers/archives.xml``); this module
holds only the shape. Every field pattern has the groups ``marker`` and ``value``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teikit.convert import lexicon

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
    _field("delo", r"file|delo|дело|ед\.\s?хр|d|д|№", NUMBER,
           ("D. 1892", "D 13", "d. 303", "File 77", "Д. 5411", "ед. хр. 312", "№ 29940")),
    _field("folios", r"pages|page|sheets|sheet|listy|list|листы|лист|folios|folio|fols|fol|ll|l|лл|л|pp|p", FOLIOS,
           ("L. 3-5", "L. 12 rev.", "l. 282", "Page 13", "Л. 4", "LL. 7-7 rev.", "L.14-15", "list 3", "fol. 5v")),
)
FIELDS_BY_NAME: dict[str, FieldPattern] = {f.name: f for f in FIELDS}

SPELLED_OUT = r"(?:\s*\([^()]{1,20}\))?"
"""An abbreviation in brackets after a repository's full name: ``... Federation (APRF)``."""

SEPARATOR = re.compile(r"[.,;]?\s*")
"""What stands between the repository and a field or between two fields: ``RGASPI. F. 17.``,
``RTSHIDNI; F. 558``, ``F. 17, Op. 1``, ``RGASPI F. 17``."""
LABEL = re.compile(r"(?i:archive|source|архив|источник|печатается\s+по\s+\w+)\s*:\s*")
"""A label before a citation: ``Archive: AP RF. F. 3 ...``, ``Печатается по автографу: РГАЛИ, ф. 549 ...``."""

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


def _words_with_optional_stop(kind: str) -> str:
    """A word list as an alternation, each entry's final full stop optional."""
    words = sorted({w.rstrip(".") for w in lexicon.words(kind)}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


# Shelfmark citations of archives and libraries outside the fond/opis/delo system:
# ``[label:] [settlement, ...] repository, [collection, ...] shelfmark [, folios]``, e.g.
# ``Cambridge, MA, Harvard Divinity School Library, bMS 649/143(10)`` or
# ``Staatsbibliothek zu Berlin, Nachl. 141 (Brandt), Bl. 3–4``.
SHELFMARK_LABEL = re.compile(rf"(?i:{_words_with_optional_stop('shelfmark-label')})\s*:\s*")
"""A label before a shelfmark citation: ``Classmark:``, ``Signatur:``."""
REPOSITORY_WORD = re.compile(rf"(?i:{lexicon.alternation('repository-word')})")
"""A word stem that makes a part of a citation a repository's name (``...bibliothek``, ``Archivio``)."""
COUNTRY_SIGLUM = re.compile(rf"(?:{lexicon.alternation('country-siglum')})\s+(?=[A-ZÄÖÜ][a-zäöü])")
"""A country siglum before a repository's name (``GB Cambridge University Library``)."""
LIST_BULLET = re.compile(r"\s*[•·▪◦]\s*")
"""A list bullet before a citation on a web page."""
NAME_LINK = re.compile(rf"(?:{lexicon.alternation('name_particle')}|of|for|für|zu|in|at|the|der|des|di|de|du)$")
"""A lower-case word that continues a repository's name after its repository word (``Staatsbibliothek zu Berlin``)."""
CITATION_PART = re.compile(r"(?:\([^()]*\)|\[[^\[\]]*\]|[^,(\[]|,(?!\s))+")
"""A comma-separated part of a shelfmark citation (commas inside brackets or without a space
after them, as in ``Hs-30885,26``, stay inside)."""
ABBREVIATED_REPOSITORY = re.compile(r"(?![IVXLCDM]+(?!\S))(?=[A-ZÄÖÜ]\w*[A-Z])[A-ZÄÖÜ][A-Za-z]{1,5}(?:\s[A-Z][a-z]+)?")
"""A repository named by its abbreviation: ``BAR``, ``StABS``, ``SBB Historic``, ``MHi``; the
shelfmark after it must hold a number in its first two words (``J I.67``)."""
FOLIO_TAIL = re.compile(
    rf"(?:\s*[,;]\s*|\s+)(?i:{_words_with_optional_stop('folio-marker')})(?![^\W\d_])\.?\s*(?P<value>{FOLIOS})\.?$"
    rf"|\s*:\s+(?P<bare>{FOLIOS})\.?$")
"""The leaves or pages that end a shelfmark citation: ``, f. 12``, ``; Blatt 350-395``, ``: 204–5``."""
SHELFMARK_WORD = re.compile(r"\d|(?<![^\W\d_])(?i:mss?|papers)(?![^\W\d_])")
"""What a shelfmark holds: a number, or ``MS``/``mss.``/``Papers`` (``Fischer mss.``)."""
MAX_PART_WORDS = 10
"""No part of a shelfmark citation is a sentence: at most this many words."""


def is_published_source(line: str) -> bool:
    """A line that names where the document was printed: a quoted or labelled source with its
    year, or a bibliographic reference with year and pages."""
    text = line.strip()
    return bool(PUBLISHED.fullmatch(text) and _YEAR.search(text) or BIBLIOGRAPHIC.fullmatch(text))


PRINTED_SOURCE = re.compile(
    r"(?P<title>[^\W\d][^,]{1,80}?)(?:,\s*[^,]{1,40}?){0,3}?"
    rf"(?:,\s*(?P<volume>(?i:{_words_with_optional_stop('volume-marker')})(?![^\W\d_])\.?\s*(?P<volume_n>[0-9IVXLC]+)))?"
    rf",\s*(?P<pages>(?i:{_words_with_optional_stop('page-marker')})(?![^\W\d_])\.?\s*(?P<pages_from>\d+)"
    r"(?:\s?[-–—]\s?(?P<pages_to>\d+))?)\.?")
"""A printed source on a line of its own: ``Collected Works, vol. 35, p. 120``, ``ПСС, т. 50, с. 12``,
``Gesammelte Werke, Bd. 3, S. 45``: a title, perhaps a further part (the edition), the volume and the pages."""


_MARKER_FIRST = re.compile(rf"(?i:{_words_with_optional_stop('volume-marker')}|{_words_with_optional_stop('page-marker')})"
                           r"(?![^\W\d_])")


def printed_source(line: str) -> re.Match[str] | None:
    """The parts of a line that is a printed source, or None: its title is no volume or page, and
    without a volume it is a name (its words capitalised: not ``I told him, page 5``)."""
    m = PRINTED_SOURCE.fullmatch(line.strip())
    if m is None or _MARKER_FIRST.match(m["title"]):
        return None
    words = m["title"].split()
    if m["volume"] is None and 2 * sum(w[:1].isupper() for w in words) < len(words) + 1:
        return None
    return m
