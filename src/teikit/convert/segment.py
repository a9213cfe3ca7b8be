"""Split a raw page into site furniture, the collection header and document blocks.

A document block starts at its heading (or the numbering line above it) and runs
through its text, its archival citation and its notes, up to the next heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from teikit.convert import furniture as furniture_rules
from teikit.convert import lexicon
from teikit.convert import patterns
from teikit.convert.citation_grammar import is_published_source
from teikit.convert.notes import marker_value
from teikit.convert.profile import NO_PROFILE, Profile
from teikit.model import Collection, Line

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Block:
    """The lines of one document, sorted by where they belong."""

    number: Line | None
    heading: Line | None
    text: list[Line] = field(default_factory=list)
    citation: Line | None = None
    citation_first: bool = False
    published: Line | None = None
    notes_heading: Line | None = None
    notes: list[Line] = field(default_factory=list)
    editorial: bool = False
    """An editors' text above a letter (a bibliographic line under the page title), not a letter."""


@dataclass
class Layout:
    """A page's lines by role: furniture, collection header, document blocks."""

    lang: str
    furniture: list[Line]
    collection: Collection | None
    blocks: list[Block]
    rules: dict[int, tuple[str, str]] = field(default_factory=dict)
    """Line number -> (role, rule that gave it), for the lines this step places."""
    author: str | None = None
    """The writer the site or volume is about, from its title or banner, if it names one."""
    correspondents: tuple[str, str] | None = None
    """The two writers a correspondence's title names ("Briefwechsel zwischen X und Y")."""


def split_lines(text: str) -> list[Line]:
    """Lines numbered from 1; CR LF and lone CR count as line ends."""
    return [Line(i, t) for i, t in enumerate(re.split(r"\r\n|\r|\n", text), start=1)]


def page_language(text: str) -> str:
    """'ru' when Cyrillic letters outnumber Latin ones, else 'en'."""
    return "ru" if len(CYRILLIC.findall(text)) > len(LATIN.findall(text)) else "en"


class _Furniture:
    """The furniture tests of one page: shape rules, lines repeated on the page, the profile."""

    def __init__(self, lines: list[Line], profile: Profile):
        self.profile = profile
        self.repeats = furniture_rules.repeated([ln.stripped for ln in lines])
        self.by_number = {ln.number: ln for ln in lines}
        self._rules: dict[int, str | None] = {}

    def rule(self, line: Line) -> str | None:
        """The furniture rule a line meets (None: not furniture), decided once per line."""
        if line.number not in self._rules:
            self._rules[line.number] = self._rule(line)
        return self._rules[line.number]

    def following(self, content: list[Line], start: int) -> str:
        """The first line from content[start] on that is not furniture ("" at the end)."""
        for i in range(start, len(content)):
            if self.rule(content[i]) is None:
                return content[i].stripped
        return ""

    def _previous(self, line: Line) -> Line | None:
        """The line with text above a line."""
        number = line.number - 1
        while number in self.by_number and self.by_number[number].blank:
            number -= 1
        return self.by_number.get(number)

    def _next(self, line: Line) -> str:
        """The next line with text below a line ("" at the end)."""
        number = line.number + 1
        while number in self.by_number and self.by_number[number].blank:
            number += 1
        return self.by_number[number].stripped if number in self.by_number else ""

    def _rule(self, line: Line) -> str | None:
        text = line.stripped
        if not text:
            return None
        found = self.profile.furniture_rule(text) or furniture_rules.line_rule(text)
        after = self._next(line)
        if found == "page-number" and PLAIN_NUMBER.fullmatch(text) and patterns.heading_match(after) \
                and not patterns.heading_core(after)[0]:
            return None  # "41" above "To: N. I. DOROFEEV": the letter's number
        if found:
            return found
        before = self._previous(line)
        if before is not None and self.rule(before) == "page-number" and _in_capitals(text) and len(text.split()) <= 8 \
                and not patterns.heading_core(text)[0]:
            return "running-head-after-page-number"  # "87" / "В. Д. ЛОСЕВУ. 3 АВГУСТА 1921 г."
        above = self.by_number.get(line.number - 1)
        if above is not None and not above.blank and self.rule(above) in ("credit-or-licence", "credit-continued") \
                and not patterns.SENTENCE_END.search(above.stripped):
            return "credit-continued"  # the next line of a licence's sentence
        if furniture_rules.repeat_key(text) in self.repeats and not patterns.NOTE_LINE.fullmatch(text) \
                and patterns.heading_match(text) is None and not patterns.NUMBER["number"].fullmatch(text) \
                and not patterns.NOTES_HEADING.fullmatch(text) and not patterns.is_salute(text) \
                and not patterns.signature_like(text):
            return "repeated-line"
        return None


def _top_furniture(lines: list[Line]) -> int:
    """Index after the stray page titles and navigation bars that open the page."""
    content = [i for i, ln in enumerate(lines) if not ln.blank]
    for pos, i in enumerate(content[:6]):
        if furniture_rules.nav_bar(lines[i].stripped):
            return i + 1
        if patterns.match(patterns.COLLECTION, lines[i].stripped) and pos > 0:
            return i
    return 0


def _collection(lines: list[Line], start: int, furniture: list[Line],
                _is_furniture: Callable[[Line], bool]) -> tuple[Collection | None, int]:
    """The collection header right after the top furniture, and the index after it.

    Furniture met before the header (an advertisement, say) is added to ``furniture``.
    """
    found: list[Line] = []
    skipped: list[Line] = []
    coll = Collection(lines=found)
    i = start
    while i < len(lines):
        line = lines[i]
        if line.blank or (not found and _is_furniture(line)):
            if not line.blank:
                skipped.append(line)
            i += 1
            continue
        hit = patterns.match(patterns.COLLECTION, line.stripped)
        if hit is None or (hit[0] == "title" and coll.title is not None):
            break
        name, m = hit
        if name == "title":
            coll.title = line.stripped
            coll.span = (int(m["start"]), int(m["end"]))
        elif name == "year":
            coll.year = m["year"]
        elif name == "volume":
            pass  # kept with the header's lines
        else:
            coll.editors_line = line
        found.append(line)
        i += 1
    if not found:
        return None, start
    furniture.extend(skipped)
    return coll, i


def layout(text: str, is_citation: Callable[[str], bool], *, is_dateline: Callable[[str], bool] = lambda _: False,
           profile: Profile = NO_PROFILE) -> Layout:
    """Sort every line of the page into furniture, collection header or a document block."""
    lines = split_lines(text)
    tests = _Furniture(lines, profile)
    rules: dict[int, tuple[str, str]] = {}

    def is_furniture(line: Line) -> bool:
        rule = tests.rule(line)
        if rule:
            rules[line.number] = ("furniture", rule)
        return rule is not None

    def cites(text_: str) -> bool:
        return is_citation(text_) or profile.is_citation(text_)

    furniture: list[Line] = []
    top = _top_furniture(lines)
    for ln in lines[:top]:
        if not ln.blank:
            furniture.append(ln)
            rules[ln.number] = ("furniture", "above-navigation")
    collection, start = _collection(lines, top, furniture, is_furniture)
    if collection is None:
        start = top
    else:
        rules.update({ln.number: ("collection", "collection-header") for ln in collection.lines})
    blocks: list[Block] = []
    state = "heading"
    pending_number: Line | None = None
    content = [part for ln in lines[start:] if not ln.blank for part in _one_line_letter(ln)]
    preamble = _preamble(content, profile, tests, is_dateline)
    previous: Line | None = None
    for position, line in enumerate(content):
        text_ = line.stripped
        following = tests.following(content, position + 1)
        if is_furniture(line):
            furniture.append(line)
            if rules[line.number][1] == "separator" and blocks and (blocks[-1].text or blocks[-1].notes):
                state = "heading"  # "***" between two letters
            continue
        if position < preamble:
            furniture.append(line)
            rules[line.number] = ("furniture", "above-first-heading")
            continue
        before, previous = previous, line
        numbered = patterns.match(patterns.NUMBER, text_) or (
            (patterns.BARE_NUMBER.fullmatch(text_) or patterns.ROMAN_NUMBER.fullmatch(text_) or PLAIN_NUMBER.fullmatch(text_))
            and (_heading_of(following, profile) is not None or is_dateline(following) or patterns.is_salute(following)))
        if numbered and pending_number is None:
            if len(blocks) >= 2 and blocks[-1].heading is not None and not (blocks[-1].text or blocks[-1].notes
                                                                           or blocks[-1].citation or blocks[-1].number):
                stray = blocks.pop().heading  # "Sent from Cracow to St. Petersburg" under a letter, then "231"
                blocks[-1].text.append(stray)
                rules[stray.number] = ("text", "line-above-number")
            pending_number, state = line, "heading"
            rules[line.number] = ("number", "numbering-line")
            continue
        if state == "heading":
            ahead = [ln.stripped for ln in content[position + 1:position + 4]]
            if pending_number is None and _heading_of(text_, profile) is None \
                    and (_opens_letter(text_, ahead, is_dateline) or _top_right_date(line, is_dateline)
                         or _running_on(text_)):
                blocks.append(Block(number=None, heading=None, text=[line]))  # a letter without a heading
                rules[line.number] = ("text", "no-heading")
            elif pending_number is not None and _heading_of(text_, profile) is None \
                    and (is_dateline(text_) or patterns.is_salute(text_)):
                blocks.append(Block(number=None, heading=pending_number, text=[line]))  # "12." above the dateline
                rules[pending_number.number] = ("heading", "number-above-dateline")
            else:
                blocks.append(Block(number=pending_number, heading=line))
                rules[line.number] = ("heading", _heading_rule(text_, profile))
            pending_number, state = None, "text"
            continue
        block = blocks[-1]
        if state == "text" and not block.text and block.number is None and block.heading is not None \
                and (_repeats_heading(block.heading, text_) or len(blocks) == 1 and (
                    _page_title(block.heading, text_, profile) or _heading_of(text_, profile) in STRONG_HEADINGS
                    and _heading_of(block.heading.stripped, profile) not in STRONG_HEADINGS)):
            furniture.append(block.heading)  # a page title standing above the real heading
            rules[block.heading.number] = ("furniture", "page-title")
            block.heading = line
            rules[line.number] = ("heading", _heading_rule(text_, profile))
            continue
        if state == "text" and block.heading is not None and len(block.text) <= 5 \
                and _numbered_heading(text_, profile) and not any(patterns.is_salute(t.stripped) for t in block.text):
            # the letter's own numbered heading below a page title and its bibliographic lines
            if block.number is None and _page_title(block.heading, text_, profile):
                furniture.append(block.heading)
                rules[block.heading.number] = ("furniture", "page-title")
                if block.text:  # the lines under the page title: an editors' text before the letter
                    block.heading, block.editorial = block.text.pop(0), True
                    rules[block.heading.number] = ("heading", "text-above-letter")
                else:
                    blocks.pop()
            blocks.append(Block(number=None, heading=line))
            rules[line.number] = ("heading", _heading_rule(text_, profile))
            continue
        if state in ("after-citation", "notes") and _starts_document(text_, profile) or (
                state == "text" and _is_letter_heading(text_, profile)
                and (block.heading is None and _after_letter_end(text_, before)
                     or block.heading is not None and _heading_of(block.heading.stripped, profile) is None
                     or bool(block.text) and cites(following)
                     or len(block.text) >= 2 and _after_letter_end(text_, before)
                     or len(block.text) >= 2 and _addressee_heading(text_, before, content[position + 1:position + 3],
                                                                     is_dateline, profile))):
            # a new document: after a finished one, after an editors' text that has no letter
            # heading, where a letter heading is followed by its archival citation, or where
            # a numbered or dated heading or one after a signature follows a letter
            blocks.append(Block(number=None, heading=line))
            rules[line.number] = ("heading", _heading_rule(text_, profile))
            state = "text"
            continue
        if state == "text" and is_dateline(text_) and _formula_salute(following) and _heading_of(text_, profile) is None \
                and sum(_formula_salute(t.stripped) for t in block.text) == 1 and len(block.text) >= 3:
            # a dateline and a salute below a letter that had its own: the next letter of the page
            blocks.append(Block(number=None, heading=None, text=[line]))
            rules[line.number] = ("text", "no-heading-dateline-and-salute")
            continue
        if state == "text" and before is not None and patterns.signature_like(before.stripped) \
                and any(patterns.is_salute(t.stripped) for t in block.text) \
                and _heading_of(text_, profile) is None \
                and _opens_letter(text_, _until_heading(content[position + 1:position + 4], profile), is_dateline):
            # the next letter of a page without headings: a dateline or salute below a signature
            blocks.append(Block(number=None, heading=None, text=[line]))
            rules[line.number] = ("text", "no-heading-after-signature")
            continue
        if state == "text":
            if block.citation is None and cites(text_):
                block.citation = line
                block.citation_first = not any(_is_prose(t.stripped) for t in block.text)
                state = "text" if block.citation_first else "after-citation"
                rules[line.number] = ("citation", "citation-line")
            elif patterns.NOTES_HEADING.fullmatch(text_) and block.text:
                block.notes_heading, state = line, "notes"
                rules[line.number] = ("notes-heading", "notes-heading")
            else:
                block.text.append(line)
            continue
        if state == "after-citation":
            if patterns.NOTES_HEADING.fullmatch(text_):
                block.notes_heading, state = line, "notes"
                rules[line.number] = ("notes-heading", "notes-heading")
            elif block.published is None and not block.notes and is_published_source(text_):
                block.published = line
                rules[line.number] = ("published", "published-source")
            else:
                block.notes.append(line)
                rules[line.number] = ("note", "after-citation")
                state = "notes"
            continue
        if patterns.NOTES_HEADING.fullmatch(text_) and not block.notes and block.notes_heading is None:
            block.notes_heading = line
            rules[line.number] = ("notes-heading", "notes-heading")
        elif block.citation is None and patterns.SOURCE_NOTE.match(text_) and cites(text_):
            block.citation = line  # "Печатается по автографу: РГАЛИ, ф. 549, ..." among the notes
            rules[line.number] = ("citation", "source-line-in-notes")
        else:
            block.notes.append(line)
            rules[line.number] = ("note", "notes-section")
    if pending_number is not None:  # a numbering line with nothing after it
        blocks.append(Block(number=None, heading=pending_number))
    for before, after in zip(blocks, blocks[1:]):
        if before.heading is not None and after.heading is not None \
                and before.heading.stripped.casefold() == after.heading.stripped.casefold() \
                and not before.notes and not any(patterns.is_salute(t.stripped) or patterns.signature_like(t.stripped)
                                                 for t in before.text) \
                and (before.citation is None and all(len(t.stripped.split()) <= 10 for t in before.text)
                     or len(before.text) <= 6 and after.citation is None):
            # a header block repeating the letter's heading above the printed text, or a catalogue's
            # summary of a lot (place and format, a quotation) above its full description
            before.editorial = True
            if before.citation is not None:  # the summary's last line, read as a citation: its text
                before.text.append(before.citation)
                rules[before.citation.number] = ("text", "summary-above-letter")
                before.citation = None
    blocks = [part for block in blocks for part in _introduction_split(block, is_dateline)]
    for k, block in enumerate(blocks):
        _trailing_notes(block, blocks[k - 1].text if k > 0 else [])
    _notes_of_letters_above(blocks)
    for block in blocks:
        rules.update({ln.number: ("note", "trailing-notes") for ln in block.notes
                      if ln.number not in rules})
    titles = [ln.stripped for ln in furniture[:6]] + ([ln.stripped for ln in collection.lines] if collection else [])
    if blocks and blocks[0].heading is not None and rules.get(blocks[0].heading.number, ("", ""))[1] == "first-line" \
            and all(len(ln.stripped.split()) <= 8 for ln in blocks[0].text[:6]):  # a site's title lines, unrecognised
        titles += [ln.stripped for ln in [blocks[0].heading, *blocks[0].text[:6]]]
    return Layout(page_language(text), furniture, collection, blocks, rules, _page_author(titles),
                  _correspondents(titles))


# A numbered heading to an addressee at the start of a long line: "13/3402. An Wilhelm Berger".
_LINE_HEADING = re.compile(rf"{patterns.HEADING_NUMBER.pattern}(?:An|To|À|A|К)\s+")
_NAME_TOKEN = re.compile(rf"(?:{patterns.INITIAL}|{patterns.NAME_WORD}|von|van|de|du|zu|d['’])")


def _one_line_letter(line: Line) -> list[Line]:
    """A line that holds a letter's numbered heading and its text run together (a digital
    library's one-line layout, "13/3402. An Wilhelm Berger Hier, mein Werthester, ...") as two
    lines of the same number: the heading (the addressee's name ends before a word that opens
    a sentence or a salute) and the text. Any other line as it is."""
    text = line.stripped
    head = _LINE_HEADING.match(text)
    if head is None or len(text.split()) < 12:
        return [line]
    words = text[head.end():].split(" ")
    stop = lexicon.folded("salute") | frozenset().union(
        *(lexicon.folded(k) for k in lexicon.kinds() if k.startswith("function_words_")))
    k = 0
    while k < min(len(words), 5) and _NAME_TOKEN.fullmatch(words[k].removesuffix(".") if k else words[k]) \
            and (k == 0 or words[k].casefold() not in stop):
        k += 1
        if words[k - 1].endswith(".") and not re.fullmatch(patterns.INITIAL, words[k - 1]):
            break  # "12. An Wilhelm Berger. Jena, den 3. März 1795. Lieber Freund, ..."
    if k == 0 or k == len(words) or k >= 5:
        return [line]
    cut = head.end() + len(" ".join(words[:k]))
    return [Line(line.number, text[:cut]), Line(line.number, text[cut:].strip())]


def _page_author(titles: list[str]) -> str | None:
    """The writer a page's title lines name: "Letters of X", "X: Briefe", or a name alone."""
    for title in titles:
        for rx in patterns.PAGE_AUTHOR:
            found = rx.fullmatch(title)
            if found:  # a title set in capitals names the writer in capitals: "THE LETTERS OF ANN BROWN"
                name = found["name"].strip()
                if patterns.INVERTED_NAME.fullmatch(name):  # "SAND, George" -> "George Sand"
                    return " ".join(w.title() if w.isupper() else w for w in patterns.natural_order(name).split())
                return name.title() if name.isupper() else name
    for title in titles:  # a title that is the letter's heading: "From: Washington, George", "X — Y, date"
        hit = patterns.heading_match(title)
        if hit is not None and hit[1].groupdict().get("senders"):
            return patterns.natural_order(hit[1]["senders"])
    return next((t for t in titles if patterns.FULL_NAME.fullmatch(t) and len(t.split()) <= 4
                 and not NOT_A_NAME.search(t)), None)


def _correspondents(titles: list[str]) -> tuple[str, str] | None:
    """The two writers a title names as a correspondence: "Briefwechsel zwischen Schiller und
    Goethe", "The Correspondence of Emerson and Carlyle", "Correspondance entre Sand et Flaubert"."""
    for title in titles:
        found = patterns.CORRESPONDENTS.search(title)
        if found:
            return found["first"], found["second"]
    return None


# Words of a site's or an edition's title, never of a person's name.
NOT_A_NAME = re.compile(r"(?i)correspond|brief|letter|lettre|edition|archiv|письм|переписк|works|werke|œuvres|"
                        r"online|digital|project|library|bibliot|home|index|start")


STRONG_HEADINGS = {"letter_from_to", "letter_to", "to_only", "to_body", "to_dative", "telegram_to", "telegram_from", "sender_telegram",
                   "telegram_recipient", "letter_pair", "an", "catalogue", "profile-heading"}


def _preamble(content: list[Line], profile: Profile, tests: _Furniture, is_dateline: Callable[[str], bool]) -> int:
    """How many lines above the first document are a site's or a volume's preamble: short lines
    (titles, menus, notices) with no running prose and no salute, above the first numbered
    or unmistakable letter heading ("À Louise Berthier.", "Brief von X an Y") or the first
    letter number above a dateline or a salute ("IV" / "Bremen d 23. Jan. 1793.")."""
    for k, line in enumerate(content[:13]):
        text = line.stripped
        if tests.rule(line):
            continue
        after = tests.following(content, k + 1)
        if k > 0 and (patterns.BARE_NUMBER.fullmatch(text) or patterns.ROMAN_NUMBER.fullmatch(text)
                      or PLAIN_NUMBER.fullmatch(text)) \
                and (is_dateline(after) or patterns.is_salute(after) or _heading_of(after, profile) in STRONG_HEADINGS):
            return k
        if len(text.split()) >= 15 or k == 0 and _running_on(text) or patterns.is_salute(text) or NUMERIC_DATE.fullmatch(text) \
                or patterns.BARE_NUMBER.fullmatch(text):
            return 0
        numbered = patterns.match(patterns.NUMBER, text) or (
            patterns.heading_core(text)[0] and patterns.heading_match(text) is not None)
        if numbered or _heading_of(text, profile) in STRONG_HEADINGS:
            return k
        if k > 0 and _heading_of(text, profile) in ("to", "an") and not text.endswith((".", "!", "?")) \
                and all(len(ln.stripped.split()) <= 6 and not ln.stripped.endswith(".") for ln in content[:k]):
            return k  # "SOJ to Eben Norton Horsford" under a site's menu and title lines
    return 0


def _formula_salute(text: str) -> bool:
    """A salute that opens with a salutation formula ("Hochverehrte gnädigste Frau.")."""
    hit = patterns.match(patterns.SALUTE, text) if patterns.is_salute(text) else None
    return hit is not None and hit[0] == "formula"


def _numbered_heading(text: str, profile: Profile) -> bool:
    """A heading with its number: "184. И. С. КРЫЛОВУ", "LETTER 112. TO J. W. HARLOW."."""
    prefix, rest = patterns.heading_core(text)
    return bool(prefix) and bool(rest) and _is_letter_heading(rest, profile)


def _heading_of(text: str, profile: Profile) -> str | None:
    """The name of the heading pattern a line matches (the profile's first), or None."""
    if profile.heading(text):
        return "profile-heading"
    hit = patterns.heading_match(text)
    return hit[0] if hit else None


def _heading_rule(text: str, profile: Profile) -> str:
    return _heading_of(text, profile) or "first-line"


def _opens_letter(text: str, ahead: list[str], is_dateline: Callable[[str], bool]) -> bool:
    """Whether a block's first line already belongs to a letter without a heading: a salute,
    or a dateline or short address line with a salute a few lines below."""
    if patterns.is_salute(text) and patterns.match(patterns.SALUTE, text)[0] in ("formula", "patronymic"):  # type: ignore[index]
        return True
    if not (is_dateline(text) or len(text.split()) <= 8 and re.search(r"\d", text)):
        return False
    for line in ahead:
        if patterns.is_salute(line) and patterns.match(patterns.SALUTE, line)[0] == "formula":  # type: ignore[index]
            return True
        if len(line.split()) > 8:
            return False
    return False


# A letter's number in figures alone on its line ("41"), when a heading or a dateline follows.
PLAIN_NUMBER = re.compile(r"(?!1[5-9]\d\d$|20\d\d$)\d{1,4}")
NUMERIC_DATE = re.compile(r"\[?\d{1,2}\s*[./]\s*(?:\d{1,2}|[IVX]{1,4})\s*[./]\s*\d{2,4}\]?\.?")


def _in_capitals(text: str) -> bool:
    """A line set in capitals: most of its letters, and all of its longer words' letters."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _running_on(text: str) -> bool:
    """A first line that is no heading but the running text of a letter begun on an earlier
    page: a sentence of some length that opens in lower case, or a long one."""
    words = len(text.split())
    return words >= 8 and text[:1].islower() or words >= 15 and patterns.SENTENCE_END.search(text) is not None


def _top_right_date(line: Line, is_dateline: Callable[[str], bool]) -> bool:
    """A date set at the top right of a letter (indented far), or a date in figures alone."""
    indent = len(line.text) - len(line.text.lstrip())
    return (indent >= 8 and is_dateline(line.stripped)) or bool(NUMERIC_DATE.fullmatch(line.stripped))


def _page_title(title: Line, line: str, profile: Profile) -> bool:
    """A page title above the real heading: a second heading line naming one of the same persons ("Letter to Karl Kautsky, March 3, 1884" above
    "ENGELS TO KARL KAUTSKY")."""
    if line.endswith((".", "!", "?", ",")) or _heading_of(line, profile) is None or _heading_of(title.stripped, profile) is None:
        return False
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", line)}
    named = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", title.stripped) if w[:1].isupper()}
    return bool(words & named) and len(line.split()) <= 16


def _until_heading(lines: list[Line], profile: Profile) -> list[str]:
    """The lines up to the first heading or numbering line among them."""
    out: list[str] = []
    for line in lines:
        if _heading_of(line.stripped, profile) or patterns.match(patterns.NUMBER, line.stripped):
            break
        out.append(line.stripped)
    return out


def _after_letter_end(text: str, before: Line | None) -> bool:
    """A heading that opens with a number or a date, or that follows a short line ending the
    letter before it (a signature or a date), not the middle of a sentence."""
    if patterns.heading_core(text)[0]:
        return True
    if before is None:
        return False
    last = before.stripped
    return len(last.split()) <= 6 and not last.endswith((",", ";", ":")) and last[:1].isupper()


ADDRESSEE_HEADINGS = {"to_only", "to_body", "letter_to", "catalogue"}


def _addressee_heading(text: str, before: Line | None, ahead: list[Line], is_dateline: Callable[[str], bool],
                       profile: Profile) -> bool:
    """A heading naming the addressee of the next letter on a page of several ("A Alphonse
    Daudet.", "TO MISS PEABODY", "An Franz Weber."): after a line that ends a sentence (not a
    dateline: an address line under the dateline is the letter's own), with a dateline, a
    salute or an editor's bracketed word ("(FRAGMENT)") right below it."""
    if _heading_of(text, profile) not in ADDRESSEE_HEADINGS or before is None \
            or not patterns.SENTENCE_END.search(before.stripped) or is_dateline(before.stripped):
        return False
    return any(is_dateline(ln.stripped) or patterns.is_salute(ln.stripped) for ln in ahead) \
        or bool(ahead) and EDITORS_WORD.fullmatch(ahead[0].stripped) is not None


# An editor's word in brackets on a line of its own: "(FRAGMENT)", "[Draft]", "(Extrait)".
EDITORS_WORD = re.compile(r"[(\[][^\W\d_]+(?:\s[^\W\d_]+)?[)\]]\.?")


def _trailing_notes(block: Block, letter_above: list[Line]) -> None:
    """Notes at the end of a document with neither citation nor notes heading.

    They are the last lines of its text when those lines start with markers 1, 2, ...
    (or asterisks) in order, not list numbers such as "1." or "2)" unless the text
    above (or the letter above it, for notes at the foot of a page) carries their markers,
    and the line above them is not an item of a numbered list.
    """
    if block.notes or block.citation or block.notes_heading:
        return
    start = len(block.text)
    while start > 0 and patterns.NOTE_LINE.fullmatch(block.text[start - 1].stripped) \
            and (not patterns.NUMBERED.match(block.text[start - 1].stripped)
                 or _marked_above(block.text[:start - 1], block.text[start - 1].stripped)
                 or _marked_above(letter_above, block.text[start - 1].stripped)):
        start -= 1
    run = block.text[start:]
    markers = [patterns.NOTE_LINE.fullmatch(ln.stripped)["marker"] for ln in run]  # type: ignore[index]
    values = [marker_value(m) for m in markers]
    numbered = [v for v in values if not v.startswith("*")]
    first = int(numbered[0]) if numbered and numbered[0].isdigit() else 1
    in_order = numbered == [str(i) for i in range(first, first + len(numbered))] and (
        first == 1 or all(_marked_above(block.text[:start], ln.stripped) for ln in run))  # a volume's "86.", "87."
    above = block.text[start - 1].stripped if start > 0 else ""
    if run and in_order and start > 0 and not patterns.NUMBERED.match(above):
        block.notes = run
        del block.text[start:]


def _introduction_split(block: Block, is_dateline: Callable[[str], bool]) -> list[Block]:
    """A letter whose heading stands above an editors' introduction in prose: the introduction
    as an editors' text of its own, then the letter from its dateline and salute on, under the
    heading."""
    if block.heading is None or block.editorial:
        return [block]
    texts = [ln.stripped for ln in block.text[:12]]
    salute = next((j for j, t in enumerate(texts) if _formula_salute(t)), None)
    if not salute:
        return [block]
    start = salute - 1 if is_dateline(texts[salute - 1]) or len(texts[salute - 1].split()) <= 8 \
        and re.search(r"\d", texts[salute - 1]) else salute
    if start == 0 or not any(len(t.split()) >= 15 and not patterns.META_LINE.fullmatch(t) for t in texts[:start]):
        return [block]
    intro = Block(number=None, heading=None, text=block.text[:start], editorial=True)
    if patterns.heading_match(block.heading.stripped) is None:  # an article's title, not the letter's heading
        intro.heading, block.heading, block.number = block.heading, None, None
    block.text = block.text[start:]
    return [intro, block]


def _notes_of_letters_above(blocks: list[Block]) -> None:
    """Notes printed at the end of a page that belong to the letter above the last: the last
    letter carries none of their markers, the one before it carries all of them."""
    for before, block in zip(blocks, blocks[1:]):
        if block.notes and not before.notes and block.notes_heading is None and block.citation is None \
                and not any(_marked_above(block.text, ln.stripped) for ln in block.notes) \
                and all(_marked_above(before.text, ln.stripped) for ln in block.notes):
            before.notes, block.notes = block.notes, []


def _marked_above(lines: list[Line], note: str) -> bool:
    """Whether a "1." line is a note: the text above carries its marker ("word1", "[1]", "(1)", "¹")."""
    found = patterns.NOTE_LINE.fullmatch(note)
    n = marker_value(found["marker"]) if found else ""
    if not n.isdigit():
        return False
    sup = n.translate(str.maketrans("0123456789", patterns.SUPERSCRIPT_DIGITS))
    spaced = rf"|(?<=[^\W\d_] ){n}(?= [^\W\d_])" if len(n) >= 2 else ""  # "the enclosed 86 queries"
    marker = re.compile(rf"\[{n}\]|\({n}\)|(?<=[^\W\d_]){n}(?!\d)|{sup}{spaced}")
    return any(marker.search(ln.stripped) for ln in lines)


def _repeats_heading(title: Line, line: str) -> bool:
    """Whether a line is a fuller heading of the same document: "Kalinin to Stalin" above
    "M. I. Kalinin to I. V. Stalin"."""
    if patterns.heading_match(line) is None or patterns.heading_match(title.stripped) is None:
        return False
    if len(line.split()) > 25 or line.endswith((".", "!", "?")):
        return False
    words = set(re.findall(r"\w{3,}", line.lower()))
    title_words = set(re.findall(r"\w{3,}", title.stripped.lower()))
    return bool(title_words) and title_words <= words and len(line) > len(title.stripped)


def _is_prose(text: str) -> bool:
    """A line of running text: a sentence of some length."""
    return len(text.split()) >= 8


def _is_letter_heading(text: str, profile: Profile) -> bool:
    """A short heading naming who wrote to whom: "A to B", "A - B", "Telegram from A", "From A"."""
    name = _heading_of(text, profile)
    ends = text.endswith(("!", "?", ":", ";", ",")) or text.endswith(".") and not (
        name in ("to_only", "letter_to") and len(text.split()) <= 8)  # "À Louise Berthier."
    return (name is not None and name not in ("note", "minutes") and len(text.split()) <= 16
            and not ends and not _is_closing(text) and not SENTENCE_BREAK.search(text))


# Two sentences on one line ("... in Breda. You can imagine"): running text, not a heading.
SENTENCE_BREAK = re.compile(r"[a-zа-яёß-ÿ]{3,}[.!?] +[A-ZА-ЯЁ]")


def _is_closing(text: str) -> bool:
    """A closing formula ("Von Herzen Ihr", "From your loving son"), not a heading."""
    return bool(patterns.CLOSING_LINE_END.fullmatch(text) or patterns.CLOSING_FORMULA.match(text))


def _starts_document(text: str, profile: Profile) -> bool:
    """A heading after a finished document: a telegram, notes or minutes heading, or a
    short "A to B" / "From A" line that does not end like a sentence."""
    name = _heading_of(text, profile)
    if name is None:
        return False
    if name in ("telegram_to", "telegram_from", "note", "minutes"):
        return True
    return len(text.split()) <= 25 and not text.endswith((".", "!", "?"))
