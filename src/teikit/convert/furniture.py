"""Site and print furniture: lines that belong to no document and to no collection header.

A line is furniture by what it is, not by being one site's line: a navigation bar or
breadcrumb (short items between ``|``, ``>``, ``»``), a credit, licence, download or
file-size line (words from ``lexicon/furniture.txt``, a short line), a page number or a
printed volume's running head (a number beside a title in capitals, or a title that
recurs on the page with different numbers), or a line repeated on the page. Each test
has a name, which the report and ``convert --explain`` show.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from teikit.convert import lexicon, patterns

_FILE_SIZE = re.compile(r"\(?\b\d+(?:[.,]\d+)?\s?(?:KB|MB|GB|kB|KiB|MiB|Ko|Mo|Кб|Мб|КБ|МБ)\b\)?")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bCC[- ]BY\b|\bCC0\b", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"[—–-]?\s*\d{1,3}\s*[—–-]?|\[(?:p|S|с|стр)\.?\s*\d{1,4}\]|(?:p|pp|S|с|стр)\.\s*\d{1,4}"
    rf"|(?:{lexicon.alternation('page-word')})\s+\d{{1,4}}(?:\s*(?:/|of|von|sur|из)\s*\d{{1,4}})?.*",
    re.IGNORECASE)
# A running head with the volume's year and the page number: "Bahr – Schnitzler 1909 287",
# "174 BAHR – SCHNITZLER 1897".
_YEAR_AND_PAGE = re.compile(r"(?:\d{1,4}\s+)?(?P<title>[^\d.!?]{3,60}?)\s+1[5-9]\d\d\s+\d{1,4}"
                            r"|\d{1,4}\s+(?P<title2>[^\d.!?]{3,60}?)(?:\s+1[5-9]\d\d)?")
_RUNNING_HEAD = re.compile(r"(?P<a>\d{1,3})\s+(?P<title>[^a-zа-яё\d]{4,80})|(?P<title2>[^a-zа-яё\d]{4,80}?)\s+(?P<b>\d{1,3})")
_DIGITS = re.compile(r"\d+")


_CREDIT_GLUE = re.compile(r"\s*(?:[:(|—–-]|\d|(?:by|for|von|par|from|under|durch|de)\b|$)", re.IGNORECASE)


def _opening_rx() -> re.Pattern[str]:
    return _opening(lexicon.alternation("furniture"))


@lru_cache(maxsize=4)
def _opening(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation})(?!\w)", re.IGNORECASE)


def _short(text: str, words: int = 14) -> bool:
    return len(text.split()) <= words


# A pager between arrows: "< backward   forward >", "‹ Предыдущая 1 … 25 26 … 65 Следующая ›".
_PAGER = re.compile(r"[<‹◄←«]\s*[^,.;:!?]{2,80}?\s*[>›►→»]")


def nav_bar(text: str) -> bool:
    """Three or more short items between '|', '>', '»' (or two around '»'), '<<'/'>>' links, or
    a pager between arrows (between guillemets only with a '|' or a page number in it, not a
    quotation)."""
    if re.search(r"<<|>>", text) and _short(text):
        return True
    if _PAGER.fullmatch(text) and _short(text, 16) and (text[0] != "«" or re.search(r"[|\d]", text)):
        return True
    for sep in ("|", "»", "›", ">", "::"):
        if sep not in text or sep == "»" and "«" in text:
            continue
        parts = [p.strip() for p in text.split(sep)]
        enough = len(parts) >= 3 or (sep in "»›" and len(parts) == 2 and all(len(p.split()) <= 4 for p in parts))
        if enough and all(0 < len(p.split()) <= 6 and not re.search(r"[.!?;]$", p) for p in parts[:-1]) \
                and 0 < len(parts[-1].split()) <= 8:
            return True
    return False


def credit_line(text: str) -> bool:
    """A credit, licence, download or citation-advice line: a furniture word opens it (a phrase of
    four words or more whatever follows), or it gives a file size, a URL or a copyright sign,
    and it is short."""
    opening = _opening_rx().match(text)
    glued = opening and (_CREDIT_GLUE.match(text, opening.end())
                         or re.search(r"\b(?:by|for|von|par|durch)$", opening.group(0), re.IGNORECASE))
    if opening and (len(text.split()) <= 4 or glued or len(opening.group(0).split()) >= 4) and _short(text, 60):
        return True
    if not _short(text, 30):
        return False
    return bool(_FILE_SIZE.search(text) or _COPYRIGHT.search(text)
                or (_URL.search(text) and _short(_URL.sub("", text), 8)))


def share_line(text: str) -> bool:
    """A row of share buttons: every word a share verb or a network's name, and a network named
    ("Share on Twitter Share on Facebook", "Partager sur Facebook | Tweet")."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)?", text)]
    known = lexicon.folded("share")
    networks = _networks()
    return _short(text, 16) and bool(words) and all(w in known for w in words) and any(w in networks for w in words) \
        and len(words) >= 2


@lru_cache(maxsize=1)
def _networks() -> frozenset[str]:
    """The networks' names among the share words (capitalised in the list), case-folded."""
    return frozenset(w.casefold() for w in lexicon.words("share") if w[:1].isupper())


def page_number(text: str) -> bool:
    """A printed page number standing alone: "213", "— 213 —", "[p. 213]", "Page 12 / 340"."""
    return bool(_PAGE_NUMBER.fullmatch(text)) and not patterns.BARE_NUMBER.fullmatch(text)


def running_head(text: str) -> str | None:
    """The title of a running head with its page number ("212 LETTERS OF JOHN RUSKIN", "Bahr –
    Schnitzler 1909 287"), else None."""
    text = " ".join(text.split())
    m = _RUNNING_HEAD.fullmatch(text)
    dated = _YEAR_AND_PAGE.fullmatch(text)
    if m is None and (dated is None or dated["title2"] is not None and not dated.group(0).rstrip()[-4:].isdigit()):
        return None
    title = (m["title"] or m["title2"]).strip() if m else (dated["title"] or dated["title2"]).strip()  # type: ignore[index]
    if len(title.split()) > 6:
        return None
    one_word = len(title.split()) == 1 and title.isupper() and len(title) >= 8 \
        and title.casefold() not in _month_and_day_names() and not patterns.NOTES_HEADING.fullmatch(title)
    if len(title.split()) < 2 and not one_word or sum(c.isalpha() for c in title) < 4 or title.endswith((",", ";")):
        return None  # a title of one word only in capitals: "BRIEFWECHSEL 1899 49", "290 BRIEFWECHSEL"
    return title


@lru_cache(maxsize=1)
def _month_and_day_names() -> frozenset[str]:
    """Month and weekday names, case-folded ("december", "januar", "montag")."""
    months = {entry.split()[-1].rstrip(".").casefold() for entry in lexicon.words("month")}
    return frozenset(months | lexicon.folded("weekday"))


def line_rule(text: str) -> str | None:
    """The name of the furniture test a line passes on its own, or None."""
    if nav_bar(text):
        return "nav-bar"
    if patterns.SEPARATOR.fullmatch(text):
        return "separator"
    if page_number(text):
        return "page-number"
    if running_head(text):
        return "running-head"
    if credit_line(text):
        return "credit-or-licence"
    if share_line(text):
        return "share-buttons"
    if patterns.match(patterns.furniture_table(), text):
        return "site-line"
    return None


_NUMBERED_TITLE = re.compile(r"\d{1,4}\s+(?P<a>[^\d]+)|(?P<b>[^\d]+?)\s+\d{1,4}")


def repeat_key(text: str) -> str | None:
    """What makes two lines the same furniture: the whole text, or for a line of a title and a
    page number the title alone; None for lines that are not of that shape."""
    text = " ".join(text.split())
    if text[:1] in "[(" or not _short(text, 10):
        return None
    if not _DIGITS.search(text):
        return text.casefold()
    numbered = _NUMBERED_TITLE.fullmatch(text)
    title = numbered and (numbered["a"] or numbered["b"]).strip()
    return f"# {title.casefold()}" if title and len(title.split()) >= 2 else None


def repeated(texts: list[str]) -> set[str]:
    """Keys (``repeat_key``) of short lines that recur on a page: a site title above and below
    the text, a running head with another page number."""
    counts = Counter(k for k in map(repeat_key, texts) if k)
    spellings: dict[str, set[str]] = {}
    for text in texts:
        key = repeat_key(text)
        if key and key.startswith("# "):
            spellings.setdefault(key, set()).add(" ".join(text.split()))
    return {k for k, n in counts.items() if n >= 2 and sum(c.isalpha() for c in k) >= 4
            and not k.endswith((",", ":", "!", ".", "?"))
            and (not k.startswith("# ") or len(spellings.get(k, ())) >= 2)}  # a running head's page changes
