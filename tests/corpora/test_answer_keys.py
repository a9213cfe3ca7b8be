"""Every answer key of the committed corpora fits its page: what it quotes stands on the page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
KEYS = sorted(CORPORA.glob("*/*.gold.json"))
FIELDS = {"heading", "kind", "senders", "recipients", "date", "date_supplied", "place", "archive", "persons",
          "notes", "note_markers", "salute", "signed", "postscript", "duplicates_removed"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("key", KEYS, ids=lambda p: f"{p.parent.name}/{p.name[: -len('.gold.json')]}")
def test_key_fits_its_page(key: Path) -> None:
    gold = json.loads(key.read_text(encoding="utf-8"))
    page = (key.parent / gold["source"]).read_text(encoding="utf-8-sig")
    lines = {squash(line) for line in page.splitlines()}
    flat = squash(page)
    assert all(squash(f) in lines for f in gold["furniture"]), "a furniture line is not a line of the page"
    for doc in gold["documents"]:
        assert FIELDS <= set(doc), FIELDS - set(doc)
        assert doc["kind"] in ("letter", "telegram", "note", "other")
        for part in ("salute", "signed"):
            assert doc[part] is None or all(squash(p) in flat for p in doc[part].split("\n")), part
        for value in (doc["date"] or {}).values():
            assert ISO.match(value), value
        assert all(k == k.lower() and re.fullmatch(r"(org:[a-z0-9-]+|[a-z0-9_]+)", k)
                   for k in doc["persons"] + doc["senders"] + doc["recipients"])
        assert all(isinstance(m, str) and m for m in doc["note_markers"])
        if doc["archive"]:
            assert {"repository", "fond", "opis", "delo", "folios", "form"} <= set(doc["archive"])
            assert doc["archive"]["form"] in (None, "autograph", "typescript", "manuscript", "copy",
                                              "certified-copy", "telegram-form")
