"""W3C XML Schema validation through xmlschema."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import xmlschema
from lxml import etree

from teikit.errors import InputError
from teikit.validate.messages import start_tag_column
from teikit.validate.problems import Problem


class XMLSchema:
    """An XML Schema (1.0), loaded once per process; never fetches anything over the network."""

    def __init__(self, path: Path) -> None:
        self.label = str(path)
        try:
            self._schema = xmlschema.XMLSchema10(str(path), allow="local", defuse="always")
        except (OSError, xmlschema.XMLSchemaException, etree.XMLSyntaxError) as err:
            raise InputError(f"{path}: not a usable XML Schema: {err}") from None

    @classmethod
    def from_path(cls, path: Path) -> XMLSchema:
        return cls(path)

    def check(self, tree: etree._ElementTree, names: Iterable[object] = (), lines: list[str] | None = None) -> list[Problem]:
        """The problems XML Schema finds in the document (empty when it is valid)."""
        problems = []
        for error in self._schema.iter_errors(tree):
            el = error.elem if isinstance(error.elem, etree._Element) else None
            what = f"element '{etree.QName(el).localname}': " if el is not None else ""
            reason = (error.reason or error.message).rstrip(".")
            line = el.sourceline if el is not None and el.sourceline else 0
            column = start_tag_column(lines, el) if el is not None else 0
            problems.append(Problem(f"{what}{reason}", line, column, schema=self.label))
        return problems
