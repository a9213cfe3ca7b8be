"""libxml2's terse RELAX NG messages, rewritten into words a person can act on."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree


def _q(name: str) -> str:
    return f"'{name}'"


_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"Did not expect element (\S+) there"),
     lambda m: f"element {_q(m[1])} is not allowed here"),
    (re.compile(r"Expecting element (\S+), got (\S+)"),
     lambda m: f"element {_q(m[2])} is not allowed here; expected element {_q(m[1])}"),
    (re.compile(r"Expecting an element (\S+), got nothing"),
     lambda m: f"element {_q(m[1])} is missing"),
    (re.compile(r"Expecting an element , got nothing"),
     lambda m: "a required child element is missing"),
    (re.compile(r"Element (\S+) has extra content: (\S+)"),
     lambda m: f"element {_q(m[1])} has content that is not allowed, starting at {_q(m[2])}"),
    (re.compile(r"Element (\S+) failed to validate content"),
     lambda m: f"the content of element {_q(m[1])} is not valid"),
    (re.compile(r"Element (\S+) failed to validate attributes"),
     lambda m: f"the attributes of element {_q(m[1])} are not valid"),
    (re.compile(r"Invalid attribute (\S+) for element (\S+)"),
     lambda m: f"attribute {_q(m[1])} is not allowed on element {_q(m[2])}"),
    (re.compile(r"Type (\S+) doesn't allow value '(.*)'"),
     lambda m: f"value '{m[2]}' is not a valid {m[1]}"),
    (re.compile(r"Error validating datatype (\S+)"),
     lambda m: f"a value is not a valid {m[1]}"),
    (re.compile(r"Element (\S+) has wrong content: (.*)"),
     lambda m: f"element {_q(m[1])} has content that is not allowed ({m[2]})"),
    (re.compile(r"Datatype element (\S+) has child elements"),
     lambda m: f"element {_q(m[1])} may hold only text, not child elements"),
    (re.compile(r"Value element (\S+) has child elements"),
     lambda m: f"element {_q(m[1])} may hold only text, not child elements"),
    (re.compile(r"Element (\S+) is not empty"),
     lambda m: f"element {_q(m[1])} must be empty"),
    (re.compile(r"Expecting no namespace for element (\S+)"),
     lambda m: f"element {_q(m[1])} must not be in a namespace"),
    (re.compile(r"Expecting element (\S+) to be in namespace (\S+)"),
     lambda m: f"element {_q(m[1])} must be in namespace {m[2]}"),
    (re.compile(r"Element (\S+) has no namespace but expected (\S+)"),
     lambda m: f"element {_q(m[1])} has no namespace; expected namespace {m[2]}"),
    (re.compile(r"Element (\S+) is in namespace (\S+) but expected (\S+)"),
     lambda m: f"element {_q(m[1])} is in namespace {m[2]}; expected namespace {m[3]}"),
    (re.compile(r"Extra data in list: (.*)"),
     lambda m: f"unexpected value in a list: '{m[1]}'"),
    (re.compile(r"Internal found no data"),
     lambda m: "a required value is missing"),
    (re.compile(r"Element (\S+): doesn't allow element (\S+)"),
     lambda m: f"element {_q(m[2])} is not allowed inside {_q(m[1])}"),
]


def rewrite(message: str) -> str:
    """A readable form of one libxml2 RELAX NG message (unknown forms pass through)."""
    text = message.strip()
    for pattern, render in _RULES:
        found = pattern.fullmatch(text)
        if found:
            return render(found)
    return text[:1].lower() + text[1:]


def describe_element(el: etree._Element) -> str:
    """``'persName' inside 'p'``: the element named with its parent, for context."""
    parent = el.getparent()
    name = etree.QName(el).localname
    if parent is None:
        return _q(name)
    return f"{_q(name)} inside {_q(etree.QName(parent).localname)}"


def start_tag_column(lines: list[str] | None, el: etree._Element) -> int:
    """The 1-based column of the element's start tag on its line, or 0 when unknown."""
    if not lines or not el.sourceline or el.sourceline > len(lines):
        return 0
    text = lines[el.sourceline - 1]
    local = re.escape(etree.QName(el).localname)
    found = re.search(rf"<(?:[\w.-]+:)?{local}(?=[\s/>])", text)
    return found.start() + 1 if found else 0
