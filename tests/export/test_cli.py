from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from teikit.cli import main
from teikit.xml import NS, parse_file


def test_export_cmif(runner: CliRunner, letters_dir: Path, registers_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "cmif.xml"
    args = ["export", "cmif", str(letters_dir), "--out", str(out), "--registers", str(registers_dir),
            "--title", "T", "--editor", "E", "--email", "e@example.org", "--url", "https://example.org", "--date", "2025-01-01"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert len(parse_file(out).getroot().findall(".//t:correspDesc", NS)) == 2
    assert "correspondents taken from: correspDesc (2)" in result.output
    assert "persons with an authority URI: 3 of 4 (75%)" in result.output  # kalinin's entry has no idno
    assert "persons mentioned with an authority URI (the others are not in the CMIF): 3 of 6 (50%)" in result.output
    first = out.read_bytes()
    assert runner.invoke(main, args).exit_code == 0 and out.read_bytes() == first


def test_export_index_json_and_csv(runner: CliRunner, letters_dir: Path, registers_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(main, ["export", "index", str(letters_dir), "--out", str(tmp_path / "i.json"), "--registers", str(registers_dir)])
    assert result.exit_code == 0, result.output
    assert len(json.loads((tmp_path / "i.json").read_text("utf-8"))["letters"]) == 3
    result = runner.invoke(main, ["export", "index", str(letters_dir), "--out", str(tmp_path / "p.csv"), "--format", "csv", "--what", "persons",
                                  "--registers", str(registers_dir)])
    assert result.exit_code == 0
    assert (tmp_path / "p.csv").read_text("utf-8").startswith("key,label,uri,count,files")


def test_one_bad_input_exits_1_and_the_rest_is_exported(runner: CliRunner, kalinin: Path, broken: Path, tmp_path: Path) -> None:
    result = runner.invoke(main, ["export", "cmif", str(kalinin), str(broken), "--out", str(tmp_path / "c.xml"), "--date", "2025-01-01",
                                  "--editor", "E", "--email", "e@example.org", "--url", "https://example.org"])
    assert result.exit_code == 1
    assert "broken.xml:" in result.output and "Traceback" not in result.output
    assert len(parse_file(tmp_path / "c.xml").getroot().findall(".//t:correspDesc", NS)) == 1


def test_missing_input_exits_2_without_output(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["export", "index", str(tmp_path / "nope"), "--out", str(tmp_path / "i.json")])
    assert result.exit_code == 2 and "no such file or folder" in result.output
    assert not (tmp_path / "i.json").exists()


def test_export_standalone(runner: CliRunner, telegram: Path, registers_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(main, ["export", "standalone", str(telegram), "--out-dir", str(tmp_path), "--registers", str(registers_dir)])
    assert result.exit_code == 0, result.output
    assert "#nobody" in result.output
    assert parse_file(tmp_path / "lenin-ordzhonikidze-1920-05.xml").getroot().find("t:standOff/t:listPerson", NS) is not None


def test_help_has_examples(runner: CliRunner) -> None:
    for command in ("cmif", "index", "standalone", "edition"):
        result = runner.invoke(main, ["export", command, "--help"])
        assert result.exit_code == 0 and "teikit export " + command in result.output


def test_unwritable_output_exits_2(runner: CliRunner, kalinin: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(main, ["export", "index", str(kalinin), "--out", str(blocker / "index.json")])
    assert result.exit_code == 2 and "cannot write" in result.output and "Traceback" not in result.output
