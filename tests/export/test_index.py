from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from teikit.errors import InputError
from teikit.export.index import build_index, csv_bytes, json_bytes
from teikit.export.letters import read_document
from teikit.export.sources import collect_sources
from teikit.registers import Registers


@pytest.fixture
def index(letters_dir: Path, registers: Registers):
    return build_index([read_document(s, registers) for s in collect_sources([letters_dir])])


def test_letters_table(index) -> None:
    data = json.loads(json_bytes(index))
    assert [row["file"] for row in data["letters"]] == [
        "kalinin-stalin-1924-08", "lenin-ordzhonikidze-1920-05", "no-correspdesc",
    ]
    telegram = data["letters"][1]
    assert [p["key"] for p in telegram["recipients"]] == ["lenin", "central_committee"]
    assert telegram["date"] == {"from": "1920-05-04", "to": "1920-05-05"}
    assert telegram["shelfmark"] == "fond 2, opis 1, delo 13928"
    assert data["letters"][2]["senders"] == []


def test_entity_tables_count_mentions_and_files(index) -> None:
    persons = {row["key"]: row for row in json.loads(json_bytes(index))["persons"]}
    assert persons["lenin"]["label"] == "Lenin, Vladimir"
    assert persons["lenin"]["count"] == 4
    assert persons["lenin"]["files"] == ["kalinin-stalin-1924-08", "lenin-ordzhonikidze-1920-05"]
    assert persons["stalin"]["uri"] == "http://www.wikidata.org/entity/Q855"
    labels = [row["label"] for row in json.loads(json_bytes(index))["persons"]]
    assert labels == sorted(labels, key=str.casefold)


def test_csv_tables(index) -> None:
    letters = list(csv.DictReader(io.StringIO(csv_bytes(index, "letters").decode())))
    assert letters[0]["senders"] == "M. I. Kalinin" and letters[0]["when"] == "1924-08"
    assert letters[1]["recipients"] == "V. I. Lenin; Central Committee"
    places = list(csv.DictReader(io.StringIO(csv_bytes(index, "places").decode())))
    assert [(p["key"], p["count"]) for p in places] == [("baku", "3"), ("tashkent", "1")]
    with pytest.raises(InputError):
        csv_bytes(index, "events")
