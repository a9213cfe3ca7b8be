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
