"""`teikit render`: TEI to HTML, plain text or PDF."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from teikit.batch import STDIN, WriteOptions
from teikit.cli.common import finish, guarded, main, progress, run_options, write_options


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--to", "to", type=click.Choice(["html", "text", "pdf"]), default="html", show_default=True,
              help="HTML reading page, plain text for print, or PDF (needs teikit[pdf]).")
@click.option("--out-dir", "-o", required=True,
              help="Folder for the rendered files (each input's path below the folder given, with "
                   ".html/.txt/.pdf); - writes the one input to standard output.")
@click.option("--width", type=click.IntRange(min=20), default=72, show_default=True,
              help="Columns of the plain text (words are never broken).")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
              help="Paper size of the PDF.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes rendering at once (each compiles the stylesheet once).")
@click.option("--book", is_flag=True,
              help="With --to pdf: all the letters as one book, OUT_DIR/book.pdf (title page, contents, "
                   "letters in date order, index with page numbers).")
@click.option("--title", help="Title of the book (with --book).")
@write_options
@run_options
@guarded
def render(inputs: tuple[str, ...], to: str, out_dir: str, width: int, paper: str, jobs: int, book: bool,
           title: str | None, write: WriteOptions, quiet: bool, verbose: bool) -> None:
    """Render TEI files and folders (every *.xml below them; - for standard input) to HTML, text or PDF.

    One file fails alone: it is named on stderr, the rest are rendered, and the
    exit status is 1 (2 when a file cannot be read or written).

    \b
    Examples:
      teikit render tei/letters --to html --out-dir out/html
      teikit render letter.xml --to text --width 60 --out-dir out/text
      teikit render letter.xml --to text --out-dir - | less
      teikit render tei/letters --to pdf --paper letter --out-dir out/pdf
      teikit render corpus --to text --jobs 2 --out-dir out/text
      teikit render tei/letters --to pdf --book --title "Letters" --out-dir out
    """
    from teikit.render import RenderOptions, render_paths, render_to_stream

    if book:
        from teikit.render.book import write_book

        if to != "pdf" or out_dir == STDIN:
            raise click.UsageError("--book makes one PDF: give --to pdf and an --out-dir")
        finish(write_book([Path(i) for i in inputs], Path(out_dir), title, paper, write), quiet=quiet, verbose=verbose)
        return

    options = RenderOptions(to=to, width=width, paper=paper)  # type: ignore[arg-type]
    if out_dir == STDIN:
        outcome = render_to_stream(list(inputs), sys.stdout.buffer, options)
    else:
        with progress("rendering", quiet) as bar:
            outcome = render_paths(list(inputs), Path(out_dir), options, jobs=jobs, write=write, progress=bar)
    finish(outcome, quiet=quiet, verbose=verbose)
