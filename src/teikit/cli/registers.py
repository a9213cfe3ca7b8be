"""`teikit registers`: look after the TEI registers."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from teikit.cli.common import guarded, main


@main.group("registers")
def registers_group() -> None:
    """Look after the TEI registers of persons, organisations, places and archives."""


@registers_group.command("check")
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@guarded
def registers_check(folder: Path | None) -> None:
    """Check a register folder (default: the bundled registers).

    Reports duplicate keys, a name given to two persons, malformed life dates
    and references to keys that no register holds. Exit 1 when there are problems.

    \b
    Example:
      teikit registers check tei/registers
    """
    from teikit.registers import check_registers, load_registers

    registers = load_registers(folder)
    problems = check_registers(registers)
    for problem in problems:
        click.echo(str(problem))
    click.echo(f"{len(registers.entries)} entries, {len(problems)} problem(s)", err=True)
    sys.exit(1 if problems else 0)
