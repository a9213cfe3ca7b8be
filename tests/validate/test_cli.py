"""teikit validate on the command line: messages, JSON, summary, exit codes, schema choice."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from teikit.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "validate"
SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
LETTER = FIXTURES / "valid" / "letter-full.xml"


def test_valid_files_exit_0_with_a_summary(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", str(FIXTURES / "valid")])
    assert result.exit_code == 0, result.output
    assert "files, " in result.output and " 0 invalid, 0 errors" in result.output


def test_invalid_files_exit_1_with_file_line_column_messages(runner: CliRunner) -> None:
    bad = FIXTURES / "invalid" / "unknown-element.xml"
    result = runner.invoke(main, ["validate", str(LETTER), str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:47:107: error: element 'foo' inside 'p' is not declared anywhere in the schema" in result.output
    assert "2 files, 1 valid, 1 invalid, 1 errors" in result.output


def test_a_malformed_file_is_reported_and_the_rest_still_validated(runner: CliRunner, tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "malformed.xml", tmp_path / "a-malformed.xml")
    shutil.copy(FIXTURES / "invalid" / "no-delo.xml", tmp_path / "b-no-delo.xml")
    result = runner.invoke(main, ["validate", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert [(r["path"].split("/")[-1], r["status"]) for r in report["results"]] == [
        ("a-malformed.xml", "malformed"), ("b-no-delo.xml", "invalid")]
    malformed = report["results"][0]["problems"][0]
    assert malformed["line"] == 4 and "not well-formed" in malformed["message"]
    assert (report["files"], report["valid"], report["invalid"], report["malformed"]) == (2, 0, 1, 1)


def test_missing_paths_and_unreadable_schemas_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    missing = runner.invoke(main, ["validate", str(LETTER), str(tmp_path / "nowhere.xml")])
    assert missing.exit_code == 2
    assert "nowhere.xml: error: cannot read" in missing.output
    schema = runner.invoke(main, ["validate", str(LETTER), str(FIXTURES / "valid"), "--schema", str(tmp_path / "none.rng")])
    assert schema.exit_code == 2
    assert schema.output.splitlines() == [f"teikit: error: {tmp_path / 'none.rng'}: schema not found"]
    kind = runner.invoke(main, ["validate", str(LETTER), "--schema", str(tmp_path / "x.dtd")])
    assert kind.exit_code == 2 and "expected a .rng, .xsd or .sch file" in kind.output


def test_explicit_schemas_replace_the_profile(runner: CliRunner) -> None:
    """The Schematron alone passes a document that breaks only the grammar, and the other way round."""
    grammar_only = FIXTURES / "invalid" / "attribute-not-allowed.xml"
    rules_only = FIXTURES / "invalid" / "dangling-reference.xml"
    sch = runner.invoke(main, ["validate", str(grammar_only), "-s", str(SCHEMAS / "teikit.sch")])
    xsd = runner.invoke(main, ["validate", str(rules_only), "-s", str(SCHEMAS / "teikit.xsd")])
    assert (sch.exit_code, xsd.exit_code) == (0, 0)
    both = runner.invoke(main, ["validate", str(grammar_only), "-s", str(SCHEMAS / "teikit.xsd"),
                                "-s", str(SCHEMAS / "teikit.sch")])
    assert both.exit_code == 1 and "attribute 'rend' is not allowed on element 'p'" in both.output


def _with_model(tmp_path: Path, href: str, schematypens: str) -> Path:
    text = LETTER.read_text(encoding="utf-8").replace(
        "\n<TEI", f'\n<?xml-model href="{href}" schematypens="{schematypens}"?>\n<TEI', 1)
    doc = tmp_path / "docs" / "letter.xml"
    doc.parent.mkdir(exist_ok=True)
    doc.write_text(text.replace('<p n="I">', '<p n="I" rend="x">'), encoding="utf-8")
    return doc


def test_xml_model_schemas_are_resolved_against_the_document(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    shutil.copy(SCHEMAS / "teikit.sch", tmp_path / "schemas" / "rules.sch")
    doc = _with_model(tmp_path, "../schemas/rules.sch", "http://purl.oclc.org/dsdl/schematron")
    assert runner.invoke(main, ["validate", str(doc)]).exit_code == 0  # rend breaks only the grammar
    shutil.copy(SCHEMAS / "teikit.rng", tmp_path / "schemas" / "grammar.rng")
    doc = _with_model(tmp_path, "../schemas/grammar.rng", "http://relaxng.org/ns/structure/1.0")
    result = runner.invoke(main, ["validate", str(doc)])
    assert result.exit_code == 1 and "attribute 'rend'" in result.output


def test_remote_schemas_need_allow_network(runner: CliRunner, tmp_path: Path) -> None:
    doc = _with_model(tmp_path, "https://example.org/schema.rng", "http://relaxng.org/ns/structure/1.0")
    result = runner.invoke(main, ["validate", str(doc)])
    assert result.exit_code == 2 and "pass --allow-network" in result.output


def test_jobs_give_the_same_results_as_one_process(runner: CliRunner) -> None:
    one = runner.invoke(main, ["validate", str(FIXTURES), "--format", "json"])
    two = runner.invoke(main, ["validate", str(FIXTURES), "--format", "json", "--jobs", "2"])
    # verdicts are the same; how many follow-on messages libxml2 gives may depend on the batch's grammar
    strip = lambda out: [(r["path"], r["status"], bool(r["problems"])) for r in json.loads(out)["results"]]  # noqa: E731
    assert one.exit_code == two.exit_code == 1
    assert strip(one.stdout) == strip(two.stdout)


def test_nothing_to_validate_is_one_error_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not XML", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output == f"teikit: error: {tmp_path}: nothing to validate (no .xml files found)\n"


def test_malformed_and_unreadable_files_are_counted_alike(runner: CliRunner, tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "malformed.xml", tmp_path / "malformed.xml")
    result = runner.invoke(main, ["validate", str(LETTER), str(tmp_path / "malformed.xml"), str(tmp_path / "gone.xml")])
    assert result.exit_code == 2
    assert "3 files, 1 valid, 0 invalid, 1 malformed, 1 unreadable" in result.output
