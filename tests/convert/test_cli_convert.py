"""`teikit convert` end to end on the bundled seed letter and on bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from teikit.cli import main
from teikit.xml import NS

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tei" / "raw" / "kalinin-stalin-1924-08.txt"
GOLDEN = ROOT / "tei" / "letters" / "kalinin-stalin-1924-08.xml"
FIXTURES = ROOT / "tests" / "fixtures" / "convert"


def _convert(runner: CliRunner, out: Path, *inputs: Path) -> tuple[int, str, dict]:
    report = out / "report.json"
    result = runner.invoke(main, ["convert", *map(str, inputs), "--out-dir", str(out), "--report", str(report)])
    data = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
    return result.exit_code, result.output, data


def test_seed_becomes_one_tei_file_with_its_structure(runner: CliRunner, tmp_path: Path) -> None:
    code, output, report = _convert(runner, tmp_path, SEED)
    assert code == 0, output
    entry = report["inputs"][0]
    assert entry["documents"] == [str(tmp_path / "kalinin-stalin-1924-08.xml")]
    assert "Stalin Correspondences" in entry["furniture"]
    assert entry["duplicates_removed"] == 2 and len(entry["removed"]) == 2
    assert any("note marker *" in w for w in entry["warnings"])
    root = etree.parse(str(tmp_path / "kalinin-stalin-1924-08.xml")).getroot()
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == "M. I. Kalinin to I. V. Stalin"
    date = root.find(".//t:correspAction[@type='sent']/t:date", NS)
    assert date.get("when") == "1924-08" and date.get("evidence") == "conjecture"
    assert root.findtext(".//t:msIdentifier/t:idno[@type='delo']", namespaces=NS) == "210"
    assert "".join(root.find(".//t:opener/t:salute", NS).itertext()) == "T. Stalin."
    assert [n.get("n") for n in root.iterfind(".//t:text//t:note", NS)] == ["1"]
    assert root.find(".//t:text//t:anchor[@type='note-marker']", NS).get("n") == "*"


def test_output_is_byte_identical_across_runs(runner: CliRunner, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    _convert(runner, first, SEED)
    _convert(runner, second, SEED)
    name = "kalinin-stalin-1924-08.xml"
    assert (first / name).read_bytes() == (second / name).read_bytes()


def test_bundled_encoding_is_what_convert_writes(runner: CliRunner, tmp_path: Path) -> None:
    code, output, _ = _convert(runner, tmp_path, SEED)
    assert code == 0, output
    written = (tmp_path / "kalinin-stalin-1924-08.xml").read_bytes()
    assert written == GOLDEN.read_bytes(), "tei/letters/ is out of step: re-run `make letters`"


def test_missing_and_undecodable_inputs_fail_cleanly(runner: CliRunner, tmp_path: Path) -> None:
    code, output, report = _convert(runner, tmp_path, tmp_path / "nowhere.txt", FIXTURES / "latin1.txt", SEED)
    assert code == 2
    assert "nowhere.txt: no such file or folder" in output
    assert "latin1.txt: not UTF-8" in output
    assert "Traceback" not in output
    assert [(Path(e["source"]).name, "error" in e) for e in report["inputs"]] == [
        ("latin1.txt", True), (SEED.name, False)]
    assert report["inputs"][0]["documents"] == []
    assert sorted(p.name for p in tmp_path.glob("*.xml")) == ["kalinin-stalin-1924-08.xml"]


def test_bom_and_crlf_are_read_like_plain_utf8(runner: CliRunner, tmp_path: Path) -> None:
    variant = tmp_path / "in" / "kalinin-stalin-1924-08.txt"
    variant.parent.mkdir()
    variant.write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes().replace(b"\n", b"\r\n"))
    plain, bom = tmp_path / "plain", tmp_path / "bom"
    _convert(runner, plain, SEED)
    code, output, _ = _convert(runner, bom, variant)
    assert code == 0, output
    name = "kalinin-stalin-1924-08.xml"
    assert (plain / name).read_bytes() == (bom / name).read_bytes()


def test_lost_text_fails_loudly(tmp_path: Path, monkeypatch) -> None:
    from teikit.convert import run
    from teikit.errors import TeikitError
    from teikit.registers import load_registers

    monkeypatch.setattr(run.audit, "source_texts", lambda tree: [])
    converter = run.Converter(load_registers())
    try:
        converter.convert_text(SEED.read_text(encoding="utf-8"), "seed.txt", "seed")
    except TeikitError as err:
        assert "text would be lost" in str(err) and "seed.txt" in str(err)
    else:
        raise AssertionError("the audit let lost text through")


def test_an_encoding_the_profile_rejects_is_not_written(tmp_path: Path, monkeypatch) -> None:
    from teikit.convert import run
    from teikit.errors import TeikitError
    from teikit.registers import load_registers
    from teikit.xml import tei

    real = run.encode_document

    def broken(*args, **kwargs):
        encoded = real(*args, **kwargs)
        etree.SubElement(encoded.tree.getroot().find(tei("text")), tei("unknownThing"))
        return encoded

    monkeypatch.setattr(run, "encode_document", broken)
    converter = run.Converter(load_registers())
    try:
        converter.convert_text(SEED.read_text(encoding="utf-8"), "seed.txt", "seed")
    except TeikitError as err:
        assert "not valid against teikit's profile" in str(err) and "unknownThing" in str(err)
    else:
        raise AssertionError("an invalid encoding was accepted")


def test_a_folder_converts_every_page_in_it(runner: CliRunner, tmp_path: Path) -> None:
    pages = tmp_path / "pages" / "sub"
    pages.mkdir(parents=True)
    shutil.copy(SEED, pages / "a.txt")
    shutil.copy(SEED, pages / "b.txt")
    code, output, report = _convert(runner, tmp_path / "out", tmp_path / "pages")
    assert code == 0, output
    assert [Path(e["source"]).name for e in report["inputs"]] == ["a.txt", "b.txt"]


def test_a_document_without_running_text_is_still_valid(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "short.txt"
    page.write_text("Telegram from P. S. Gusakov to S. M. Kirov\n\nASTRAKHAN, KIROV.\n\nGUSAKOV.\n", encoding="utf-8")
    code, output, report = _convert(runner, tmp_path / "out", page)
    assert code == 0, output
    root = etree.parse(report["inputs"][0]["documents"][0]).getroot()
    assert "".join(root.find(".//t:closer/t:signed", NS).itertext()) == "GUSAKOV."


def test_a_later_closing_date_makes_the_document_date_precise(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "koba.txt"
    page.write_text("I. A. Lozhkin to I. V. Stalin\n\n[1913]\n\nDear Koba!\n\nThe parcel has come.\n\n"
                    "Your I. Lozhkin.\n\n12/IX\n", encoding="utf-8")
    code, output, report = _convert(runner, tmp_path / "out", page)
    assert code == 0, output
    root = etree.parse(report["inputs"][0]["documents"][0]).getroot()
    date = root.find(".//t:correspAction[@type='sent']/t:date", NS)
    assert (date.get("when"), date.get("evidence")) == ("1913-09-12", "conjecture")


def test_an_editors_introduction_goes_with_the_letter_after_it(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "section.txt"
    page.write_text(
        "Section II. 1920\n\nThe letters of this section were written during the war by members of the "
        "Central Committee.\n\nNo. 95\n\nL. B. Krasin to G. V. Chicherin\n\nDear Georgy Vasilyevich!\n\n"
        "The talks go slowly.\n\nYours, L. Krasin.\n\nRGASPI. F. 2. Op. 1. D. 5. L. 3. Autograph.\n",
        encoding="utf-8")
    code, output, report = _convert(runner, tmp_path / "out", page)
    assert code == 0, output
    [written] = report["inputs"][0]["documents"]
    root = etree.parse(written).getroot()
    intro = root.find(".//t:fileDesc/t:notesStmt/t:note[@type='introduction']", NS)
    assert intro.findtext("t:label", namespaces=NS) == "Section II. 1920"
    assert "written during the war" in "".join(intro.itertext())
    assert root.findtext(".//t:text/t:body/t:head[@type='number']", namespaces=NS) == "No. 95"


def test_a_date_without_a_year_in_reach_is_kept_as_text(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "yearless.txt"
    page.write_text("Section I\n\nOn December 9 the strike began in the town.\n", encoding="utf-8")
    code, output, report = _convert(runner, tmp_path / "out", page)
    assert code == 0, output
    assert any("date without a year" in w for w in report["inputs"][0]["warnings"])
    root = etree.parse(report["inputs"][0]["documents"][0]).getroot()
    assert root.find(".//t:text//t:date", NS) is None


def test_a_date_in_the_heading_dates_an_otherwise_undated_letter(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "k.txt"
    page.write_text("Kaganovich to Stalin January 15, 1936\n\nWas on the road.\n\nL. Kaganovich.\n", encoding="utf-8")
    code, output, report = _convert(runner, tmp_path / "out", page)
    assert code == 0, output
    root = etree.parse(report["inputs"][0]["documents"][0]).getroot()
    assert root.find(".//t:correspAction[@type='sent']/t:date", NS).get("when") == "1936-01-15"
    assert root.find(".//t:body/t:head/t:date", NS).text == "January 15, 1936"


def test_pages_with_the_same_name_in_two_folders_do_not_overwrite_each_other(runner: CliRunner, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / "pages" / folder).mkdir(parents=True)
        shutil.copy(SEED, tmp_path / "pages" / folder / "page.txt")
    code, output, report = _convert(runner, tmp_path / "out", tmp_path / "pages")
    assert code == 0, output
    assert [Path(e["documents"][0]).relative_to(tmp_path / "out").as_posix() for e in report["inputs"]] == [
        "a/page.xml", "b/page.xml"]
    # Given as two folders, both pages would be out/page.xml: the second is refused, not renamed.
    code, output, report = _convert(runner, tmp_path / "out2", tmp_path / "pages" / "a", tmp_path / "pages" / "b")
    assert code == 2 and "b/page.txt: its output" in output and "already made from" in output
    assert [Path(e["documents"][0]).name for e in report["inputs"]] == ["page.xml"]


def test_an_unwritable_output_folder_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    result = runner.invoke(main, ["convert", str(SEED), "--out-dir", str(blocker / "sub")])
    assert result.exit_code == 2 and "cannot write" in result.output and "Traceback" not in result.output


def test_a_marker_ending_the_salute_or_signature_puts_its_note_after_it(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "m.txt"
    page.write_text("S. M. Kirov to G. K. Ordzhonikidze\n\nDear Sergo! one\n\nAll is well here.\n\n"
                    "Yours S. Kirov 2 .\n\nNotes:\n\n1 A friend's name.\n2 Signed in pencil.\n", encoding="utf-8")
    code, output, report = _convert(runner, tmp_path / "out", page)
    assert code == 0, output
    root = etree.parse(report["inputs"][0]["documents"][0]).getroot()
    assert "".join(root.find(".//t:opener/t:salute", NS).itertext()) == "Dear Sergo!"
    assert root.find(".//t:opener/t:note", NS).get("n") == "1"
    assert "".join(root.find(".//t:closer/t:signed", NS).itertext()).strip() == "Yours S. Kirov"
    assert root.find(".//t:closer/t:note", NS).get("n") == "2"


SOURCES = ROOT / "tests" / "fixtures" / "corpus" / "sources"


def test_explain_prints_each_line_with_its_role_and_rule(runner: CliRunner) -> None:
    result = runner.invoke(main, ["convert", str(SOURCES / "s05_printed-volume-en.txt"), "--explain"])
    assert result.exit_code == 0, result.output
    rows = [line.split(None, 3) for line in result.output.splitlines() if not line.startswith("==")]
    by_line = {int(n): (role, rule) for n, role, rule, _ in rows}
    assert by_line[1] == ("furniture", "running-head")
    assert by_line[3] == ("heading", "to_only")
    assert by_line[7] == ("salute", "salute-formula")
    assert by_line[12] == ("signed", "signature")
    assert by_line[22] == ("furniture", "running-head")
    page = (SOURCES / "s05_printed-volume-en.txt").read_text(encoding="utf-8")
    assert len(rows) == sum(1 for line in page.splitlines() if line.strip())


def test_convert_needs_an_out_dir_unless_it_only_explains(runner: CliRunner) -> None:
    result = runner.invoke(main, ["convert", str(SOURCES / "s05_printed-volume-en.txt")])
    assert result.exit_code == 2 and "--out-dir" in result.output


def test_a_profile_teaches_a_source(runner: CliRunner, tmp_path: Path) -> None:
    profile = tmp_path / "source.toml"
    profile.write_text(
        '[source]\nsender = "John Ruskin"\ncollection = "Letters of John Ruskin"\n'
        "[furniture]\nlines = [\"Ruskin Online\"]\n"
        "[headings]\npatterns = ['^For (?P<recipients>.+)$']\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("Ruskin Online\n\nFor Henry Acland\n\nMy dear Acland,\n\nThe drawings are done.\n", encoding="utf-8")
    report = tmp_path / "report.json"
    result = runner.invoke(main, ["convert", str(page), "-o", str(tmp_path / "out"), "--report", str(report),
                                  "--profile", str(profile)])
    assert result.exit_code == 0, result.output
    entry = json.loads(report.read_text(encoding="utf-8"))["inputs"][0]
    assert entry["furniture"] == ["Ruskin Online"]
    assert any("sender from the profile" in w for w in entry["warnings"])
    tree = etree.parse(str(tmp_path / "out" / "page.xml"))
    sent = tree.findall(".//t:correspAction[@type='sent']/t:persName", NS)
    received = tree.findall(".//t:correspAction[@type='received']/t:persName", NS)
    assert [p.text for p in sent] == ["John Ruskin"] and [p.text for p in received] == ["Henry Acland"]
    assert tree.findtext(".//t:bibl[@type='collection']/t:title", namespaces=NS) == "Letters of John Ruskin"


def test_a_bad_profile_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    profile = tmp_path / "bad.toml"
    profile.write_text("[headings]\npatterns = ['(unclosed']\n", encoding="utf-8")
    result = runner.invoke(main, ["convert", str(SEED), "-o", str(tmp_path), "--profile", str(profile)])
    assert result.exit_code == 2
    assert result.output.strip().startswith(f"teikit: error: {profile}:") and len(result.output.strip().splitlines()) == 1


def test_jobs_write_the_same_files_report_and_messages_as_one_process(runner: CliRunner, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in sorted((ROOT / "tests" / "fixtures" / "corpus" / "held-out-1").glob("*.txt"))[:5]:
        shutil.copy(page, pages / page.name)
    shutil.copy(SEED, pages / SEED.name)
    (pages / "b-empty.txt").write_text("  \n", encoding="utf-8")
    runs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        result = runner.invoke(main, ["convert", str(pages), "--out-dir", str(out), "--report", str(out / "r.json"),
                                      "--jobs", jobs, "--verbose"])
        files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.xml"))}
        report = (out / "r.json").read_text(encoding="utf-8").replace(str(out), "OUT")
        runs[jobs] = (result.exit_code, result.output.replace(str(out), "OUT"), files, report)
    assert runs["1"][0] == 1 and "b-empty.txt: empty page" in runs["1"][1]
    assert len(runs["1"][2]) > 6
    assert runs["2"] == runs["1"]


def test_a_surname_the_page_title_names_in_full_is_a_person_in_the_letter(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    body = ("9. 11. 1892: Arthur Schnitzler an Hugo von Hofmannsthal, Wien\n\nLieber Hugo!\n\n"
            "Ich war gestern im Theater. Grüßen Sie Bahr!\n\nArthur\n")
    page.write_text("Hermann Bahr – Arthur Schnitzler: Briefwechsel, Aufzeichnungen, Dokumente\n\n"
                    "Startseite | Briefe | Kalender | Register | Suche\n\n" + body, encoding="utf-8")
    code, output, _ = _convert(runner, tmp_path / "out", page)
    assert code == 0, output
    text = etree.parse(str(tmp_path / "out" / "page.xml")).getroot().find("t:text", NS)
    assert [p.get("ref") for p in text.iter(f"{{{NS['t']}}}persName") if p.text == "Bahr"] == ["#bahr"]
    # without the title nothing in the letter says that Bahr is a person
    page.write_text(body, encoding="utf-8")
    code, output, _ = _convert(runner, tmp_path / "bare", page)
    text = etree.parse(str(tmp_path / "bare" / "page.xml")).getroot().find("t:text", NS)
    assert not [p for p in text.iter(f"{{{NS['t']}}}persName") if p.text == "Bahr"]
