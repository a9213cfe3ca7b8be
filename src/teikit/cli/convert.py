"""`teikit convert`: raw pages to TEI files and a report."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from teikit.cli.common import finish, guarded, main


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out-dir", "-o", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the TEI files (one per document); needed unless --explain is given alone.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON report of the run here.")
@click.option("--registers", "registers_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Folder of TEI registers to link names to (default: the bundled ones).")
@click.option("--profile", "profile_path", type=click.Path(dir_okay=False, path_type=Path),
              help="TOML file that teaches teikit a source: [source] sender, collection; [furniture] lines, "
                   "patterns; [headings] patterns (groups senders, recipients); [citations] patterns.")
@click.option("--explain", is_flag=True,
              help="Print each line of each page with the role it got (furniture, heading, dateline, salute, "
                   "p, signed, note, ...) and the rule that gave it.")
@guarded
def convert(inputs: tuple[Path, ...], out_dir: Path | None, report: Path | None, registers_dir: Path | None,
            profile_path: Path | None, explain: bool) -> None:
    """Convert raw transcriptions (.txt files, or folders of them) into TEI P5, one file per document.

    Every document is checked against teikit's profile before it is written,
    and nothing of the source is lost: the report lists what was removed.

    \b
    Examples:
      teikit convert tei/raw/kalinin-stalin-1924-08.txt --out-dir out --report out/report.json
      teikit convert pages/ --out-dir out --registers my-registers/
      teikit convert ruskin/ --out-dir out --profile ruskin.toml
      teikit convert page.txt --explain

    \b
    A profile (TOML) teaches teikit a source without touching code:
      [source]     sender = "John Ruskin"   collection = "Letters of John Ruskin"
      [furniture]  lines = ["Ruskin Online"]   patterns = ['^Vol\\. \\d+$']
      [headings]   patterns = ['^(?P<senders>.+) writes to (?P<recipients>.+)$']
      [citations]  patterns = ['^Ruskin Papers, box \\d+']
    """
    from teikit.convert.profile import NO_PROFILE, load_profile
    from teikit.convert.run import convert_files, iterate_pages

    profile = load_profile(profile_path) if profile_path else NO_PROFILE
    if out_dir is None and not explain:
        raise click.UsageError("Missing option '--out-dir' / '-o' (or give --explain).")
    if explain:
        from teikit.convert.explain import explain_files

        for line in explain_files(list(inputs), registers_dir=registers_dir, profile=profile):
            click.echo(line)
        if out_dir is None:
            return

    if sys.stderr.isatty():
        with click.progressbar(length=len(iterate_pages(list(inputs))), label="converting", file=sys.stderr) as bar:
            outcome = convert_files(list(inputs), out_dir, registers_dir=registers_dir, report_path=report,
                                    profile=profile, on_page=lambda _: bar.update(1))
    else:
        outcome = convert_files(list(inputs), out_dir, registers_dir=registers_dir, report_path=report,
                                profile=profile)
    finish(outcome)
