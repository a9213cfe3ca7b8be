"""Line labels from answer keys: the key's roles win, the rules fill in, disagreements leave a page out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from line_labels import label_pages  # noqa: E402

PAGE = """Home | Letters | About

Karl Weber to Otto Brandt

Leipzig, 3 March 1905.

Dear Brandt,

Thank you for your letter of the 26th. I send the proofs back with this post.

Yours ever,
Karl Weber

Special offer this week
"""


def _key(**changes: object) -> dict:
    doc = {"heading": "Karl Weber to Otto Brandt", "kind": "letter", "salute": "Dear Brandt,",
           "signed": "Karl Weber", "postscript": False, "notes": 0}
    key = {"furniture": ["Home | Letters | About", "Special offer this week"], "collection": None,
           "documents": [doc]}
    doc.update({k: v for k, v in changes.items() if k in doc})
    key.update({k: v for k, v in changes.items() if k in key})
    return key


def _labels(tmp_path: Path, key: dict) -> dict:
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "p.gold.json").write_text(json.dumps(key), encoding="utf-8")
    (record,) = label_pages([tmp_path])
    return record


def test_the_key_corrects_the_rules_and_the_rest_keeps_their_roles(tmp_path: Path) -> None:
    record = _labels(tmp_path, _key())
    assert record["kept"], record["reason"]
    by_line = {n: (label, rules, keyed) for n, label, rules, keyed in record["lines"]}
    assert by_line[14] == ("furniture", "postscript", "furniture")  # the rules took the advertisement for a postscript
    assert by_line[3] == ("heading", "heading", "heading")
    assert by_line[7] == ("salute", "salute", "salute")
    assert by_line[12] == ("signed", "signed", "signed")
    assert by_line[5] == ("opener", "opener", "other")
    assert by_line[11] == ("closer", "closer", "other")
    assert by_line[9] == ("p", "p", "other")


def test_a_page_where_the_rules_find_what_the_key_does_not_is_left_out(tmp_path: Path) -> None:
    record = _labels(tmp_path, _key(furniture=["Special offer this week"], salute=None))
    assert not record["kept"]
    assert "line 1: rules' furniture not in key" in record["reason"]
    assert "line 7: rules' salute not in key" in record["reason"]
    assert [n for n, *_ in record["lines"]] == [1, 3, 5, 7, 9, 11, 12, 14]
