"""Time `teikit validate` against Jing with TEI's tei_all.rng: one letter, and the 232-letter folder.

Both tools run as whole processes, as a user would start them; each figure is
the best of a few runs. teikit's modules are byte-compiled first, as an
installed package is (with PYTHONDONTWRITEBYTECODE set, a checkout would
otherwise compile them from source in every run). teikit is timed with an empty cache (the grammar
simplified afresh) and with the cache its first run left. The
verdicts of both tools are compared file by file in the same run. Run from the
checkout: ``.venv/bin/python benchmarks/bench_validate.py`` (needs Debian's jing).
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import row  # the benchmarks folder is on sys.path when run as a script

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
TEI_ALL = Path(os.environ.get("TEIKIT_TEI_ALL", SHARED / "schemas" / "tei_all.rng"))
CORPUS = SHARED / "corpus" / "tei-real"
TEIKIT = [str(Path(sys.executable).parent / "teikit")]
RUNS = 5


def _timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    return time.perf_counter() - start, done.stdout


def _best(command: list[str], env: dict[str, str] | None = None) -> float:
    return min(_timed(command, env)[0] for _ in range(RUNS))


def _cold(command: list[str]) -> float:
    """Best of a few runs, each with a fresh, empty cache folder."""
    times = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as cache:
            times.append(_timed(command, {**os.environ, "TEIKIT_CACHE_DIR": cache})[0])
    return min(times)


def _verdicts_agree(jing: str, files: list[Path]) -> bool:
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "TEIKIT_CACHE_DIR": cache}
        _, out = _timed([*TEIKIT, "validate", str(CORPUS), "-s", str(TEI_ALL), "--format", "json", "-j", "2"], env)
    ours = {r["path"]: r["status"] == "valid" for r in json.loads(out)["results"]}
    _, text = _timed([jing, str(TEI_ALL), *map(str, files)])
    flagged = {line.split(":", 1)[0] for line in text.splitlines() if ": error:" in line}
    return all(ours[str(f)] == (str(f) not in flagged) for f in files)


def main() -> None:
    jing = shutil.which("jing")
    if jing is None or not TEI_ALL.is_file():
        raise SystemExit("needs Debian's jing and ../shared/schemas/tei_all.rng")
    import teikit

    compileall.compile_dir(Path(teikit.__file__).parent, quiet=1)
    files = sorted(CORPUS.rglob("*.xml"))
    one = files[0]
    rows = [
        ("one file", [jing, str(TEI_ALL), str(one)], [*TEIKIT, "validate", str(one), "-s", str(TEI_ALL)]),
        (f"{len(files)} files", [jing, str(TEI_ALL), *map(str, files)],
         [*TEIKIT, "validate", str(CORPUS), "-s", str(TEI_ALL), "--jobs", "2"]),
    ]
    print(f"{'':>10}  {'jing':>7}  {'teikit cold':>11}  {'ratio':>5}  {'teikit warm':>11}  {'ratio':>5}")
    for label, theirs, ours in rows:
        reference = _best(theirs)
        cold = _cold(ours)
        with tempfile.TemporaryDirectory() as cache:
            env = {**os.environ, "TEIKIT_CACHE_DIR": cache}
            _timed(ours, env)
            warm = _best(ours, env)
        print(f"{label:>10}  {reference:6.2f}s  {cold:10.2f}s  {cold / reference:5.2f}  "
              f"{warm:10.2f}s  {warm / reference:5.2f}")
        aim = 0.25 if label == "one file" else 0.5
        verdict = "met" if cold / reference <= aim else "missed"
        row(f"validate {label} vs tei_all", f"{cold:.2f} s (warm cache {warm:.2f} s)", f"{reference:.2f} s (Jing)",
            f"{cold / reference:.2f}x", f"<= {aim}x ({verdict})")
    print("targets: one file <= 0.25 of jing's time, the folder <= 0.50")
    print(f"verdicts equal jing's on every file: {'yes' if _verdicts_agree(jing, files) else 'NO'}")


if __name__ == "__main__":
    main()
