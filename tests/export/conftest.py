"""Fixtures of the export tests: hand-made letters in teikit's shape and a small register folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.registers import Registers, load_registers

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "export"


@pytest.fixture
def letters_dir() -> Path:
    return HERE / "letters"


@pytest.fixture
def kalinin(letters_dir: Path) -> Path:
    return letters_dir / "kalinin-stalin-1924-08.xml"


@pytest.fixture
def telegram(letters_dir: Path) -> Path:
    return letters_dir / "lenin-ordzhonikidze-1920-05.xml"


@pytest.fixture
def registers_dir() -> Path:
    return HERE / "registers"


@pytest.fixture
def registers(registers_dir: Path) -> Registers:
    return load_registers(registers_dir)


@pytest.fixture
def broken() -> Path:
    return HERE / "broken.xml"
