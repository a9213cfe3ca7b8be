"""Time name recognition with 10,000 register entries: linear in text, flat in register size.

Builds a synthetic register folder of 10,000 persons (plus the bundled
organisations and places), then times ``DocumentNames.find`` on a letter
repeated 1, 2, 4 and 8 times. The reference is Python's ``re`` running one
alternation of every register name over the same text, in the same process.
Printed: time per text length (should grow linearly), the ratio to the
alternation, and the ratio of the 10,000-entry finder to a 100-entry one.
Run from the checkout: ``.venv/bin/python benchmarks/bench_names.py``.
"""

from __future__ import annotations

import random
import re
import shutil
import tempfile
import time
from pathlib import Path

from teikit import resources
from teikit.convert.names import NameFinder
from teikit.registers import load_registers
from _timing import best_of  # the benchmarks folder is on sys.path when run as a script

SEED = Path(__file__).resolve().parent.parent / "tei" / "raw" / "kalinin-stalin-1924-08.txt"
SYLLABLES = ["ka", "lo", "mi", "re", "zhu", "ba", "ti", "sko", "vo", "ne", "pa", "gu", "dro", "che", "ly"]
ENDINGS = ["ov", "ev", "in", "sky", "enko", "dze"]


def synthetic_registers(folder: Path, persons: int) -> None:
    """A register folder: the bundled persons plus made-up ones, and the bundled orgs and places."""
    rng = random.Random(persons)
    bundled = resources.registers_dir()
    for name in ("orgs.xml", "places.xml"):
        shutil.copy(bundled / name, folder / name)
    entries, seen = [], set()
    while len(entries) < persons:
        surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() + rng.choice(ENDINGS)
        key = surname.lower()
        if key in seen:
            continue
        seen.add(key)
        initials = f"{rng.choice('ABVGDEIKLMNOPRSTF')}. {rng.choice('ABVGDEIKLMNOPRSTF')}."
        entries.append(
            f'<person xml:id="{key}"><persName type="main"><surname>{surname}</surname></persName>'
            f'<persName type="variant">{initials} {surname}</persName>'
            f'<persName type="variant">Comrade {surname}</persName></person>'
        )
    bundled_persons = (bundled / "persons.xml").read_text(encoding="utf-8")
    (folder / "persons.xml").write_text(
        bundled_persons.replace("</listPerson>", "\n".join(entries) + "\n</listPerson>"), encoding="utf-8"
    )


def alternation_of(finder: NameFinder) -> re.Pattern[str]:
    """The reference: one regular expression alternating every register name, longest first."""
    names = {n.text for e in finder.registers.entries.values() for n in e.names if e.source != "archives.xml"}
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


def main() -> None:
    letter = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big", Path(tmp) / "small"
        big.mkdir()
        small.mkdir()
        synthetic_registers(big, 10_000)
        synthetic_registers(small, 100)
        start = time.perf_counter()
        finder = NameFinder(load_registers(big))
        compile_time = time.perf_counter() - start
        small_finder = NameFinder(load_registers(small))
        pattern = alternation_of(finder)
        print(f"registers: {len(finder.registers.entries)} entries, compiled in {compile_time:.2f} s")
        base = None
        for times in (1, 2, 4, 8):
            text = letter * times
            ours = best_of(5, lambda: finder.document("en").find(text))
            reference = best_of(5, lambda: pattern.findall(text))
            base = base or ours
            print(f"text x{times} ({len(text):>6} chars): find {ours * 1000:7.1f} ms"
                  f"  (x{ours / base:4.1f} of x1)  ratio to re alternation {ours / reference:5.2f}")
        text = letter * 4
        flat = best_of(5, lambda: finder.document("en").find(text)) / best_of(
            3, lambda: small_finder.document("en").find(text))
        print(f"10,000-entry registers / 100-entry registers, same text: {flat:.2f}")


if __name__ == "__main__":
    main()
