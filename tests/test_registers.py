"""The TEI registers: the bundled ones load and pass the check; the check finds each kind of problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.cli import main
from teikit.registers import check_registers, load_registers

BROKEN = Path(__file__).resolve().parent / "fixtures" / "registers" / "broken"


def test_bundled_registers_pass_the_check() -> None:
    registers = load_registers()
    assert check_registers(registers) == []
    assert len(registers.of_kind("person")) >= 80


@pytest.mark.parametrize(
    ("key", "kind", "name"),
    [
        ("stalin", "person", "Koba"),
        ("lenin", "person", "Ilyich"),
        ("ordzhonikidze", "person", "Sergo"),
        ("kamenev_s", "person", "S. S. Kamenev"),
        ("krupskaya", "person", "Крупская"),
        ("central_committee", "org", "Central Committee"),
        ("politburo", "org", "Politburo"),
        ("kharkiv", "place", "Kharkov"),
    ],
)
def test_bundled_registers_hold_the_collection(key: str, kind: str, name: str) -> None:
    entry = load_registers().get(key)
    assert entry is not None and entry.kind == kind
    assert name in [n.text for n in entry.names]


def test_check_reports_every_kind_of_problem() -> None:
    messages = [str(p) for p in check_registers(load_registers(BROKEN))]
    assert any("ivanov: malformed date birth/@when='1890-13-01'" in m for m in messages)
    assert any("points at #no_such_body" in m for m in messages)
    assert any("petrov: duplicate key (also orgs.xml" in m for m in messages)
    assert any("name 'i. i. ivanov' also belongs to ivanov" in m for m in messages)
    assert any("born 1900 after death 1890" in m for m in messages)
    assert any("ivanov: convert cannot copy this entry into a document's standOff" in m for m in messages)
    assert len(messages) == 6


def test_cli_check_exit_codes(runner, tmp_path: Path) -> None:
    ok = runner.invoke(main, ["registers", "check"])
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(main, ["registers", "check", str(BROKEN)])
    assert bad.exit_code == 1
    assert "persons.xml:9: ivanov: malformed date" in bad.output
    missing = runner.invoke(main, ["registers", "check", str(tmp_path / "absent")])
    assert missing.exit_code == 2
    assert "no such register folder" in missing.output


RICH_PERSON = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>persons</title></titleStmt>
    <publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc></fileDesc></teiHeader>
  <standOff><listPerson>
    <person xml:id="hagenau">
      <persName type="main"><surname>Hagenau</surname><forename>Konrad</forename></persName>
      <birth when="1801"/><death when="1870"/>
      <floruit from="1830" to="1860"/>
      <affiliation type="member" from="1840">Verein für Kunst</affiliation>
      <residence from="1832">Wien</residence>
      <nationality>Austrian</nationality>
      <event type="appointment" when="1845"><p>Kapellmeister in Graz.</p></event>
      <idno type="GND">123456789</idno>
      <note>A musician of the edition.</note>
      <listBibl><bibl>Hagenau, Briefe (1901).</bibl></listBibl>
    </person>
  </listPerson>
  <listPlace><place xml:id="graz"><placeName>Graz</placeName><desc>A city in Styria.</desc>
    <location><geo>47.07 15.44</geo></location></place></listPlace>
  </standOff>
</TEI>
"""


def test_person_content_that_tei_allows_is_checked_and_carried_into_standoff(runner, tmp_path: Path) -> None:
    folder = tmp_path / "registers"
    folder.mkdir()
    (folder / "persons.xml").write_text(RICH_PERSON, encoding="utf-8")
    assert check_registers(load_registers(folder)) == []
    page = tmp_path / "page.txt"
    page.write_text("Konrad Hagenau an Karl Wendt\n\nGraz, 3. Mai 1850\n\nLieber Freund!\n\n"
                    "Herr Hagenau grüßt Dich aus Graz.\n\nDein Konrad Hagenau\n", encoding="utf-8")
    result = runner.invoke(main, ["convert", str(page), "--registers", str(folder), "--out-dir", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "out" / "page.xml").read_text(encoding="utf-8")
    standoff = written[written.index("<standOff>"):]
    for part in ('<affiliation type="member" from="1840">', '<residence from="1832">', "<nationality>",
                 '<event type="appointment" when="1845">', "<listBibl>", "<floruit", '<idno type="GND">',
                 "<desc>A city in Styria.</desc>", "<geo>"):
        assert part in standoff, part
