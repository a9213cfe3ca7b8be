"""Run every benchmark in this folder, one after the other, print their figures, then the summary table.

Each benchmark prints its own figures, and one ``@row`` line per figure of the
summary (see ``_timing.row``): convert's pages per second, the big page's time and
peak memory, render and validate against their references. Arguments after the
script name go to every benchmark that takes them: ``--pdf`` is passed to the
render benchmark so the table holds the PDF row too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from _timing import ROW_MARK

EXTRA = {"bench_render": ["--pdf"]}
HEADER = ("job", "teikit", "reference", "ratio", "aim")


def run(script: Path) -> tuple[int, list[list[str]]]:
    """Run one benchmark, echoing its output; its exit status and its summary rows."""
    rows = []
    with subprocess.Popen([sys.executable, str(script), *EXTRA.get(script.stem, [])], stdout=subprocess.PIPE,
                          text=True, bufsize=1) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith(ROW_MARK + "\t"):
                rows.append(line.rstrip("\n").split("\t")[1:])
            else:
                print(line, end="", flush=True)
    return child.returncode, rows


def table(rows: list[list[str]]) -> str:
    """The rows as a Markdown table."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join((r + ["-"] * len(HEADER))[:len(HEADER)]) + " |" for r in rows]
    return "\n".join(lines)


def main() -> int:
    here = Path(__file__).resolve().parent
    failed, rows = [], []
    for script in sorted(here.glob("bench_*.py")):
        print(f"== {script.stem}", flush=True)
        status, found = run(script)
        rows += found
        if status != 0:
            failed.append(script.stem)
    print("\n== summary (whole processes on this machine)")
    print(table(rows))
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
