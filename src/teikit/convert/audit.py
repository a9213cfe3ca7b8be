"""The text audit: every letter and digit of the source must reach the TEI or the report.

Counting letters and digits (not words) lets markup split a word ("articles4" into
"articles" and a note marker) without looking like a loss.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from lxml import etree

from teikit.xml import NS

WORD = re.compile(r"\w+")

# The parts of a written TEI file that carry source text (the rest repeats it).
SOURCE_BEARING = (
    "t:text",
    "t:teiHeader//t:sourceDesc/t:bibl",
    "t:teiHeader/t:fileDesc/t:notesStmt",
    "t:teiHeader//t:msIdentifier/t:altIdentifier/t:idno[@type='citation']",
    "t:teiHeader//t:msDesc/t:additional//t:bibl",
)


def _chars(texts: Iterable[str]) -> Counter[str]:
    """How often each letter and digit occurs in the texts (every character counted, then the rest dropped)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(text)
    return Counter({c: n for c, n in counts.items() if c.isalnum()})


def source_texts(tree: etree._ElementTree) -> list[str]:
    """The texts of a TEI file that come from the source page."""
    root = tree.getroot()
    return ["".join(el.itertext()) for path in SOURCE_BEARING for el in root.xpath(path, namespaces=NS)]


def lost_text(source: str, kept: Iterable[str]) -> list[str]:
    """Words of the source whose letters or digits are in none of the kept texts."""
    kept = list(kept)
    missing = _chars([source]) - _chars(kept)
    if not missing:
        return []
    have = set(WORD.findall(" ".join(kept)))
    lost = [w for w in WORD.findall(source) if w not in have and any(c in missing for c in w)]
    return lost or sorted(missing)
