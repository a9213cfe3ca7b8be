"""RELAX NG validation: the grammar simplified once (and cached), each document walked through it as Jing does."""

from __future__ import annotations

import gc
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lxml import etree

from teikit.errors import InputError
from teikit.validate import cache
from teikit.validate._datatypes import data_ok, value_ok
from teikit.validate._grammar import Grammar, build
from teikit.validate._pack import pack, unpack
from teikit.validate._patterns import Deriver
from teikit.validate._walk import Walk
from teikit.validate.problems import Problem
from teikit.xml import parse_bytes, read_bytes

_SIMPLIFIED = "simplified-3"


class RelaxNG:
    """A RELAX NG schema (XML syntax).

    The grammar is simplified into patterns once and kept in teikit's cache, so
    a later run skips even the parsing of a big grammar such as tei_all.
    Derivatives are remembered for the life of the process: documents of one
    kind are checked faster the more of them there are. Verdict and messages
    depend on the document and the schema alone.
    """

    def __init__(self, data: bytes, label: str) -> None:
        self.label = label
        self._data = data
        self._parts: list[tuple[str, int, int]] = []  # the files the schema includes, as read: path, size, CRC-32
        self._grammar: etree._Element | None = None
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

    def check(self, tree: etree._ElementTree, lines: list[str] | None = None) -> list[Problem]:
        """The problems RELAX NG finds in the document (empty when it is valid), ordered by line.

        ``lines`` (the document's source) place each message where Jing does.
        """
        text = "\n".join(lines) if lines is not None else None
        problems = Walk(self.simplified, self._deriver, tree, text, self.label).problems
        return sorted(problems, key=lambda p: (p.line, p.column))

    @property
    def simplified(self) -> Grammar:
        """The whole grammar as patterns, built once and kept in the cache."""
        if self._simplified is None:
            with _collector_paused():
                self._simplified = self._load_or_build()
        return self._simplified

    def _load_or_build(self) -> Grammar:
        entry = cache.slot(_SIMPLIFIED, os.path.abspath(self.label))
        stored = cache.fetch("rng", entry)
        if stored is not None:
            try:
                grammar, sources = unpack(stored)
                if self._unchanged(sources):
                    return grammar
            except ValueError:  # a damaged cache entry is built again
                pass
        simplified = self._build()
        sources = [("", len(self._data), zlib.crc32(self._data)), *self._parts]
        cache.store("rng", entry, pack(simplified, sources), sync=False)  # unpack refuses a torn entry
        return simplified

    def _unchanged(self, sources: list[tuple[str, int, int]]) -> bool:
        """Whether the schema ("") and every file it included still hold what the grammar was built from."""
        for path, size, crc in sources:
            try:
                data = Path(path).read_bytes() if path else self._data
            except OSError:
                return False
            if len(data) != size or zlib.crc32(data) != crc:
                return False
        return True

    def _build(self) -> Grammar:
        try:
            return build(self.grammar, self._load_part)
        except RecursionError:
            raise InputError(f"{self.label}: RELAX NG schema nests too deeply") from None

    def _load_part(self, href: str, referrer: etree._Element) -> etree._Element:
        """A schema that ``include`` or ``externalRef`` names: a local file beside the schema."""
        if "://" in href:
            raise InputError(f"{self.label}: {href}: schemas that include remote schemas are not supported")
        base = referrer.base or self.label  # the file that names it (or its xml:base)
        path = (Path(base) if base.endswith("/") else Path(base).parent) / href
        data = read_bytes(path)
        self._parts.append((os.path.abspath(path), len(data), zlib.crc32(data)))
        return parse_bytes(data, path).getroot()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a grammar is built or loaded: tens of thousands of new
    objects, none of them garbage, would make it walk the growing heap again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
