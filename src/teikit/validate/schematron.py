"""ISO Schematron: compiled to XSLT 3.0 by teikit and run by Saxon (saxonche).

The compiled stylesheet has one mode per pattern. Each rule is a template in
its pattern's mode, with a priority that makes the first matching rule win, as
Schematron requires; every template goes on to the node's attributes and
children. A failed assert or a successful report becomes a ``failed`` element
carrying the node's ``path()``, which teikit maps back to a line in the
document. Query bindings xslt, xslt2, xslt3, xpath2, xpath3 and xpath31 are
all evaluated as XPath 3.1.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from lxml import etree

from teikit.errors import InputError
from teikit.validate.messages import start_tag_column
from teikit.validate.problems import Problem
from teikit.xml import parse_bytes, parse_file, standalone_text

SCH_NS = "http://purl.oclc.org/dsdl/schematron"
OLD_SCH_NS = "http://www.ascc.net/xml/schematron"
XSL_NS = "http://www.w3.org/1999/XSL/Transform"
OUT_NS = "urn:teikit:schematron-result"
_S = f"{{{SCH_NS}}}"
_X = f"{{{XSL_NS}}}"
_BINDINGS = {"", "xslt", "xslt2", "xslt3", "xpath", "xpath2", "xpath3", "xpath31"}
_WARNING_ROLES = {"warning", "warn", "nonfatal", "caution", "info", "information"}


@cache
def _saxon():  # type: ignore[no-untyped-def]
    from saxonche import PySaxonProcessor

    return PySaxonProcessor(license=False)


def saxon_started() -> bool:
    """Whether this process has started Saxon (whose threads make forking unsafe)."""
    return _saxon.cache_info().currsize > 0


def _sch(el: etree._Element, name: str) -> list[etree._Element]:
    return list(el.iterchildren(f"{_S}{name}"))


def _namespaces(schema: etree._Element) -> dict[str, str]:
    """Prefixes the XPath expressions may use: ``ns`` declarations and in-scope ones."""
    found: dict[str, str] = {}
    for el in schema.iter(etree.Element):
        for prefix, uri in el.nsmap.items():
            if prefix and prefix not in ("xsl",):
                found.setdefault(prefix, uri)
    for ns in schema.iter(f"{_S}ns"):
        found[ns.get("prefix", "")] = ns.get("uri", "")
    found.pop("", None)
    return found


def _active_patterns(schema: etree._Element) -> list[etree._Element]:
    if schema.xpath("//s:include | //s:extends[@href]", namespaces={"s": SCH_NS}):
        raise InputError("Schematron include (or extends with @href) is not supported; inline the rules")
    patterns = [p for p in schema.iter(f"{_S}pattern") if p.get("abstract") != "true"]
    if any(p.get("is-a") for p in patterns):
        raise InputError("abstract Schematron patterns (is-a) are not supported")
    phase_id = schema.get("defaultPhase")
    if not phase_id or phase_id == "#ALL":
        return patterns
    for phase in schema.iter(f"{_S}phase"):
        if phase.get("id") == phase_id:
            active = {a.get("pattern") for a in _sch(phase, "active")}
            return [p for p in patterns if p.get("id") in active]
    raise InputError(f"Schematron defaultPhase {phase_id!r} is not declared")


class _Compiler:
    """Builds the XSLT 3.0 stylesheet for one Schematron schema."""

    def __init__(self, schema: etree._Element) -> None:
        self.schema = schema
        self.abstract = {r.get("id"): r for r in schema.iter(f"{_S}rule") if r.get("abstract") == "true"}
        nsmap = {"xsl": XSL_NS, "r": OUT_NS, **_namespaces(schema)}
        self.sheet = etree.Element(f"{_X}stylesheet", version="3.0", nsmap=nsmap)
        self.sheet.set("exclude-result-prefixes", " ".join(p for p in nsmap if p != "r"))

    @staticmethod
    def _x(parent: etree._Element, instruction: str, **attrs: str) -> etree._Element:
        """An XSLT instruction; ``on_no_match`` stands for the attribute ``on-no-match``."""
        return etree.SubElement(parent, f"{_X}{instruction}", {k.replace("_", "-"): v for k, v in attrs.items()})

    def compile(self) -> etree._Element:
        self._x(self.sheet, "output", method="xml")
        for let in _sch(self.schema, "let"):
            self._let(self.sheet, let, "param")
        root = self._x(self.sheet, "template", match="/")
        report = etree.SubElement(root, f"{{{OUT_NS}}}report")
        for index, pattern in enumerate(_active_patterns(self.schema)):
            mode = f"p{index}"
            self._x(self.sheet, "mode", name=mode, on_no_match="shallow-skip")
            self._x(report, "apply-templates", select=".", mode=mode)
            rules = [r for r in _sch(pattern, "rule") if r.get("abstract") != "true"]
            for order, rule in enumerate(rules):
                self._rule(pattern, rule, mode, len(rules) - order)
        return self.sheet

    def _let(self, parent: etree._Element, let: etree._Element, kind: str = "variable") -> None:
        self._x(parent, kind, name=let.get("name", ""), select=let.get("value") or let.get("select") or "()")

    def _rule(self, pattern: etree._Element, rule: etree._Element, mode: str, priority: int) -> None:
        template = self._x(self.sheet, "template", match=rule.get("context", ""), mode=mode, priority=str(priority))
        for let in _sch(pattern, "let") + _sch(rule, "let"):
            self._let(template, let)
        for check in self._checks(rule):
            kind = etree.QName(check).localname
            test = check.get("test", "")
            condition = f"not({test})" if kind == "assert" else test
            branch = self._x(template, "if", test=condition)
            failed = etree.SubElement(branch, f"{{{OUT_NS}}}failed", kind=kind, role=check.get("role", ""))
            self._x(self._x(failed, "attribute", name="path"), "value-of", select="path()")
            self._message(failed, check)
        self._x(template, "apply-templates", select="@*|node()", mode="#current")

    def _checks(self, rule: etree._Element) -> list[etree._Element]:
        checks: list[etree._Element] = []
        for child in rule.iterchildren(f"{_S}assert", f"{_S}report", f"{_S}extends"):
            if child.tag == f"{_S}extends":
                base = self.abstract.get(child.get("rule"))
                if base is None:
                    raise InputError(f"Schematron rule extends unknown abstract rule {child.get('rule')!r}")
                checks.extend(self._checks(base))
            else:
                checks.append(child)
        return checks

    def _message(self, out: etree._Element, node: etree._Element) -> None:
        if node.text:
            self._x(out, "text").text = node.text
        for child in node:
            if not isinstance(child.tag, str):
                pass
            elif child.tag == f"{_S}name":
                self._x(out, "value-of", select=f"name({child.get('path', '.')})")
            elif child.tag == f"{_S}value-of":
                self._x(out, "value-of", select=child.get("select", "."))
            else:
                self._message(out, child)
            if child.tail:
                self._x(out, "text").text = child.tail


def resolve_path(tree: etree._ElementTree, path: str) -> etree._Element | None:
    """The element that an XPath 3.1 ``path()`` names (an attribute's or text's parent)."""
    node: etree._Element | None = None
    for step in re.findall(r"/((?:Q\{[^}]*\})?[^/\[]+)(?:\[(\d+)\])?", path):
        name, position = step
        if name.startswith(("@", "text()", "comment()", "processing-instruction")):
            break
        if node is None:
            node = tree.getroot()
            continue
        tag = re.sub(r"^Q\{([^}]*)\}", lambda m: f"{{{m[1]}}}" if m[1] else "", name)
        matches = [c for c in node.iterchildren(tag)]
        index = int(position or 1) - 1
        if index >= len(matches):
            break
        node = matches[index]
    return node if node is not None else tree.getroot()


class Schematron:
    """An ISO Schematron schema, compiled once per process."""

    def __init__(self, schema: etree._Element, label: str) -> None:
        if schema.tag == f"{{{OLD_SCH_NS}}}schema":
            raise InputError(f"{label}: Schematron 1.5 ({OLD_SCH_NS}) is not supported; use ISO Schematron")
        binding = (schema.get("queryBinding") or "").lower()
        if binding not in _BINDINGS:
            raise InputError(f"{label}: Schematron queryBinding {binding!r} is not supported")
        self.label = label
        self.stylesheet = etree.tostring(_Compiler(schema).compile(), encoding="unicode")
        self._executable = None

    @classmethod
    def from_path(cls, path: Path) -> Schematron:
        return cls(parse_file(path).getroot(), str(path))

    @classmethod
    def embedded_in(cls, grammar: etree._Element, label: str) -> Schematron | None:
        """The Schematron rules embedded in a RELAX NG grammar (TEI's ODD constraints), if any."""
        patterns = list(grammar.iter(f"{_S}pattern"))
        if not patterns:
            return None
        schema = etree.Element(f"{_S}schema", queryBinding="xslt2", nsmap={"sch": SCH_NS})
        for ns in grammar.iter(f"{_S}ns"):
            schema.append(etree.fromstring(etree.tostring(ns)))
        for pattern in patterns:
            schema.append(etree.fromstring(etree.tostring(pattern)))
        return cls(schema, f"{label} (embedded rules)")

    def _compiled(self):  # type: ignore[no-untyped-def]
        if self._executable is None:
            processor = _saxon()
            try:
                self._executable = processor.new_xslt30_processor().compile_stylesheet(
                    stylesheet_text=self.stylesheet
                )
            except Exception as err:  # saxonche raises its own PySaxonApiError
                raise InputError(f"{self.label}: Schematron does not compile: {err}") from None
        return self._executable

    def check(self, tree: etree._ElementTree, lines: list[str] | None = None) -> list[Problem]:
        """The failed asserts and successful reports, as problems."""
        executable = self._compiled()
        document = _saxon().parse_xml(xml_text=standalone_text(tree))
        try:
            output = executable.transform_to_string(xdm_node=document)
        except Exception as err:
            return [Problem(f"Schematron rules could not be evaluated: {err}", schema=self.label)]
        problems = []
        for failed in parse_bytes(output.encode("utf-8"), self.label).getroot():
            el = resolve_path(tree, failed.get("path", ""))
            message = " ".join("".join(failed.itertext()).split())
            severity = "warning" if failed.get("role", "").lower() in _WARNING_ROLES else "error"
            line = el.sourceline if el is not None and el.sourceline else 0
            column = start_tag_column(lines, el) if el is not None else 0
            problems.append(Problem(message, line, column, severity=severity, schema=self.label))
        return problems
