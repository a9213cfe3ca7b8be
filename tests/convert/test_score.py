"""The converter against every corpus with answer keys, through the project scorer.

The minimum figures per corpus are data: tests/fixtures/corpus/thresholds.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
THRESHOLDS = tomllib.loads((CORPORA / "thresholds.toml").read_text(encoding="utf-8"))


def minimums(corpus: str) -> dict[str, float]:
    """The figures a corpus must reach: its named set, then its own."""
    spec = THRESHOLDS["corpus"][corpus]
    figures = dict(THRESHOLDS["sets"][spec["use"]]) if "use" in spec else {}
    figures.update({k: float(v) for k, v in spec.items() if isinstance(v, (int, float)) and not isinstance(v, bool)})
    return figures


def params() -> list:
    return [pytest.param(name, marks=[pytest.mark.slow] if spec.get("slow") else [], id=name)
            for name, spec in THRESHOLDS["corpus"].items()]


def test_every_corpus_with_answer_keys_has_thresholds() -> None:
    keyed = {p.name for p in CORPORA.iterdir() if p.is_dir() and any(p.glob("*.gold.json"))}
    assert keyed <= set(THRESHOLDS["corpus"])
    assert all(minimums(name) for name in THRESHOLDS["corpus"])


@pytest.mark.parametrize("corpus", params())
def test_scorer_thresholds_hold(corpus: str, shared: Path) -> None:
    """Each corpus, scored once: none of its figures falls below its minimum."""
    teikit = shutil.which("teikit", path=str(Path(sys.executable).parent))
    assert teikit, "the teikit command is not installed beside this Python"
    where = THRESHOLDS["corpus"][corpus].get("pages", corpus)
    pages = shared / where.removeprefix("shared:") if where.startswith("shared:") else CORPORA / where
    args = [sys.executable, str(shared / "tools" / "score.py"), str(pages), "--teikit", teikit, "--show-misses"]
    for name, value in minimums(corpus).items():
        args += ["--min", f"{name}={value}"]
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(args, capture_output=True, text=True, cwd=root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
