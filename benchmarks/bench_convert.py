"""Time whole `teikit convert` processes on 200 real pages: pages per second, per process and per core.

The pages are the first 200 of the test corpus made from real TEI editions
(``tests/fixtures/corpus/tei-real-pages``), converted as a user would (interpreter
start, registers, every page read, converted, validated and written, the report);
once with one process and once with ``--jobs`` (default: the machine's cores).
Each figure is the best of ``--rounds`` runs, wall time and CPU time (user and
system of all processes: on a shared machine it says more than the wall time).
The reference is a whole process that reads the same pages and runs one regular
expression over them. The aim of the issue: at least 200 pages a second per core.
Run from the checkout: ``.venv/bin/python benchmarks/bench_convert.py [--rounds 3] [--jobs 2]``.

Measured on 2 shared cores (load about 4): 3.85 s of CPU for the 200 pages with one
process (52 pages a second per core), 2.35 s of wall time with two. Of the CPU, about
half is the name search (a pass over each whole document for the surnames it names,
then the paragraphs), a tenth each the page layout, the structure and the dates, and
a twentieth the validation against the profile; starting the process (imports,
registers, compiled expressions) about 0.45 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import row  # the benchmarks folder is on sys.path when run as a script

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus" / "tei-real-pages"
COUNT = 200
AIM_PER_CORE = 200.0
REFERENCE = """
import re, sys
from pathlib import Path
words = re.compile(r"\\w+")
print(sum(len(words.findall(p.read_text(encoding="utf-8-sig"))) for p in sorted(Path(sys.argv[1]).glob("*.txt"))))
"""


def best(command: list[str], rounds: int, out: Path) -> tuple[float, float]:
    """The shortest wall time and CPU time of ``rounds`` whole runs of ``command``, writing into a fresh ``out``."""
    best_wall = best_cpu = float("inf")
    for _ in range(rounds):
        shutil.rmtree(out, ignore_errors=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode not in (0, 1):  # 1: a page failed, the run still counts
            raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
        best_wall = min(best_wall, wall)
        best_cpu = min(best_cpu, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return best_wall, best_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each command; the best counts")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the parallel row")
    args = parser.parse_args()
    pages = sorted(PAGES.glob("*.txt"))[:COUNT]
    if len(pages) < COUNT:
        raise SystemExit(f"fewer than {COUNT} pages in {PAGES}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for page in pages:
            shutil.copy(page, folder / page.name)
        out = Path(tmp) / "out"
        reference, _ = best([sys.executable, "-c", REFERENCE, str(folder)], args.rounds, out)
        print(f"{COUNT} real pages; whole processes, best of {args.rounds}; reference (one regex pass): "
              f"{reference:.2f} s")
        print(f"{'job':18} {'wall s':>7} {'pages/s':>8} {'cpu s':>7} {'pages/s per core':>17}  aim {AIM_PER_CORE:.0f}")
        for jobs in dict.fromkeys((1, args.jobs)):
            command = [sys.executable, "-m", "teikit", "convert", str(folder), "--out-dir", str(out),
                       "--report", str(Path(tmp) / "report.json"), "--quiet", "--jobs", str(jobs)]
            wall, cpu = best(command, args.rounds, out)
            per_core = COUNT / cpu
            verdict = "met" if per_core >= AIM_PER_CORE else "missed"
            print(f"{f'convert -j {jobs}':18} {wall:7.2f} {COUNT / wall:8.1f} {cpu:7.2f} {per_core:17.1f}  {verdict}")
            row(f"convert, {COUNT} pages, -j {jobs}", f"{wall:.2f} s ({COUNT / wall:.0f} pages/s), "
                f"{per_core:.0f} pages/s per core", f"{reference:.2f} s (regex pass)", f"{wall / reference:.0f}x",
                f">= {AIM_PER_CORE:.0f} pages/s per core ({verdict})")
    print(f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times grow with it)")


if __name__ == "__main__":
    main()
