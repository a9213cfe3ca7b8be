"""Where a message points: the column of an element's start tag."""

from __future__ import annotations

import re

from lxml import etree


def start_tag_column(lines: list[str] | None, el: etree._Element) -> int:
    """The 1-based column of the element's start tag on its line, or 0 when unknown."""
    if not lines or not el.sourceline or el.sourceline > len(lines):
        return 0
    text = lines[el.sourceline - 1]
    local = re.escape(etree.QName(el).localname)
    found = re.search(rf"<(?:[\w.-]+:)?{local}(?=[\s/>])", text)
    return found.start() + 1 if found else 0
