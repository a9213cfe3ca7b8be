"""Running text to TEI mixed content: spans of a text become nested elements.

A span covers part of a text and says which element to make there. Spans that
nest become nested elements; a span that crosses another is dropped and
reported. A span may strip characters at its edges (the square brackets of
``supplied``) or be empty (``gap``, ``anchor``) or carry content of its own
(``note``): the characters it does not keep are recorded as consumed, so the
audit can tell them from lost text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from teikit.xml import tei

Maker = Callable[[etree._Element], etree._Element]

# Editorial brackets: an omission mark, or words the editors supplied.
GAP = re.compile(r"\[\s*(?:\.{3}|…)\s*\]")
SUPPLIED = re.compile(r"\[(?P<inner>[^\[\]\n]{1,200})\]")


@dataclass(frozen=True)
class Span:
    """Part of a text to become an element; rank orders spans that cover the same range."""

    start: int
    end: int
    make: Maker
    rank: int = 5
    strip: tuple[int, int] = (0, 0)
    empty: bool = False


def element(tag: str, attrs: dict[str, str | None] | None = None) -> Maker:
    """A maker of a TEI element with the given attributes (None values are left out)."""

    def make(parent: etree._Element) -> etree._Element:
        el = etree.SubElement(parent, tei(tag))
        for key, value in (attrs or {}).items():
            if value is not None:
                el.set(key, value)
        return el

    return make


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Append a TEI element with text and attributes (a trailing underscore in a name is dropped)."""
    el = etree.SubElement(parent, tei(tag), {k.rstrip("_"): v for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def ref(keys: tuple[str, ...]) -> str:
    """A @ref value pointing at register entries by key: '#stalin #kamenev'."""
    return " ".join(f"#{k}" for k in keys)


def _append_text(parent: etree._Element, text: str) -> None:
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


@dataclass
class Inline:
    """Builds mixed content; collects what it consumed and what it had to drop."""

    consumed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def fill(self, parent: etree._Element, text: str, spans: list[Span]) -> None:
        """Append text to parent, with the spans as nested elements."""
        ordered = sorted(spans, key=lambda s: (s.start, -s.end, s.rank))
        self._build(parent, text, 0, len(text), ordered)

    def _build(self, parent: etree._Element, text: str, lo: int, hi: int, spans: list[Span]) -> None:
        cursor = lo
        i = 0
        while i < len(spans):
            span = spans[i]
            inner: list[Span] = []
            j = i + 1
            while j < len(spans) and spans[j].start < span.end:
                nested = spans[j]
                if nested.end <= span.end and nested.start >= span.start + span.strip[0] \
                        and nested.end <= span.end - span.strip[1]:
                    inner.append(nested)
                elif not (span.empty and nested.start == span.start):
                    self.warnings.append(f"overlapping markup dropped at {text[nested.start:nested.end]!r}")
                j += 1
            _append_text(parent, text[cursor:span.start])
            el = span.make(parent)
            if span.empty:
                self.consumed.append(text[span.start:span.end])
            else:
                a, b = span.start + span.strip[0], span.end - span.strip[1]
                self.consumed.append(text[span.start:a] + text[b:span.end])
                self._build(el, text, a, b, inner)
            cursor = span.end
            i = j
        _append_text(parent, text[cursor:hi])


def bracket_spans(text: str, warn: Callable[[str], None]) -> list[Span]:
    """gap for [...] and supplied for other bracketed words; unbalanced brackets are reported."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []
    for m in GAP.finditer(text):
        spans.append(Span(m.start(), m.end(), element("gap", {"reason": "omitted"}), rank=1, empty=True))
        taken.append((m.start(), m.end()))
    for m in SUPPLIED.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        spans.append(Span(m.start(), m.end(), element("supplied"), rank=6, strip=(1, 1)))
        taken.append((m.start(), m.end()))
    stray = next((i for i, c in enumerate(text) if c in "[]" and not any(a <= i < b for a, b in taken)), None)
    if stray is not None:
        warn(f"unbalanced square bracket kept as text: {_around(text, stray)!r}")
    return spans


def _around(text: str, i: int, width: int = 30) -> str:
    return text[max(0, i - width): i + width].strip()
