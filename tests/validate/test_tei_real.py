"""Verdicts against tei_all equal Jing's on the 232 real letters of ../shared/corpus/tei-real."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from teikit.validate import Status, validate_paths


def _corpus(shared: Path) -> Path:
    return shared / "corpus" / "tei-real"


def _teikit_verdicts(corpus: Path, tei_all: Path, jobs: int = 1) -> dict[str, bool]:
    report = validate_paths([corpus], [str(tei_all)], jobs=jobs)
    assert not report.count(Status.UNREADABLE) and not report.count(Status.MALFORMED)
    return {Path(r.path).relative_to(corpus).as_posix(): r.status is Status.VALID for r in report.results}


def test_verdicts_equal_the_jing_column(shared: Path, tei_all: Path) -> None:
    corpus = _corpus(shared)
    with (corpus / "JING-tei_all-4.3.0.tsv").open(encoding="utf-8", newline="") as handle:
        jing = {row["local_file"]: row["jing_valid"] == "yes" for row in csv.DictReader(handle, delimiter="\t")}
    assert len(jing) == 232
    ours = _teikit_verdicts(corpus, tei_all)
    assert {f for f in jing if ours.get(f) != jing[f]} == set()
    assert sum(ours.values()) == 99


@pytest.mark.slow
def test_verdicts_equal_a_live_jing_run(shared: Path, tei_all: Path) -> None:
    jing = shutil.which("jing")
    if jing is None:
        pytest.skip("jing is not installed (Debian package jing); the TSV test covers the verdicts")
    corpus = _corpus(shared)
    files = sorted(corpus.rglob("*.xml"))
    run = subprocess.run([jing, str(tei_all), *map(str, files)], capture_output=True, text=True, timeout=300)
    flagged = {line.split(":", 1)[0] for line in run.stdout.splitlines() if ": error:" in line}
    theirs = {f.relative_to(corpus).as_posix(): str(f) not in flagged for f in files}
    assert _teikit_verdicts(corpus, tei_all, jobs=2) == theirs
