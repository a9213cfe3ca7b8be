"""The one way teikit reads and writes XML.

Parsing is hardened: no DTD loading, no external entities, no XInclude, no
network access; a DOCTYPE is accepted and its internal entities are expanded
within libxml2's limits.
Writing is atomic (a synced temporary file and a rename in the same folder) and canonical
(UTF-8, XML declaration, two-space indentation of element-only content), so the
same tree always gives the same bytes.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from lxml import etree

from teikit.errors import InputError

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NS = {"t": TEI_NS}
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

# TEI elements whose content is running text: never indented, since white space
# between their children would change the text.
MIXED_CONTENT = frozenset(
    {
        "ab", "add", "addrLine", "bibl", "byline", "corr", "date", "dateline", "del",
        "docAuthor", "editor", "emph", "foreign", "forename", "gap", "head", "hi",
        "idno", "item", "l", "label", "locus", "name", "note", "num", "orgName", "p",
        "persName", "placeName", "q", "quote", "ref", "repository", "rs", "salute",
        "seg", "sic", "signed", "supplied", "surname", "term", "title", "trailer",
        "unclear", "settlement", "country", "region", "roleName", "addName", "speaker", "stamp",
        "pubPlace", "publisher", "author", "resp", "birth", "death", "occupation",
        "desc", "orig", "reg", "abbr", "expan",
    }
)


def tei(tag: str) -> str:
    """The Clark name of a TEI element: ``tei('p')`` is ``{http://www.tei-c.org/ns/1.0}p``."""
    return f"{{{TEI_NS}}}{tag}"


def _parser(*, ids: bool = True, recover: bool = False) -> etree.XMLParser:
    """No DTD loaded, no network, no XInclude; entities declared inside the document are expanded.

    libxml2 refuses an entity whose expansion grows far beyond its source (the
    "billion laughs"); an external entity is never read, so referring to one is
    an error.
    """
    return etree.XMLParser(
        collect_ids=ids,
        resolve_entities="internal",
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_blank_text=False,
        recover=recover,
    )


# libxml2 errors that are about validity, not well-formedness: the document is read as it is,
# and the schema (or the reader) judges the value.
_VALIDITY_ONLY = frozenset({"DTD_XMLID_VALUE", "DTD_ID_REDEFINED"})


_EXTERNAL_ENTITY = re.compile(rb"<!ENTITY\s+(%\s+)?([^\s%;]+)\s+(?:SYSTEM|PUBLIC)\b")


def _syntax_message(err: etree.XMLSyntaxError, data: bytes) -> str:
    """What is wrong, in words: a refused entity is named as such, anything else is libxml2's message."""
    message = err.msg or ""
    if "amplification" in message or "entity reference loop" in message:
        return "refused: its entities expand to far more text than the document holds (an expansion bomb)"
    missing = re.match(r"(?:PEReference: %|Entity ')([^\s';]+)", message)
    if missing and any(found[2].decode(errors="replace") == missing[1] for found in _EXTERNAL_ENTITY.finditer(data)):
        return f"refused: entity '{missing[1]}' is external, and teikit reads no file or URL that a document names"
    return f"not well-formed XML: {message}"


def parse_bytes(data: bytes, source: str | os.PathLike[str] = "<bytes>", *, ids: bool = True) -> etree._ElementTree:
    """Parse XML bytes; a syntax error or a refused entity becomes an InputError naming source:line:column.

    With ``ids=False`` a repeated xml:id is no parse error (a register check reports it itself)."""
    parser = _parser(ids=ids)
    try:
        root = etree.fromstring(data, parser, base_url=str(source))
    except etree.XMLSyntaxError as err:
        errors = [e for e in parser.error_log if e.level >= etree.ErrorLevels.ERROR]
        if errors and all(e.type_name in _VALIDITY_ONLY for e in errors):
            return etree.ElementTree(etree.fromstring(data, _parser(ids=ids, recover=True), base_url=str(source)))
        line, column = err.position if err.position else (0, 0)
        raise InputError(f"{source}:{line}:{column}: {_syntax_message(err, data)}") from None
    return etree.ElementTree(root)


def standalone_text(tree: etree._ElementTree | etree._Element) -> str:
    """The document as text for another parser (Saxon): the root element, entities expanded, no DOCTYPE.

    Nothing in it can make that parser load a DTD or an entity.
    """
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    return etree.tostring(root, encoding="unicode")


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """A file's bytes; an InputError naming it when it cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None


def parse_file(path: str | os.PathLike[str], *, ids: bool = True) -> etree._ElementTree:
    """Parse an XML file with the hardened parser (``ids`` as for ``parse_bytes``)."""
    return parse_bytes(read_bytes(path), path, ids=ids)


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def indent(el: etree._Element, level: int = 0) -> None:
    """Indent element-only content in place; running text is left as it is."""
    children = list(el)
    if not children or _local(el) in MIXED_CONTENT:
        return
    if not _blank(el.text) or any(not _blank(c.tail) for c in children):
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in children:
        child.tail = pad
        indent(child, level + 1)
    children[-1].tail = "\n" + "  " * level


def serialize(tree: etree._ElementTree | etree._Element) -> bytes:
    """Canonical bytes: UTF-8 with declaration, indented element-only content, final newline."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    indent(root)
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    head = b'<?xml version="1.0" encoding="UTF-8"?>\n'
    before = []
    if isinstance(tree, etree._ElementTree):
        sibling = root.getprevious()
        while sibling is not None:
            before.append(etree.tostring(sibling, encoding="UTF-8", with_tail=False) + b"\n")
            sibling = sibling.getprevious()
    pis = b"".join(reversed(before))
    return head + pis + body + b"\n"


def file_mode() -> int:
    """The mode a new file gets under this process's umask (0644 under 022)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write data to path completely or not at all: a synced temporary file in the same folder, then a rename.

    The file gets the mode the umask gives, as any other new file would. A reader
    (or a run killed at any moment) sees the old file or the new one, never a part.
    """
    target = Path(path)
    tmp = stage(target, data, sync=True)
    try:
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


TEMPORARY = ".tmp"


def stage(path: str | os.PathLike[str], data: bytes | str, *, sync: bool) -> Path:
    """A complete temporary file beside path (hidden, ending in .tmp) holding data, to be renamed onto path.

    With ``sync`` its bytes are on disk before it is returned; a batch that
    stages many files syncs them at once instead (``os.sync``) before renaming.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    import tempfile  # only a run that writes pays for its import

    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMPORARY, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), file_mode())
            handle.write(payload)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)

