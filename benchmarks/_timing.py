"""Timing shared by the benchmarks, and the rows of the summary table ``run_all.py`` prints."""

from __future__ import annotations

import time
from collections.abc import Callable

ROW_MARK = "@row"
"""A line a benchmark prints for the summary table: the mark, then job, teikit, reference, ratio and aim, tab-separated."""


def best_of(runs: int, job: Callable[[], object]) -> float:
    """The shortest of ``runs`` timings of ``job``, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def row(job: str, teikit: str, reference: str = "-", ratio: str = "-", aim: str = "-") -> None:
    """Print one row of the summary table (``run_all.py`` gathers them; alone, the line is self-explaining)."""
    print("\t".join([ROW_MARK, job, teikit, reference, ratio, aim]), flush=True)
