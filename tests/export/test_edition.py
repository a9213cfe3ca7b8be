from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from teikit.edition import build_edition
from teikit.export.cmif import CmifOptions
from teikit.export.sources import collect_sources
from teikit.registers import Registers
from teikit.xml import NS, parse_file


def test_edition_folder(letters_dir: Path, registers: Registers, tmp_path: Path) -> None:
    options = CmifOptions(title="Test edition", url="https://example.org/ed", date="2025-01-01",
                          editor="A. Editor", email="a@example.org")
    outcome = build_edition(collect_sources([letters_dir]), tmp_path, options, registers)
    assert outcome.exit_code == 0
    for name in ("index.html", "cmif.xml", "data/index.json", "data/letters.csv", "data/persons.csv",
                 "data/places.csv", "data/orgs.csv", "tei/kalinin-stalin-1924-08.xml", "html/kalinin-stalin-1924-08.html"):
        assert (tmp_path / name).is_file(), name  # the layout the command's help documents
    telegram = parse_file(tmp_path / "tei/lenin-ordzhonikidze-1920-05.xml").getroot()
    assert telegram.find("t:standOff/t:listPerson", NS) is not None
    page = (tmp_path / "index.html").read_text("utf-8")
    by_date = page.split('<section id="by-date">')[1].split("</section>")[0]
    assert by_date.index('datetime="1920-05-04"') < by_date.index('datetime="1924-08"')
    assert "<h1>Test edition</h1>" in page and 'name="viewport"' in page
    assert page.count('<section id="by-') == 3
    refs = [d.get("ref") for d in parse_file(tmp_path / "cmif.xml").getroot().iterfind(".//t:correspDesc", NS)]
    pages = {ref.removeprefix("https://example.org/ed/") for ref in refs}
    assert all((tmp_path / p).is_file() for p in pages), pages


@pytest.mark.slow
def test_edition_tei_and_cmif_are_valid_tei_all(shared: Path, letters_dir: Path, registers: Registers, tmp_path: Path) -> None:
    if not shutil.which("jing"):
        pytest.skip("jing is not installed")
    build_edition(collect_sources([letters_dir]), tmp_path, CmifOptions(date="2025-01-01", url="https://example.org/ed",
                  editor="A. Editor", email="a@example.org"), registers)
    files = [str(tmp_path / "cmif.xml"), *map(str, sorted((tmp_path / "tei").rglob("*.xml")))]
    run = subprocess.run(["jing", str(shared / "schemas" / "tei_all.rng"), *files], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[:2000]


def test_edition_pages_link_across_folders_and_refusals_are_one_line(letters_dir: Path, registers: Registers,
                                                                     tmp_path: Path) -> None:
    given = tmp_path / "in"
    shutil.copytree(letters_dir, given / "more")
    (given / "page.xml").write_text("<html><body>not TEI</body></html>", encoding="utf-8")
    out = tmp_path / "site"
    outcome = build_edition(collect_sources([given]), out, CmifOptions(date="2025-01-01"), registers)
    assert outcome.failures == [f"{given / 'page.xml'}: not a TEI document (root element html): left out of the edition"]
    pages = sorted(p.relative_to(out / "html").as_posix() for p in (out / "html").rglob("*.html"))
    assert pages == ["more/kalinin-stalin-1924-08.html", "more/lenin-ordzhonikidze-1920-05.html",
                     "more/no-correspdesc.html"]
    first = (out / "html" / pages[1]).read_text(encoding="utf-8")
    assert '<a class="nav-index" href="../../index.html">' in first
    assert '<a class="nav-next" rel="next" href="kalinin-stalin-1924-08.html"' in first
    assert "2 letter(s), 1 other text(s)" in (out / "index.html").read_text(encoding="utf-8")


def test_edition_without_letters_has_no_cmif_and_says_why(letters_dir: Path, registers: Registers, tmp_path: Path) -> None:
    options = CmifOptions(url="https://example.org/ed", date="2025-01-01", editor="A. Editor", email="a@example.org")
    outcome = build_edition(collect_sources([letters_dir / "no-correspdesc.xml"]), tmp_path, options, registers)
    assert outcome.exit_code == 0 and not (tmp_path / "cmif.xml").exists()
    assert any("cmif.xml not written: no letter names a correspondent" in w for w in outcome.warnings)
