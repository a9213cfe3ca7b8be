"""RELAX NG validation through lxml, with grammars specialised to the documents at hand."""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from teikit.errors import InputError
from teikit.validate import cache
from teikit.validate._datatypes import data_ok, value_ok
from teikit.validate._grammar import Grammar, build
from teikit.validate._patterns import Deriver
from teikit.validate._specialise import Name, is_specialisable, specialise
from teikit.validate._walk import Walk
from teikit.validate.problems import Problem
from teikit.xml import parse_bytes, parse_file

_ALGORITHM = "specialise-2"
_SIMPLIFIED = "simplified-1"


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
        self._simplified: Grammar | None = None
        self._deriver = Deriver(data_ok, value_ok)

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
        """The problems RELAX NG finds in the document (empty when it is valid).

        libxml2 with the specialised grammar answers for valid documents; any
        other is walked through the whole grammar as Jing does, which gives the
        verdict and messages that depend on the document and the schema alone.
        """
        if self.prepare(names).validate(tree):
            return []
        text = "\n".join(lines) if lines is not None else None
        problems = Walk(self.simplified, self._deriver, tree, text, self.label).problems
        return sorted(problems, key=lambda p: (p.line, p.column))

    @property
    def simplified(self) -> Grammar:
        """The whole grammar as patterns, built once and kept in the cache."""
        if self._simplified is None:
            entry = cache.key(_SIMPLIFIED, self._digest, self.label)
            stored = cache.fetch("rng", entry)
            if stored is not None:
                try:
                    self._simplified = pickle.loads(stored)  # noqa: S301 (teikit's own cache)
                except Exception:  # a damaged cache entry: build it again
                    self._simplified = None
            if self._simplified is None:
                self._simplified = build(self.grammar, self._load_part)
                limit = sys.getrecursionlimit()
                sys.setrecursionlimit(max(limit, 200_000))
                try:
                    cache.store("rng", entry, pickle.dumps(self._simplified, protocol=pickle.HIGHEST_PROTOCOL))
                finally:
                    sys.setrecursionlimit(limit)
        return self._simplified

    def _load_part(self, href: str, referrer: etree._Element) -> etree._Element:
        """A schema that ``include`` or ``externalRef`` names: a local file beside the schema."""
        if "://" in href:
            raise InputError(f"{self.label}: {href}: schemas that include remote schemas are not supported")
        return parse_file(Path(self.label).parent / href).getroot()
