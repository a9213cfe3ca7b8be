"""The pages made from real TEI letters: in step with their script, and covering every edition and layout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PAGES = HERE.parent / "fixtures" / "corpus" / "tei-real-pages"
KEYS = sorted(PAGES.glob("*.gold.json"))


def test_committed_pages_are_what_the_script_writes(shared: Path, tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(HERE / "pages_from_tei.py"), str(shared / "corpus" / "tei-real"),
                           str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in PAGES.iterdir() if p.name != "README.md")
    assert written == committed
    changed = [n for n in written if (tmp_path / n).read_bytes() != (PAGES / n).read_bytes()]
    assert not changed, f"regenerate the pages: {changed[:5]}"


def test_pages_cover_every_edition_and_layout() -> None:
    layouts = [json.loads(k.read_text(encoding="utf-8"))["layout"] for k in KEYS]
    assert len(KEYS) == 220
    assert {lay["edition"] for lay in layouts} == {
        "schnitzler-briefe", "bahr-schnitzler", "tillich-briefe", "escher-briefe", "suriano"}
    for kind, least in (("heading", 9), ("notes", 5), ("notes_heading", 4), ("dateline", 3), ("nav", 4)):
        assert len({lay[kind] for lay in layouts}) >= least, kind
    assert any(lay["running_heads"] for lay in layouts)


@pytest.mark.parametrize("broken", ["no-editions", "bad-xml"])
def test_bad_input_is_one_clear_line(tmp_path: Path, broken: str) -> None:
    tei = tmp_path / "tei"
    if broken == "bad-xml":
        for edition in ("schnitzler-briefe", "bahr-schnitzler", "tillich-briefe", "escher-briefe", "suriano"):
            (tei / edition).mkdir(parents=True)
        (tei / "suriano" / "01_001.xml").write_text("<TEI><text>", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(HERE / "pages_from_tei.py"), str(tei), str(tmp_path / "out")],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.startswith("pages_from_tei: error: ") and proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr and not (tmp_path / "out").exists()
