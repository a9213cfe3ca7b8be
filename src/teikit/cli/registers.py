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


@registers_group.command("add")
@click.option("--from", "report", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="JSON report of `teikit convert` whose unconfirmed names to adopt.")
@click.option("--registers", "folder", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Register folder to add the entries to.")
@click.option("--only", "only", multiple=True, metavar="KEY", help="Adopt only this proposed key (repeatable).")
@click.option("--merge", "merges", multiple=True, metavar="KEY=EXISTING",
              help="Add the forms of proposed KEY to the existing entry EXISTING instead (repeatable).")
@guarded
def registers_add(report: Path, folder: Path, only: tuple[str, ...], merges: tuple[str, ...]) -> None:
    """Adopt reviewed proposals of a convert report as register entries.

    Every person convert found but no register knew is listed in its report
    under `unconfirmed`; each adopted key becomes a person in the folder's
    persons.xml, so the next conversion links it.

    \b
    Example:
      teikit convert pages/ --out-dir out --report out/report.json --registers my-registers
      teikit registers add --from out/report.json --registers my-registers --only weber --merge lieber=liber
    """
    from teikit.errors import InputError
    from teikit.register_proposals import adopt, read_report
    from teikit.registers import load_registers

    merge = {}
    for item in merges:
        key, sep, target = item.partition("=")
        if not sep or not key or not target:
            raise InputError(f"--merge {item}: want KEY=EXISTING")
        merge[key] = target
    for line in adopt(load_registers(folder), read_report(report), only=set(only) or None, merge=merge):
        click.echo(line)
