"""The converter against the development corpus's answer keys, through the project scorer."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Issue thresholds: page shapes and notes (3), names (4), dates and citations (5).
THRESHOLDS = {
    "page.document_count.accuracy": 0.95, "page.furniture.f1": 0.95,
    "page.duplicates_removed.accuracy": 0.9, "doc.notes.accuracy": 0.9,
    "doc.note_markers.accuracy": 0.85, "doc.salute.accuracy": 0.85, "doc.signed.accuracy": 0.85,
    "doc.postscript.accuracy": 0.95, "text.word_recall": 0.995,
    "doc.persons.f1": 0.92, "doc.senders.accuracy": 0.95, "doc.recipients.accuracy": 0.95,
    "doc.date.accuracy": 0.9, "doc.date_supplied.accuracy": 0.95, "doc.place.accuracy": 0.9,
    "doc.archive.present.accuracy": 0.95, "doc.archive.repository.accuracy": 0.95,
    "doc.archive.fond.accuracy": 0.95, "doc.archive.opis.accuracy": 0.95,
    "doc.archive.delo.accuracy": 0.95, "doc.archive.folios.accuracy": 0.95,
    "doc.archive.form.accuracy": 0.95,
}


HELD_OUT = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "corpus").glob("held-out-*"))


@pytest.mark.parametrize("corpus", ["dev", *(p.name for p in HELD_OUT)])
def test_scorer_thresholds_hold(corpus: str, shared: Path) -> None:
    """The development corpus, and pages written after the converter was (never tuned to one set alone)."""
    teikit = shutil.which("teikit", path=str(Path(sys.executable).parent))
    assert teikit, "the teikit command is not installed beside this Python"
    pages = shared / "corpus" / "raw" if corpus == "dev" else next(p for p in HELD_OUT if p.name == corpus)
    args = [sys.executable, str(shared / "tools" / "score.py"), str(pages), "--teikit", teikit, "--show-misses"]
    for name, value in THRESHOLDS.items():
        args += ["--min", f"{name}={value}"]
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(args, capture_output=True, text=True, cwd=root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
