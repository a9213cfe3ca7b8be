"""A parsed document against a simplified grammar, event by event, with Jing's error positions.

Each start tag, attribute, run of text and end tag is a derivative step. The
first step that leaves no pattern is an error, reported where Jing reports it
(after the tag that ends the event), and validation recovers as Jing does:
an element that is not allowed is checked against its own declaration
elsewhere in the schema, a wrong attribute is ignored, a missing attribute is
taken as given, an unfinished element is closed.
"""

from __future__ import annotations

from lxml import etree

from teikit.validate import _patterns as pt
from teikit.validate._datatypes import XML_SPACE, is_blank
from teikit.validate._grammar import Grammar
from teikit.validate._patterns import Deriver, Name, NameClass, Pattern
from teikit.validate._tags import Position, Source, Tags
from teikit.validate.problems import Problem

_LISTED = 12  # names an "expected" list shows before it says how many more


def _quoted(names: list[str], end_of: str | None = None) -> str:
    shown = [f"'{n}'" for n in names[:_LISTED]]
    if end_of is not None:
        shown.append(f"the end of '{end_of}'")
    if len(names) > _LISTED:
        shown.append(f"{len(names) - _LISTED} more")
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]


def _label(name: Name, element: etree._Element | None = None) -> str:
    if not name[0]:
        return name[1]
    if element is not None:
        for prefix, uri in element.nsmap.items():
            if uri == name[0] and prefix:
                return f"{prefix}:{name[1]}"
    return name[1]


def _class_names(classes: list[NameClass]) -> tuple[list[str], set[str]]:
    names: set[str] = set()
    spaces: set[str] = set()
    wild = False
    for nc in classes:
        listed = list(nc.names())
        wild |= not listed and nc.kind != "choice"
        for ns, local in listed:
            names.add(local)
            spaces.add(ns)
    ordered = sorted(names)
    if wild:
        ordered.append("any element of another namespace")
    return ordered, spaces


class Walk:
    """One document's validation against a grammar; ``problems`` holds what it found."""

    def __init__(self, grammar: Grammar, deriver: Deriver, tree: etree._ElementTree, text: str | None,
                 label: str = "") -> None:
        self.grammar = grammar
        self.d = deriver
        self.label = label
        self.problems: list[Problem] = []
        self._ids: set[str] = set()
        self._root = tree.getroot()
        self._text = text
        self._positions: dict[etree._Element, Tags] | None = None
        self._source: Source | None = None
        self._element(grammar.start, self._root, document_element=True)

    # --- positions and problems ------------------------------------------------
    def _tags(self, el: etree._Element) -> Tags | None:
        """The offsets of the element's tags; the source is scanned only once an error needs it."""
        if self._positions is None:
            elements = list(self._root.iter(etree.Element))
            self._source = Source(self._text) if self._text is not None else None
            tags = self._source.tags if self._source is not None else None
            self._positions = dict(zip(elements, tags)) if tags is not None and len(tags) == len(elements) else {}
        return self._positions.get(el)

    def _at(self, el: etree._Element, end: bool) -> Position:
        """Where Jing reports the element's start (or end) tag: after its ``>``."""
        tags = self._tags(el)
        if tags is None or self._source is None:
            return (el.sourceline or 0, 0)
        return self._source.where(tags[3 if end else 1])

    def _text_at(self, el: etree._Element, end: bool) -> Position:
        """Where Jing reports text that runs up to the element's start (or end) tag."""
        tags = self._tags(el)
        if tags is None or self._source is None:
            return (el.sourceline or 0, 0)
        return self._source.text_end(tags[2 if end else 0])

    def _error(self, where: Position, message: str) -> None:
        self.problems.append(Problem(message, where[0], where[1], schema=self.label))

    # --- events -----------------------------------------------------------------
    def _element(self, p: Pattern, el: etree._Element, document_element: bool = False) -> Pattern:
        name = _name(el)
        entered = self.d.enter(p, name)
        if entered is None:
            q = self.d.start_tag_open(p, name)
            if q is pt.NotAllowed:
                self._not_allowed(p, el, name, document_element)
                self._recover(el, name)
                return p
            return self._inside(q, el)
        # The element's content checked on its own: the same state for every such element, memoised once.
        self._inside(entered[0], el)
        return entered[1]

    def _recover(self, el: etree._Element, name: Name) -> None:
        """Check an element that is out of place against its declarations elsewhere in the schema."""
        declared = self._declared(name)
        if declared:
            self._inside(pt.choice_of(pt.after(e.content, pt.Empty) for e in declared), el)  # type: ignore[arg-type]
            return
        for child in el.iterchildren(etree.Element):
            child_name = _name(child)
            if not self._declared(child_name):
                self._not_allowed(pt.NotAllowed, child, child_name, False)
            self._recover(child, child_name)

    def _declared(self, name: Name) -> list[Pattern]:
        return self.grammar.declared(name)

    def _inside(self, q: Pattern, el: etree._Element) -> Pattern:
        d = self.d
        q = self._attributes(q, el)
        if not len(el):
            text = el.text or ""
            q2 = d.blank(q, text) if is_blank(text) else d.text(q, text)
        elif not any(c.tag.__class__ is str for c in el):
            text = "".join(el.itertext())
            q2 = d.blank(q, text) if is_blank(text) else d.text(q, text)
        else:
            pending = el.text or ""
            for child in el:
                if child.tag.__class__ is str:
                    if not is_blank(pending):
                        q = self._flush(q, pending, el, child, False)
                    q = self._element(q, child)
                    pending = child.tail or ""
                elif child.tail:
                    pending += child.tail
            if not is_blank(pending):
                q = self._flush(q, pending, el, el, True)
            q2 = q
            text = None
        if q2 is pt.NotAllowed:
            # a wrong value is reported at the end tag; text where none may be, where the text ends
            where = self._at(el, True) if d.reads_text(q) else self._text_at(el, True)
            self._error(where, self._bad_text(q, el, text or ""))
            return pt.force_end(q)
        done = d.end_tag(q2)
        if done is pt.NotAllowed:
            self._error(self._at(el, True), self._incomplete(q2, el))
            return pt.force_end(q2)
        return done

    def _flush(self, q: Pattern, text: str, parent: etree._Element, at: etree._Element, end: bool) -> Pattern:
        """Text met before ``at``'s start tag (or ``parent``'s end tag), reported where the text ends."""
        q2 = self.d.text(q, text)
        if q2 is pt.NotAllowed:
            self._error(self._text_at(at, end), f"text is not allowed here, in element '{_label(_name(parent), parent)}'")
            return q
        return q2

    def _attributes(self, q: Pattern, el: etree._Element) -> Pattern:
        attribute = self.d.attribute
        ids = self.grammar.id_attributes
        for key, value in el.attrib.items():
            name = _NAMES.get(key) or _attribute_name(key)
            q2 = attribute(q, name, value)
            if q2 is not pt.NotAllowed and name not in ids:
                q = q2
                continue
            owner = _label(_name(el), el)
            shown = _attribute_label(name, el)
            if q2 is pt.NotAllowed:
                if self.d.attribute(q, name, None) is pt.NotAllowed:
                    allowed, _ = self.d.expected(q, pt.ATTRIBUTE)
                    names = sorted({_attribute_label(n, el) for nc in allowed for n in nc.names()})
                    hint = f"; allowed: {_quoted(names)}" if names else ""
                    self._error(self._at(el, False), f"attribute '{shown}' is not allowed on element '{owner}'{hint}")
                else:
                    self._error(self._at(el, False),
                                f"value \"{value}\" of attribute '{shown}' on element '{owner}' is not valid")
                    q = self.d.attribute(q, name, None)  # the attribute is there: only its value is wrong
                continue
            q = q2
            if name in self.grammar.id_attributes:
                ident = value.strip(XML_SPACE)
                if ident in self._ids:
                    self._error(self._at(el, False), f"ID \"{ident}\" ('{shown}' on element '{owner}') is used twice")
                self._ids.add(ident)
        closed = self.d.start_tag_close(q)
        if closed is pt.NotAllowed:
            owner = _label(_name(el), el)
            missing, _ = self.d.expected(q, pt.ATTRIBUTE)
            present = {(etree.QName(k).namespace or "", etree.QName(k).localname) for k in el.attrib}
            names = sorted({_attribute_label(n, el) for nc in missing for n in nc.names() if n not in present})
            what = f"attribute {_quoted(names)}" if names else "an attribute"
            self._error(self._at(el, False), f"element '{owner}' is missing required {what}")
            closed = self.d.start_tag_close(pt.without_attributes(q))
        return closed

    # --- messages ---------------------------------------------------------------
    def _not_allowed(self, p: Pattern, el: etree._Element, name: Name, document_element: bool) -> None:
        shown = _label(name, el)
        parent = el.getparent()
        if parent is not None:
            shown += f"' inside '{_label(_name(parent), parent)}"
        declared = self._declared(name)
        classes, may_end = self.d.expected(p, pt.ELEMENT)
        names, spaces = _class_names(classes)
        end_of = _label(_name(el.getparent()), el.getparent()) if may_end and not document_element else None
        hint = f"; expected {_quoted(names, end_of)}" if names or end_of else ""
        if not declared:
            elsewhere = sorted({ns for e in self.grammar.elements for ns, local in e.a.names() if local == name[1]})
            if elsewhere:
                where = f"in namespace {elsewhere[0]}" if elsewhere[0] else "in no namespace"
                actual = f"namespace {name[0]}" if name[0] else "no namespace"
                message = f"element '{shown}' is in {actual}; the schema declares it {where}"
            else:
                message = f"element '{shown}' is not declared anywhere in the schema"
        else:
            message = f"element '{shown}' is not allowed here"
        if document_element and spaces and name[0] not in spaces and declared:
            message += f" (the schema expects namespace {sorted(spaces)[0]})"
        self._error(self._at(el, False), message + hint)

    def _incomplete(self, q: Pattern, el: etree._Element) -> str:
        owner = _label(_name(el), el)
        missing, _ = _class_names(pt.required_missing(q))
        if missing:
            return f"element '{owner}' is incomplete; missing required element {_quoted(missing)}"
        return f"element '{owner}' is incomplete"

    def _bad_text(self, q: Pattern, el: etree._Element, text: str) -> str:
        owner = _label(_name(el), el)
        shown = " ".join(text.split())
        if len(shown) > 40:
            shown = shown[:37] + "..."
        if not shown:
            return f"element '{owner}' may not be empty"
        return f"the text \"{shown}\" is not allowed as content of element '{owner}'"


_NAMES: dict[str, Name] = {}


def _name(el: etree._Element) -> Name:
    found = _NAMES.get(el.tag)
    if found is None:
        qname = etree.QName(el)
        found = _NAMES[el.tag] = (qname.namespace or "", qname.localname)
    return found


def _attribute_name(key: str) -> Name:
    found = _NAMES.get(key)
    if found is None:
        namespace, _, local = key[1:].partition("}") if key.startswith("{") else ("", "", key)
        found = _NAMES[key] = (namespace, local)
    return found


def _attribute_label(name: Name, el: etree._Element) -> str:
    if name[0] == "http://www.w3.org/XML/1998/namespace":
        return f"xml:{name[1]}"
    return _label(name, el) if name[0] else name[1]
