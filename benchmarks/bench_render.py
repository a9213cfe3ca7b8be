"""Rendering speed as a user meets it: whole `teikit render` processes over the real letters, against references.

Each row times a whole command (interpreter start, compilation, every letter read,
rendered and written), the best of ``--rounds`` runs, and prints its ratio to the
reference and the aim of the issue:

- text and html: the TEI Consortium's stylesheets on the same saxonche, one whole
  process over the same letters. They are not bundled and nothing is downloaded:
  give a checkout with ``--tei-stylesheets DIR`` (or ``TEI_STYLESHEETS``) to run
  them here; without one, the reference is the time recorded for them on this
  kind of machine (2.88 s text, 10.98 s html) and the row says so.
- pdf: the aim of 60 s for all letters with two processes (``--pdf``: takes minutes).

    python benchmarks/bench_render.py [--rounds 3] [--jobs 2] [--pdf] [--tei-stylesheets DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import row  # the benchmarks folder is on sys.path when run as a script

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "tei-real"
RECORDED_REFERENCE_S = {"text": 2.88, "html": 10.98}
AIM_RATIO = {"text": 0.2, "html": 0.2}
PDF_AIM_S = 60.0
# The TEI Stylesheets' entry points for each output, below a checkout of them.
REFERENCE_STYLESHEETS = {"text": "txt/tei-to-text.xsl", "html": "html/html.xsl"}
REFERENCE_RUNNER = """
import sys
from pathlib import Path
from saxonche import PySaxonProcessor
stylesheet, out, *files = sys.argv[1:]
proc = PySaxonProcessor(license=False)
exe = proc.new_xslt30_processor().compile_stylesheet(stylesheet_file=stylesheet)
for i, name in enumerate(files):
    exe.transform_to_file(source_file=name, output_file=str(Path(out) / f"{i}.out"))
"""


def letters() -> list[Path]:
    """The real letters (the CMIF files hold none: render refuses them)."""
    files = [p for p in sorted(CORPUS.rglob("*.xml")) if p.parent.name != "cmif"]
    if not files:
        sys.exit(f"no TEI files under {CORPUS}")
    return files


def best_seconds(command: list[str], rounds: int) -> tuple[float, float]:
    """The shortest wall time and CPU time (user + system, all its processes) of ``rounds`` runs of a whole
    command, writing into a fresh folder each time. CPU time says more while other work loads the machine."""
    best_wall = best_cpu = float("inf")
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as out:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run([part.replace("{out}", out) for part in command], check=False, capture_output=True)
            best_wall = min(best_wall, time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            best_cpu = min(best_cpu, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return best_wall, best_cpu


def teikit(to: str, jobs: int) -> list[str]:
    return [sys.executable, "-c", "from teikit.cli import main; main()", "render", str(CORPUS),
            "--to", to, "--jobs", str(jobs), "--out-dir", "{out}"]


def reference_seconds(to: str, stylesheets: Path | None, files: list[Path], rounds: int) -> tuple[float, str]:
    """The reference's whole-process time, run here when a checkout is given, else the recorded figure."""
    if stylesheets is None:
        return RECORDED_REFERENCE_S[to], "recorded"
    command = [sys.executable, "-c", REFERENCE_RUNNER, str(stylesheets / REFERENCE_STYLESHEETS[to]), "{out}",
               *map(str, files)]
    return best_seconds(command, rounds)[0], "measured"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each command; the best counts")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel rows")
    parser.add_argument("--pdf", action="store_true", help="also time PDF of every letter (minutes)")
    parser.add_argument("--tei-stylesheets", type=Path, default=os.environ.get("TEI_STYLESHEETS") or None,
                        help="a checkout of the TEI Stylesheets to run as the reference")
    args = parser.parse_args()
    files = letters()
    print(f"{len(files)} real letters; whole processes, best of {args.rounds}")
    print(f"{'job':22} {'teikit s':>9} {'cpu s':>6} {'reference s':>12} {'ratio':>7} {'aim':>6}  verdict")
    for to in ("text", "html"):
        reference, how = reference_seconds(to, args.tei_stylesheets, files, args.rounds)
        for jobs in (1, args.jobs):
            seconds, cpu = best_seconds(teikit(to, jobs), args.rounds)
            ratio = seconds / reference
            verdict = "met" if ratio <= AIM_RATIO[to] else "missed"
            print(f"{f'render {to} -j {jobs}':22} {seconds:9.2f} {cpu:6.2f} {reference:9.2f} ({how[0]}) {ratio:6.2f}x "
                  f"{AIM_RATIO[to]:5.1f}x  {verdict}")
            row(f"render {to}, {len(files)} real letters, -j {jobs}", f"{seconds:.2f} s",
                f"{reference:.2f} s (TEI Stylesheets, {how})", f"{ratio:.2f}x", f"<= {AIM_RATIO[to]}x ({verdict})")
    if args.pdf:
        seconds, cpu = best_seconds(teikit("pdf", args.jobs), 1)
        verdict = "met" if seconds <= PDF_AIM_S else "missed"
        print(f"{f'render pdf -j {args.jobs}':22} {seconds:9.2f} {cpu:6.2f} {'-':>12} {'-':>7} {PDF_AIM_S:5.0f}s  {verdict}")
        row(f"render pdf, {len(files)} real letters, -j {args.jobs}", f"{seconds:.1f} s", "-", "-",
            f"<= {PDF_AIM_S:.0f} s ({verdict})")
    print("reference: (r) recorded for the TEI Stylesheets on this kind of machine, (m) measured in this run;")
    print(f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times grow with it)")


if __name__ == "__main__":
    main()
