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
    """Convert raw transcriptions (.txt) into TEI P5, one file per document.

    \b
    Example:
      teikit convert tei/raw/kalinin-stalin-1924-08.txt --out-dir out --report out/report.json
    """
    from teikit.convert.run import convert_files

    outcome = convert_files(list(inputs), out_dir, registers_dir=registers_dir, report_path=report)
    for line in outcome.summary_lines():
        click.echo(line, err=True)
    sys.exit(outcome.exit_code)


# --- validate ----------------------------------------------------------------
# (validate command: see teikit.validate)

# --- render ------------------------------------------------------------------
# (render command: see teikit.render)

# --- export ------------------------------------------------------------------
# (export command: see teikit.export)

# --- registers ---------------------------------------------------------------
# (registers group: see teikit.registers)
