"""The CMIF file's own metadata: required details, checked values, teikit.toml, the CLI's answers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from teikit.cli import main
from teikit.errors import InputError
from teikit.export.cmif_metadata import CC0, CmifOptions, make_options

REQUIRED = ["--editor", "E. Ditor", "--email", "e@example.org", "--url", "https://example.org/letters"]
CONFIG = """[edition]
title = "Letters from a config"
editor = "C. Onfig"
email = "c@example.org"
url = "https://example.org/config"
licence = "cc0"
"""


@pytest.mark.parametrize(("field", "value", "problem"), [
    ("url", "notaurl", "not an absolute http(s) URL"),
    ("url", "example.org/letters", "not an absolute http(s) URL"),
    ("url", "ftp://example.org/x", "not an absolute http(s) URL"),
    ("email", "editor at example.org", "not an e-mail address"),
    ("date", "yesterday", "not an ISO date"),
    ("date", "2025-02-30", "not an ISO date"),
    ("date", "2025", "not an ISO date"),
    ("letter_path", "html/page.html", "has no {name}"),
])
def test_bad_values_are_refused(field: str, value: str, problem: str) -> None:
    with pytest.raises(InputError, match=re.escape(problem)):
        CmifOptions(**{field: value})


def test_missing_details_are_named() -> None:
    with pytest.raises(InputError) as err:
        CmifOptions(editor="E").require_complete()
    assert "--email, --url" in str(err.value) and "teikit.toml" in str(err.value)
    CmifOptions(editor="E", email="e@example.org", url="https://example.org").require_complete()


def test_config_gives_details_and_options_win(tmp_path: Path) -> None:
    config = tmp_path / "teikit.toml"
    config.write_text(CONFIG, encoding="utf-8")
    options = make_options(config, url="https://example.org/given", title=None)
    assert (options.title, options.editor, options.email) == ("Letters from a config", "C. Onfig", "c@example.org")
    assert options.url == "https://example.org/given" and options.licence == CC0


@pytest.mark.parametrize(("text", "problem"), [
    ('[edition]\nurl = "notaurl"\n', "url 'notaurl': not an absolute"),
    ('[edition]\neditr = "x"\n', "unknown key(s) under [edition]: editr"),
    ('[edition]\neditor = 3\n', "editor must be text"),
    ("[edition\n", "not a TOML file"),
    ('[edition]\nlicence = "cc-by-nc"\n', "correspSearch takes cc-by, cc0"),
])
def test_bad_config_names_the_file(tmp_path: Path, text: str, problem: str) -> None:
    config = tmp_path / "teikit.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        make_options(config)
    assert str(err.value).startswith(str(config)) and problem in str(err.value)


def test_cli_without_required_details_exits_2_and_writes_nothing(runner: CliRunner, kalinin: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "c.xml"
    for given in ([], ["--editor", "E", "--email", "e@example.org"], ["--url", "https://example.org"]):
        result = runner.invoke(main, ["export", "cmif", str(kalinin), "--out", str(out), *given])
        assert result.exit_code == 2, result.output
        assert result.output.startswith("teikit: error: a CMIF file for correspSearch needs --")
        assert "Traceback" not in result.output and not out.exists()
    result = runner.invoke(main, ["export", "cmif", str(kalinin), "--out", str(out), "--editor", "E", "--email", "e@example.org"])
    assert "needs --url " in result.output


@pytest.mark.parametrize(("option", "value"), [("--date", "yesterday"), ("--url", "notaurl"), ("--email", "nobody")])
def test_cli_bad_value_exits_2(runner: CliRunner, kalinin: Path, tmp_path: Path, option: str, value: str,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    given = dict(zip(REQUIRED[::2], REQUIRED[1::2], strict=True))
    given[option] = value
    args = [a for pair in given.items() for a in pair]
    result = runner.invoke(main, ["export", "cmif", str(kalinin), "--out", str(tmp_path / "c.xml"), *args])
    assert result.exit_code == 2 and f"{option} {value!r}" in result.output
    assert not (tmp_path / "c.xml").exists()


def test_cli_reads_teikit_toml_of_the_current_folder(runner: CliRunner, kalinin: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "teikit.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    result = runner.invoke(main, ["export", "cmif", str(kalinin), "--out", "c.xml"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "c.xml").read_text("utf-8")
    assert "C. Onfig" in text and "https://example.org/config/c.xml" in text and CC0 in text
    assert '<date when="2023-11-14"/>' in text


def test_edition_takes_its_cmif_details_from_teikit_toml(runner: CliRunner, letters_dir: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    bare = runner.invoke(main, ["export", "edition", str(letters_dir), "--out-dir", "bare"])
    assert "cmif.xml not written: correspSearch needs --editor, --email, --url" in bare.output
    assert not (tmp_path / "bare" / "cmif.xml").exists() and (tmp_path / "bare" / "index.html").exists()
    (tmp_path / "teikit.toml").write_text(CONFIG, encoding="utf-8")
    result = runner.invoke(main, ["export", "edition", str(letters_dir), "--out-dir", "site"])
    assert result.exit_code == 0, result.output
    cmif = (tmp_path / "site" / "cmif.xml").read_text("utf-8")
    assert "C. Onfig" in cmif and "https://example.org/config/cmif.xml" in cmif


def test_cmif_on_standard_output_is_published_as_cmif_xml(runner: CliRunner, kalinin: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["export", "cmif", str(kalinin), "--out", "-", *REQUIRED])
    assert result.exit_code == 0
    assert '<idno type="url">https://example.org/letters/cmif.xml</idno>' in result.stdout
