"""Every CMIF teikit writes passes the official CMIF schema (checked with Jing) and correspSearch's rules."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from teikit.export.cmif import CmifOptions, export_cmif
from teikit.export.cmif_check import check_cmif, cmif_schemas
from teikit.export.sources import SourceFile, collect_sources
from teikit.registers import Registers
from teikit.xml import NS, parse_file

OPTIONS = CmifOptions(title="Test letters", editor="A. Editor", email="a@example.org",
                      url="https://example.org/ed", date="2025-01-01")
HEADER_FORMS = Path(__file__).resolve().parent.parent / "fixtures" / "header-forms"


def jing(*files: Path) -> subprocess.CompletedProcess[str]:
    if not shutil.which("jing"):
        pytest.skip("jing is not installed (the CI installs it)")
    return subprocess.run(["jing", cmif_schemas()[0], *map(str, files)], capture_output=True, text=True)


def test_fixture_letters_give_cmif_jing_accepts(letters_dir: Path, registers: Registers, tmp_path: Path) -> None:
    out = tmp_path / "cmif.xml"
    outcome = export_cmif(collect_sources([letters_dir]), out, OPTIONS, registers)
    assert outcome.failures == [] and out.is_file()
    run = jing(out)
    assert run.returncode == 0, run.stdout
    assert [p for p in check_cmif(parse_file(out)) if p.is_error] == []


def test_cmif_correspsearch_would_refuse_is_not_written(letters_dir: Path, registers: Registers, tmp_path: Path) -> None:
    out = tmp_path / "cmif.xml"
    outcome = export_cmif(collect_sources([letters_dir]), out, CmifOptions(date="2025-01-01"), registers)
    assert not out.exists() and outcome.exit_code == 1
    (failure,) = outcome.failures
    assert failure.startswith(f"{out}: not written: the CMIF would not pass correspSearch's check: line ")


def test_check_agrees_with_jing_on_a_broken_cmif(letters_dir: Path, registers: Registers, tmp_path: Path) -> None:
    out = tmp_path / "cmif.xml"
    export_cmif(collect_sources([letters_dir]), out, OPTIONS, registers)
    broken = tmp_path / "broken.xml"
    text = out.read_text("utf-8")
    broken.write_text(text.replace('<correspAction type="received">', '<correspAction type="forwarded">'), "utf-8")
    assert jing(broken).returncode == 1
    errors = [p for p in check_cmif(parse_file(broken)) if p.is_error]
    assert any("received" in p.message for p in errors)


def test_other_header_forms_are_exported_and_reported(tmp_path: Path) -> None:
    out = tmp_path / "cmif.xml"
    outcome = export_cmif(collect_sources([HEADER_FORMS / "partic.xml", HEADER_FORMS / "titled.xml"]), out, OPTIONS)
    assert outcome.failures == [] and outcome.letters == 2
    descs = parse_file(out).getroot().findall(".//t:profileDesc/t:correspDesc", NS)
    sent = [d.find("t:correspAction[@type='sent']/t:persName", NS) for d in descs]
    assert [(p.text, p.get("ref")) for p in sent] == [("Francke, August Hermann", "https://d-nb.info/gnd/118534912"),
                                                      ("Weber, Maria", None)]
    received = [d.findtext("t:correspAction[@type='received']/t:persName", namespaces=NS) for d in descs]
    assert received == ["Spener, Philipp Jakob", "Paul Weber"]
    assert [d.find(".//t:date", NS).get("when") for d in descs] == ["1750-05-01", "1901-05-03"]
    assert "correspondents taken from: particDesc (1), titleStmt (1)" in outcome.notes
    assert (f"{HEADER_FORMS / 'titled.xml'}: correspondents from titleStmt, "
            "date from profileDesc/creation (no correspDesc gives it)") in outcome.notes
    assert "date taken from: profileDesc/creation (2)" in outcome.notes
    assert "persons with an authority URI: 1 of 4 (25%)" in outcome.notes
    assert jing(out).returncode == 0


def test_development_corpus_cmif_is_valid(shared: Path, tmp_path: Path) -> None:
    from teikit.convert.run import convert_files

    convert_files([shared / "corpus" / "raw"], tmp_path / "tei")
    out = tmp_path / "cmif.xml"
    outcome = export_cmif(collect_sources([tmp_path / "tei"]), out, OPTIONS)
    assert outcome.failures == [] and outcome.letters >= 25
    run = jing(out)
    assert run.returncode == 0, run.stdout[:2000]


def test_a_cmif_file_as_input_keeps_its_letters(shared: Path, tmp_path: Path) -> None:
    source = shared / "corpus" / "tei-real" / "cmif" / "bahr-schnitzler_cmif.xml"
    out = tmp_path / "cmif.xml"
    outcome = export_cmif([SourceFile(source, "bahr")], out, OPTIONS)
    given = len(parse_file(source).getroot().findall(".//t:profileDesc/t:correspDesc", NS))
    assert outcome.failures == [] and outcome.letters == given
    assert jing(out).returncode == 0


def test_hostile_header_values_still_give_a_valid_cmif(tmp_path: Path) -> None:
    letter = tmp_path / "h.xml"
    letter.write_text("""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title>
      </titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc><profileDesc>
      <correspDesc ref="not a uri"><correspAction type="sent"><persName ref="%%% ##"/>
      <persName ref="https://d-nb.info/gnd/118609807 #x">A</persName><placeName ref="#local">P</placeName>
      <date when="2020-02-30" notBefore="1900" notAfter="19xx">x</date></correspAction>
      <correspAction type="forwarded"><persName>F</persName></correspAction></correspDesc>
      </profileDesc></teiHeader><text><body><p/></body></text></TEI>""", "utf-8")
    out = tmp_path / "cmif.xml"
    outcome = export_cmif([SourceFile(letter, "h")], out, OPTIONS)
    assert outcome.failures == [] and len(outcome.warnings) == 2  # the two dates that are not ISO
    sent = parse_file(out).getroot().find(".//t:correspAction[@type='sent']", NS)
    assert [(p.text, p.get("ref")) for p in sent.findall("t:persName", NS)] == [("A", "https://d-nb.info/gnd/118609807")]
    assert parse_file(out).getroot().findtext(".//t:correspAction[@type='received']/t:persName", namespaces=NS) == "Unknown"
    assert jing(out).returncode == 0


def test_a_tei_corpus_gives_one_correspdesc_per_tei(tmp_path: Path) -> None:
    member = (HEADER_FORMS / "titled.xml").read_text("utf-8").replace(' xmlns="http://www.tei-c.org/ns/1.0"', "")
    corpus = tmp_path / "corpus.xml"
    corpus.write_text('<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>C</title>'
                      "</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>"
                      f"</teiHeader>{member}{member}</teiCorpus>", "utf-8")
    out = tmp_path / "cmif.xml"
    outcome = export_cmif([SourceFile(corpus, "corpus")], out, OPTIONS)
    assert outcome.failures == [] and outcome.letters == 2
    descs = parse_file(out).getroot().findall(".//t:profileDesc/t:correspDesc", NS)
    assert [d.findtext("t:correspAction[@type='received']/t:persName", namespaces=NS) for d in descs] == ["Paul Weber"] * 2
    assert jing(out).returncode == 0


def test_input_without_letters_gives_no_cmif(letters_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "cmif.xml"
    outcome = export_cmif([SourceFile(letters_dir / "no-correspdesc.xml", "n")], out, OPTIONS)
    assert not out.exists() and outcome.failures == [
        f"{out}: not written: no letter of the input names a correspondent, so there is nothing for a CMIF file"]
