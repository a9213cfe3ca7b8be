"""Every command that writes keeps an output edited by hand (exit 1) unless --force, and lists or prunes
outputs it no longer makes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from teikit.batch import KeptError, WriteOptions
from teikit.batch.manifest import MANIFEST
from teikit.batch.outputs import write_files
from teikit.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tei" / "raw" / "kalinin-stalin-1924-08.txt"
TELEGRAMS = ROOT / "tests" / "fixtures" / "corpus" / "held-out-1" / "h01_gusakov-kirov-telegrams.txt"
LETTERS = ROOT / "tests" / "fixtures" / "export" / "letters"
CMIF = ["--editor", "E. Editor", "--email", "e@example.org", "--url", "https://example.org/ed", "--date", "2025-01-01"]


def _invoke(runner: CliRunner, *args: str) -> Result:
    result = runner.invoke(main, list(args))
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.output
    return result


# (command line given the output folder, an output to edit inside it)
COMMANDS = {
    "convert": (lambda out: ["convert", str(SEED), "--out-dir", str(out)], "kalinin-stalin-1924-08.xml"),
    "render": (lambda out: ["render", str(LETTERS), "--to", "text", "--out-dir", str(out)], "kalinin-stalin-1924-08.txt"),
    "standalone": (lambda out: ["export", "standalone", str(LETTERS), "--out-dir", str(out)], "kalinin-stalin-1924-08.xml"),
    "index": (lambda out: ["export", "index", str(LETTERS), "--out", str(out / "index.json")], "index.json"),
    "cmif": (lambda out: ["export", "cmif", str(LETTERS), "--out", str(out / "cmif.xml"), *CMIF], "cmif.xml"),
    "edition": (lambda out: ["export", "edition", str(LETTERS), "--out-dir", str(out), *CMIF], "tei/kalinin-stalin-1924-08.xml"),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_hand_edit_survives_a_rerun_unless_forced(runner: CliRunner, tmp_path: Path, command: str) -> None:
    args, name = COMMANDS[command]
    out = tmp_path / "out"
    first = _invoke(runner, *args(out))
    assert first.exit_code == 0, first.output
    made = (out / name).read_bytes()
    assert _invoke(runner, *args(out)).exit_code == 0  # unchanged outputs are simply rewritten
    (out / name).write_bytes(made.replace(b"Stalin", b"Stalin (corrected by hand)", 1))
    again = _invoke(runner, *args(out))
    assert again.exit_code == 1
    assert f"teikit: error: {out / name}: changed since teikit wrote it; kept (--force overwrites it)" in again.output
    assert b"corrected by hand" in (out / name).read_bytes()
    forced = _invoke(runner, *args(out), "--force")
    assert forced.exit_code == 0, forced.output
    assert (out / name).read_bytes() == made


def test_a_file_teikit_never_wrote_is_not_overwritten(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "kalinin-stalin-1924-08.xml").write_text("<mine/>", encoding="utf-8")
    result = _invoke(runner, "convert", str(SEED), "--out-dir", str(out))
    assert result.exit_code == 1 and "not written by teikit; kept" in result.output
    assert (out / "kalinin-stalin-1924-08.xml").read_text(encoding="utf-8") == "<mine/>"


def test_outputs_no_longer_made_are_listed_then_pruned_and_edits_survive(runner: CliRunner, tmp_path: Path) -> None:
    pages, out = tmp_path / "pages", tmp_path / "out"
    pages.mkdir()
    page = pages / "page.txt"
    page.write_text(SEED.read_text(encoding="utf-8") + "\n" + TELEGRAMS.read_text(encoding="utf-8"), encoding="utf-8")
    assert _invoke(runner, "convert", str(pages), "--out-dir", str(out)).exit_code == 0
    numbered = sorted(p.name for p in out.glob("*.xml"))
    assert numbered[:2] == ["page-1.xml", "page-2.xml"] and len(numbered) > 2
    (out / "page-2.xml").write_text("edited", encoding="utf-8")
    shutil.copy(SEED, page)  # the page now holds one letter: page.xml
    listed = _invoke(runner, "convert", str(pages), "--out-dir", str(out))
    assert listed.exit_code == 0, listed.output
    for name in numbered:
        assert f"teikit: warning: {out / name}: no longer produced by this run; kept (--prune removes it)" in listed.output
    pruned = _invoke(runner, "convert", str(pages), "--out-dir", str(out), "--prune", "--verbose")
    assert pruned.exit_code == 1
    assert f"teikit: error: {out / 'page-2.xml'}: changed since teikit wrote it; not pruned" in pruned.output
    assert f"teikit: removed {out / 'page-1.xml'}" in pruned.output
    assert sorted(p.name for p in out.glob("*.xml")) == ["page-2.xml", "page.xml"]


def test_an_edition_drops_the_pages_of_a_letter_taken_out(runner: CliRunner, tmp_path: Path) -> None:
    letters, out = tmp_path / "letters", tmp_path / "site"
    shutil.copytree(LETTERS, letters)
    assert _invoke(runner, "export", "edition", str(letters), "--out-dir", str(out), *CMIF).exit_code == 0
    (letters / "no-correspdesc.xml").unlink()
    result = _invoke(runner, "export", "edition", str(letters), "--out-dir", str(out), *CMIF, "--prune")
    assert result.exit_code == 0, result.output
    assert not (out / "tei" / "no-correspdesc.xml").exists() and not (out / "html" / "no-correspdesc.html").exists()
    assert (out / "tei" / "kalinin-stalin-1924-08.xml").exists()


def test_files_a_run_reads_and_rewrites_are_written_all_or_none_while_they_hold_what_was_read(tmp_path: Path) -> None:
    """A register gaining entries: rewritten through the writer and its manifest, never over an edit made meanwhile."""
    persons, places = tmp_path / "persons.xml", tmp_path / "places.xml"
    persons.write_bytes(b"<persons/>")
    places.write_bytes(b"<places/>")
    write_files("registers add", WriteOptions(), [(persons, b"<persons><p/></persons>", b"<persons/>")])
    assert persons.read_bytes() == b"<persons><p/></persons>"
    assert '"path": "persons.xml"' in (tmp_path / MANIFEST).read_text(encoding="utf-8")
    persons.write_bytes(b"<persons><p/><edited/></persons>")  # an editor saved the file after the run read it
    with pytest.raises(KeptError, match="persons.xml: changed since teikit read it; kept"):
        write_files("registers add", WriteOptions(), [(places, b"<places><q/></places>", b"<places/>"),
                                                      (persons, b"<persons><p/><p/></persons>", b"<persons><p/></persons>")])
    assert places.read_bytes() == b"<places/>" and b"<edited/>" in persons.read_bytes()  # none written
    write_files("registers add", WriteOptions(force=True), [(persons, b"<persons/>", b"<persons><p/></persons>")])
    assert persons.read_bytes() == b"<persons/>"
    write_files("registers add", WriteOptions(), [(tmp_path / "new.xml", b"<new/>", None)])  # a new register file
    assert (tmp_path / "new.xml").read_bytes() == b"<new/>"
