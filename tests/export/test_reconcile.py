"""`registers reconcile` against a local reconciliation server answering with recorded answers."""

from __future__ import annotations

import json
import shutil
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from teikit.cli import main
from teikit.errors import InputError
from teikit.export.reconcile import Proposals, accept, load_services, propose
from teikit.registers import load_registers

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "reconcile"
ANSWERS = json.loads((HERE / "answers.json").read_text("utf-8"))


class Recorded(BaseHTTPRequestHandler):
    """Answers /wikidata and /gnd from answers.json and remembers what was asked."""

    asked: list[tuple[str, str, object]] = []
    status = 200
    body: bytes | None = None  # an answer to give instead of the recorded one

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        self._answer(ANSWERS[self.path.strip("/")]["manifest"])

    def do_POST(self) -> None:  # noqa: N802
        service = ANSWERS[self.path.strip("/")]
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        if "queries" in form:
            queries = json.loads(form["queries"][0])
            Recorded.asked.append((self.path.strip("/"), "queries", queries))
            self._answer({k: {"result": service["queries"].get(q["query"], [])} for k, q in queries.items()})
        else:
            extend = json.loads(form["extend"][0])
            Recorded.asked.append((self.path.strip("/"), "extend", extend))
            self._answer({"meta": [{"id": p["id"]} for p in extend["properties"]],
                          "rows": {i: service["extend"].get(i, {}) for i in extend["ids"]}})

    def _answer(self, data: object) -> None:
        body = Recorded.body if Recorded.body is not None else json.dumps(data).encode()
        self.send_response(Recorded.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    Recorded.asked = []
    Recorded.status = 200
    Recorded.body = None
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorded)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(HERE / "registers", tmp_path / "registers")
    return tmp_path / "registers"


def _endpoints(server: str) -> dict[str, str]:
    return {"wikidata": f"{server}/wikidata", "gnd": f"{server}/gnd"}


def test_proposals_carry_candidates_and_extension_ids(server: str, folder: Path) -> None:
    found = propose(load_registers(folder), load_services(None, _endpoints(server)))
    schnitzler = found.entries["schnitzler"]
    assert [(c.authority, c.id, c.match) for c in schnitzler.candidates] == [
        ("wikidata", "Q44331", True), ("gnd", "118609807", True)]
    assert schnitzler.candidates[0].also == {"gnd": "118609807"}
    assert schnitzler.candidates[0].uri == "http://www.wikidata.org/entity/Q44331"
    assert [(c.authority, c.id) for c in found.entries["bahr"].candidates] == [("gnd", "118505955")]
    mueller = found.entries["mueller"]
    assert mueller.matched() == [] and len(mueller.candidates) == 3  # 'not-an-id' is dropped
    # stalin has a Wikidata idno: only GND is asked for him, and it has nothing
    wikidata_asked = [q["query"] for s, kind, qs in Recorded.asked if s == "wikidata" and kind == "queries"
                      for q in qs.values()]  # type: ignore[union-attr]
    assert "Iosif Stalin" not in wikidata_asked and "Arthur Schnitzler" in wikidata_asked
    sent = {(s, q["query"]): q for s, kind, qs in Recorded.asked if kind == "queries" for q in qs.values()}  # type: ignore[union-attr]
    assert sent["wikidata", "Arthur Schnitzler"]["properties"] == [{"pid": "P569", "v": "1862-05-15"}]
    assert sent["wikidata", "Arthur Schnitzler"]["type"] == "Q5"
    assert "properties" not in sent["gnd", "Arthur Schnitzler"] and "properties" not in sent["wikidata", "Hermann Bahr"]
    assert "stalin" not in found.entries


def test_real_services_need_allow_network(folder: Path, runner: CliRunner, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="needs --allow-network"):
        propose(load_registers(folder), load_services(["gnd"]))
    result = runner.invoke(main, ["registers", "reconcile", str(folder), "--proposals", str(tmp_path / "p.json")])
    assert result.exit_code == 2 and "needs --allow-network" in result.output
    assert not (tmp_path / "p.json").exists()


def test_cli_proposes_then_accepts(server: str, folder: Path, runner: CliRunner, tmp_path: Path) -> None:
    proposals = tmp_path / "p.json"
    before = (folder / "persons.xml").read_text("utf-8")
    args = ["registers", "reconcile", str(folder), "--proposals", str(proposals),
            "--endpoint", f"wikidata={server}/wikidata", "--endpoint", f"gnd={server}/gnd"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "3 entr(y/ies) with candidates, 2 with a match the service is sure of" in result.output
    assert (folder / "persons.xml").read_text("utf-8") == before  # proposing never writes the register

    result = runner.invoke(main, [*args[:5], "--accept", "schnitzler", "--accept", "bahr"])
    assert result.exit_code == 0, result.output
    assert "added schnitzler: wikidata Q44331" in result.output and "added bahr: gnd 118505955" in result.output
    after = (folder / "persons.xml").read_text("utf-8")
    assert after.count('<idno type="gnd">118609807</idno>') == 1
    assert '        <birth when="1862-05-15"/>\n        <idno type="wikidata">Q44331</idno>\n' in after
    assert after.replace("\n        <idno type=\"wikidata\">Q44331</idno>", "").replace(
        "\n        <idno type=\"gnd\">118609807</idno>", "").replace(
        "\n        <idno type=\"gnd\">118505955</idno>", "") == before

    again = runner.invoke(main, [*args[:5], "--accept", "schnitzler"])
    assert again.exit_code == 0 and "0 identifier(s) written" in again.output


def test_accept_never_guesses(server: str, folder: Path) -> None:
    registers = load_registers(folder)
    found = propose(registers, load_services(None, _endpoints(server)))
    with pytest.raises(InputError, match="no candidate is marked as a match"):
        accept(registers, found, ["mueller"])
    with pytest.raises(InputError, match="not among the candidates"):
        accept(registers, found, ["mueller=wikidata:Q855"])
    with pytest.raises(InputError, match="no proposal for 'stalin'"):
        accept(registers, found, ["stalin"])
    assert accept(registers, found, ["mueller=gnd:118505955"]) == ["mueller: gnd 118505955"]


def test_a_contradicting_identifier_is_not_overwritten(server: str, folder: Path) -> None:
    registers = load_registers(folder)
    found = propose(registers, load_services(["gnd"], _endpoints(server)))
    path = folder / "persons.xml"
    path.write_text(path.read_text("utf-8").replace(
        "<birth when=\"1862-05-15\"/>", "<birth when=\"1862-05-15\"/><idno type=\"gnd\">118505955</idno>"), "utf-8")
    before = path.read_bytes()
    with pytest.raises(InputError, match="already has gnd"):
        accept(registers, found, ["schnitzler"])
    assert path.read_bytes() == before


def test_a_failing_service_is_one_line(server: str, folder: Path, runner: CliRunner, tmp_path: Path) -> None:
    Recorded.status = 500
    result = runner.invoke(main, ["registers", "reconcile", str(folder), "--proposals", str(tmp_path / "p.json"),
                                  "--service", "gnd", "--endpoint", f"gnd={server}/gnd"])
    assert result.exit_code == 2 and result.output.startswith("teikit: error: gnd: ")
    assert "Traceback" not in result.output and not (tmp_path / "p.json").exists()


def test_bad_proposals_file(folder: Path, tmp_path: Path, runner: CliRunner) -> None:
    bad = tmp_path / "p.json"
    bad.write_text("{}", "utf-8")
    result = runner.invoke(main, ["registers", "reconcile", str(folder), "--proposals", str(bad), "--accept", "x"])
    assert result.exit_code == 2 and "not a proposals file" in result.output
    with pytest.raises(InputError, match="not a proposals file"):
        Proposals.read(bad)


def test_accepted_identifiers_reach_the_cmif(server: str, folder: Path, tmp_path: Path) -> None:
    from teikit.export.cmif import CmifOptions, export_cmif
    from teikit.export.sources import SourceFile

    letter = tmp_path / "letter.xml"
    letter.write_text("""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title>
      </titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc><profileDesc>
      <correspDesc><correspAction type="sent"><persName ref="#schnitzler">A. S.</persName><date when="1900-01-01"/>
      </correspAction><correspAction type="received"><persName ref="#bahr">H. B.</persName></correspAction>
      </correspDesc></profileDesc></teiHeader><text><body><p/></body></text></TEI>""", "utf-8")
    options = CmifOptions(editor="E", email="e@example.org", url="https://example.org", date="2025-01-01")
    before = export_cmif([SourceFile(letter, "l")], tmp_path / "c1.xml", options, load_registers(folder))
    assert "persons with an authority URI: 0 of 2 (0%)" in before.notes
    found = propose(load_registers(folder), load_services(None, _endpoints(server)))
    accept(load_registers(folder), found, ["schnitzler", "bahr"])
    copy = tmp_path / "copy"  # a fresh folder: registers are read once per folder and process
    shutil.copytree(folder, copy)
    after = export_cmif([SourceFile(letter, "l")], tmp_path / "c2.xml", options, load_registers(copy))
    assert "persons with an authority URI: 2 of 2 (100%)" in after.notes
    assert "https://d-nb.info/gnd/118609807" in (tmp_path / "c2.xml").read_text("utf-8")


@pytest.mark.parametrize(("body", "problem"), [
    (b"<html>busy</html>", "did not answer in JSON"),
    (b"[1, 2]", "did not answer as a reconciliation service does"),
])
def test_a_service_answering_nonsense_is_one_line(server: str, folder: Path, runner: CliRunner, tmp_path: Path,
                                                  body: bytes, problem: str) -> None:
    Recorded.body = body
    result = runner.invoke(main, ["registers", "reconcile", str(folder), "--proposals", str(tmp_path / "p.json"),
                                  "--service", "gnd", "--endpoint", f"gnd={server}/gnd"])
    assert result.exit_code == 2 and problem in result.output and "Traceback" not in result.output


def test_odd_candidates_are_skipped(server: str, folder: Path) -> None:
    Recorded.body = json.dumps({f"q{i}": {"result": ["x", {"id": "118609807", "score": "high", "match": "yes"}]}
                                for i in range(4)}).encode()
    found = propose(load_registers(folder), load_services(["gnd"], _endpoints(server)))
    candidate = found.entries["schnitzler"].candidates[0]
    assert (candidate.id, candidate.score, candidate.match) == ("118609807", 0.0, False)


@pytest.mark.parametrize(("change", "problem"), [
    (lambda p: p["schnitzler"].update(file="../persons.xml"), "is not a file name"),
    (lambda p: p["schnitzler"]["candidates"][0].update(id="Q44331 or so"), "is not an identifier teikit knows"),
    (lambda p: p["schnitzler"]["candidates"][0]["also"].update(gnd="x"), "is not an identifier teikit knows"),
    (lambda p: p["schnitzler"]["candidates"][0].update(authority="orcid"), "is not an identifier teikit knows"),
])
def test_edited_proposals_are_checked(server: str, folder: Path, tmp_path: Path, change, problem: str) -> None:  # type: ignore[no-untyped-def]
    found = propose(load_registers(folder), load_services(None, _endpoints(server)))
    data = json.loads(found.to_json())
    change(data["proposals"])
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InputError, match=problem):
        Proposals.read(path)


def test_a_proposals_file_edited_by_hand_is_kept_unless_forced(server: str, folder: Path, runner: CliRunner,
                                                                tmp_path: Path) -> None:
    proposals = tmp_path / "p.json"
    args = ["registers", "reconcile", str(folder), "--proposals", str(proposals),
            "--endpoint", f"wikidata={server}/wikidata", "--endpoint", f"gnd={server}/gnd"]
    assert runner.invoke(main, args).exit_code == 0
    assert runner.invoke(main, args).exit_code == 0  # unchanged since teikit wrote it: simply rewritten
    edited = proposals.read_text("utf-8").replace("Q44331", "Q44331 (checked)")
    proposals.write_text(edited, "utf-8")
    again = runner.invoke(main, args)
    assert again.exit_code == 1
    assert f"teikit: error: {proposals}: changed since teikit wrote it; kept (--force overwrites it)" in again.output
    assert proposals.read_text("utf-8") == edited
    assert runner.invoke(main, [*args, "--force"]).exit_code == 0
    assert "(checked)" not in proposals.read_text("utf-8")


def test_accepting_writes_the_register_through_the_manifest(server: str, folder: Path, runner: CliRunner,
                                                            tmp_path: Path) -> None:
    proposals = tmp_path / "p.json"
    args = ["registers", "reconcile", str(folder), "--proposals", str(proposals)]
    assert runner.invoke(main, [*args, "--endpoint", f"wikidata={server}/wikidata",
                                "--endpoint", f"gnd={server}/gnd"]).exit_code == 0
    register = folder / "persons.xml"
    register.write_text(register.read_text("utf-8").replace("</listPerson>", "<!-- an editor's note --></listPerson>"),
                        "utf-8")  # edited by hand before accepting: the edit is read, kept and written back
    result = runner.invoke(main, [*args, "--accept", "schnitzler"])
    assert result.exit_code == 0, result.output
    assert "<!-- an editor's note -->" in register.read_text("utf-8") and "Q44331" in register.read_text("utf-8")
    assert '"path": "persons.xml"' in (folder / ".teikit-manifest.jsonl").read_text("utf-8")
