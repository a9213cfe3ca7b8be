"""`teikit registers`: look after the TEI registers."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from teikit.batch import WriteOptions
from teikit.cli.common import guarded, main, write_options


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
@write_options
@guarded
def registers_add(report: Path, folder: Path, only: tuple[str, ...], merges: tuple[str, ...], write: WriteOptions) -> None:
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
    for line in adopt(load_registers(folder), read_report(report), only=set(only) or None, merge=merge, write=write):
        click.echo(line)


@registers_group.command("reconcile")
@click.argument("folder", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--proposals", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The proposals file: written when asking, read with --accept.")
@click.option("--accept", "accepted", multiple=True, metavar="KEY[=AUTHORITY:ID]",
              help="Write the identifiers of a proposal into the register (repeatable): KEY takes the "
                   "candidate the service marked as a match, KEY=wikidata:Q855 a candidate you name.")
@click.option("--service", "services", multiple=True, metavar="NAME",
              help="Ask only this service (repeatable; default: wikidata and gnd).")
@click.option("--endpoint", "endpoints", multiple=True, metavar="NAME=URL",
              help="Ask service NAME at URL instead (an OpenRefine-compatible endpoint).")
@click.option("--kind", type=click.Choice(["person", "org", "place"]), default="person", show_default=True,
              help="The entries to ask for.")
@click.option("--key", "keys", multiple=True, help="Ask only for this entry (repeatable).")
@click.option("--limit", type=click.IntRange(1, 10), default=3, show_default=True, help="Candidates per entry and service.")
@click.option("--allow-network", is_flag=True, help="Let teikit ask services on the network (it never does otherwise).")
@write_options
@guarded
def registers_reconcile(folder: Path, proposals: Path, accepted: tuple[str, ...], services: tuple[str, ...],
                        endpoints: tuple[str, ...], kind: str, keys: tuple[str, ...], limit: int,
                        allow_network: bool, write: WriteOptions) -> None:
    """Propose authority identifiers (Wikidata, GND, VIAF) for register entries; write those an editor accepts.

    Without --accept: asks reconciliation services (the W3C Reconciliation
    Service API that OpenRefine uses) for each entry lacking their identifier
    and writes the candidates to --proposals; the register is not touched.
    With --accept: writes the accepted candidates' identifiers into the
    register as <idno> elements; no service is asked. Nothing is guessed.

    \b
    Examples:
      teikit registers reconcile tei/registers --proposals proposals.json --allow-network
      teikit registers reconcile tei/registers --proposals proposals.json --accept stalin --accept lenin=wikidata:Q1394
    """
    from teikit.batch.outputs import write_files
    from teikit.export.reconcile import Proposals, accept, load_services, propose
    from teikit.registers import load_registers

    registers = load_registers(folder)
    if accepted:
        added = accept(registers, Proposals.read(proposals), list(accepted), write)
        for line in added:
            click.echo(f"added {line}")
        click.echo(f"{len(added)} identifier(s) written to {folder}", err=True)
        return
    overrides = dict(_name_value(given) for given in endpoints)
    found = propose(registers, load_services(list(services) or None, overrides), kind=kind,
                    keys=list(keys) or None, limit=limit, allow_network=allow_network)
    write_files("registers reconcile", write, [(proposals, found.to_json(), None)])
    sure = sum(bool(p.matched()) for p in found.entries.values())
    click.echo(f"{len(found.entries)} entr(y/ies) with candidates, {sure} with a match the service is sure of; "
               f"proposals in {proposals}", err=True)


def _name_value(given: str) -> tuple[str, str]:
    from teikit.errors import InputError

    name, sep, value = given.partition("=")
    if not sep or not name or not value.startswith(("http://", "https://")):
        raise InputError(f"--endpoint {given!r}: give NAME=URL (an http(s) URL)")
    return name, value
