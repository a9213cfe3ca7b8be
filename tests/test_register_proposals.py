"""Registers users write: duplicate ids, empty folders, what convert can carry, and adopting proposals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from lxml import etree

from teikit import resources
from teikit.cli import main
from teikit.registers import check_registers, load_registers

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
        "<titleStmt><title>P</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc>"
        "</fileDesc></teiHeader><text><body>")
TAIL = "</body></text></TEI>\n"
LETTER = ("Berlin, den 3. März 1905\n\nLieber Freund!\n\nHerr Doktor Weber war gestern bei uns, und Frau Clara "
          "läßt Dich grüßen. Ich habe mit Weber gesprochen.\n\nDein treuer\nKarl Heinrich Müller\n")


def _folder(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "registers"
    folder.mkdir()
    (folder / "persons.xml").write_text(HEAD + body + TAIL, encoding="utf-8")
    return folder


def test_a_duplicate_id_in_one_file_is_a_duplicate_key(runner, tmp_path):
    folder = _folder(tmp_path, '<listPerson><person xml:id="weber"><persName>Max Weber</persName></person>'
                               '<person xml:id="weber"><persName>Alfred Weber</persName></person></listPerson>')
    result = runner.invoke(main, ["registers", "check", str(folder)])
    assert result.exit_code == 1
    assert "persons.xml:2: weber: duplicate key (also persons.xml:2)" in result.output
    assert "not well-formed" not in result.output


def test_a_folder_without_entries_is_an_error(runner, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    page = tmp_path / "page.txt"
    page.write_text(LETTER, encoding="utf-8")
    for args in (["registers", "check", str(empty)],
                 ["convert", str(page), "--out-dir", str(tmp_path / "out"), "--registers", str(empty)]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, result.output
        assert "no register entries" in result.output
    assert not (tmp_path / "out" / "page.xml").exists()


def test_check_reports_what_convert_cannot_carry(tmp_path):
    folder = _folder(tmp_path, '<listPerson><person xml:id="weber"><persName>Max Weber</persName>'
                               "<socecStatus>professor</socecStatus></person></listPerson>")
    messages = [str(p) for p in check_registers(load_registers(folder))]
    assert len(messages) == 1
    assert "weber: convert cannot copy this entry into a document's standOff" in messages[0]
    assert "socecStatus" in messages[0]


def test_a_folder_check_passes_converts(runner, tmp_path):
    folder = _folder(tmp_path, '<listPerson><person xml:id="weber"><persName type="main" xml:lang="de">'
                               "<surname>Weber</surname><forename>Max</forename></persName>"
                               '<persName xml:lang="de">Max Weber</persName><birth when="1864"/><death when="1920"/>'
                               '<occupation>sociologist</occupation><idno type="VIAF">1</idno><note>x</note>'
                               "</person></listPerson>")
    assert check_registers(load_registers(folder)) == []
    page = tmp_path / "page.txt"
    page.write_text(LETTER, encoding="utf-8")
    result = runner.invoke(main, ["convert", str(page), "--out-dir", str(tmp_path / "out"), "--registers", str(folder)])
    assert result.exit_code == 0, result.output
    root = etree.parse(str(tmp_path / "out" / "page.xml")).getroot()
    refs = [n.get("ref") for n in root.iter("{http://www.tei-c.org/ns/1.0}persName") if n.get("ref")]
    assert refs.count("#weber") == 2


@pytest.fixture()
def own_registers(tmp_path: Path) -> Path:
    folder = tmp_path / "registers"
    shutil.copytree(resources.registers_dir(), folder)
    return folder


def _convert(runner, tmp_path: Path, folder: Path, name: str) -> tuple[dict, etree._Element]:
    page = tmp_path / f"{name}.txt"
    page.write_text(LETTER, encoding="utf-8")
    out, report = tmp_path / name, tmp_path / f"{name}.json"
    result = runner.invoke(main, ["convert", str(page), "--out-dir", str(out), "--report", str(report),
                                  "--registers", str(folder)])
    assert result.exit_code == 0, result.output
    return json.loads(report.read_text(encoding="utf-8")), etree.parse(str(out / f"{name}.xml")).getroot()


def _refs(root: etree._Element) -> list[str]:
    text = root.find("{http://www.tei-c.org/ns/1.0}text")
    return [n.get("ref") for n in text.iter("{http://www.tei-c.org/ns/1.0}persName")]


def test_round_trip_convert_add_convert_links(runner, tmp_path, own_registers):
    report, root = _convert(runner, tmp_path, own_registers, "first")
    proposed = {u["key"]: u for u in report["inputs"][0]["unconfirmed"]}
    assert set(proposed) == {"weber", "clara", "muller"}
    assert proposed["muller"]["surname"] == "Müller" and proposed["weber"]["lang"] == "de"
    assert root.find(".//{http://www.tei-c.org/ns/1.0}person[@{http://www.w3.org/XML/1998/namespace}id='weber']"
                     ).get("cert") == "low"
    added = runner.invoke(main, ["registers", "add", "--from", str(tmp_path / "first.json"),
                                 "--registers", str(own_registers), "--only", "weber", "--only", "muller"])
    assert added.exit_code == 0, added.output
    assert "weber: new entry in persons.xml" in added.output
    assert check_registers(load_registers(own_registers)) == []
    report, root = _convert(runner, tmp_path, own_registers, "second")
    assert [u["key"] for u in report["inputs"][0]["unconfirmed"]] == ["clara"]
    assert _refs(root) == ["#weber", "#clara", "#weber", "#muller"]
    entry = root.find(".//{http://www.tei-c.org/ns/1.0}person[@{http://www.w3.org/XML/1998/namespace}id='weber']")
    assert entry.get("cert") is None


def test_add_merges_forms_into_an_existing_entry(runner, tmp_path, own_registers):
    _convert(runner, tmp_path, own_registers, "first")
    merged = runner.invoke(main, ["registers", "add", "--from", str(tmp_path / "first.json"),
                                  "--registers", str(own_registers), "--only", "none", "--merge", "clara=liber"])
    assert merged.exit_code == 2 and "no proposal in the report for none" in merged.output
    merged = runner.invoke(main, ["registers", "add", "--from", str(tmp_path / "first.json"),
                                  "--registers", str(own_registers), "--merge", "clara=liber"])
    assert merged.exit_code == 0, merged.output
    assert "clara: 1 form(s) added to liber" in merged.output
    names = [n.text for n in load_registers(own_registers).get("liber").names]
    assert "Clara" in names


def test_add_refuses_what_it_cannot_do_and_writes_nothing(runner, tmp_path, own_registers):
    _convert(runner, tmp_path, own_registers, "first")
    before = (own_registers / "persons.xml").read_bytes()
    for extra in (["--merge", "weber=nobody"], ["--merge", "weber"]):
        result = runner.invoke(main, ["registers", "add", "--from", str(tmp_path / "first.json"),
                                      "--registers", str(own_registers)] + extra)
        assert result.exit_code == 2, result.output
        assert result.output.startswith("teikit: error: ")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    result = runner.invoke(main, ["registers", "add", "--from", str(tmp_path / "bad.json"), "--registers",
                                  str(own_registers)])
    assert result.exit_code == 2 and "not a JSON report" in result.output
    assert (own_registers / "persons.xml").read_bytes() == before


def test_add_keeps_a_hand_edit_made_between_runs_and_records_what_it_wrote(runner, tmp_path, own_registers):
    _convert(runner, tmp_path, own_registers, "first")
    base = ["registers", "add", "--from", str(tmp_path / "first.json"), "--registers", str(own_registers)]
    assert runner.invoke(main, [*base, "--only", "weber"]).exit_code == 0
    persons = own_registers / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace("</listPerson>", "<!-- checked --></listPerson>"),
                       encoding="utf-8")
    result = runner.invoke(main, [*base, "--only", "muller"])
    assert result.exit_code == 0, result.output
    text = persons.read_text(encoding="utf-8")
    assert "<!-- checked -->" in text and 'xml:id="muller"' in text and 'xml:id="weber"' in text
    manifest = (own_registers / ".teikit-manifest.jsonl").read_text(encoding="utf-8")
    assert '"path": "persons.xml"' in manifest and '"by": "registers add"' in manifest
