"""Rendering speed over the tei-real corpus: compile time and ms per document for html, text and pdf.

The TEI Consortium's reference stylesheets are not run here (they are not
bundled and nothing is downloaded); the ratios are against the figures the
project measured for them with the same saxonche on these machines:
25 ms per document for HTML and 10 ms for text (issue 7 asks for five times
faster: 5 ms and 2 ms). "End to end" is what ``teikit render`` does per
document short of writing the file: read the bytes, parse once, transform,
fold (text); "stylesheet only" times the transformation of a parsed document.
Each figure is the best of ``--rounds`` passes over the corpus, as other work
on the machine slows single passes. ``--jobs N`` adds the wall time of the
whole run (process start and compilation included) over N worker processes,
divided by the number of documents.

    python benchmarks/bench_render.py [--rounds 3] [--jobs 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from teikit.render import Renderer, RenderOptions, _saxon

REFERENCE_MS = {"html": 25.0, "text": 10.0}
GOAL_SPEED_UP = 5.0
STYLESHEET = {"html": "tei-html.xsl", "text": "tei-text.xsl", "pdf": "tei-html.xsl"}
PDF_SAMPLE = 24  # WeasyPrint takes long; a sample of documents is timed


def corpus_files() -> list[Path]:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "tei-real"
    files = sorted(corpus.rglob("*.xml"))
    if not files:
        sys.exit(f"no TEI files under {corpus}")
    return files


def best_ms_per_item(items: list, work: Callable[[object], object], rounds: int) -> float:
    """The fastest of ``rounds`` passes over the items, in ms per item."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for item in items:
            work(item)
        best = min(best, time.perf_counter() - started)
    return best * 1000 / len(items)


def _render_chunk(args: tuple[str, list[Path]]) -> int:
    """A worker's share: render each file end to end (the worker compiles its own stylesheet)."""
    to, paths = args
    renderer = Renderer(RenderOptions(to))  # type: ignore[arg-type]
    for path in paths:
        renderer.render_bytes(path.read_bytes(), str(path))
    return len(paths)


def parallel_ms_per_doc(to: str, files: list[Path], jobs: int) -> float:
    """Wall time of a whole run over ``jobs`` processes, start-up and compilation included, per document."""
    started = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        done = sum(pool.map(_render_chunk, [(to, files[i::jobs]) for i in range(jobs)]))
    assert done == len(files)
    return (time.perf_counter() - started) * 1000 / len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the corpus; the best counts")
    parser.add_argument("--jobs", type=int, default=0, help="also time a run over this many processes")
    args = parser.parse_args()
    files = corpus_files()
    data = [(f.read_bytes(), str(f)) for f in files]
    print(f"{len(files)} tei-real documents, best of {args.rounds} rounds")
    print(f"{'format':6} {'compile ms':>10} {'end to end':>11} {'stylesheet':>11} {'reference':>10} "
          f"{'speed-up':>9} {'goal':>6}" + (f" {f'{args.jobs} jobs, wall':>15}" if args.jobs else ""))
    for to in ("html", "text", "pdf"):
        started = time.perf_counter()
        _saxon.compiled.cache_clear()
        _saxon.compiled(STYLESHEET[to])
        compile_ms = (time.perf_counter() - started) * 1000
        renderer = Renderer(RenderOptions(to))  # type: ignore[arg-type]
        sample = data if to != "pdf" else data[:: max(1, len(data) // PDF_SAMPLE)]
        renderer.render_bytes(*sample[0])  # warm-up
        rounds = args.rounds if to != "pdf" else 1
        per_doc = best_ms_per_item(sample, lambda item: renderer.render_bytes(*item), rounds)  # type: ignore[misc]
        reference = REFERENCE_MS.get(to)
        row = f"{to:6} {compile_ms:10.0f} {per_doc:11.2f}"
        if reference:
            nodes = [(_saxon.parse(raw, name), name) for raw, name in sample]
            only = best_ms_per_item(nodes, lambda item: _saxon.transform(renderer._exe, *item), rounds)  # type: ignore[misc]
            goal = "met" if per_doc <= reference / GOAL_SPEED_UP else "missed"
            row += f" {only:11.2f} {reference:10.1f} {reference / per_doc:8.1f}x {goal:>6}"
            if args.jobs:
                row += f" {parallel_ms_per_doc(to, files, args.jobs):15.2f}"
        else:
            row += f" {'-':>11} {'-':>10} {'-':>9} {'-':>6}   ({len(sample)} documents)"
        print(row)


if __name__ == "__main__":
    main()
