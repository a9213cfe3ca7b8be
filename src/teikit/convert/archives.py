"""Archival citations: ``RTSKHIDNI. F. 78. Op. 7. D. 210. L. 1-2. Autograph.`` read into parts.

The shape is the grammar of :mod:`teikit.convert.citation_grammar`; the repositories,
their spellings and the wordings of the kinds of original come from the register
``archives.xml`` (its ``listOrg`` and its taxonomy ``original-forms``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lxml import etree

from teikit.convert.citation_grammar import (
    ABBREVIATED_REPOSITORY,
    BIBLIOGRAPHIC,
    CITATION_PART,
    FIELDS,
    FIELDS_BY_NAME,
    FOLIO_TAIL,
    FOLIOS,
    LABEL,
    MAX_PART_WORDS,
    PUBLISHED,
    REPOSITORY_WORD,
    SEPARATOR,
    COUNTRY_SIGLUM,
    LIST_BULLET,
    NAME_LINK,
    SHELFMARK_LABEL,
    SHELFMARK_WORD,
    SPELLED_OUT,
    UNKNOWN_REPOSITORY,
    VERSO,
)
from teikit.registers import Registers, load_registers
from teikit.xml import XML_ID, tei

ARCHIVES_FILE = "archives.xml"
_FOND_AHEAD = FIELDS_BY_NAME["fond"].regex.pattern
_FOND = re.compile(_FOND_AHEAD)  # a text without a fond holds no citation that ``_head`` opens
_FOLIO_PART = re.compile(rf"(?P<n>\d+)(?:(?P<verso>{VERSO})|(?P<letter>[a-zа-яё]))?")
_FOLIO_RANGE = re.compile(r"(?P<a>[^-–—,]+?)\s?[-–—]\s?(?P<b>[^-–—,]+)")
_SENTENCE_START = re.compile(r"(?:(?<=\.)|^)\s*(?=\S)")
_PHRASE_END = re.compile(r"\s*(?:[.;)\]]|$)")
_DIGIT = re.compile(r"\d")
_FORM_BEFORE = re.compile(r"([^.;:]{1,40}?)\s*[—–-]\s*$")


@dataclass(frozen=True)
class Citation:
    """One archival citation, parsed; numbers kept exactly as printed."""

    verbatim: str
    """The citation exactly as printed, without a published source that follows it."""
    repository: str | None
    """The repository's abbreviation as normally written (archives.xml), else as printed."""
    repository_key: str | None
    """The repository's xml:id in archives.xml; None when the register does not know it."""
    fond: str | None
    opis: str | None
    delo: str | None
    folios: str | None
    """Folios as written without ``L.``: ``1-2``, ``34``, ``12 rev.``."""
    folio_from: str | None
    folio_to: str | None
    """First and last folio for ``locus/@from`` and ``@to``, verso as ``v`` (``12v``)."""
    form: str | None
    """Kind of original: autograph, typescript, manuscript, copy, certified-copy, telegram-form."""
    form_text: str | None
    """The words that name the kind of original, as printed (``Autograph.``)."""
    published: str | None = None
    """A published source printed after the citation on the same line, verbatim."""
    repository_today: str | None = None
    repository_today_key: str | None = None
    """The archive that holds a renamed repository's fonds today (RTsKhIDNI -> RGASPI)."""
    shelfmark: str | None = None
    """A library's or archive's own shelfmark (``Add MS 41234``), for citations without fonds."""
    settlement: str | None = None
    """The city the citation names before the repository (``Cambridge, MA``)."""


def _name_key(name: str) -> str:
    """Names compare with case, spaces and full stops ignored: ``AP RF`` = ``APRF``."""
    return re.sub(r"[\s.]", "", name.casefold())


def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


class CitationParser:
    """Reads citation lines and finds citations in notes, with the repositories of a register."""

    def __init__(self, registers: Registers):
        if not registers.of_file(ARCHIVES_FILE):
            registers = load_registers()
        entries = registers.of_file(ARCHIVES_FILE)
        self._by_name: dict[str, tuple[str, str]] = {}
        for entry in entries:
            for name in entry.names:
                self._by_name.setdefault(_name_key(name.text), (entry.key, entry.label))
        tree = entries[0].element.getroottree() if entries else None
        self._successor = _successors(tree)
        self._labels = {e.key: e.label for e in entries}
        self._forms = _form_terms(tree)
        names = sorted({n.text for e in entries for n in e.names}, key=len, reverse=True)
        flexible = [r"[\s.]*".join(re.escape(c) for c in n.replace(" ", "").replace(".", "")) for n in names]
        known = rf"(?i:{'|'.join(flexible)})(?![\w])" if flexible else r"(?!)"
        repository = rf"(?<![\w])(?P<repo>{known}|{UNKNOWN_REPOSITORY})"
        self._head_source = \
            rf"(?P<label>{LABEL.pattern})?(?:{repository}{SPELLED_OUT}{SEPARATOR.pattern})?(?={_FOND_AHEAD})"

    @functools.cached_property
    def _head(self) -> re.Pattern[str]:
        """What may stand before a citation's fond (a label, a repository), up to the fond: compiled on the
        first text that names a fond (an expression of every repository's name, slow to compile)."""
        return re.compile(self._head_source)

    def parse_line(self, line: str) -> Citation | None:
        """A line that is a citation (and possibly a published source after it), or None."""
        text = line.strip()
        head = self._head.match(text) if _FOND.search(text) else None
        if head is None:
            return self._shelfmark_citation(text)
        fields, end = _read_fields(text, head.end())
        if not _enough(fields, head.group("repo")):
            return None
        tail = text[end:]
        split = self._published_start(tail)
        form_part = tail[:split]
        verbatim = (text[:end] + form_part).strip()
        return self._citation(verbatim, head.group("repo"), fields, form_part, tail[split:].strip() or None,
                              lead=head.group("label") or "")

    def _shelfmark_citation(self, text: str) -> Citation | None:
        """A citation by shelfmark: ``[settlement, ...] repository, [collection, ...] shelfmark [, folios]``.

        The repository is a name the register knows (it may hold a comma: ``Royal Botanic Gardens,
        Kew``), else the first part that names a library, archive or museum, else an abbreviation
        that opens a short citation (``BAR, J I.67``). The parts before it name the city.
        """
        body = text[bullet.end():] if (bullet := LIST_BULLET.match(text)) else text
        body = body[label.end():] if (label := SHELFMARK_LABEL.match(body)) else body
        parts = [m.group().strip() for m in CITATION_PART.finditer(body)]
        if (siglum := COUNTRY_SIGLUM.match(parts[0] if parts else "")) and REPOSITORY_WORD.search(parts[0]):
            # A library's siglum: "GB Cambridge University Library Schnitzler, B 5b" is country, repository,
            # collection and shelfmark; the country is no part of the repository's name.
            parts = _collection_after_repository([parts[0][siglum.end():], *parts[1:]])
        if not 2 <= len(parts) <= 10 or any(len(p.split()) > MAX_PART_WORDS for p in parts) or body[-1:] in "?!":
            return None
        found = self._repository_parts(parts)
        if found is None:
            return None
        start, end = found
        rest = ", ".join(parts[end:])
        if not SHELFMARK_WORD.search(rest) or any(_DIGIT.search(p) for p in parts[:start]):
            return None
        tail = FOLIO_TAIL.search(rest)
        folios = (tail.group("value") or tail.group("bare")).strip() if tail else None
        shelfmark = (rest[: tail.start()] if tail else rest).strip(" ,;:")
        if not shelfmark:
            return None
        printed = ", ".join(parts[start:end])
        key = self._by_name.get(_name_key(printed), (None, None))[0]
        first, last = _folio_bounds(folios)
        return Citation(
            verbatim=text, repository=printed, repository_key=key, fond=None, opis=None, delo=None,
            folios=folios, folio_from=first, folio_to=last, form=None, form_text=None,
            shelfmark=shelfmark, settlement=", ".join(parts[:start]) or None,
        )

    def _repository_parts(self, parts: list[str]) -> tuple[int, int] | None:
        """Where the repository's name stands among a citation's parts: (first, after last)."""
        for start in range(len(parts) - 1):
            for end in range(min(len(parts) - 1, start + 3), start, -1):
                if _name_key(", ".join(parts[start:end])) in self._by_name:
                    return start, end
        for start, part in enumerate(parts[:-1]):
            if REPOSITORY_WORD.search(part) and _a_name(part):
                return start, start + 1
        if len(parts) <= 3 and ABBREVIATED_REPOSITORY.fullmatch(parts[0]) and _DIGIT.search(
                " ".join(parts[1].split()[:2])):
            return 0, 1
        return None

    def find_in(self, text: str) -> list[tuple[int, int, Citation]]:
        """Citations inside running text or notes (``(RGASPI. F. 17. Op. 13. D. 1045. L. 11)``)."""
        found: list[tuple[int, int, Citation]] = []
        if not _FOND.search(text):
            return found
        pos = 0
        while (head := self._head.search(text, pos)) is not None:
            fields, end = _read_fields(text, head.end())
            if not _enough(fields, head.group("repo")):
                pos = head.end() + 1
                continue
            fields_end = end
            end = self._form_at(text, end) or end
            start = head.start()
            verbatim = text[start:end].rstrip(" ,;")
            end = start + len(verbatim)
            form_part = text[fields_end:end]
            lead = _FORM_BEFORE.search(text, 0, start)
            found.append((start, end, self._citation(verbatim, head.group("repo"), fields, form_part, None,
                                                     lead=lead.group(1) if lead else "")))
            pos = end
        return found

    def _citation(self, verbatim: str, printed_repo: str | None, fields: dict[str, str],
                  form_part: str, published: str | None, *, lead: str = "") -> Citation:
        """A parsed citation; the kind of original may also be named before it, in its label
        (``Печатается по автографу:``) or before a dash (``Автограф — РГБ, ф. 109 ...``)."""
        key, repository = self._repository(printed_repo)
        today = self._today(key)
        folios = fields.get("folios")
        first, last = _folio_bounds(folios)
        form_text = form_part.strip(" ,;") or None
        return Citation(
            verbatim=verbatim, repository=repository, repository_key=key,
            fond=fields.get("fond"), opis=fields.get("opis"), delo=fields.get("delo"),
            folios=folios, folio_from=first, folio_to=last,
            form=self._form(form_text) or self._form(lead), form_text=form_text, published=published,
            repository_today=self._labels.get(today) if today else None, repository_today_key=today,
        )

    def _repository(self, printed: str | None) -> tuple[str | None, str | None]:
        """(key, name as normally written); a misspelling of a known name (one letter off, two in
        a long name) is read as that name when no other name is as near."""
        if not printed:
            return None, None
        key = _name_key(printed)
        if key in self._by_name:
            return self._by_name[key]
        if len(key) >= 5:
            allowed = 2 if len(key) >= 7 else 1
            near = {self._by_name[k] for k in self._by_name if _distance(k, key) <= allowed}
            if len(near) == 1:
                return near.pop()
        return None, printed

    def _today(self, key: str | None) -> str | None:
        seen = []
        while key in self._successor and key not in seen:
            seen.append(key)
            key = self._successor[key]
        return key if seen else None

    def _form(self, form_text: str | None) -> str | None:
        if not form_text:
            return None
        for form, rx in self._forms:
            if rx.search(form_text):
                return form
        return None

    def _published_start(self, tail: str) -> int:
        """Where a published source begins in what follows a citation's fields (its length if
        none): a quoted or labelled source anywhere, or a bibliographic reference from the start
        of a sentence that does not name a kind of original."""
        quoted = PUBLISHED.search(tail)
        if quoted:
            return quoted.start()
        for sentence in _SENTENCE_START.finditer(tail):
            start = sentence.end()
            if BIBLIOGRAPHIC.fullmatch(tail, start) and not any(rx.match(tail, start) for _form, rx in self._forms):
                return start
        return len(tail)

    def _form_at(self, text: str, pos: int) -> int | None:
        """Where the kind-of-original phrases right after the fields end, if any stand there
        (``Подлинник. Машинописный текст.`` is two); a further phrase must end its sentence
        (``Copy. Original is lost`` has one)."""
        end = None
        while True:
            after = SEPARATOR.match(text, pos)
            start = after.end() if after else pos
            m = next((m for _form, rx in self._forms if (m := rx.match(text, start))), None)
            if m is None or end is not None and not _PHRASE_END.match(text, m.end()):
                return end
            pos = end = m.end() + (1 if text[m.end() : m.end() + 1] == "." else 0)


def _collection_after_repository(parts: list[str]) -> list[str]:
    """In a siglum, a collection's name written after the repository's without a comma
    (``Cambridge University Library Schnitzler, B 5b``) made a part of its own, so that it goes with
    the shelfmark; words that continue the repository's name (``Staatsbibliothek zu Berlin``) stay."""
    for i, part in enumerate(parts[:-1]):
        found = list(REPOSITORY_WORD.finditer(part))
        if not found or not _a_name(part):
            continue
        word_end = re.compile(r"\S*").match(part, found[-1].end()).end()
        after = part[word_end:].strip()
        if after and after[:1].isupper() and not NAME_LINK.match(after.split()[0]) \
                and not any(NAME_LINK.match(w) for w in after.split()):
            return parts[:i] + [part[: len(part) - len(after)].rstrip(), after] + parts[i + 1:]
        return parts
    return parts


def _a_name(part: str) -> bool:
    """The words read as a proper name: the first and at least half of them capitalised
    (``Archivio di Stato di Venezia``, not ``I went to the library``)."""
    words = part.split()
    return words[0][:1].isupper() and 2 * sum(w[:1].isupper() for w in words) >= len(words)


def _read_fields(text: str, pos: int) -> tuple[dict[str, str], int]:
    """The fields from pos on, in any order, each once; and where the last one ends."""
    fields: dict[str, str] = {}
    end = pos
    while True:
        sep = SEPARATOR.match(text, end)
        at = sep.end() if sep else end
        for pattern in FIELDS:
            if pattern.name in fields:
                continue
            m = pattern.regex.match(text, at)
            if m:
                fields[pattern.name] = m.group("value").strip()
                end = m.end()
                break
        else:
            break
    return fields, _past_stop(text, end)


def _past_stop(text: str, end: int) -> int:
    """Take in the full stop that closes the last field (``L. 1-2.``)."""
    return end + 1 if text[end : end + 1] == "." and not text[end - 1 : end] == "." else end


def _enough(fields: dict[str, str], repository: str | None) -> bool:
    """A citation names a fond and, unless its repository is named, an opis or delo too."""
    return "fond" in fields and (repository is not None or "opis" in fields or "delo" in fields)


def _folio_bounds(folios: str | None) -> tuple[str | None, str | None]:
    if not folios or "," in folios or not re.fullmatch(FOLIOS, folios):
        return None, None
    bounds = _FOLIO_RANGE.fullmatch(folios)
    parts = (bounds.group("a"), bounds.group("b")) if bounds else (folios, folios)
    first, last = (_folio_id(p) for p in parts)
    return first, last


def _folio_id(folio: str) -> str:
    m = _FOLIO_PART.fullmatch(folio.strip())
    if m is None:
        return folio.strip()
    return m.group("n") + ("v" if m.group("verso") else m.group("letter") or "")


def _successors(tree: etree._ElementTree | None) -> dict[str, str]:
    if tree is None:
        return {}
    return {
        rel.get("active", "").lstrip("#"): rel.get("passive", "").lstrip("#")
        for rel in tree.iter(tei("relation"))
        if rel.get("name") == "successor"
    }


def _form_terms(tree: etree._ElementTree | None) -> list[tuple[str, re.Pattern[str]]]:
    """(form, expression of its wordings) in the taxonomy's order, which is their precedence."""
    if tree is None:
        return []
    forms = []
    for taxonomy in tree.iter(tei("taxonomy")):
        if taxonomy.get(XML_ID) != "original-forms":
            continue
        for category in taxonomy.iter(tei("category")):
            terms = sorted(
                (" ".join("".join(t.itertext()).split()) for t in category.iter(tei("term"))),
                key=len, reverse=True,
            )
            words = "|".join(r"\s+".join(map(re.escape, t.split())) for t in terms if t)
            if words:
                forms.append((category.get(XML_ID, ""), re.compile(rf"(?<![\w])(?i:{words})(?![\w])")))
    return forms

