"""Schemas that a document names itself, in ``<?xml-model?>`` processing instructions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

from lxml import etree

from teikit.errors import InputError
from teikit.validate import cache

RNG_NS = "http://relaxng.org/ns/structure/1.0"
XSD_NS = "http://www.w3.org/2001/XMLSchema"
SCH_NAMESPACES = ("http://purl.oclc.org/dsdl/schematron", "http://www.ascc.net/xml/schematron")
_KIND_BY_NS = {RNG_NS: "rng", XSD_NS: "xsd", **{ns: "sch" for ns in SCH_NAMESPACES}}
_KIND_BY_SUFFIX = {".rng": "rng", ".xsd": "xsd", ".sch": "sch"}


@dataclass(frozen=True)
class SchemaRef:
    """A schema to validate against: where it is and what language it is in (rng, xsd, sch).

    ``sch`` on a ``.rng`` file means the Schematron rules embedded in that grammar.
    """

    location: str
    kind: str

    @classmethod
    def from_location(cls, location: str) -> SchemaRef:
        """A schema named on the command line; its kind comes from its suffix."""
        suffix = PurePosixPath(urlparse(location).path).suffix.lower()
        if suffix not in _KIND_BY_SUFFIX:
            raise InputError(f"{location}: unknown schema kind; expected a .rng, .xsd or .sch file")
        return cls(location, _KIND_BY_SUFFIX[suffix])

    @property
    def is_remote(self) -> bool:
        return urlparse(self.location).scheme in ("http", "https")


def iterate_models(tree: etree._ElementTree, base: Path | None) -> list[SchemaRef]:
    """The schemas of the document's ``<?xml-model?>`` instructions, relative paths resolved against ``base``."""
    refs = []
    node = tree.getroot().getprevious()
    pis = []
    while node is not None:
        if isinstance(node, etree._ProcessingInstruction) and node.target == "xml-model":
            pis.append(node)
        node = node.getprevious()
    for pi in reversed(pis):
        href = (pi.get("href") or "").strip()
        if not href:
            continue
        kind = _KIND_BY_NS.get((pi.get("schematypens") or "").strip())
        if kind is None:
            kind = SchemaRef.from_location(href).kind
        remote = urlparse(href).scheme in ("http", "https")
        location = href if remote or base is None else str((base.parent / href).resolve())
        refs.append(SchemaRef(location, kind))
    return refs


def local_copy(ref: SchemaRef, allow_network: bool) -> Path:
    """A path to read the schema from: the file itself, or a cached copy of a URL."""
    if not ref.is_remote:
        return Path(ref.location)
    if not allow_network:
        raise InputError(f"{ref.location}: remote schema; pass --allow-network to fetch it")
    suffix = PurePosixPath(urlparse(ref.location).path).suffix
    name = cache.key("url", ref.location) + suffix
    path = cache.cache_dir() / "net" / name
    if cache.fetch("net", name) is None:
        import urllib.error  # only here: importing urllib costs every run tens of milliseconds
        import urllib.request

        try:
            with urllib.request.urlopen(ref.location, timeout=30) as response:  # noqa: S310 (http/https only)
                cache.store("net", name, response.read())
        except (urllib.error.URLError, OSError) as err:
            raise InputError(f"{ref.location}: cannot fetch schema: {err}") from None
    if not path.is_file():
        raise InputError(f"{ref.location}: fetched, but the cache folder {path.parent} is not writable")
    return path
