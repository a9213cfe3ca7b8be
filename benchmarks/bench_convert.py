"""Time `convert` on the development corpus: pages per second, and the share of the budget.

The issue's budget is "well under a second per page"; the figure printed is the
time per page and its ratio to that budget. A second line shows how much of the
time goes to writing and serialising (the whole CLI job against the in-memory
conversion). Run from the checkout: ``.venv/bin/python benchmarks/bench_convert.py``.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from teikit.convert.run import Converter, convert_files
from teikit.registers import load_registers

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "raw"
BUDGET_S = 1.0


def main() -> None:
    pages = sorted(CORPUS.glob("*.txt"))
    if not pages:
        raise SystemExit(f"no raw pages found in {CORPUS}")
    start = time.perf_counter()
    converter = Converter(load_registers())
    setup = time.perf_counter() - start
    texts = [(p, p.read_text(encoding="utf-8-sig")) for p in pages]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for path, text in texts:
            converter.convert_text(text, str(path), path.stem)
        best = min(best, time.perf_counter() - start)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        convert_files(pages, Path(tmp), report_path=Path(tmp) / "report.json")
        whole = time.perf_counter() - start
    per_page = best / len(pages)
    print(f"registers and grammars: {setup * 1000:.0f} ms once per process")
    print(f"convert in memory: {len(pages)} pages in {best:.3f} s = {len(pages) / best:.1f} pages/s, "
          f"{per_page * 1000:.1f} ms/page = {per_page / BUDGET_S:.3f} of the 1 s/page budget")
    print(f"convert to files (CLI job, incl. set-up, validation and writing): {whole:.3f} s, "
          f"{whole / best:.2f}x the in-memory time")


if __name__ == "__main__":
    main()
