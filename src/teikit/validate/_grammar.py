"""A RELAX NG schema in XML syntax, simplified into interned patterns (RELAX NG section 4).

Annotations (foreign elements and attributes) are ignored, ``div`` is
flattened, ``include`` and ``externalRef`` are read through the caller's
loader, defines are combined, and ``ns`` and ``datatypeLibrary`` are inherited
as the specification says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from teikit.errors import InputError
from teikit.validate import _patterns as pt
from teikit.validate._datatypes import Datatype, check_facets, known
from teikit.validate._patterns import NameClass, Pattern

RNG_NS = "http://relaxng.org/ns/structure/1.0"
_R = f"{{{RNG_NS}}}"
_XML_NS = "http://www.w3.org/XML/1998/namespace"

Loader = Callable[[str, etree._Element], etree._Element]  # (href, referring element) -> root of the schema read


@dataclass
class _Scope:
    """One ``grammar``: its components and the grammar it is nested in."""

    parent: _Scope | None
    starts: list[etree._Element] = field(default_factory=list)
    defines: dict[str, list[etree._Element]] = field(default_factory=dict)
    built: dict[str, Pattern] = field(default_factory=dict)
    building: set[str] = field(default_factory=set)


@dataclass
class Grammar:
    """A simplified schema: its start pattern, every element pattern, and the names of ID attributes."""

    start: Pattern
    elements: list[Pattern]
    id_attributes: frozenset[tuple[str, str]]
    _declarations: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)

    def declared(self, name: tuple[str, str]) -> list[Pattern]:
        """The element patterns anywhere in the grammar that an element of this name matches."""
        found = self._declarations.get(name)
        if found is None:
            found = self._declarations[name] = [e for e in self.elements if e.a.contains(name)]  # type: ignore[union-attr]
        return found


_R_LENGTH = len(_R)
_ANY_RNG = f"{_R}*"
_TOKEN = Datatype("", "token")
_SIMPLE = {"empty": pt.Empty, "text": pt.Text, "notAllowed": pt.NotAllowed}
_WRAPPERS: dict[str, Callable[[Pattern], Pattern]] = {
    "optional": lambda p: pt.choice(p, pt.Empty),
    "zeroOrMore": lambda p: pt.choice(pt.one_or_more(p), pt.Empty),
    "oneOrMore": pt.one_or_more,
    "mixed": lambda p: pt.interleave(pt.Text, p),
    "list": pt.list_of,
}
"""Patterns that wrap the group of their children."""


def _rng_children(el: etree._Element) -> list[etree._Element]:
    return list(el.iterchildren(_ANY_RNG))


def _local(el: etree._Element) -> str:
    return el.tag[_R_LENGTH:]




class _Builder:
    def __init__(self, loader: Loader) -> None:
        self.loader = loader
        self.elements: list[Pattern] = []
        self.id_attributes: set[tuple[str, str]] = set()
        self._pending: list[tuple[Pattern, list[etree._Element], _Scope | None]] = []
        self._inheritance: dict[tuple[etree._Element, str], str | None] = {}

    def _inherited(self, el: etree._Element, attr: str) -> str | None:
        """The attribute (``ns``, ``datatypeLibrary``) on the element or its nearest RELAX NG ancestor that has it."""
        key = (el, attr)
        if key not in self._inheritance:
            own = el.get(attr) if el.tag.startswith(_R) else None
            parent = el.getparent()
            self._inheritance[key] = own if own is not None or parent is None else self._inherited(parent, attr)
        return self._inheritance[key]

    # --- components ---------------------------------------------------------
    def grammar(self, el: etree._Element, parent: _Scope | None) -> Pattern:
        scope = _Scope(parent)
        self._collect(el, scope)
        if not scope.starts:
            raise InputError("RELAX NG grammar has no start")
        return self._combined(scope.starts, scope)

    def _collect(self, container: etree._Element, scope: _Scope, skip: frozenset[str] = frozenset()) -> None:
        for child in _rng_children(container):
            kind = _local(child)
            if kind == "start" and "#start" not in skip:
                scope.starts.append(child)
            elif kind == "define" and child.get("name", "").strip() not in skip:
                scope.defines.setdefault(child.get("name", "").strip(), []).append(child)
            elif kind == "div":
                self._collect(child, scope, skip)
            elif kind == "include":
                overridden = {c.get("name", "").strip() for c in _rng_children(child) if _local(c) == "define"}
                if any(_local(c) == "start" for c in _rng_children(child)):
                    overridden.add("#start")
                included = self._load(child)
                if included.tag != f"{_R}grammar":
                    raise InputError(f"{child.get('href')}: an included schema must be a grammar")
                self._collect(included, scope, skip | frozenset(overridden))
                self._collect(child, scope, skip)

    def _load(self, ref: etree._Element) -> etree._Element:
        root = self.loader(ref.get("href", "").strip(), ref)
        inherited = self._inherited(ref, "ns")
        if inherited is not None and root.get("ns") is None:
            root.set("ns", inherited)
        return root

    def _combined(self, parts: list[etree._Element], scope: _Scope) -> Pattern:
        bodies = [self._group(_rng_children(part), scope) for part in parts]
        if next((p.get("combine") for p in parts if p.get("combine")), "choice") != "interleave":
            return pt.choice_of(bodies)
        result = bodies[0]
        for body in bodies[1:]:
            result = pt.interleave(result, body)
        return result

    def _ref(self, name: str, scope: _Scope | None, el: etree._Element) -> Pattern:
        if scope is None or name not in scope.defines:
            raise InputError(f"RELAX NG reference to undefined pattern {name!r}")
        if name not in scope.built:
            if name in scope.building:
                raise InputError(f"RELAX NG pattern {name!r} refers to itself outside an element")
            scope.building.add(name)
            scope.built[name] = self._combined(scope.defines[name], scope)
            scope.building.discard(name)
        return scope.built[name]

    # --- patterns -------------------------------------------------------------
    def _group(self, children: list[etree._Element], scope: _Scope | None) -> Pattern:
        result = pt.Empty
        for child in children:
            result = pt.group(result, self.pattern(child, scope))
        return result

    def pattern(self, el: etree._Element, scope: _Scope | None) -> Pattern:
        kind = el.tag[_R_LENGTH:]
        if kind == "ref":  # the most frequent by far
            return self._ref(el.get("name", "").strip(), scope, el)
        simple = _SIMPLE.get(kind)
        if simple is not None:
            return simple
        children = _rng_children(el)
        wrap = _WRAPPERS.get(kind)
        if wrap is not None:
            return wrap(self._group(children, scope))
        if kind == "element":
            name_class, body = self._named(el, children, attribute=False)
            made = pt.element(name_class)
            self.elements.append(made)
            self._pending.append((made, body, scope))
            return made
        if kind == "attribute":
            name_class, body = self._named(el, children, attribute=True)
            content = self._group(body, scope) if body else pt.Text
            if content.kind == pt.DATA and getattr(content.a, "name", "") == "ID":
                self.id_attributes.update(name_class.names())
            return pt.attribute(name_class, content)
        if kind == "choice":
            return pt.choice_of(self.pattern(c, scope) for c in children) if children else pt.Empty
        if kind in ("group", "interleave"):
            join = pt.group if kind == "group" else pt.interleave
            parts = [self.pattern(c, scope) for c in children]
            result = parts[0] if parts else pt.Empty
            for part in parts[1:]:
                result = join(result, part)
            return result
        if kind == "parentRef":
            return self._ref(el.get("name", "").strip(), scope.parent if scope else None, el)
        if kind == "grammar":
            return self.grammar(el, scope)
        if kind == "externalRef":
            loaded = self._load(el)
            return self.grammar(loaded, None) if _local(loaded) == "grammar" else self.pattern(loaded, None)
        if kind == "data":
            datatype = self._datatype(el, el.get("type", "").strip())
            excepted = [c for c in children if _local(c) == "except"]
            return pt.data(datatype, self._choice(_rng_children(excepted[0]), scope) if excepted else None)
        if kind == "value":
            if el.get("type") is None:
                return pt.value(_TOKEN, el.text or "")
            return pt.value(self._datatype(el, el.get("type", "").strip()), el.text or "")
        raise InputError(f"unknown RELAX NG pattern <{kind}>")

    def _choice(self, children: list[etree._Element], scope: _Scope | None) -> Pattern:
        return pt.choice_of(self.pattern(c, scope) for c in children)

    def _datatype(self, el: etree._Element, name: str) -> Datatype:
        library = (self._inherited(el, "datatypeLibrary") or "").strip()
        params = tuple((p.get("name", "").strip(), p.text or "") for p in el.iterchildren(f"{_R}param"))
        datatype = Datatype(library, name, params)
        if not known(datatype):
            raise InputError(f"RELAX NG datatype {name!r} of library {library!r} is not supported")
        check_facets(datatype)
        return datatype

    def _named(self, el: etree._Element, children: list[etree._Element],
               attribute: bool) -> tuple[NameClass, list[etree._Element]]:
        written = el.get("name")
        if written is None:
            return self.name_class(children[0]), children[1:]
        written = written.strip()
        if ":" in written:
            prefix, local = written.split(":", 1)
            uri = _XML_NS if prefix == "xml" else el.nsmap.get(prefix)
            if uri is None:
                raise InputError(f"RELAX NG name {written!r} uses an undeclared prefix")
            return NameClass("name", uri, local), children
        ns = (el.get("ns") or "") if attribute else (self._inherited(el, "ns") or "")
        return NameClass("name", ns, written), children

    def name_class(self, el: etree._Element) -> NameClass:
        kind = _local(el)
        if kind == "name":
            text = (el.text or "").strip()
            if ":" in text:
                prefix, local = text.split(":", 1)
                return NameClass("name", _XML_NS if prefix == "xml" else el.nsmap.get(prefix) or "", local)
            return NameClass("name", self._inherited(el, "ns") or "", text)
        if kind == "choice":
            classes = [self.name_class(c) for c in _rng_children(el)]
            result = classes[0]
            for other in classes[1:]:
                result = NameClass("choice", left=result, right=other)
            return result
        if kind in ("anyName", "nsName"):
            excepted = next((c for c in _rng_children(el) if _local(c) == "except"), None)
            excluded = None
            if excepted is not None:
                classes = [self.name_class(c) for c in _rng_children(excepted)]
                excluded = classes[0]
                for other in classes[1:]:
                    excluded = NameClass("choice", left=excluded, right=other)
            ns = (self._inherited(el, "ns") or "") if kind == "nsName" else ""
            return NameClass(kind, ns, left=excluded)
        raise InputError(f"unknown RELAX NG name class <{kind}>")

    def finish(self) -> None:
        """Build the content of every element pattern met so far (and of those these lead to)."""
        while self._pending:
            made, body, scope = self._pending.pop()
            made.content = self._group(body, scope)


def build(root: etree._Element, loader: Loader) -> Grammar:
    """The simplified grammar of a schema whose root element is ``root``."""
    builder = _Builder(loader)
    start = builder.grammar(root, None) if _local(root) == "grammar" else builder.pattern(root, None)
    builder.finish()
    return Grammar(start, builder.elements, frozenset(builder.id_attributes))
