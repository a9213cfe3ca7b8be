"""Time the exports of tei-real (CMIF, JSON index, standalone) against parsing the same files.

The baseline is teikit's parser reading every file once; each export's time is
printed as a ratio to it, so the figure says what the export costs beyond
reading. Run from the checkout: ``.venv/bin/python benchmarks/bench_export.py``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from teikit.export import CmifOptions, collect_sources, export_cmif, export_index, export_standalone
from teikit.registers import load_registers
from teikit.xml import parse_file
from _timing import best_of  # the benchmarks folder is on sys.path when run as a script

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "tei-real"


def main() -> None:
    if not CORPUS.is_dir():
        raise SystemExit(f"tei-real not found beside the checkout ({CORPUS.name})")
    sources = collect_sources([CORPUS])
    registers = load_registers()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        baseline = best_of(3, lambda: [parse_file(s.path) for s in sources])
        jobs = {
            "cmif": lambda: export_cmif(sources, out / "cmif.xml", CmifOptions(date="2025-01-01"), registers),
            "index (json)": lambda: export_index(sources, out / "index.json", registers=registers),
            "standalone": lambda: export_standalone(sources, out / "standalone", registers),
        }
        print(f"{len(sources)} files; parse only: {baseline:.3f} s")
        for name, job in jobs.items():
            seconds = best_of(3, job)
            print(f"{name:14} {seconds:.3f} s  {seconds / baseline:.2f}x parse")


if __name__ == "__main__":
    main()
