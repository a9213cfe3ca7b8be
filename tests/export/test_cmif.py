from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from teikit.export.cmif import CmifOptions, build_cmif
from teikit.export.letters import read_document
from teikit.export.outcome import Outcome
from teikit.export.sources import SourceFile, collect_sources
from teikit.registers import Registers
from teikit.xml import NS, XML_ID, serialize

OPTIONS = CmifOptions(title="Test letters", editor="A. Editor", email="a@example.org", url="https://example.org/ed", date="2025-01-01")


def _cmif(letters_dir: Path, registers: Registers, options: CmifOptions = OPTIONS) -> tuple:
    outcome = Outcome()
    docs = [read_document(s, registers) for s in collect_sources([letters_dir])]
    return build_cmif(docs, options, outcome), outcome


def test_one_correspdesc_per_letter_with_authority_refs(letters_dir: Path, registers: Registers) -> None:
    root, outcome = _cmif(letters_dir, registers)
    descs = root.findall(".//t:profileDesc/t:correspDesc", NS)
    assert len(descs) == 2 and outcome.letters == 2
    assert any("no-correspdesc" in w and "left out of the CMIF" in w for w in outcome.warnings)
    kalinin = descs[0]
    assert kalinin.get("ref") == "https://example.org/ed/html/kalinin-stalin-1924-08.html"
    source = kalinin.get("source")
    bibls = {b.get(XML_ID): b for b in root.iterfind(".//t:sourceDesc/t:bibl", NS)}
    assert bibls[source[1:]].get("type") == "print"
    sent = kalinin.find("t:correspAction[@type='sent']", NS)
    assert sent.find("t:persName", NS).get("ref") is None  # no idno in the entry: no URI, no local pointer
    assert sent.find("t:placeName", NS).get("ref") == "https://sws.geonames.org/1512569/"
    assert dict(sent.find("t:date", NS).attrib) == {"when": "1924-08"}
    received = kalinin.find("t:correspAction[@type='received']/t:persName", NS)
    assert received.get("ref") == "http://www.wikidata.org/entity/Q855"
    targets = [r.get("target") for r in kalinin.findall("t:note/t:ref", NS)]
    assert "http://www.wikidata.org/entity/Q1394" in targets and len(targets) == len(set(targets))
    telegram = descs[1]
    assert dict(telegram.find("t:correspAction[@type='sent']/t:date", NS).attrib) == {"from": "1920-05-04", "to": "1920-05-05"}
    assert telegram.find("t:correspAction[@type='received']/t:orgName", NS).text == "Central Committee"


def test_header_carries_cmif_metadata(letters_dir: Path, registers: Registers) -> None:
    root, _ = _cmif(letters_dir, registers)
    header = root.find("t:teiHeader/t:fileDesc", NS)
    assert header.findtext("t:titleStmt/t:title", namespaces=NS) == "Test letters"
    assert header.findtext("t:titleStmt/t:editor/t:email", namespaces=NS) == "a@example.org"
    assert header.findtext("t:publicationStmt/t:idno[@type='url']", namespaces=NS) == "https://example.org/ed/cmif.xml"
    assert header.find("t:publicationStmt/t:date", NS).get("when") == "2025-01-01"
    assert header.find("t:publicationStmt/t:availability/t:licence", NS).get("target").startswith("https://creativecommons.org/")


def test_output_is_deterministic(letters_dir: Path, registers: Registers) -> None:
    assert serialize(_cmif(letters_dir, registers)[0]) == serialize(_cmif(letters_dir, registers)[0])


def test_unknown_parties_and_bad_dates(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>'
        "<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc><profileDesc><correspDesc>"
        '<correspAction type="sent"><date when="1877-02-00"/></correspAction></correspDesc></profileDesc></teiHeader></TEI>',
        encoding="utf-8",
    )
    outcome = Outcome()
    root = build_cmif([read_document(SourceFile(path, "x"))], CmifOptions(date="2025-01-01"), outcome)
    (desc,) = root.findall(".//t:correspDesc", NS)
    assert [a.findtext("t:persName", namespaces=NS) for a in desc.findall("t:correspAction", NS)] == ["Unknown", "Unknown"]
    assert desc.find(".//t:date", NS) is None
    assert any("1877-02-00" in w for w in outcome.warnings)


def test_publication_date_is_today_unless_given(letters_dir: Path, registers: Registers, monkeypatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    undated = dataclasses.replace(OPTIONS, date=None)
    root, _ = _cmif(letters_dir, registers, undated)
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert root.find(".//t:publicationStmt/t:date", NS).get("when") == today
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    root, _ = _cmif(letters_dir, registers, undated)
    assert root.find(".//t:publicationStmt/t:date", NS).get("when") == "2023-11-14"
    root, _ = _cmif(letters_dir, registers)
    assert root.find(".//t:publicationStmt/t:date", NS).get("when") == "2025-01-01"
