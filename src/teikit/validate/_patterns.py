"""RELAX NG patterns and their derivatives (James Clark's validation algorithm, as Jing runs it).

Patterns are interned: building the same pattern twice gives the same object,
so derivatives can be memoised by identity. A choice holds a set of
alternatives, which keeps the patterns that follow an element small.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from teikit.validate._datatypes import is_blank, tokens

Name = tuple[str, str]  # (namespace URI or "", local name)

EMPTY, NOT_ALLOWED, TEXT, CHOICE, GROUP, INTERLEAVE, ONE_OR_MORE, LIST, DATA, VALUE, ATTRIBUTE, ELEMENT, AFTER = range(13)


class NameClass:
    """A RELAX NG name class: ``name``, ``anyName``, ``nsName`` (with ``except``) or a choice of them."""

    __slots__ = ("kind", "ns", "local", "left", "right")

    def __init__(self, kind: str, ns: str = "", local: str = "",
                 left: NameClass | None = None, right: NameClass | None = None) -> None:
        self.kind, self.ns, self.local, self.left, self.right = kind, ns, local, left, right

    def contains(self, name: Name) -> bool:
        if self.kind == "name":
            return name == (self.ns, self.local)
        if self.kind == "choice":
            return self.left.contains(name) or self.right.contains(name)  # type: ignore[union-attr]
        if self.kind == "nsName" and name[0] != self.ns:
            return False
        return self.left is None or not self.left.contains(name)

    def names(self) -> Iterator[Name]:
        """The single names this class lists (wildcards list none)."""
        if self.kind == "name":
            yield (self.ns, self.local)
        elif self.kind == "choice":
            yield from self.left.names()  # type: ignore[union-attr]
            yield from self.right.names()  # type: ignore[union-attr]


class Pattern:
    """One interned pattern; ``a`` and ``b`` are its operands, ``nullable`` whether it matches nothing."""

    __slots__ = ("kind", "a", "b", "nullable", "content", "__weakref__")

    def __init__(self, kind: int, a: object = None, b: object = None, nullable: bool = False) -> None:
        self.kind, self.a, self.b, self.nullable = kind, a, b, nullable
        self.content: Pattern | None = None  # an element's content, set once the grammar is built


_INTERNED: dict[tuple[object, ...], Pattern] = {}

Empty = Pattern(EMPTY, nullable=True)
NotAllowed = Pattern(NOT_ALLOWED)
Text = Pattern(TEXT, nullable=True)


def intern(kind: int, a: object, b: object, nullable: bool) -> Pattern:
    """The one pattern of this kind and operands (``nullable`` says whether it matches nothing)."""
    key = (kind, a, b)
    found = _INTERNED.get(key)
    if found is None:
        found = _INTERNED[key] = Pattern(kind, a, b, nullable)
    return found


def _alternatives(p: Pattern) -> Iterable[Pattern]:
    return p.a if p.kind == CHOICE else (p,)  # type: ignore[return-value]


def choice(p: Pattern, q: Pattern) -> Pattern:
    if p is NotAllowed or p is q:
        return q
    if q is NotAllowed:
        return p
    members = frozenset(_alternatives(p)) | frozenset(_alternatives(q))
    return intern(CHOICE, members, None, p.nullable or q.nullable)


def choice_of(patterns: Iterable[Pattern]) -> Pattern:
    """The choice of all the patterns: their alternatives gathered in one set (``choice`` folded over them)."""
    members: set[Pattern] = set()
    nullable = False
    for p in patterns:
        if p.kind == CHOICE:
            members.update(p.a)  # type: ignore[arg-type]
        elif p is not NotAllowed:
            members.add(p)
        nullable = nullable or p.nullable
    if len(members) < 2:
        return members.pop() if members else NotAllowed
    return intern(CHOICE, frozenset(members), None, nullable)


def _sequence(kind: int, p: Pattern, q: Pattern) -> Pattern:
    """A group or an interleave of two patterns, simplified as both allow."""
    if p is NotAllowed or q is NotAllowed:
        return NotAllowed
    if p is Empty:
        return q
    if q is Empty:
        return p
    return intern(kind, p, q, p.nullable and q.nullable)


def group(p: Pattern, q: Pattern) -> Pattern:
    return _sequence(GROUP, p, q)


def interleave(p: Pattern, q: Pattern) -> Pattern:
    return _sequence(INTERLEAVE, p, q)


def after(p: Pattern, q: Pattern) -> Pattern:
    if p is NotAllowed or q is NotAllowed:
        return NotAllowed
    return intern(AFTER, p, q, False)


def one_or_more(p: Pattern) -> Pattern:
    if p is NotAllowed or p is Empty:
        return p
    return intern(ONE_OR_MORE, p, None, p.nullable)


def list_of(p: Pattern) -> Pattern:
    return NotAllowed if p is NotAllowed else intern(LIST, p, None, False)


def data(datatype: object, excepted: Pattern | None) -> Pattern:
    return intern(DATA, datatype, excepted, False)


def value(datatype: object, literal: object) -> Pattern:
    return intern(VALUE, datatype, literal, False)


def attribute(name_class: NameClass, p: Pattern) -> Pattern:
    return NotAllowed if p is NotAllowed else intern(ATTRIBUTE, name_class, p, False)


def element(name_class: NameClass) -> Pattern:
    """A new element pattern; its content is set later (grammars are recursive through elements)."""
    return Pattern(ELEMENT, name_class)


# --- derivatives --------------------------------------------------------------


class Deriver:
    """Memoised derivatives; ``data_ok(datatype, text)`` and ``value_ok(datatype, literal, text)`` judge text."""

    def __init__(self, data_ok: Callable[[object, str], bool], value_ok: Callable[[object, object, str], bool]) -> None:
        self.data_ok = data_ok
        self.value_ok = value_ok
        self._open: dict[tuple[Pattern, Name], Pattern] = {}
        self._close: dict[Pattern, Pattern] = {}
        self._end: dict[Pattern, Pattern] = {}
        self._text: dict[tuple[Pattern, str], Pattern] = {}
        self._reading: dict[Pattern, bool] = {}
        self._entered: dict[tuple[Pattern, Name], tuple[Pattern, Pattern] | None] = {}
        self._blank: dict[tuple[Pattern, str], Pattern] = {}
        self._matches: dict[tuple[Pattern, str], bool] = {}
        self._expected: dict[tuple[Pattern, int], tuple[list[NameClass], bool]] = {}
        self._named: dict[tuple[Pattern, Name], tuple[Pattern, list[Pattern]]] = {}
        self._attributed: dict[Pattern, bool] = {}
        self._leaves: dict[tuple[Pattern, Name], tuple[Pattern, ...]] = {}
        self._attribute_named: dict[tuple[Pattern, Name], Pattern] = {}

    def expected(self, p: Pattern, kind: int) -> tuple[list[NameClass], bool]:
        """:func:`expected`, remembered (error messages in a batch meet the same states again)."""
        key = (p, kind)
        found = self._expected.get(key)
        if found is None:
            found = self._expected[key] = expected(p, kind)
        return found

    def enter(self, p: Pattern, name: Name) -> tuple[Pattern, Pattern] | None:
        """(the element's content on its own, what follows it) after a start tag; None if not that simple."""
        key = (p, name)
        if key in self._entered:
            return self._entered[key]
        q = self.start_tag_open(p, name)
        found: tuple[Pattern, Pattern] | None = None
        if q.kind == AFTER:
            found = (after(q.a, Empty), q.b)  # type: ignore[arg-type]
        elif q.kind == CHOICE:
            members = list(q.a)  # type: ignore[arg-type]
            if all(m.kind == AFTER and m.b is members[0].b for m in members):
                found = (after(choice_of(m.a for m in members), Empty), members[0].b)  # type: ignore[misc]
        self._entered[key] = found
        return found

    def blank(self, p: Pattern, s: str) -> Pattern:
        """After an element's only text, which is empty or white space (it may be ignored or be the value)."""
        key = (p, s if self.reads_text(p) else "")
        found = self._blank.get(key)
        if found is None:
            found = self._blank[key] = choice(p, self.text(p, s))
        return found

    # text
    def reads_text(self, p: Pattern) -> bool:
        """Whether ``p``'s text derivative depends on the text (data, values, lists); else any text is alike."""
        found = self._reading.get(p)
        if found is None:
            k = p.kind
            if k in (DATA, VALUE, LIST):
                found = True
            elif k == CHOICE:
                found = any(self.reads_text(m) for m in p.a)  # type: ignore[attr-defined]
            elif k in (GROUP, INTERLEAVE):
                found = self.reads_text(p.a) or self.reads_text(p.b)  # type: ignore[arg-type]
            elif k in (AFTER, ONE_OR_MORE):
                found = self.reads_text(p.a)  # type: ignore[arg-type]
            else:
                found = False
            self._reading[p] = found
        return found

    def text(self, p: Pattern, s: str) -> Pattern:
        key = (p, s if self.reads_text(p) else "")
        found = self._text.get(key)
        if found is None:
            found = self._text[key] = self._text_deriv(p, s)
        return found

    def _text_deriv(self, p: Pattern, s: str) -> Pattern:
        k = p.kind
        if k == CHOICE:
            return choice_of(self.text(m, s) for m in p.a)  # type: ignore[attr-defined]
        if k == INTERLEAVE:
            return choice(interleave(self.text(p.a, s), p.b), interleave(p.a, self.text(p.b, s)))  # type: ignore[arg-type]
        if k == GROUP:
            first = group(self.text(p.a, s), p.b)  # type: ignore[arg-type]
            return choice(first, self.text(p.b, s)) if p.a.nullable else first  # type: ignore[union-attr, arg-type]
        if k == AFTER:
            return after(self.text(p.a, s), p.b)  # type: ignore[arg-type]
        if k == ONE_OR_MORE:
            return group(self.text(p.a, s), choice(p, Empty))  # type: ignore[arg-type]
        if k == TEXT:
            return p
        if k == VALUE:
            return Empty if self.value_ok(p.a, p.b, s) else NotAllowed
        if k == DATA:
            if not self.data_ok(p.a, s):
                return NotAllowed
            return NotAllowed if p.b is not None and self.matches_text(p.b, s) else Empty  # type: ignore[arg-type]
        if k == LIST:
            q = p.a
            for token in tokens(s):
                q = self.text(q, token)  # type: ignore[arg-type]
                if q is NotAllowed:
                    return NotAllowed
            return Empty if q.nullable else NotAllowed  # type: ignore[union-attr]
        return NotAllowed

    def matches_text(self, p: Pattern, s: str) -> bool:
        """Whether the text ``s`` alone matches ``p`` (attribute values, element content of data)."""
        key = (p, s)
        found = self._matches.get(key)
        if found is None:
            found = self._matches[key] = (p.nullable and is_blank(s)) or self.text(p, s).nullable
        return found

    # start tags
    def start_tag_open(self, p: Pattern, name: Name) -> Pattern:
        key = (p, name)
        found = self._open.get(key)
        if found is None:
            found = self._open[key] = self._open_deriv(p, name)
        return found

    def _open_deriv(self, p: Pattern, name: Name) -> Pattern:
        k = p.kind
        if k == CHOICE:
            return choice_of(self.start_tag_open(m, name) for m in p.a)  # type: ignore[attr-defined]
        if k == ELEMENT:
            return after(p.content, Empty) if p.a.contains(name) else NotAllowed  # type: ignore[union-attr, arg-type]
        if k == INTERLEAVE:
            return choice(_apply_after(self.start_tag_open(p.a, name), lambda x: interleave(x, p.b)),  # type: ignore[arg-type]
                          _apply_after(self.start_tag_open(p.b, name), lambda x: interleave(p.a, x)))  # type: ignore[arg-type]
        if k == ONE_OR_MORE:
            rest = choice(p, Empty)
            return _apply_after(self.start_tag_open(p.a, name), lambda x: group(x, rest))  # type: ignore[arg-type]
        if k == GROUP:
            first = _apply_after(self.start_tag_open(p.a, name), lambda x: group(x, p.b))  # type: ignore[arg-type]
            return choice(first, self.start_tag_open(p.b, name)) if p.a.nullable else first  # type: ignore[union-attr, arg-type]
        if k == AFTER:
            return _apply_after(self.start_tag_open(p.a, name), lambda x: after(x, p.b))  # type: ignore[arg-type]
        return NotAllowed

    def attribute(self, p: Pattern, name: Name, text: str | None) -> Pattern:
        """The derivative for an attribute; ``text`` None checks only that the name is allowed."""
        key = (p, name)
        found = self._named.get(key)
        if found is None:
            values = [leaf.b for leaf in self._attribute_leaves(p, name)]
            found = self._named[key] = (self._attribute(p, name, None), values)  # type: ignore[misc]
        derived, values = found
        if derived is NotAllowed or text is None:
            return derived
        if len(values) == 1:
            return derived if self.matches_text(values[0], text) else NotAllowed
        accepted = [self.matches_text(v, text) for v in values]
        if all(accepted):
            return derived
        return NotAllowed if not any(accepted) else self._attribute(p, name, text)

    def has_attributes(self, p: Pattern) -> bool:
        """Whether ``p`` holds attribute patterns outside elements (if not, no attribute changes it)."""
        found = self._attributed.get(p)
        if found is None:
            k = p.kind
            if k == ATTRIBUTE:
                found = True
            elif k == CHOICE:
                found = any(self.has_attributes(m) for m in p.a)  # type: ignore[attr-defined]
            elif k in (GROUP, INTERLEAVE):
                found = self.has_attributes(p.a) or self.has_attributes(p.b)  # type: ignore[arg-type]
            elif k in (AFTER, ONE_OR_MORE):
                found = self.has_attributes(p.a)  # type: ignore[arg-type]
            else:
                found = False
            self._attributed[p] = found
        return found

    def _attribute_leaves(self, p: Pattern, name: Name) -> tuple[Pattern, ...]:
        """The distinct attribute patterns in ``p`` (outside elements) that ``name`` matches."""
        if not self.has_attributes(p):
            return ()
        key = (p, name)
        found = self._leaves.get(key)
        if found is None:
            k = p.kind
            if k == ATTRIBUTE:
                found = (p,) if p.a.contains(name) else ()  # type: ignore[union-attr]
            elif k == CHOICE:
                found = tuple(dict.fromkeys(leaf for m in p.a for leaf in self._attribute_leaves(m, name)))  # type: ignore[attr-defined]
            elif k in (GROUP, INTERLEAVE):
                found = tuple(dict.fromkeys(self._attribute_leaves(p.a, name) + self._attribute_leaves(p.b, name)))  # type: ignore[arg-type]
            else:  # AFTER, ONE_OR_MORE
                found = self._attribute_leaves(p.a, name)  # type: ignore[arg-type]
            self._leaves[key] = found
        return found

    def _attribute(self, p: Pattern, name: Name, text: str | None) -> Pattern:
        if not self.has_attributes(p):
            return NotAllowed
        if text is None:
            key = (p, name)
            found = self._attribute_named.get(key)
            if found is None:
                found = self._attribute_named[key] = self._attribute_deriv(p, name, None)
            return found
        return self._attribute_deriv(p, name, text)

    def _attribute_deriv(self, p: Pattern, name: Name, text: str | None) -> Pattern:
        k = p.kind
        if k == AFTER:
            return after(self._attribute(p.a, name, text), p.b)  # type: ignore[arg-type]
        if k == CHOICE:
            return choice_of(self._attribute(m, name, text) for m in p.a)  # type: ignore[attr-defined]
        if k == GROUP:
            return choice(group(self._attribute(p.a, name, text), p.b),  # type: ignore[arg-type]
                          group(p.a, self._attribute(p.b, name, text)))  # type: ignore[arg-type]
        if k == INTERLEAVE:
            return choice(interleave(self._attribute(p.a, name, text), p.b),  # type: ignore[arg-type]
                          interleave(p.a, self._attribute(p.b, name, text)))  # type: ignore[arg-type]
        if k == ONE_OR_MORE:
            return group(self._attribute(p.a, name, text), choice(p, Empty))  # type: ignore[arg-type]
        if k == ATTRIBUTE and p.a.contains(name):  # type: ignore[union-attr]
            return Empty if text is None or self.matches_text(p.b, text) else NotAllowed  # type: ignore[arg-type]
        return NotAllowed

    def start_tag_close(self, p: Pattern) -> Pattern:
        if not self.has_attributes(p):
            return p  # nothing to close: the derivative rebuilds the same interned pattern
        found = self._close.get(p)
        if found is None:
            found = self._close[p] = self._close_deriv(p)
        return found

    def _close_deriv(self, p: Pattern) -> Pattern:
        k = p.kind
        if k == AFTER:
            return after(self.start_tag_close(p.a), p.b)  # type: ignore[arg-type]
        if k == CHOICE:
            return choice_of(self.start_tag_close(m) for m in p.a)  # type: ignore[attr-defined]
        if k == GROUP:
            return group(self.start_tag_close(p.a), self.start_tag_close(p.b))  # type: ignore[arg-type]
        if k == INTERLEAVE:
            return interleave(self.start_tag_close(p.a), self.start_tag_close(p.b))  # type: ignore[arg-type]
        if k == ONE_OR_MORE:
            return one_or_more(self.start_tag_close(p.a))  # type: ignore[arg-type]
        if k == ATTRIBUTE:
            return NotAllowed
        return p

    def end_tag(self, p: Pattern) -> Pattern:
        found = self._end.get(p)
        if found is None:
            if p.kind == CHOICE:
                found = choice_of(self.end_tag(m) for m in p.a)  # type: ignore[attr-defined]
            elif p.kind == AFTER:
                found = p.b if p.a.nullable else NotAllowed  # type: ignore[union-attr, assignment]
            else:
                found = NotAllowed
            self._end[p] = found  # type: ignore[assignment]
        return found  # type: ignore[return-value]


def _apply_after(p: Pattern, f: Callable[[Pattern], Pattern]) -> Pattern:
    if p.kind == AFTER:
        return after(p.a, f(p.b))  # type: ignore[arg-type]
    if p.kind == CHOICE:
        return choice_of(_apply_after(m, f) for m in p.a)  # type: ignore[attr-defined]
    return NotAllowed


# --- recovery and expectations (for messages) ---------------------------------


def without_attributes(p: Pattern) -> Pattern:
    """``p`` with every attribute still required taken as given (recovery after a missing attribute)."""
    k = p.kind
    if k == ATTRIBUTE:
        return Empty
    if k == AFTER:
        return after(without_attributes(p.a), p.b)  # type: ignore[arg-type]
    if k == CHOICE:
        return choice_of(without_attributes(m) for m in p.a)  # type: ignore[attr-defined]
    if k == GROUP:
        return group(without_attributes(p.a), without_attributes(p.b))  # type: ignore[arg-type]
    if k == INTERLEAVE:
        return interleave(without_attributes(p.a), without_attributes(p.b))  # type: ignore[arg-type]
    if k == ONE_OR_MORE:
        return one_or_more(without_attributes(p.a))  # type: ignore[arg-type]
    return p


def force_end(p: Pattern) -> Pattern:
    """What follows the element whose content ``p`` leaves unfinished (recovery after an incomplete element)."""
    if p.kind == AFTER:
        return p.b  # type: ignore[return-value]
    if p.kind == CHOICE:
        return choice_of(force_end(m) for m in p.a)  # type: ignore[attr-defined]
    return NotAllowed


def expected(p: Pattern, kind: int) -> tuple[list[NameClass], bool]:
    """The name classes of the elements (or attributes) ``p`` accepts next, and whether it may end here."""
    found: list[NameClass] = []
    seen: set[int] = set()
    may_end = False

    def walk(q: Pattern, inside_after: bool) -> None:
        nonlocal may_end
        if id(q) in seen:
            return
        seen.add(id(q))
        k = q.kind
        if k == kind:
            found.append(q.a)  # type: ignore[arg-type]
        elif k == CHOICE:
            for m in q.a:  # type: ignore[attr-defined]
                walk(m, inside_after)
        elif k == AFTER:
            if q.a.nullable:  # type: ignore[union-attr]
                may_end = True
            walk(q.a, True)  # type: ignore[arg-type]
        elif k in (GROUP,):
            walk(q.a, inside_after)  # type: ignore[arg-type]
            if q.a.nullable or kind == ATTRIBUTE:  # type: ignore[union-attr]
                walk(q.b, inside_after)  # type: ignore[arg-type]
        elif k == INTERLEAVE:
            walk(q.a, inside_after)  # type: ignore[arg-type]
            walk(q.b, inside_after)  # type: ignore[arg-type]
        elif k == ONE_OR_MORE:
            walk(q.a, inside_after)  # type: ignore[arg-type]

    walk(p, False)
    return found, may_end


def required_missing(p: Pattern) -> list[NameClass]:
    """Element name classes some alternative of ``p`` (an element's content) still requires."""
    found: list[NameClass] = []

    def walk(q: Pattern) -> None:
        if q.nullable:
            return
        k = q.kind
        if k == ELEMENT:
            found.append(q.a)  # type: ignore[arg-type]
        elif k == CHOICE:
            for m in q.a:  # type: ignore[attr-defined]
                walk(m)
        elif k == AFTER:
            walk(q.a)  # type: ignore[arg-type]
        elif k in (GROUP, INTERLEAVE):
            walk(q.a)  # type: ignore[arg-type]
            walk(q.b)  # type: ignore[arg-type]
        elif k == ONE_OR_MORE:
            walk(q.a)  # type: ignore[arg-type]

    walk(p)
    return found
