"""Verdicts against tei_all equal Jing's on the 232 real letters of ../shared/corpus/tei-real."""

from __future__ import annotations

import csv
import re
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
def test_verdicts_and_first_messages_equal_a_live_jing_run(shared: Path, tei_all: Path) -> None:
    """Same verdicts as Jing; Jing's first error of each invalid file is among teikit's, at its line and column."""
    jing = shutil.which("jing")
    if jing is None:
        pytest.skip("jing is not installed (Debian package jing); the TSV test covers the verdicts")
    corpus = _corpus(shared)
    files = sorted(corpus.rglob("*.xml"))
    run = subprocess.run([jing, str(tei_all), *map(str, files)], capture_output=True, text=True, timeout=300)
    first: dict[str, tuple[int, int]] = {}
    for line in run.stdout.splitlines():
        found = re.match(r"(.+?\.xml):(\d+):(\d+): error: ", line)
        if found:
            first.setdefault(Path(found[1]).resolve().relative_to(corpus.resolve()).as_posix(), (int(found[2]), int(found[3])))
    theirs = {f.relative_to(corpus).as_posix(): f.relative_to(corpus).as_posix() not in first for f in files}
    report = validate_paths([corpus], [str(tei_all)], jobs=2)
    ours = {Path(r.path).relative_to(corpus).as_posix(): r for r in report.results}
    assert {f: r.status is Status.VALID for f, r in ours.items()} == theirs
    unmatched = [f for f, at in first.items() if at not in {(p.line, p.column) for p in ours[f].problems}]
    assert unmatched == []
    assert any(p.line == 79 and "'support'" in p.message for p in ours["schnitzler-briefe/L02170.xml"].problems)


def test_messages_do_not_depend_on_the_batch(shared: Path, tei_all: Path) -> None:
    corpus = _corpus(shared)
    alone = validate_paths([corpus / "schnitzler-briefe" / "L02170.xml"], [str(tei_all)])
    together = validate_paths([corpus], [str(tei_all)], jobs=2)
    in_batch = next(r for r in together.results if r.path.endswith("L02170.xml"))
    assert alone.results[0].problems == in_batch.problems
