"""Every command on a folder of broken and hostile inputs: one line per bad input, no traceback,
the documented exit status, and every good input still done."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from teikit.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tei" / "raw" / "kalinin-stalin-1924-08.txt"
RUSSIAN = ROOT / "tests" / "fixtures" / "corpus" / "held-out-1" / "h02_zotova-ordzhonikidze-ru.txt"
LETTER = ROOT / "tei" / "letters" / "kalinin-stalin-1924-08.xml"
CMIF = ["--editor", "E. Editor", "--email", "e@example.org", "--url", "https://example.org/ed", "--date", "2025-01-01"]
FAILING_READ = Path("/proc/self/mem")  # every read from its start fails (EIO), whoever runs the test, root too


def _unreadable(path: Path) -> None:
    """A file that exists and is listed as a file, but cannot be read."""
    if not FAILING_READ.exists():
        pytest.skip("needs Linux's /proc/self/mem for a file that cannot be read")
    path.symlink_to(FAILING_READ)


def _invoke(runner: CliRunner, *args: str) -> Result:
    result = runner.invoke(main, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    (folder / "a-folder-named.txt").mkdir(parents=True)
    seed, russian = SEED.read_text(encoding="utf-8"), RUSSIAN.read_text(encoding="utf-8-sig")
    (folder / "good.txt").write_text(seed, encoding="utf-8")
    (folder / "nul-esc.txt").write_bytes(seed.replace("Stalin", "Sta\x00lin\x1b[0m", 2).encode())
    (folder / "cp1251.txt").write_bytes(russian.encode("cp1251"))
    (folder / "koi8.txt").write_bytes(russian.encode("koi8-r", errors="replace"))  # no dashes or guillemets
    (folder / "utf16.txt").write_bytes(seed.encode("utf-16"))
    (folder / "latin1.txt").write_bytes("Lettre\n\nChère Madame, été.\n".encode("latin-1"))
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\n\t\n", encoding="utf-8")
    _unreadable(folder / "unreadable.txt")
    return folder


@pytest.fixture
def tei(tmp_path: Path) -> Path:
    folder = tmp_path / "tei"
    (folder / "sub").mkdir(parents=True)
    data = LETTER.read_bytes()
    (folder / "good.xml").write_bytes(data)
    (folder / "sub" / "good.xml").write_bytes(data)  # the same name below: its own output
    (folder / "utf16.xml").write_bytes(data.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    (folder / "malformed.xml").write_text("<TEI><text>never closed</TEI>", encoding="utf-8")
    (folder / "nul.xml").write_bytes(data.replace(b"Stalin", b"Sta\x00lin", 1))
    (folder / "latin1.xml").write_bytes(data.replace(b"Stalin", "Stälin".encode("latin-1"), 1))
    (folder / "empty.xml").write_bytes(b"")
    (folder / "not-tei.xml").write_text("<html><body>not TEI</body></html>", encoding="utf-8")
    (folder / "entity.xml").write_text('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', encoding="utf-8")
    _unreadable(folder / "unreadable.xml")
    return folder


GOOD_TEI = ["good", "sub/good", "utf16"]
BAD_TEI = ["malformed", "nul", "latin1", "empty"]


def test_convert_goes_through_a_folder_of_hostile_pages(runner: CliRunner, raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _invoke(runner, "convert", str(raw), str(tmp_path / "missing.txt"), "--out-dir", str(out),
                     "--report", str(out / "report.json"))
    assert result.exit_code == 2  # a missing or undecodable input is an I/O error
    errors = [line for line in result.output.splitlines() if line.startswith("teikit: error: ")]
    assert sorted(e.split(": ")[2].rsplit("/", 1)[-1] for e in errors) == [
        "binary.txt", "blank.txt", "empty.txt", "latin1.txt", "missing.txt", "unreadable.txt"]
    assert f"teikit: error: {raw / 'unreadable.txt'}: cannot read: Input/output error" in result.output
    assert f"teikit: error: {raw / 'empty.txt'}: empty page: no letter or digit to convert" in result.output
    assert "no Cyrillic code page reads it: give its encoding with --encoding" in result.output
    for name in ("good", "nul-esc", "cp1251", "koi8", "utf16"):
        assert (out / f"{name}.xml").is_file() or list(out.glob(f"{name}-*.xml")), name
    assert f"teikit: warning: {raw / 'cp1251.txt'}: read as CP1251 (detected" in result.output
    assert f"teikit: warning: {raw / 'koi8.txt'}: read as KOI8-R (detected" in result.output
    assert "dropped 4 character(s) XML cannot hold (ESC x2, NUL x2)" in result.output
    again = _invoke(runner, "convert", str(raw / "latin1.txt"), "--encoding", "latin-1", "--out-dir", str(out))
    assert again.exit_code == 0, again.output


@pytest.mark.parametrize(("words", "options"), [
    (["validate"], []),
    (["render"], ["--to", "html", "--out-dir", "{out}"]),
    (["render"], ["--to", "text", "--jobs", "2", "--out-dir", "{out}"]),
    (["render"], ["--to", "pdf", "--out-dir", "{out}"]),
    (["export", "standalone"], ["--out-dir", "{out}"]),
    (["export", "index"], ["--out", "{out}/index.json"]),
    (["export", "cmif"], ["--out", "{out}/cmif.xml", *CMIF]),
    (["export", "edition"], ["--out-dir", "{out}", *CMIF]),
])
def test_every_tei_command_goes_through_a_folder_of_hostile_files(runner: CliRunner, tei: Path, tmp_path: Path,
                                                                   words: list[str], options: list[str]) -> None:
    out = tmp_path / "out"
    command = [*words, str(tei), str(tmp_path / "missing.xml"), *(o.replace("{out}", str(out)) for o in options)]
    result = _invoke(runner, *command)
    assert result.exit_code == 2, result.output  # the missing input
    missing = [line for line in result.output.splitlines() if "missing.xml" in line]
    assert len(missing) == 1 and ("no such file" in missing[0] or "cannot read" in missing[0]), missing
    for name in BAD_TEI:
        assert f"{tei / name}.xml" in result.output, name
    unreadable = [line for line in result.output.splitlines() if "unreadable.xml" in line]
    assert len(unreadable) == 1 and "cannot read: Input/output error" in unreadable[0], unreadable
    if command[0] == "render":
        suffix = {"html": ".html", "text": ".txt", "pdf": ".pdf"}[command[command.index("--to") + 1]]
        assert sorted(p.relative_to(out).with_suffix("").as_posix() for p in out.rglob(f"*{suffix}")) == GOOD_TEI
    if command[:2] == ["export", "standalone"]:
        assert all((out / f"{name}.xml").is_file() for name in GOOD_TEI)
    if command[:2] == ["export", "edition"]:
        assert all((out / "tei" / f"{name}.xml").is_file() for name in GOOD_TEI)
        assert all((out / "html" / f"{name}.html").is_file() for name in GOOD_TEI)


@pytest.mark.parametrize("args", [
    ["render", "{tei}/good.xml", "--to", "rtf", "--out-dir", "{out}"],
    ["render", "{tei}/good.xml", "--width", "5", "--out-dir", "{out}"],
    ["render", "{tei}/good.xml", "--jobs", "0", "--out-dir", "{out}"],
    ["validate", "{tei}/good.xml", "--format", "yaml"],
    ["convert", "{raw}/good.txt", "--encoding", "klingon", "--out-dir", "{out}"],
    ["export", "cmif", "{tei}/good.xml", "--out", "{out}/c.xml", "--letter-path", "html/{nme}.html", *CMIF],
    ["export", "index", "{tei}/good.xml", "--out", "{out}/i.json", "--format", "xls"],
    ["convert", "{raw}/good.txt"],
])
def test_bad_option_values_are_one_usage_line(runner: CliRunner, raw: Path, tei: Path, tmp_path: Path,
                                              args: list[str]) -> None:
    out = tmp_path / "out"
    command = [a.replace("{out}", str(out)).replace("{tei}", str(tei)).replace("{raw}", str(raw)) for a in args]
    result = _invoke(runner, *command)
    assert result.exit_code == 2
    assert result.output.startswith("teikit: error: ") and result.output.count("\n") == 1, result.output
    assert not out.exists()


@pytest.mark.parametrize("args", [
    ["convert", "{raw}/good.txt", "--out-dir", "{blocked}/out", "--report", "{blocked}/r.json"],
    ["convert", "{raw}/good.txt", "--out-dir", "{out}", "--report", "{blocked}/r.json"],
    ["render", "{tei}/good.xml", "--out-dir", "{blocked}/out"],
    ["export", "standalone", "{tei}/good.xml", "--out-dir", "{blocked}/out"],
    ["export", "index", "{tei}/good.xml", "--out", "{blocked}/i.json"],
    ["export", "edition", "{tei}/good.xml", "--out-dir", "{blocked}/out", *CMIF],
])
def test_an_unwritable_output_is_one_line_and_exit_2(runner: CliRunner, raw: Path, tei: Path, tmp_path: Path,
                                                     args: list[str]) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    out = tmp_path / "out"
    command = [a.replace("{out}", str(out)).replace("{tei}", str(tei)).replace("{raw}", str(raw))
               .replace("{blocked}", str(blocked)) for a in args]
    result = _invoke(runner, *command)
    assert result.exit_code == 2, result.output
    assert "cannot write" in result.output and str(blocked) in result.output


@pytest.mark.parametrize("args", [
    ["registers", "check", "{registers}"],
    ["registers", "add", "--from", "{unreadable}", "--registers", "{good_registers}"],
    ["registers", "reconcile", "{good_registers}", "--proposals", "{unreadable}", "--accept", "x"],
    ["registers", "reconcile", "{registers}", "--proposals", "{tmp}/p.json", "--accept", "x"],
    ["convert", str(SEED), "--registers", "{registers}", "--out-dir", "{tmp}/out"],
])
def test_an_unreadable_register_or_report_is_one_line_and_exit_2(runner: CliRunner, tmp_path: Path,
                                                                  args: list[str]) -> None:
    good, registers = tmp_path / "good-registers", tmp_path / "registers"
    shutil.copytree(ROOT / "tei" / "registers", good)
    shutil.copytree(ROOT / "tei" / "registers", registers)
    (registers / "places.xml").unlink()
    _unreadable(registers / "places.xml")
    _unreadable(tmp_path / "unreadable.json")
    command = [a.replace("{registers}", str(registers)).replace("{good_registers}", str(good))
               .replace("{unreadable}", str(tmp_path / "unreadable.json")).replace("{tmp}", str(tmp_path)) for a in args]
    result = _invoke(runner, *command)
    assert result.exit_code == 2, result.output
    assert result.output.startswith("teikit: error: ") and result.output.count("\n") == 1, result.output
    assert "cannot read: Input/output error" in result.output
    assert not (tmp_path / "out").exists()
