from __future__ import annotations

from pathlib import Path

from teikit.export.standalone import export_standalone, make_standalone
from teikit.export.sources import collect_sources
from teikit.registers import Registers
from teikit.xml import NS, XML_ID, parse_file


def test_entries_pointed_at_are_copied_transitively(telegram: Path, registers: Registers) -> None:
    result = make_standalone(parse_file(telegram).getroot(), registers)
    assert result.added == ["RTsKhIDNI", "ordzhonikidze", "baku", "lenin", "central_committee", "gori"]
    assert result.unresolved == ["kvashonkin", "kosheleva", "nobody"]
    ids = {el.get(XML_ID) for el in result.root.iterfind("t:standOff/*/*", NS)}
    assert ids == set(result.added)
    assert result.root.find("t:standOff/t:listPlace/t:place", NS).get(XML_ID) == "baku"


def test_entries_already_present_are_not_copied_again(kalinin: Path, registers: Registers) -> None:
    result = make_standalone(parse_file(kalinin).getroot(), registers)
    assert "lenin" not in result.added and result.added == ["RTsKhIDNI"]
    assert len(result.root.findall("t:standOff", NS)) == 1


def test_export_writes_every_file_and_reports_unresolved(letters_dir: Path, registers: Registers, broken: Path, tmp_path: Path) -> None:
    outcome = export_standalone(collect_sources([letters_dir, broken]), tmp_path, registers)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in outcome.written) == [
        "kalinin-stalin-1924-08.xml", "lenin-ordzhonikidze-1920-05.xml", "no-correspdesc.xml",
    ]
    assert outcome.exit_code == 1 and "broken.xml" in outcome.failures[0]
    assert any("#nobody" in w for w in outcome.warnings)
    assert not (tmp_path / "broken.xml").exists()
