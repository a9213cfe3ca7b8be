"""The Saxon side of rendering: one processor per process, each stylesheet compiled once."""

from __future__ import annotations

import contextlib
import functools
import os
import re
from collections.abc import Iterator

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmAtomicValue, PyXdmNode, PyXsltExecutable

from teikit.errors import InputError, TeikitError
from teikit.resources import xslt_dir
from teikit.xml import parse_bytes

# The encoding named in an XML declaration, if any.
_DECLARED_ENCODING = re.compile(rb"^<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_UTF8_NAMES = frozenset({b"utf-8", b"utf8", b"us-ascii", b"ascii"})
# Saxon's XML parser refuses any document type declaration: no entities, no DTD loading.
_NO_DOCTYPE = "http://saxon.sf.net/feature/parserFeature?uri=http%3A//apache.org/xml/features/disallow-doctype-decl"


@functools.cache
def processor() -> PySaxonProcessor:
    """The process's Saxon processor (Saxon-HE, no licence) whose parser refuses DOCTYPEs."""
    proc = PySaxonProcessor(license=False)
    proc.set_configuration_property(_NO_DOCTYPE, "true")
    return proc


@functools.cache
def compiled(stylesheet: str) -> PyXsltExecutable:
    """The compiled stylesheet ``xslt/<stylesheet>``, compiled on first use only."""
    path = xslt_dir() / stylesheet
    try:
        return processor().new_xslt30_processor().compile_stylesheet(stylesheet_file=str(path))
    except PySaxonApiError as err:
        raise TeikitError(f"{path}: stylesheet does not compile: {err}") from None


def value(given: str | bool | int) -> PyXdmAtomicValue:
    """A stylesheet parameter's value as Saxon's atomic value."""
    proc = processor()
    if isinstance(given, bool):
        return proc.make_boolean_value(given)
    if isinstance(given, int):
        return proc.make_integer_value(given)
    return proc.make_string_value(given)


def executable(stylesheet: str, params: dict[str, str | bool | int]) -> PyXsltExecutable:
    """A copy of the compiled stylesheet with its parameters set (no recompilation)."""
    exe = compiled(stylesheet).clone()
    for name, given in params.items():
        exe.set_parameter(name, value(given))
    return exe


def to_xdm(tree: etree._ElementTree | etree._Element, source: str) -> PyXdmNode:
    """Hand an already parsed (hardened) tree to Saxon as a document node."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    try:
        with _quiet_stderr():
            return processor().parse_xml(xml_text=etree.tostring(root, encoding="unicode"))
    except PySaxonApiError as err:
        raise TeikitError(f"{source}: cannot hand the document to Saxon: {err}") from None


def _plain_utf8(data: bytes) -> str | None:
    """The text of a document Saxon may parse itself: UTF-8 and without a DOCTYPE; else None."""
    if b"<!DOCTYPE" in data:
        return None
    declared = _DECLARED_ENCODING.match(data.removeprefix(b"\xef\xbb\xbf"))
    if declared and declared.group(1).lower() not in _UTF8_NAMES:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence file descriptor 2 meanwhile: SaxonC prints parse errors there besides raising them."""
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def parse(data: bytes, source: str) -> PyXdmNode:
    """The document of a file's bytes, parsed once.

    Plain UTF-8 goes straight to Saxon, whose parser refuses DOCTYPEs (so nothing
    is expanded or loaded); a document with a DOCTYPE or another encoding goes
    through the hardened parser first, and so does a document Saxon rejects:
    the hardened parser's InputError names the line and column of malformed XML.
    """
    text = _plain_utf8(data)
    if text is not None:
        try:
            with _quiet_stderr():
                return processor().parse_xml(xml_text=text)
        except PySaxonApiError:
            pass
    return to_xdm(parse_bytes(data, source), source)


# How the stylesheets begin the message of a document they refuse (not TEI, a CMIF file ...).
_REFUSED = "not rendered: "


def transform(exe: PyXsltExecutable, node: PyXdmNode, source: str) -> str:
    """Run a stylesheet on a document; Saxon's errors name the source file, refusals are an InputError."""
    try:
        with _quiet_stderr():
            result = exe.transform_to_string(xdm_node=node)
    except PySaxonApiError as err:
        message = " ".join(str(err).split())
        if message.startswith(_REFUSED):
            raise InputError(f"{source}: {message}") from None
        raise TeikitError(f"{source}: rendering failed: {message}") from None
    if result is None:
        raise TeikitError(f"{source}: rendering produced nothing")
    return result
