"""Authority files: an entry's ``idno`` or a ``@ref`` URL turned into one canonical URI.

CMIF and the indexes identify persons, organisations and places by authority
URIs (GND, VIAF, Wikidata, GeoNames, Library of Congress). The table below is
the only place that knows their URI shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from teikit.xml import tei


@dataclass(frozen=True)
class Authority:
    """One authority file: the URI it mints for an ID, and the URLs it is known by."""

    name: str
    template: str
    recognise: re.Pattern[str]
    identifier: re.Pattern[str]

    def uri(self, ident: str) -> str:
        return self.template.format(ident)


def _authority(name: str, template: str, hosts: str, ident: str) -> Authority:
    return Authority(
        name,
        template,
        re.compile(rf"^https?://(?:www\.)?(?:{hosts})/+(?:.*/)?({ident})(?:/[\w.-]*\.html)?/?(?:[#?].*)?$", re.IGNORECASE),
        re.compile(rf"^({ident})$", re.IGNORECASE),
    )


# In order of preference when an entry carries several: correspSearch matches
# persons primarily by GND, places by GeoNames.
AUTHORITIES: tuple[Authority, ...] = (
    _authority("geonames", "https://sws.geonames.org/{}/", r"sws\.geonames\.org|geonames\.org", r"\d+"),
    _authority("gnd", "https://d-nb.info/gnd/{}", r"d-nb\.info/gnd", r"[0-9X-]{6,12}"),
    _authority("viaf", "http://viaf.org/viaf/{}", r"viaf\.org/viaf", r"\d+"),
    _authority("wikidata", "http://www.wikidata.org/entity/{}", r"wikidata\.org", r"Q\d+"),
    _authority("lc", "http://id.loc.gov/authorities/names/{}", r"id\.loc\.gov/authorities/names", r"n[a-z]?\d+"),
)
BY_NAME = {a.name: a for a in AUTHORITIES}
ALIASES = {"loc": "lc", "lccn": "lc", "wd": "wikidata", "geonamesid": "geonames"}


def canonical_uri(value: str) -> str | None:
    """The canonical authority URI of a URL (``https://d-nb.info/gnd/118609807/``), else None."""
    value = value.strip()
    for authority in AUTHORITIES:
        match = authority.recognise.match(value)
        if match:
            return authority.uri(match.group(1))
    return None


def idno_uri(kind: str | None, value: str) -> str | None:
    """The authority URI of an ``<idno type=kind>value</idno>``; None when it names no known authority."""
    value = value.strip()
    if not value:
        return None
    found = canonical_uri(value)
    if found:
        return found
    name = (kind or "").strip().lower()
    authority = BY_NAME.get(ALIASES.get(name, name))
    if authority is None:
        return None
    match = authority.identifier.match(value)
    return authority.uri(match.group(1)) if match else None


def entry_uri(entry: etree._Element) -> str | None:
    """The preferred authority URI among an entry's own ``idno`` children."""
    found: dict[str, str] = {}
    for idno in entry.iterchildren(tei("idno")):
        uri = idno_uri(idno.get("type"), "".join(idno.itertext()))
        if uri:
            found.setdefault(_authority_of(uri), uri)
    for authority in AUTHORITIES:
        if authority.name in found:
            return found[authority.name]
    return None


def _authority_of(uri: str) -> str:
    for authority in AUTHORITIES:
        if authority.recognise.match(uri):
            return authority.name
    return ""
