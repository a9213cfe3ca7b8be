"""Every real TEI letter of tei-real exports to CMIF and to the index without failing."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from teikit.export.cmif import CmifOptions, export_cmif
from teikit.export.index import export_index
from teikit.export.sources import collect_sources
from teikit.xml import NS, parse_file


def _expected_letters(folder: Path) -> tuple[int, int]:
    """(letters the index lists, letters that have a correspDesc) counted straight from the files."""
    listed = with_desc = 0
    for path in sorted(folder.rglob("*.xml")):
        descs = len(parse_file(path).getroot().findall(".//t:teiHeader//t:correspDesc", NS))
        listed += max(descs, 1)
        with_desc += descs
    return listed, with_desc


_RUNS: dict[Path, tuple] = {}


@pytest.fixture
def exported(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """tei-real exported once per test session: (folder, out, cmif outcome, index outcome)."""
    if shared not in _RUNS:
        folder = shared / "corpus" / "tei-real"
        out = tmp_path_factory.mktemp("tei-real")
        sources = collect_sources([folder])
        cmif = export_cmif(sources, out / "cmif.xml", CmifOptions(title="tei-real", date="2025-01-01", editor="A. Editor",
                                                                   email="a@example.org", url="https://example.org/ed"))
        index = export_index(sources, out / "index.json")
        _RUNS[shared] = (folder, out, cmif, index)
    return _RUNS[shared]


def test_all_files_export(exported: tuple) -> None:
    folder, out, cmif, index = exported
    files = len(list(folder.rglob("*.xml")))
    assert files == 232
    assert cmif.failures == [] and index.failures == []
    assert cmif.done == index.done == files
    listed, with_desc = _expected_letters(folder)
    assert index.letters == listed == len(json.loads((out / "index.json").read_text("utf-8"))["letters"])
    root = parse_file(out / "cmif.xml").getroot()
    assert cmif.letters == with_desc == len(root.findall(".//t:profileDesc/t:correspDesc", NS))
    persons = json.loads((out / "index.json").read_text("utf-8"))["persons"]
    assert any(p["uri"] == "https://d-nb.info/gnd/118609807" for p in persons)


@pytest.mark.slow
def test_tei_real_cmif_is_valid_tei_all(shared: Path, exported: tuple) -> None:
    _, out, _, _ = exported
    schema = shared / "schemas" / "tei_all.rng"
    if shutil.which("jing"):
        run = subprocess.run(["jing", str(schema), str(out / "cmif.xml")], capture_output=True, text=True)
        assert run.returncode == 0, run.stdout[:2000]
    else:
        relaxng = etree.RelaxNG(etree.parse(str(schema)))
        assert relaxng.validate(etree.parse(str(out / "cmif.xml"))), str(relaxng.error_log)[:2000]


def test_tei_real_cmif_is_valid_cmif(exported: tuple) -> None:
    """All 232 real files (the CMIF folder's letters included) give one CMIF the official schema accepts."""
    from teikit.export.cmif_check import cmif_schemas

    _, out, cmif, _ = exported
    if not shutil.which("jing"):
        pytest.skip("jing is not installed (the CI installs it)")
    run = subprocess.run(["jing", cmif_schemas()[0], str(out / "cmif.xml")], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[:2000]
    assert any(note.startswith("persons with an authority URI: ") for note in cmif.notes)
