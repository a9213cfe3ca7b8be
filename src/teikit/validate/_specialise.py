"""Specialise a RELAX NG grammar to the element names of the documents at hand.

An ``element`` pattern whose name class matches none of the names that occur in
a set of documents can never match an element of those documents, so it may be
replaced by ``notAllowed`` without changing any of their verdicts. Defines that
are then unreachable from ``start`` are dropped. What remains of TEI's
``tei_all`` for a letter is a few hundred patterns: lxml compiles it in
milliseconds, where the whole grammar takes seconds.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable

from lxml import etree

RNG_NS = "http://relaxng.org/ns/structure/1.0"
_RNG = f"{{{RNG_NS}}}"

Name = tuple[str, str]  # (namespace URI or "", local name)

# Constructs whose meaning depends on other files or on nesting; grammars that
# use them are compiled whole.
_UNSUPPORTED = ("include", "externalRef", "parentRef", "div")


def iterate_names(tree: etree._ElementTree | etree._Element) -> Iterable[Name]:
    """The (namespace, local name) of every element in a document."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    for el in root.iter(etree.Element):
        qname = etree.QName(el)
        yield (qname.namespace or "", qname.localname)


def is_specialisable(grammar: etree._Element) -> bool:
    """True for one self-contained grammar (no includes, nested grammars or divs)."""
    if grammar.tag != f"{_RNG}grammar":
        return False
    if next(grammar.iter(*(f"{_RNG}{t}" for t in _UNSUPPORTED)), None) is not None:
        return False
    return sum(1 for _ in grammar.iter(f"{_RNG}grammar")) == 1


def _strip(pattern: etree._Element) -> None:
    """Remove, in place, foreign elements (documentation, embedded rules) under a pattern."""
    for el in list(pattern.iter(etree.Element)):
        if not el.tag.startswith(_RNG):
            el.getparent().remove(el)


def _inherited_ns(el: etree._Element) -> str:
    node: etree._Element | None = el
    while node is not None:
        value = node.get("ns")
        if value is not None:
            return value
        node = node.getparent()
    return ""


def _qname(text: str, el: etree._Element) -> Name:
    text = text.strip()
    if ":" in text:
        prefix, local = text.split(":", 1)
        return (el.nsmap.get(prefix) or "", local)
    return (_inherited_ns(el), text)


def _name_class_matches(nc: etree._Element, name: Name) -> bool:
    kind = etree.QName(nc).localname
    if kind == "name":
        return _qname(nc.text or "", nc) == name
    if kind == "choice":
        return any(_name_class_matches(c, name) for c in nc.iterchildren(f"{_RNG}*"))
    if kind in ("anyName", "nsName"):
        if kind == "nsName" and _inherited_ns(nc) != name[0]:
            return False
        excepted = nc.find(f"{_RNG}except")
        return excepted is None or not any(
            _name_class_matches(c, name) for c in excepted.iterchildren(f"{_RNG}*")
        )
    raise ValueError(f"unknown RELAX NG name class <{kind}>")


def _can_match(element: etree._Element, names: frozenset[Name]) -> bool:
    """Whether the element pattern's name class matches at least one of the names."""
    attr = element.get("name")
    if attr is not None:
        return _qname(attr, element) in names
    name_class = next(element.iterchildren(f"{_RNG}*"))
    return any(_name_class_matches(name_class, n) for n in names)


def _prune_elements(pattern: etree._Element, names: frozenset[Name]) -> None:
    """Replace, in place, every element pattern under ``pattern`` that no name can match."""
    for child in list(pattern.iterchildren(f"{_RNG}*")):
        if child.tag == f"{_RNG}element" and not _can_match(child, names):
            blocked = etree.Element(f"{_RNG}notAllowed")
            blocked.tail = child.tail
            pattern.replace(child, blocked)
        else:
            _prune_elements(child, names)


_IF_ANY_BLOCKED = frozenset(
    f"{_RNG}{t}" for t in ("group", "interleave", "mixed", "oneOrMore", "list", "attribute", "define", "start")
)
_EMPTY_IF_BLOCKED = frozenset(f"{_RNG}{t}" for t in ("optional", "zeroOrMore"))
_NOT_ALLOWED = f"{_RNG}notAllowed"


def _blocked(node: etree._Element) -> bool:
    return node.tag == _NOT_ALLOWED


def _simplify(node: etree._Element, blocked_defines: set[str]) -> bool:
    """Propagate ``notAllowed`` upwards as RELAX NG's simplification does; True when ``node`` is blocked.

    Blocked children are dropped from a choice, make a group (and its kin)
    blocked, and turn an optional or zeroOrMore into ``empty``. Blocked nodes
    that are not the root of the call are replaced in place.

    The content of ``element`` patterns is left as it is: the pruned model
    classes are what make validation fast, while content models cleaned of
    every ``notAllowed`` can send libxml2's automaton construction into
    exponential time.
    """
    if node.tag == f"{_RNG}ref":
        return node.get("name", "").strip() in blocked_defines
    if node.tag in (_NOT_ALLOWED, f"{_RNG}element"):
        return node.tag == _NOT_ALLOWED
    children = list(node.iterchildren(f"{_RNG}*"))
    blocked = [c for c in children if _simplify(c, blocked_defines)]
    if node.tag == f"{_RNG}choice":
        for child in blocked:
            node.remove(child)
        return len(blocked) == len(children)
    if blocked and node.tag in _EMPTY_IF_BLOCKED:
        node.getparent().replace(node, _tailed(f"{_RNG}empty", node))
        return False
    for child in blocked:
        if not _blocked(child):
            node.replace(child, _tailed(_NOT_ALLOWED, child))
    return bool(blocked) and node.tag in _IF_ANY_BLOCKED


def _drop_blocked_options(grammar: etree._Element, blocked: set[str]) -> None:
    """Turn an optional or zeroOrMore that only refers to blocked defines into ``empty``, also
    inside element content: it can match nothing else, and left in place it makes libxml2 report
    a missing attribute deeper down as content not allowed in the parent."""
    for node in list(grammar.iter(*_EMPTY_IF_BLOCKED)):
        refs = list(node)
        if refs and all(r.tag == f"{_RNG}ref" and r.get("name", "").strip() in blocked for r in refs):
            node.getparent().replace(node, _tailed(f"{_RNG}empty", node))


def _tailed(tag: str, old: etree._Element) -> etree._Element:
    new = etree.Element(tag)
    new.tail = old.tail
    return new


def _reachable(grammar: etree._Element) -> None:
    """Drop, in place, the defines that no ref leads to from ``start``."""
    defines: dict[str, list[etree._Element]] = {}
    for define in grammar.iterchildren(f"{_RNG}define"):
        defines.setdefault(define.get("name", "").strip(), []).append(define)
    queue = list(grammar.iterchildren(f"{_RNG}start"))
    seen: set[str] = set()
    while queue:
        for ref in queue.pop().iter(f"{_RNG}ref"):
            target = ref.get("name", "").strip()
            if target not in seen:
                seen.add(target)
                queue.extend(defines.get(target, []))
    for name, parts in defines.items():
        if name not in seen:
            for part in parts:
                grammar.remove(part)


def specialise(grammar: etree._Element, names: Iterable[Name]) -> etree._Element:
    """A new grammar, equivalent to ``grammar`` on every document whose element names are in ``names``.

    ``grammar`` must satisfy :func:`is_specialisable`; it is not modified.
    Only the patterns still reachable once the unmatchable elements are gone
    are copied, without their annotations.
    """
    wanted = frozenset(names)
    defines: dict[str, list[etree._Element]] = {}
    for define in grammar.iterchildren(f"{_RNG}define"):
        defines.setdefault(define.get("name", "").strip(), []).append(define)
    out = etree.Element(grammar.tag, dict(grammar.attrib), nsmap=grammar.nsmap)
    queue = list(grammar.iterchildren(f"{_RNG}start"))
    seen: set[str] = set()
    while queue:
        part = copy.deepcopy(queue.pop())
        out.append(part)
        _strip(part)
        _prune_elements(part, wanted)
        for ref in part.iter(f"{_RNG}ref"):
            target = ref.get("name", "").strip()
            if target not in seen:
                seen.add(target)
                queue.extend(defines.get(target, []))
    blocked: set[str] = set()
    changed = True
    while changed:
        verdicts: dict[str, list[bool]] = {}
        for define in out.iterchildren(f"{_RNG}define"):
            verdicts.setdefault(define.get("name", "").strip(), []).append(_simplify(define, blocked))
        newly = {name for name, parts in verdicts.items() if all(parts)} - blocked
        blocked |= newly
        changed = bool(newly)
    _drop_blocked_options(out, blocked)
    for start in out.iterchildren(f"{_RNG}start"):
        if _simplify(start, blocked):
            for child in list(start):
                start.remove(child)
            start.append(etree.Element(_NOT_ALLOWED))
    _reachable(out)
    return out
