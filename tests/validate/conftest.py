"""Fixtures for the validator's tests: a private cache folder and TEI's tei_all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test session caches specialised grammars in its own folder, never in the user's."""
    folder = tmp_path_factory.getbasetemp() / "teikit-cache"
    monkeypatch.setenv("TEIKIT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def tei_all(shared: Path) -> Path:
    """TEI P5 tei_all.rng (``$TEIKIT_TEI_ALL`` or ../shared/schemas)."""
    return Path(os.environ.get("TEIKIT_TEI_ALL", shared / "schemas" / "tei_all.rng"))
