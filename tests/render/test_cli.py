"""teikit render on the command line: formats, folders, failures, exit codes."""

from __future__ import annotations

import re
import shutil
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from teikit.cli import main
from teikit.render import _saxon
from tests.render.conftest import LETTER


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(LETTER, folder / "letter.xml")
    shutil.copy(LETTER, folder / "sub" / "again.xml")
    (folder / "broken.xml").write_text("<TEI><text>never closed</TEI>", encoding="utf-8")
    return folder


def test_a_bad_input_is_named_and_the_rest_render(runner: CliRunner, inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["render", str(inputs), "--to", "html", "--out-dir", str(out)])
    assert result.exit_code == 1
    assert "broken.xml:1:" in result.output and "not well-formed" in result.output
    assert "Traceback" not in result.output
    assert "rendered 2 document(s)" in result.output and "1 failed" in result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if not p.name.startswith(".")) == [
        "letter.html", "sub", "sub/again.html"]


def test_text_with_width(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["render", str(LETTER), "--to", "text", "--width", "40", "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "kalinin-stalin-1924-08.txt").read_text(encoding="utf-8")
    assert max(map(len, text.splitlines())) <= 40


def test_bad_options_are_usage_errors(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(main, ["render", str(LETTER), "--to", "rtf", "--out-dir", str(tmp_path)]).exit_code == 2
    assert runner.invoke(main, ["render", str(tmp_path / "missing.xml"), "--out-dir", str(tmp_path)]).exit_code == 2
    assert runner.invoke(main, ["render", str(LETTER), "--width", "5", "--out-dir", str(tmp_path)]).exit_code == 2


def test_stylesheets_compile_once_per_process(runner: CliRunner, inputs: Path, tmp_path: Path) -> None:
    runner.invoke(main, ["render", str(inputs), "--out-dir", str(tmp_path / "a")])
    before = _saxon.compiled.cache_info()
    runner.invoke(main, ["render", str(inputs), "--out-dir", str(tmp_path / "b")])
    after = _saxon.compiled.cache_info()
    assert after.misses == before.misses and after.currsize >= 1


def test_pdf_without_weasyprint_says_what_to_install(runner: CliRunner, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from teikit.render import pdf

    monkeypatch.setattr(pdf, "weasyprint", None)
    result = runner.invoke(main, ["render", str(LETTER), "--to", "pdf", "--out-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "teikit[pdf]" in result.output
    assert list(tmp_path.iterdir()) == []


def pdf_objects(data: bytes) -> bytes:
    """The PDF's bytes with its compressed streams (object streams included) inflated."""
    inflated = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            inflated.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(inflated)


def test_pdf_is_a4_or_letter_with_embedded_fonts(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("weasyprint", reason="PDF needs the optional extra teikit[pdf]")
    for paper, media in (("a4", b"/MediaBox [0 0 595"), ("letter", b"/MediaBox [0 0 612")):
        result = runner.invoke(main, ["render", str(LETTER), "--to", "pdf", "--paper", paper,
                                      "--out-dir", str(tmp_path / paper)])
        assert result.exit_code == 0, result.output
        data = (tmp_path / paper / "kalinin-stalin-1924-08.pdf").read_bytes()
        objects = pdf_objects(data)
        assert data.startswith(b"%PDF") and media in objects
        assert b"/FontFile" in objects and b"+DejaVu-Serif" in objects


def test_jobs_render_the_same_files_and_report_the_same_failures(runner: CliRunner, inputs: Path,
                                                                 tmp_path: Path) -> None:
    serial = runner.invoke(main, ["render", str(inputs), "--to", "text", "--out-dir", str(tmp_path / "one")])
    parallel = runner.invoke(main, ["render", str(inputs), "--to", "text", "--jobs", "2",
                                    "--out-dir", str(tmp_path / "two")])
    assert parallel.exit_code == serial.exit_code == 1
    assert parallel.output.replace("two", "one") == serial.output
    written = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.txt"))
    assert written == sorted(p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*.txt"))
    assert all((tmp_path / "one" / p).read_bytes() == (tmp_path / "two" / p).read_bytes() for p in written)
