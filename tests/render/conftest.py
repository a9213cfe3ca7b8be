"""Fixtures for rendering tests: the hand-made letter in the shape teikit writes, rendered once."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.render import Renderer, RenderOptions
from teikit.xml import parse_file

LETTER = Path(__file__).resolve().parent.parent / "fixtures" / "render" / "kalinin-stalin-1924-08.xml"


@pytest.fixture(scope="session")
def letter_html() -> str:
    return Renderer(RenderOptions("html")).render(parse_file(LETTER), str(LETTER)).decode("utf-8")


@pytest.fixture(scope="session")
def letter_text() -> str:
    return Renderer(RenderOptions("text", width=60)).render(parse_file(LETTER), str(LETTER)).decode("utf-8")
