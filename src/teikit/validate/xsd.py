"""W3C XML Schema validation through xmlschema, with its messages put in the words of the RELAX NG ones."""

from __future__ import annotations

import re
from pathlib import Path

import xmlschema
from lxml import etree

from teikit.errors import InputError
from teikit.validate._tags import Source
from teikit.validate.problems import Problem


def _local(name: str | None) -> str:
    return (name or "").rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _listed(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _expected(error: xmlschema.XMLSchemaValidationError) -> list[str]:
    names = []
    for item in getattr(error, "expected", None) or ():
        local = getattr(item, "local_name", None)
        names.append(local if local else "any element of another namespace")
    return list(dict.fromkeys(names))


_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"'(?P<a>[^']+)' attribute not allowed for element"), "attribute '{a}' is not allowed on element '{e}'"),
    (re.compile(r"missing required attribute '(?P<a>[^']+)'"), "element '{e}' is missing required attribute '{a}'"),
    (re.compile(r"attribute (?P<a>\S+)='(?P<v>.*)': value must be one of \[(?P<x>.*)\]"),
     "value \"{v}\" of attribute '{a}' on element '{e}' is not valid; expected {x}"),
    (re.compile(r"attribute (?P<a>\S+)='(?P<v>.*)': .*"), "value \"{v}\" of attribute '{a}' on element '{e}' is not valid"),
    (re.compile(r"character data between child elements not allowed"), "text is not allowed here, in element '{e}'"),
]


def plain_words(error: xmlschema.XMLSchemaValidationError, el: etree._Element | None) -> tuple[str, etree._Element | None]:
    """The message of one xmlschema error in teikit's words, and the element it is about."""
    name = _local(el.tag) if el is not None else ""
    expected = _expected(error)
    if isinstance(error, xmlschema.XMLSchemaChildrenValidationError):
        child = getattr(error, "invalid_child", None)
        if isinstance(child, etree._Element):
            hint = f"; expected {_listed(expected)}" if expected else ""
            return f"element '{_local(child.tag)}' inside '{name}' is not allowed here{hint}", child
        if expected:
            return f"element '{name}' is incomplete; missing required element {_listed(expected)}", el
    reason = (error.reason or error.message).rstrip(".")
    for pattern, words in _RULES:
        found = pattern.fullmatch(reason)
        if found:
            parts = {k: _local(v) if k == "a" else v for k, v in found.groupdict().items()}
            if "x" in parts:
                parts["x"] = _listed(re.findall(r"'([^']*)'", parts["x"]))
            return words.format(e=name, **parts), el
    return (f"element '{name}': {reason}" if name else reason), el


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

    def check(self, tree: etree._ElementTree, lines: list[str] | None = None) -> list[Problem]:
        """The problems XML Schema finds in the document (empty when it is valid), ordered by line."""
        problems = []
        positions: dict[etree._Element, tuple[int, int]] | None = None
        for error in self._schema.iter_errors(tree):
            message, el = plain_words(error, error.elem if isinstance(error.elem, etree._Element) else None)
            if positions is None:
                positions = _start_tag_ends(tree, lines)
            line, column = positions.get(el, ((el.sourceline or 0) if el is not None else 0, 0))
            problems.append(Problem(message, line, column, schema=self.label))
        return sorted(problems, key=lambda p: (p.line, p.column))


def _start_tag_ends(tree: etree._ElementTree, lines: list[str] | None) -> dict[etree._Element, tuple[int, int]]:
    """Where each element's start tag ends (as RELAX NG messages are placed); empty without the source."""
    if lines is None:
        return {}
    source = Source("\n".join(lines))
    elements = list(tree.getroot().iter(etree.Element))
    if source.tags is None or len(source.tags) != len(elements):
        return {}
    return {el: source.where(tags[1]) for el, tags in zip(elements, source.tags)}
