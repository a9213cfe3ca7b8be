"""Convert one very large raw page as a user would (a whole `teikit convert` process): time and peak memory.

The page is the test corpora's raw pages one after another until it reaches the
size asked for (default 20 MB; the aim is under 60 s and under 500 MB). Smaller
sizes first show how time and memory grow with the page: they should grow in
proportion, no faster. CPU time is printed beside the wall time, since on a
shared machine the wall time says more about the other processes. Peak memory
is the largest of the runs so far (the children's maximum resident set). Run from the checkout:
``.venv/bin/python benchmarks/bench_big_page.py [MB ...]``.

Measured on 2 shared cores (load about 5): the 20 MB page (7,731 pages inside,
8,207 TEI files) took 113.8 s of CPU (234.5 s of wall time) and peaked at 438 MB;
4 MB took 25.8 s of CPU and 241 MB. The CPU goes to the per-document work (name
search over the whole document and again by paragraph, dates, layout, validation
against the profile), which grows in proportion to the page: 60 pages a second,
as in ``bench_convert.py``.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import row  # the benchmarks folder is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "corpus"
AIM_SECONDS, AIM_MB = 60.0, 500.0


def big_page(path: Path, megabytes: float) -> int:
    """Write a page of about ``megabytes`` MB from the corpora's raw pages; the number of pages it holds."""
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(PAGES.rglob("*.txt"))]
    if not texts:
        raise SystemExit(f"no raw pages in {PAGES}")
    parts, size = [], 0
    while size < megabytes * 1_000_000:
        text = texts[len(parts) % len(texts)]
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return len(parts)


def run(megabytes: float, folder: Path) -> tuple[float, float, float, int, int]:
    """(seconds, CPU seconds, peak MB, pages inside, TEI files written) of one whole convert process."""
    page = folder / f"big-{megabytes:g}mb.txt"
    pages = big_page(page, megabytes)
    out = folder / f"out-{megabytes:g}"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "teikit", "convert", str(page), "--out-dir", str(out), "--quiet"])
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"convert of the {megabytes:g} MB page failed (exit {done.returncode})")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu, after.ru_maxrss / 1024, pages, len(list(out.glob("*.xml")))


def main() -> None:
    sizes = [float(a) for a in sys.argv[1:]] or [1.0, 4.0, 20.0]
    with tempfile.TemporaryDirectory() as tmp:
        for megabytes in sizes:
            seconds, cpu, peak, pages, files = run(megabytes, Path(tmp))
            aim = f" (aim for 20 MB: {AIM_SECONDS:.0f} s, {AIM_MB:.0f} MB)" if megabytes >= 20 else ""
            print(f"{megabytes:g} MB page ({pages} pages inside): {seconds:.1f} s ({cpu:.1f} s of CPU), "
                  f"peak {peak:.0f} MB, {files} TEI files, {cpu / megabytes:.2f} CPU s/MB{aim}", flush=True)
            if megabytes >= 20:
                met = "met" if seconds < AIM_SECONDS and peak < AIM_MB else "missed"
                row(f"convert, one {megabytes:g} MB page", f"{seconds:.1f} s, peak {peak:.0f} MB", "-", "-",
                    f"< {AIM_SECONDS:.0f} s, < {AIM_MB:.0f} MB ({met})")


if __name__ == "__main__":
    main()
