"""A convert run killed with SIGKILL in the middle of a batch leaves only complete files, and the next run
finishes the job without complaint."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from lxml import etree

from teikit.batch.manifest import MANIFEST
from teikit.batch.outputs import BATCH_FILES

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tei" / "raw" / "kalinin-stalin-1924-08.txt"
PAGES = BATCH_FILES + 20  # outputs are renamed into place a batch at a time


def _visible(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")]


def test_sigkill_mid_batch_leaves_only_complete_files(tmp_path: Path) -> None:
    pages, out = tmp_path / "pages", tmp_path / "out"
    pages.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(PAGES):
        (pages / f"page-{i:03d}.txt").write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "teikit", "convert", str(pages), "--out-dir", str(out)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not _visible(out) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    visible = _visible(out)
    assert 0 < len(visible) < PAGES  # killed in the middle, after a batch was renamed into place
    assert (out / MANIFEST).stat().st_size > 0
    for path in visible:
        etree.parse(str(path))  # complete: each parses to the end
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert len(list(out.glob("*.xml"))) == PAGES
    assert not [p for p in out.rglob(".*.tmp")]
