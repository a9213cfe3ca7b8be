"""RELAX NG validation through lxml, with grammars specialised to the documents at hand."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from teikit.errors import InputError
from teikit.validate import cache
from teikit.validate._specialise import Name, is_specialisable, specialise
from teikit.validate.messages import describe_element, rewrite, start_tag_column
from teikit.validate.problems import Problem
from teikit.xml import XML_NS, parse_bytes

_ALGORITHM = "specialise-2"


class RelaxNG:
    """A RELAX NG schema (XML syntax) that validates documents in milliseconds.

    A self-contained grammar is specialised to the element names of the
    documents it is asked about (see ``_specialise``); each specialised grammar
    is compiled once per process and kept on disk, so a second run on the same
    kind of document skips even the parsing of the big grammar. Other grammars
    (with includes) are compiled whole, once per process.
    """

    def __init__(self, data: bytes, label: str) -> None:
        self.label = label
        self._data = data
        self._digest = hashlib.sha256(data).hexdigest()
        self._grammar: etree._Element | None = None
        self._whole: etree.RelaxNG | None = None
        self._compiled: list[tuple[frozenset[Name], etree.RelaxNG]] = []
        self._seen: set[Name] = set()

    @classmethod
    def from_path(cls, path: Path) -> RelaxNG:
        try:
            return cls(path.read_bytes(), str(path))
        except OSError as err:
            raise InputError(f"{path}: cannot read schema: {err.strerror or err}") from None

    @property
    def grammar(self) -> etree._Element:
        """The parsed grammar, annotations included."""
        if self._grammar is None:
            self._grammar = parse_bytes(self._data, self.label).getroot()
        return self._grammar

    def prepare(self, names: Iterable[Name]) -> etree.RelaxNG:
        """The compiled grammar for documents whose element names are among ``names``."""
        wanted = frozenset(names)
        for known, compiled in self._compiled:
            if wanted <= known:
                return compiled
        if self._whole is not None:
            return self._whole
        self._seen |= wanted
        everything = frozenset(self._seen)
        compiled = self._compile_for(everything)
        self._compiled.append((everything, compiled))
        return compiled

    def _compile_for(self, names: frozenset[Name]) -> etree.RelaxNG:
        entry = cache.key(_ALGORITHM, self._digest, "\n".join(f"{ns} {local}" for ns, local in sorted(names)))
        stored = cache.fetch("rng", entry)
        if stored is not None:
            try:
                return etree.RelaxNG(parse_bytes(stored, self.label).getroot())
            except (InputError, etree.RelaxNGParseError):
                pass  # a damaged cache entry: build it again
        if not is_specialisable(self.grammar):
            self._whole = self._compile(self.grammar)
            return self._whole
        reduced = specialise(self.grammar, names)
        compiled = self._compile(reduced)
        cache.store("rng", entry, etree.tostring(reduced))
        return compiled

    def _compile(self, grammar: etree._Element) -> etree.RelaxNG:
        try:
            return etree.RelaxNG(grammar)
        except etree.RelaxNGParseError as err:
            raise InputError(f"{self.label}: not a usable RELAX NG schema: {err}") from None

    def check(self, tree: etree._ElementTree, names: Iterable[Name], lines: list[str] | None = None) -> list[Problem]:
        """The problems RELAX NG finds in the document (empty when it is valid)."""
        compiled = self.prepare(names)
        if compiled.validate(tree):
            return []
        return [self._problem(tree, entry, lines) for entry in compiled.error_log]

    def _problem(self, tree: etree._ElementTree, entry: etree._LogEntry, lines: list[str] | None) -> Problem:
        message = rewrite(entry.message)
        found = tree.xpath(entry.path) if entry.path else []
        if found and isinstance(found[0], etree._Element):
            el = found[0]
            if entry.type_name == "RELAXNG_ERR_ELEMWRONG":
                message = f"element {describe_element(el)} is not allowed at this point"
            elif entry.type_name == "RELAXNG_ERR_INVALIDATTR":
                message = _attribute_message(el, entry.message) or message
            return Problem(message, el.sourceline or entry.line, start_tag_column(lines, el), schema=self.label)
        return Problem(message, entry.line, entry.column, schema=self.label)


def _attribute_message(el: etree._Element, libxml2_message: str) -> str | None:
    """Name the attribute, its element and its value: libxml2 does not tell a wrong name from a wrong value."""
    found = re.fullmatch(r"Invalid attribute (\S+) for element (\S+)", libxml2_message.strip())
    if not found:
        return None
    for name, value in el.attrib.items():
        if etree.QName(name).localname == found[1]:
            shown = _prefixed(el, etree.QName(name))
            return (f"attribute '{shown}' is not allowed on element {describe_element(el)}, "
                    f"or its value \"{value}\" is not one the schema accepts there")
    return None


def _prefixed(el: etree._Element, name: etree.QName) -> str:
    """``xml:id``, ``xsi:schemaLocation``: an attribute name as its document writes it."""
    if not name.namespace:
        return name.localname
    prefixes = {uri: prefix for prefix, uri in el.nsmap.items() if prefix} | {XML_NS: "xml"}
    prefix = prefixes.get(name.namespace)
    return f"{prefix}:{name.localname}" if prefix else f"{{{name.namespace}}}{name.localname}"
