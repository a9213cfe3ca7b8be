"""Rendering speed over the tei-real corpus: compile time and ms per document for html, text and pdf.

The TEI Consortium's reference stylesheets are not run here (they are not
bundled and nothing is downloaded); the ratios are against the figures the
project measured for them with the same saxonche on these machines:
25 ms per document for HTML and 10 ms for text. Times per document include
the hardened parse, the hand-over to Saxon and the transformation; the
"transform only" column times the stylesheet alone on a prepared document.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from teikit.render import Renderer, RenderOptions, _saxon
from teikit.xml import parse_file

REFERENCE_MS = {"html": 25.0, "text": 10.0}
STYLESHEET = {"html": "tei-html.xsl", "text": "tei-text.xsl", "pdf": "tei-html.xsl"}
PDF_SAMPLE = 24  # WeasyPrint takes long; a sample of documents is timed


def corpus_files() -> list[Path]:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "tei-real"
    files = sorted(corpus.rglob("*.xml"))
    if not files:
        sys.exit(f"no TEI files under {corpus}")
    return files


def main() -> None:
    files = corpus_files()
    trees = [(parse_file(f), str(f)) for f in files]
    print(f"{len(files)} tei-real documents")
    print(f"{'format':6} {'compile ms':>10} {'ms/doc':>8} {'transform only':>15} {'reference':>10} {'speed-up':>9}")
    for to in ("html", "text", "pdf"):
        started = time.perf_counter()
        _saxon.compiled.cache_clear()
        _saxon.compiled(STYLESHEET[to])
        compile_ms = (time.perf_counter() - started) * 1000
        renderer = Renderer(RenderOptions(to))  # type: ignore[arg-type]
        sample = files if to != "pdf" else files[:: max(1, len(files) // PDF_SAMPLE)]
        renderer.render(parse_file(sample[0]), str(sample[0]))  # warm-up
        started = time.perf_counter()
        for path in sample:
            renderer.render(parse_file(path), str(path))
        per_doc = (time.perf_counter() - started) * 1000 / len(sample)
        nodes = [_saxon.to_xdm(tree, name) for tree, name in trees[: len(sample)]] if to != "pdf" else []
        started = time.perf_counter()
        for node, (_, name) in zip(nodes, trees):
            _saxon.transform(renderer._exe, node, name)
        transform_only = f"{(time.perf_counter() - started) * 1000 / len(nodes):.2f}" if nodes else "-"
        reference = REFERENCE_MS.get(to)
        ratio = f"{reference / per_doc:.1f}x" if reference else "-"
        print(f"{to:6} {compile_ms:10.0f} {per_doc:8.2f} {transform_only:>15} {reference or '-':>10} {ratio:>9}"
              + (f"   ({len(sample)} documents)" if to == "pdf" else ""))


if __name__ == "__main__":
    main()
