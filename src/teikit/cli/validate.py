"""`teikit validate`: verdicts on TEI files and folders."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

import click

from teikit.batch import STDIN
from teikit.cli.common import finish, guarded, main, progress, run_options


@main.command()
@click.argument("paths", nargs=-1, required=True)
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
@run_options
@guarded
def validate(paths: tuple[str, ...], schemas: tuple[str, ...], embedded_rules: bool, allow_network: bool,
             output_format: str, jobs: int, quiet: bool, verbose: bool) -> None:
    """Validate TEI files and folders (every *.xml below them; - for standard input).

    Exit status: 0 all valid, 1 some file invalid or malformed, 2 a file or
    schema could not be read.

    \b
    Examples:
      teikit validate tei/letters
      teikit validate corpus --schema tei_all.rng --jobs 2
      teikit validate letter.xml --schema tei_all.rng --embedded-rules --format json
      curl -s https://example.org/letter.xml | teikit validate -
    """
    from teikit.validate import validate_paths

    with ExitStack() as stack:
        bar = stack.enter_context(progress("validating", quiet))
        stdin: Path | None = None
        if STDIN in paths:  # standard input, as a file the validator (and its workers) can read
            import tempfile

            stdin = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "stdin.xml"
            stdin.write_bytes(sys.stdin.buffer.read())
        given = [stdin if p == STDIN and stdin else Path(p) for p in paths]
        report = validate_paths(given, schemas, embedded_rules=embedded_rules, allow_network=allow_network,
                                jobs=jobs, progress=bar)
        for result in report.results:
            result.path = STDIN if stdin and result.path == str(stdin) else result.path
    if output_format == "json":
        click.echo(report.to_json())
    else:
        for result in report.results:
            for problem in result.problems:
                click.echo(problem.format(result.path))
    finish(report, quiet=quiet, verbose=verbose)
