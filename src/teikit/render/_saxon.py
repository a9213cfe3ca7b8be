"""The Saxon side of rendering: one processor per process, each stylesheet compiled once."""

from __future__ import annotations

import functools

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmAtomicValue, PyXdmNode, PyXsltExecutable

from teikit.errors import TeikitError
from teikit.resources import xslt_dir


@functools.cache
def processor() -> PySaxonProcessor:
    """The process's Saxon processor (Saxon-HE, no licence)."""
    return PySaxonProcessor(license=False)


@functools.cache
def compiled(stylesheet: str) -> PyXsltExecutable:
    """The compiled stylesheet ``xslt/<stylesheet>``, compiled on first use only."""
    path = xslt_dir() / stylesheet
    try:
        return processor().new_xslt30_processor().compile_stylesheet(stylesheet_file=str(path))
    except PySaxonApiError as err:
        raise TeikitError(f"{path}: stylesheet does not compile: {err}") from None


def _value(value: str | bool | int) -> PyXdmAtomicValue:
    proc = processor()
    if isinstance(value, bool):
        return proc.make_boolean_value(value)
    if isinstance(value, int):
        return proc.make_integer_value(value)
    return proc.make_string_value(value)


def executable(stylesheet: str, params: dict[str, str | bool | int]) -> PyXsltExecutable:
    """A copy of the compiled stylesheet with its parameters set (no recompilation)."""
    exe = compiled(stylesheet).clone()
    for name, value in params.items():
        exe.set_parameter(name, _value(value))
    return exe


def to_xdm(tree: etree._ElementTree | etree._Element, source: str) -> PyXdmNode:
    """Hand an already parsed (hardened) tree to Saxon as a document node."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    try:
        return processor().parse_xml(xml_text=etree.tostring(root, encoding="unicode"))
    except PySaxonApiError as err:
        raise TeikitError(f"{source}: cannot hand the document to Saxon: {err}") from None


def transform(exe: PyXsltExecutable, node: PyXdmNode, source: str) -> str:
    """Run a stylesheet on a document; Saxon's errors name the source file."""
    try:
        result = exe.transform_to_string(xdm_node=node)
    except PySaxonApiError as err:
        raise TeikitError(f"{source}: rendering failed: {err}") from None
    if result is None:
        raise TeikitError(f"{source}: rendering produced nothing")
    return result
