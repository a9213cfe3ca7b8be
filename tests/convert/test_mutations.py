"""Property test: mutated pages (lines dropped, doubled, reversed, upper-cased, stray brackets) convert
without losing text and into TEI valid against the profile (``convert_text`` raises on either)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from teikit.convert.run import Converter
from teikit.errors import TeikitError
from teikit.registers import load_registers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
PAGES = sorted(FIXTURES.glob("held-out-*/*.txt"))


def _mutations(text: str, rng: random.Random) -> list[str]:
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    line = lines[i]
    j = rng.randrange(len(line) + 1)
    return [
        "\n".join(lines[:i] + lines[i + 1:]),
        "\n".join(lines[:i + 1] + [line] + lines[i + 1:]),
        "\n".join(reversed(lines)),
        text.upper(),
        "\n".join(lines[:i] + [line[:j] + rng.choice("[]*().1") + line[j:]] + lines[i + 1:]),
        "\n".join(ln for ln in lines if rng.random() > 0.3),
    ]


@pytest.fixture(scope="module")
def converter() -> Converter:
    return Converter(load_registers())


@pytest.mark.parametrize("page", PAGES[::3], ids=lambda p: p.stem)
def test_mutated_pages_lose_nothing_and_stay_valid(page: Path, converter: Converter) -> None:
    rng = random.Random(page.name)
    for k, text in enumerate(_mutations(page.read_text(encoding="utf-8-sig"), rng)):
        try:
            converted = converter.convert_text(text, f"{page.name}#{k}", "page")
        except TeikitError as err:
            pytest.fail(f"mutation {k} of {page.name} failed: {err}")
        assert converted.files or not text.strip()
