"""The teikit command line: parses arguments, calls the library, prints, sets exit codes.

Exit codes: 0 all good, 1 invalid or failed documents, 2 usage or I/O error.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from teikit import __version__
from teikit.errors import TeikitError

F = TypeVar("F", bound=Callable[..., Any])


def guarded(func: F) -> F:
    """Turn teikit's own errors into one line on stderr and their exit status."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TeikitError as err:
            click.echo(f"teikit: error: {err}", err=True)
            sys.exit(err.exit_code)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="teikit")
def main() -> None:
    """teikit: raw transcriptions to TEI P5; TEI validated, rendered and exported."""


# --- convert -----------------------------------------------------------------


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out-dir", "-o", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the TEI files (one per document).")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON report of the run here.")
@click.option("--registers", "registers_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Folder of TEI registers to link names to (default: the bundled ones).")
@guarded
def convert(inputs: tuple[Path, ...], out_dir: Path, report: Path | None, registers_dir: Path | None) -> None:
    """Convert raw transcriptions (.txt files, or folders of them) into TEI P5, one file per document.

    Every document is checked against teikit's profile before it is written,
    and nothing of the source is lost: the report lists what was removed.

    \b
    Examples:
      teikit convert tei/raw/kalinin-stalin-1924-08.txt --out-dir out --report out/report.json
      teikit convert pages/ --out-dir out --registers my-registers/
    """
    from teikit.convert.run import convert_files, iterate_pages

    if sys.stderr.isatty():
        with click.progressbar(length=len(iterate_pages(list(inputs))), label="converting", file=sys.stderr) as bar:
            outcome = convert_files(list(inputs), out_dir, registers_dir=registers_dir, report_path=report,
                                    on_page=lambda _: bar.update(1))
    else:
        outcome = convert_files(list(inputs), out_dir, registers_dir=registers_dir, report_path=report)
    for line in outcome.summary_lines():
        click.echo(line, err=True)
    sys.exit(outcome.exit_code)


# --- validate ----------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--schema", "-s", "schemas", multiple=True, metavar="FILE",
              help="Validate against this .rng, .xsd or .sch (repeatable); default: the documents' "
                   "<?xml-model?> schemas, else teikit's profile.")
@click.option("--embedded-rules", is_flag=True,
              help="Also run the Schematron rules embedded in RELAX NG schemas (TEI's ODD constraints).")
@click.option("--allow-network", is_flag=True, help="Fetch (and cache) schemas that <?xml-model?> names by URL.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Messages as file:line:column lines, or one JSON report on stdout.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes to share the files among.")
@guarded
def validate(paths: tuple[Path, ...], schemas: tuple[str, ...], embedded_rules: bool, allow_network: bool,
             output_format: str, jobs: int) -> None:
    """Validate TEI files and folders (every *.xml below them).

    Exit status: 0 all valid, 1 some file invalid or malformed, 2 a file or
    schema could not be read.

    \b
    Examples:
      teikit validate tei/letters
      teikit validate corpus --schema tei_all.rng --jobs 2
      teikit validate letter.xml --schema tei_all.rng --embedded-rules --format json
    """
    from teikit.validate import validate_paths

    report = validate_paths(list(paths), schemas, embedded_rules=embedded_rules, allow_network=allow_network,
                            jobs=jobs)
    if output_format == "json":
        click.echo(report.to_json())
    else:
        for result in report.results:
            for problem in result.problems:
                click.echo(problem.format(result.path))
    click.echo(report.summary(), err=True)
    sys.exit(report.exit_code)

# --- render ------------------------------------------------------------------


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--to", "to", type=click.Choice(["html", "text", "pdf"]), default="html", show_default=True,
              help="HTML reading page, plain text for print, or PDF (needs teikit[pdf]).")
@click.option("--out-dir", "-o", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the rendered files (input name + .html/.txt/.pdf).")
@click.option("--width", type=click.IntRange(min=20), default=72, show_default=True,
              help="Columns of the plain text (words are never broken).")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
              help="Paper size of the PDF.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes rendering at once (each compiles the stylesheet once).")
@guarded
def render(inputs: tuple[Path, ...], to: str, out_dir: Path, width: int, paper: str, jobs: int) -> None:
    """Render TEI files and folders (every *.xml below them) to HTML, text or PDF.

    One file fails alone: it is named on stderr, the rest are rendered, and the
    exit status is 1.

    \b
    Examples:
      teikit render tei/letters --to html --out-dir out/html
      teikit render letter.xml --to text --width 60 --out-dir out/text
      teikit render tei/letters --to pdf --paper letter --out-dir out/pdf
      teikit render corpus --to text --jobs 2 --out-dir out/text
    """
    from teikit.render import RenderOptions, render_paths

    options = RenderOptions(to=to, width=width, paper=paper)  # type: ignore[arg-type]
    if sys.stderr.isatty():
        with click.progressbar(length=0, label="rendering", file=sys.stderr) as bar:
            outcome = render_paths(list(inputs), out_dir, options, on_result=lambda _: bar.update(1), jobs=jobs)
    else:
        outcome = render_paths(list(inputs), out_dir, options, jobs=jobs)
    for line in outcome.summary_lines():
        click.echo(line, err=True)
    sys.exit(outcome.exit_code)


# --- export ------------------------------------------------------------------
# (export command: see teikit.export)


def _cmif_options(func: F) -> F:
    """The CMIF file's own metadata, shared by `export cmif` and `export edition`."""
    options = [
        click.option("--title", help="Title of the CMIF file (default: the one edition the letters come from)."),
        click.option("--editor", help="Who made the CMIF file (CMIF's titleStmt/editor)."),
        click.option("--email", help="The editor's e-mail address (correspSearch's contact)."),
        click.option("--publisher", help="Publisher of the file (default: the editor)."),
        click.option("--url", help="Base URL of the online edition: letters link to URL/html/<name>.html."),
        click.option("--letter-path", default="html/{name}.html", show_default=True,
                     help="Path of a letter's page below --url; {name} is the file's name without .xml."),
        click.option("--licence", type=click.Choice(["cc-by", "cc0"]), default="cc-by", show_default=True,
                     help="Licence of the CMIF file (correspSearch takes CC BY 4.0 or CC0)."),
        click.option("--date", "pub_date", help="Publication date (ISO; default: SOURCE_DATE_EPOCH, else the latest letter's date)."),
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
    from teikit.export.cmif import CC0, CC_BY, CmifOptions

    return CmifOptions(
        title=given["title"], editor=given["editor"], email=given["email"], publisher=given["publisher"],
        url=given["url"], file_name=file_name, letter_path=given["letter_path"],
        licence=CC0 if given["licence"] == "cc0" else CC_BY, date=given["pub_date"],
    )


def _finish(outcome: Any) -> None:
    for line in outcome.summary_lines():
        click.echo(line, err=True)
    sys.exit(outcome.exit_code)


@main.group()
def export() -> None:
    """Export TEI for other projects: CMIF, JSON/CSV indexes, standalone TEI, whole editions.

    INPUT may be TEI files or folders (searched for *.xml). Exit status 0 when
    every input was exported, 1 when some failed (the others are still
    exported), 2 for usage or I/O errors.
    """


@export.command("cmif")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The CMIF file to write.")
@_cmif_options
@_registers_option
@guarded
def export_cmif_command(inputs: tuple[Path, ...], out: Path, registers_dir: Path | None, **given: Any) -> None:
    """Write one CMIF file (correspSearch) with a correspDesc per letter.

    Persons, organisations and places carry authority URIs (GND, VIAF,
    Wikidata, GeoNames) taken from the entries their @ref point at.

    \b
    Example:
      teikit export cmif tei/letters --out cmif.xml --title "Bolshevik letters" \\
          --editor "A. Editor" --email editor@example.org --url https://example.org/letters
    """
    from teikit.export import collect_sources, export_cmif
    from teikit.registers import load_registers

    options = _make_cmif_options(out.name, **given)
    _finish(export_cmif(collect_sources(list(inputs)), out, options, load_registers(registers_dir)))


@export.command("index")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The index file to write.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True,
              help="JSON holds every table; CSV one table (see --what).")
@click.option("--what", type=click.Choice(["letters", "persons", "places", "orgs"]), default="letters", show_default=True,
              help="The table to write as CSV.")
@_registers_option
@guarded
def export_index_command(inputs: tuple[Path, ...], out: Path, fmt: str, what: str, registers_dir: Path | None) -> None:
    """Write an index of the letters and of the persons, places and organisations they mention.

    \b
    Examples:
      teikit export index tei/letters --out index.json
      teikit export index tei/letters --out persons.csv --format csv --what persons
    """
    from teikit.export import collect_sources, export_index
    from teikit.registers import load_registers

    _finish(export_index(collect_sources(list(inputs)), out, fmt, what, load_registers(registers_dir)))


@export.command("standalone")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out-dir", "-o", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the self-contained TEI files.")
@_registers_option
@guarded
def export_standalone_command(inputs: tuple[Path, ...], out_dir: Path, registers_dir: Path | None) -> None:
    """Make each TEI file self-contained: the register entries its @ref point at go into standOff.

    Pointers found in no register are listed as warnings.

    \b
    Example:
      teikit export standalone tei/letters --out-dir out/standalone --registers tei/registers
    """
    from teikit.export import collect_sources, export_standalone
    from teikit.registers import load_registers

    _finish(export_standalone(collect_sources(list(inputs)), out_dir, load_registers(registers_dir)))


@export.command("edition")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out-dir", "-o", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the edition.")
@_cmif_options
@_registers_option
@guarded
def export_edition_command(inputs: tuple[Path, ...], out_dir: Path, registers_dir: Path | None, **given: Any) -> None:
    """Build a whole edition folder: TEI, HTML pages, index.html, JSON/CSV indexes and CMIF.

    \b
    Layout:
      index.html            the letters in chronological order
      tei/<name>.xml        standalone TEI files
      html/<name>.html      reading pages (when the renderer is installed)
      data/index.json       letters, persons, places, orgs; data/<table>.csv likewise
      cmif.xml              the CMIF file for correspSearch
    \b
    Example:
      teikit export edition tei/letters --out-dir site --title "Bolshevik letters" --url https://example.org/letters
    """
    from teikit.edition import CMIF_FILE, build_edition
    from teikit.export import collect_sources
    from teikit.registers import load_registers

    options = _make_cmif_options(CMIF_FILE, **given)
    _finish(build_edition(collect_sources(list(inputs)), out_dir, options, load_registers(registers_dir)))

# --- registers ---------------------------------------------------------------


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
