"""`teikit render`: TEI to HTML, plain text or PDF."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from teikit.cli.common import finish, guarded, main


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
    finish(outcome)
