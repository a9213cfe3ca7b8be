"""`teikit export`: CMIF, indexes, standalone TEI and whole editions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from teikit.batch import WriteOptions
from teikit.cli.common import finish, guarded, main, progress, run_options, write_options

F = TypeVar("F", bound=Callable[..., Any])


def _check_letter_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A --letter-path must name no field but {name}."""
    try:
        if value is not None:
            value.format(name="x")
    except (KeyError, IndexError, ValueError, AttributeError) as err:
        raise click.BadParameter(f"{value!r}: only {{name}} may be used ({type(err).__name__}: {err})") from None
    return value


def _cmif_options(func: F) -> F:
    """The CMIF file's own metadata, shared by `export cmif` and `export edition`."""
    options = [
        click.option("--config", type=click.Path(dir_okay=False, path_type=Path),
                     help="Edition config file giving title, editor, email, url, licence under [edition] "
                          "(default: ./teikit.toml when there is one); options given here win."),
        click.option("--title", help="Title of the CMIF file (default: the one edition the letters come from)."),
        click.option("--editor", help="Who made the CMIF file (CMIF's titleStmt/editor). Required for the CMIF file."),
        click.option("--email", help="The editor's e-mail address (correspSearch's contact). Required for the CMIF file."),
        click.option("--publisher", help="Publisher of the file (default: the editor)."),
        click.option("--url", help="Base URL of the online edition (absolute http(s)): the CMIF file is "
                                   "published at URL/<file name>, letters at URL/html/<name>.html. Required for the CMIF file."),
        click.option("--letter-path", callback=_check_letter_path, help="Path of a letter's page below --url; {name} is the file's name "
                                           "without .xml. [default: html/{name}.html]"),
        click.option("--licence", type=click.Choice(["cc-by", "cc0"]),
                     help="Licence of the CMIF file (correspSearch takes CC BY 4.0 or CC0). [default: cc-by]"),
        click.option("--date", "date", help="Publication date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _registers_option(func: F) -> F:
    return click.option(
        "--registers", "registers_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
        help="Folder of TEI registers to resolve @ref (default: the bundled ones).",
    )(func)


def _make_cmif_options(file_name: str, **given: Any) -> Any:
    from teikit.export.cmif_metadata import make_options

    return make_options(file_name=file_name, **given)


@main.group()
def export() -> None:
    """Export TEI for other projects: CMIF, JSON/CSV indexes, standalone TEI, whole editions.

    INPUT may be TEI files or folders (searched for *.xml); outputs keep a
    file's path below the folder given. Exit status 0 when every input was
    exported, 1 when some failed (the others are still exported) or an output
    edited since teikit wrote it was kept, 2 for usage or I/O errors.
    """


@export.command("cmif")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="The CMIF file to write (- for standard output).")
@_cmif_options
@_registers_option
@write_options
@run_options
@guarded
def export_cmif_command(inputs: tuple[str, ...], out: Path, registers_dir: Path | None, write: WriteOptions,
                        quiet: bool, verbose: bool, **given: Any) -> None:
    """Write one CMIF file (correspSearch) with a correspDesc per letter.

    Sender, recipient, date and places come from correspDesc (either form),
    particDesc or the titleStmt; persons, organisations and places carry
    authority URIs (GND, VIAF, Wikidata, GeoNames) taken from the entries their
    @ref point at. --editor, --email and --url are required (or come from
    teikit.toml). The file is checked against the CMIF schema and
    correspSearch's rules and written only when it passes; the summary says
    where the letters' facts were found and how many persons have an authority URI.

    \b
    Example:
      teikit export cmif tei/letters --out cmif.xml --title "Bolshevik letters" \\
          --editor "A. Editor" --email editor@example.org --url https://example.org/letters
    """
    from teikit.export import Outcome, collect_sources, export_cmif
    from teikit.registers import load_registers

    # Written to standard output, the file is published under CMIF's usual name.
    options = _make_cmif_options("cmif.xml" if str(out) == "-" else out.name, **given)
    options.require_complete()
    outcome = Outcome()
    sources = collect_sources(inputs, outcome)
    with progress("exporting", quiet) as bar:
        bar.start(len(sources))
        outcome.progress = bar
        export_cmif(sources, out, options, load_registers(registers_dir), write=write, outcome=outcome)
    finish(outcome, quiet=quiet, verbose=verbose)


@export.command("index")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="The index file to write (- for standard output).")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True,
              help="JSON holds every table; CSV one table (see --what).")
@click.option("--what", type=click.Choice(["letters", "persons", "places", "orgs"]), default="letters", show_default=True,
              help="The table to write as CSV.")
@_registers_option
@write_options
@run_options
@guarded
def export_index_command(inputs: tuple[str, ...], out: Path, fmt: str, what: str, registers_dir: Path | None,
                         write: WriteOptions, quiet: bool, verbose: bool) -> None:
    """Write an index of the letters and of the persons, places and organisations they mention.

    \b
    Examples:
      teikit export index tei/letters --out index.json
      teikit export index tei/letters --out persons.csv --format csv --what persons
    """
    from teikit.export import Outcome, collect_sources, export_index
    from teikit.registers import load_registers

    outcome = Outcome()
    sources = collect_sources(inputs, outcome)
    with progress("exporting", quiet) as bar:
        bar.start(len(sources))
        outcome.progress = bar
        export_index(sources, out, fmt, what, load_registers(registers_dir), write=write, outcome=outcome)
    finish(outcome, quiet=quiet, verbose=verbose)


@export.command("standalone")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out-dir", "-o", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the self-contained TEI files.")
@_registers_option
@write_options
@run_options
@guarded
def export_standalone_command(inputs: tuple[str, ...], out_dir: Path, registers_dir: Path | None,
                              write: WriteOptions, quiet: bool, verbose: bool) -> None:
    """Make each TEI file self-contained: the register entries its @ref point at go into standOff.

    Pointers found in no register are listed as warnings.

    \b
    Example:
      teikit export standalone tei/letters --out-dir out/standalone --registers tei/registers
    """
    from teikit.export import Outcome, collect_sources, export_standalone
    from teikit.registers import load_registers

    outcome = Outcome()
    sources = collect_sources(inputs, outcome)
    with progress("exporting", quiet) as bar:
        bar.start(len(sources))
        outcome.progress = bar
        export_standalone(sources, out_dir, load_registers(registers_dir), write=write, outcome=outcome)
    finish(outcome, quiet=quiet, verbose=verbose)


@export.command("edition")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out-dir", "-o", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the edition.")
@click.option("--pdf", is_flag=True, help="Also print the letters as one book, book.pdf (needs teikit[pdf]).")
@_cmif_options
@_registers_option
@write_options
@run_options
@guarded
def export_edition_command(inputs: tuple[str, ...], out_dir: Path, registers_dir: Path | None, write: WriteOptions,
                           quiet: bool, verbose: bool, pdf: bool, **given: Any) -> None:
    """Build a whole edition folder: TEI, HTML pages, index.html, JSON/CSV indexes and CMIF.

    \b
    Layout:
      index.html            the letters by date, correspondent and place; other texts apart
      html/<name>.html      reading pages, linked to the index and the previous and next letter
      tei/<name>.xml        standalone TEI files
      data/index.json       letters, persons, places, orgs; data/<table>.csv likewise
      cmif.xml              the CMIF file for correspSearch
      book.pdf              with --pdf: the letters as one book for print
    <name> is the file's path below the folder given, without .xml. Files that
    are not TEI, or hold only letters' metadata (CMIF), are refused with one
    line each.
    \b
    Example:
      teikit export edition tei/letters --out-dir site --title "Bolshevik letters" --url https://example.org/letters
    """
    from teikit.edition import CMIF_FILE, build_edition
    from teikit.export import Outcome, collect_sources
    from teikit.registers import load_registers

    options = _make_cmif_options(CMIF_FILE, **given)
    outcome = Outcome()
    sources = collect_sources(inputs, outcome)
    with progress("exporting", quiet) as bar:
        bar.start(len(sources))
        outcome.progress = bar
        build_edition(sources, out_dir, options, load_registers(registers_dir), write=write, outcome=outcome,
                      pdf=pdf)
    finish(outcome, quiet=quiet, verbose=verbose)
