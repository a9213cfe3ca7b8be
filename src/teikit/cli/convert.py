"""`teikit convert`: raw pages to TEI files and a report."""

from __future__ import annotations

from pathlib import Path

import click

from teikit.batch import WriteOptions
from teikit.cli.common import finish, guarded, main, progress, run_options, write_options


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out-dir", "-o", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the TEI files: a page's path below the folder given, one file per document "
                   "(- writes the one document of one page to standard output); needed unless --explain is "
                   "given alone.")
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
@click.option("--encoding", metavar="NAME",
              help="Encoding of the pages (e.g. cp1251, koi8-r, latin-1); default: UTF-8, "
                   "else UTF-16 or a Cyrillic code page when detected (noted in the report).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Convert the pages in this many processes (the output is the same as with one).")
@write_options
@run_options
@guarded
def convert(inputs: tuple[str, ...], out_dir: Path | None, report: Path | None, registers_dir: Path | None,
            profile_path: Path | None, explain: bool, encoding: str | None, jobs: int, write: WriteOptions,
            quiet: bool, verbose: bool) -> None:
    """Convert raw transcriptions (.txt files, folders of them, or - for standard input) into TEI P5.

    Every document is checked against teikit's profile before it is written,
    and nothing of the source is lost: the report lists what was removed.
    A TEI file edited since teikit wrote it is kept (exit status 1) unless
    --force; files earlier runs made from these pages and this run does not
    are listed, and removed with --prune.

    \b
    Examples:
      teikit convert tei/raw/kalinin-stalin-1924-08.txt --out-dir out --report out/report.json
      teikit convert pages/ --out-dir out --registers my-registers/ --jobs 2
      teikit convert old-page.txt --encoding cp1251 --out-dir out
      teikit convert - --out-dir - < page.txt > letter.xml
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
    from teikit.convert.run import convert_files

    profile = load_profile(profile_path) if profile_path else NO_PROFILE
    if out_dir is None and not explain:
        raise click.UsageError("Missing option '--out-dir' / '-o' (or give --explain).")
    if explain:
        from teikit.convert.explain import explain_files

        for line in explain_files(list(inputs), registers_dir=registers_dir, profile=profile, encoding=encoding):
            click.echo(line)
        if out_dir is None:
            return
    with progress("converting", quiet) as bar:
        outcome = convert_files(list(inputs), out_dir, registers_dir=registers_dir, report_path=report,
                                encoding=encoding, profile=profile, write=write, progress=bar, jobs=jobs)
    finish(outcome, quiet=quiet, verbose=verbose)
