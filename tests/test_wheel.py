"""`pip install .` gives a working teikit: the wheel carries its schemas, registers and stylesheets."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tei" / "raw" / "kalinin-stalin-1924-08.txt"


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, cwd=cwd)
    assert proc.returncode == 0, f"{args}: {proc.stdout}\n{proc.stderr}"
    return proc


@pytest.mark.slow
def test_wheel_installs_and_runs_in_a_fresh_environment(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, ROOT)
    wheel = next(dist.glob("teikit-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("teikit/data/schemas/teikit.rng", "teikit/data/registers/persons.xml",
                   "teikit/data/registers/archives.xml",
                   "teikit/convert/lexicon/salute.txt", "teikit/convert/furniture.tsv",
                   "teikit/data/schemas/cmif/cmi-customization.rng", "teikit/data/schemas/cmif/cmif.sch",
                   "teikit/letter_title_words.tsv", "teikit/export/reconcile_services.toml"):
        assert needed in names, f"{needed} is missing from the wheel"
    assert any(n.startswith("teikit/render/xslt/") and n.endswith(".xsl") for n in names)

    env = tmp_path / "env"
    venv.create(env, with_pip=True)
    bin_dir = env / ("Scripts" if sys.platform == "win32" else "bin")
    _run(bin_dir / "python", "-m", "pip", "install", "-q", wheel)
    work = tmp_path / "work"
    work.mkdir()
    _run(bin_dir / "teikit", "convert", SEED, "--out-dir", work / "tei", "--report", work / "report.json", cwd=work)
    written = work / "tei" / "kalinin-stalin-1924-08.xml"
    assert written.exists()
    _run(bin_dir / "teikit", "validate", written, cwd=work)
    _run(bin_dir / "teikit", "render", written, "--to", "html", "--out-dir", work / "html", cwd=work)
    assert (work / "html" / "kalinin-stalin-1924-08.html").exists()
    _run(bin_dir / "teikit", "export", "cmif", written, "--out", work / "cmif.xml", "--editor", "E",
         "--email", "e@example.org", "--url", "https://example.org", cwd=work)
    assert (work / "cmif.xml").exists()
