"""`teikit validate`: verdicts on TEI files and folders."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from teikit.cli.common import guarded, main


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
