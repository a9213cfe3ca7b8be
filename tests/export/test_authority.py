from __future__ import annotations

import pytest
from lxml import etree

from teikit.export.authority import canonical_uri, entry_uri, idno_uri


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://d-nb.info/gnd/118609807/", "https://d-nb.info/gnd/118609807"),
        ("http://d-nb.info/gnd/11609902X", "https://d-nb.info/gnd/11609902X"),
        ("http://www.geonames.org/2925533", "https://sws.geonames.org/2925533/"),
        ("https://www.geonames.org/2761369/wien.html", "https://sws.geonames.org/2761369/"),
        ("https://www.wikidata.org/wiki/Q855", "http://www.wikidata.org/entity/Q855"),
        ("https://viaf.org/viaf/102333412/", "http://viaf.org/viaf/102333412"),
        ("https://example.org/person/7", None),
    ],
)
def test_canonical_uri(value: str, expected: str | None) -> None:
    assert canonical_uri(value) == expected


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("wikidata", "Q855", "http://www.wikidata.org/entity/Q855"),
        ("viaf", " 12345678 ", "http://viaf.org/viaf/12345678"),
        ("GND", "118609807", "https://d-nb.info/gnd/118609807"),
        ("geonames", "587084", "https://sws.geonames.org/587084/"),
        ("wikidata", "not-an-id", None),
        ("pmb", "2121", None),
        (None, "", None),
    ],
)
def test_idno_uri(kind: str | None, value: str, expected: str | None) -> None:
    assert idno_uri(kind, value) == expected


def test_entry_uri_prefers_gnd_and_ignores_nested_idnos() -> None:
    entry = etree.fromstring(
        '<person xmlns="http://www.tei-c.org/ns/1.0"><persName>X</persName>'
        '<birth><placeName><idno type="geonames">1</idno></placeName></birth>'
        '<idno type="wikidata">Q1</idno><idno type="gnd">118609807</idno></person>'
    )
    assert entry_uri(entry) == "https://d-nb.info/gnd/118609807"
    del entry[1:]
    assert entry_uri(entry) is None
