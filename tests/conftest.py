"""Shared fixtures: the sibling ../shared folder (skipped when absent) and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def shared() -> Path:
    """The project's shared material (corpora, tei_all, scorer); skip when it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not beside this checkout (corpora, tei_all and scorer live there)")
    return SHARED


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
