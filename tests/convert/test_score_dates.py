"""Dates, places and archival citations of the converted corpus, scored against the answer keys."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

# The thresholds of the date and citation grammars' issue.
THRESHOLDS = {
    "doc.date.accuracy": 0.9,
    "doc.date_supplied.accuracy": 0.95,
    "doc.place.accuracy": 0.9,
    "doc.archive.present.accuracy": 0.95,
    "doc.archive.repository.accuracy": 0.95,
    "doc.archive.fond.accuracy": 0.95,
    "doc.archive.opis.accuracy": 0.95,
    "doc.archive.delo.accuracy": 0.95,
    "doc.archive.folios.accuracy": 0.95,
    "doc.archive.form.accuracy": 0.95,
}


def test_date_and_citation_thresholds_hold(shared: Path) -> None:
    teikit = shutil.which("teikit", path=str(Path(sys.executable).parent))
    assert teikit, "the teikit command is not installed beside this Python"
    args = [sys.executable, str(shared / "tools" / "score.py"), str(shared / "corpus" / "raw"),
            "--teikit", teikit, "--show-misses"]
    for name, value in THRESHOLDS.items():
        args += ["--min", f"{name}={value}"]
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(args, capture_output=True, text=True, cwd=root)
    misses = [line for line in proc.stdout.splitlines()
              if line.startswith("miss ") and any(k.rsplit(".", 1)[0] in line for k in THRESHOLDS)]
    assert proc.returncode == 0, "\n".join([proc.stdout.splitlines()[-1] if proc.stdout else proc.stderr, *misses])
