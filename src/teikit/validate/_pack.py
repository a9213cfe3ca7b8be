"""A simplified grammar as tuples of plain values, the form it takes in teikit's cache.

``marshal`` writes and reads such tuples in a few milliseconds, where pickling
the pattern objects took several times as long; and reading them can build
nothing but patterns. Patterns are numbered so that every operand comes before
the patterns that use it; an element's content, which may lead back to the
element, is listed apart. Loaded patterns are interned as built ones are, so a
grammar read from the cache behaves exactly as one built afresh.
"""

from __future__ import annotations

import marshal

from teikit.validate import _patterns as pt
from teikit.validate._datatypes import Datatype
from teikit.validate._grammar import Grammar
from teikit.validate._patterns import NameClass, Pattern

_FORMAT = 2
_CONSTANTS = {pt.EMPTY: pt.Empty, pt.NOT_ALLOWED: pt.NotAllowed, pt.TEXT: pt.Text}


def _operands(p: Pattern) -> tuple[Pattern, ...]:
    k = p.kind
    if k == pt.CHOICE:
        return tuple(p.a)  # type: ignore[arg-type]
    if k in (pt.GROUP, pt.INTERLEAVE, pt.AFTER):
        return (p.a, p.b)  # type: ignore[return-value]
    if k in (pt.ONE_OR_MORE, pt.LIST):
        return (p.a,)  # type: ignore[return-value]
    if k in (pt.ATTRIBUTE, pt.DATA) and p.b is not None:
        return (p.b,)  # type: ignore[return-value]
    return ()


class _Packer:
    def __init__(self) -> None:
        self.patterns: list[tuple[object, ...]] = []
        self.classes: list[tuple[object, ...]] = []
        self.contents: list[tuple[int, int]] = []
        self._numbers: dict[Pattern, int] = {}
        self._class_numbers: dict[int, int] = {}

    def name_class(self, nc: NameClass | None) -> int:
        if nc is None:
            return -1
        found = self._class_numbers.get(id(nc))
        if found is None:
            left, right = self.name_class(nc.left), self.name_class(nc.right)
            found = self._class_numbers[id(nc)] = len(self.classes)
            self.classes.append((nc.kind, nc.ns, nc.local, left, right))
        return found

    def pattern(self, root: Pattern) -> int:
        """The pattern's number; it and every operand it needs are listed first (iteratively: grammars nest deep)."""
        numbers, entries, entry = self._numbers, self.patterns, self._entry
        elements: list[Pattern] = []
        stack = [root]
        while stack:
            p = stack[-1]
            if p in numbers:
                stack.pop()
                continue
            waiting = [q for q in _operands(p) if q not in numbers]
            if waiting:
                stack.extend(waiting)
                continue
            stack.pop()
            numbers[p] = len(entries)
            entries.append(entry(p))
            if p.kind == pt.ELEMENT:
                elements.append(p)
        for element in elements:
            self.contents.append((numbers[element], self.pattern(element.content)))  # type: ignore[arg-type]
        return numbers[root]

    def _entry(self, p: Pattern) -> tuple[object, ...]:
        k, n = p.kind, self._numbers
        if k in _CONSTANTS:
            return (k,)
        if k == pt.CHOICE:
            return (k, tuple(n[m] for m in p.a), p.nullable)  # type: ignore[attr-defined]
        if k in (pt.GROUP, pt.INTERLEAVE, pt.AFTER):
            return (k, n[p.a], n[p.b], p.nullable)  # type: ignore[index]
        if k in (pt.ONE_OR_MORE, pt.LIST):
            return (k, n[p.a], p.nullable)  # type: ignore[index]
        if k == pt.ATTRIBUTE:
            return (k, self.name_class(p.a), n[p.b])  # type: ignore[arg-type, index]
        if k == pt.ELEMENT:
            return (k, self.name_class(p.a))  # type: ignore[arg-type]
        datatype: Datatype = p.a  # type: ignore[assignment]
        typed = (datatype.library, datatype.name, datatype.params)
        if k == pt.DATA:
            return (k, typed, -1 if p.b is None else n[p.b])  # type: ignore[index]
        return (k, typed, p.b)  # VALUE: the literal


Sources = list[tuple[str, int, int]]
"""What a grammar was built from, as its owner describes it (files with their size and checksum)."""


def pack(grammar: Grammar, sources: Sources) -> bytes:
    """The grammar and its sources as marshal bytes."""
    packer = _Packer()
    start = packer.pattern(grammar.start)
    elements = tuple(packer.pattern(e) for e in grammar.elements)
    return marshal.dumps((_FORMAT, sources, packer.classes, packer.patterns, packer.contents, start, elements,
                          sorted(grammar.id_attributes)))


def unpack(data: bytes) -> tuple[Grammar, Sources]:
    """The grammar and sources ``pack`` wrote; ValueError if the bytes are not such a grammar."""
    try:
        return _unpacked(marshal.loads(data))
    except (EOFError, IndexError, KeyError, TypeError, ValueError) as err:
        raise ValueError(f"not a packed grammar: {err}") from None


def _unpacked(packed: tuple[object, ...]) -> tuple[Grammar, Sources]:
    form, sources, classes, entries, contents, start, elements, ids = packed
    if form != _FORMAT:
        raise ValueError(f"packed grammar of format {form}, not {_FORMAT}")
    name_classes: list[NameClass] = []
    for kind, ns, local, left, right in classes:
        name_classes.append(NameClass(kind, ns, local, name_classes[left] if left >= 0 else None,
                                      name_classes[right] if right >= 0 else None))
    patterns: list[Pattern] = []
    intern = pt.intern
    for entry in entries:
        k = entry[0]
        if k in _CONSTANTS:
            p = _CONSTANTS[k]
        elif k == pt.CHOICE:
            p = intern(k, frozenset(patterns[i] for i in entry[1]), None, entry[2])
        elif k in (pt.GROUP, pt.INTERLEAVE, pt.AFTER):
            p = intern(k, patterns[entry[1]], patterns[entry[2]], entry[3])
        elif k in (pt.ONE_OR_MORE, pt.LIST):
            p = intern(k, patterns[entry[1]], None, entry[2])
        elif k == pt.ATTRIBUTE:
            p = intern(k, name_classes[entry[1]], patterns[entry[2]], False)
        elif k == pt.ELEMENT:
            p = pt.element(name_classes[entry[1]])
        elif k in (pt.DATA, pt.VALUE):
            datatype = Datatype(*entry[1])
            b = entry[2] if k == pt.VALUE else (patterns[entry[2]] if entry[2] >= 0 else None)
            p = intern(k, datatype, b, False)
        else:
            raise ValueError(f"no pattern of kind {k}")
        patterns.append(p)
    for element, content in contents:
        patterns[element].content = patterns[content]
    grammar = Grammar(patterns[start], [patterns[e] for e in elements], frozenset((ns, local) for ns, local in ids))
    return grammar, [(str(path), int(size), int(crc)) for path, size, crc in sources]
