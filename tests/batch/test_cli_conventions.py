"""What every command does alike: - for standard input and output, --quiet, --verbose, progress that
reaches its end, one message format."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from teikit.cli import main
from teikit.convert.run import convert_files
from teikit.render import RenderOptions, render_paths
from teikit.validate import validate_paths

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tei" / "raw" / "kalinin-stalin-1924-08.txt"
LETTER = ROOT / "tei" / "letters" / "kalinin-stalin-1924-08.xml"
LETTERS = ROOT / "tests" / "fixtures" / "export" / "letters"


class Recorded:
    """A progress that remembers its total and what was done."""

    def __init__(self) -> None:
        self.total: int | None = None
        self.done = 0

    def start(self, total: int) -> None:
        self.total = total

    def advance(self, amount: int) -> None:
        self.done += amount


def test_progress_starts_with_a_length_and_reaches_it(tmp_path: Path) -> None:
    converting, rendering, validating = Recorded(), Recorded(), Recorded()
    convert_files([SEED], tmp_path / "tei", progress=converting)
    render_paths([LETTERS], tmp_path / "html", RenderOptions("html"), progress=rendering)
    validate_paths([LETTERS], progress=validating)
    assert converting.total == SEED.stat().st_size == converting.done
    assert rendering.total == len(list(LETTERS.glob("*.xml"))) == rendering.done
    assert validating.total == rendering.total == validating.done


def test_standard_input_and_output(runner: CliRunner, tmp_path: Path) -> None:
    converted = runner.invoke(main, ["convert", "-", "--out-dir", str(tmp_path)], input=SEED.read_bytes())
    assert converted.exit_code == 0, converted.output
    assert (tmp_path / "stdin.xml").read_bytes() == LETTER.read_bytes().replace(b"kalinin-stalin-1924-08.txt", b"stdin.txt")
    piped = runner.invoke(main, ["convert", "-", "--out-dir", "-"], input=SEED.read_bytes())
    assert piped.exit_code == 0 and piped.stdout.encode() == (tmp_path / "stdin.xml").read_bytes()
    rendered = runner.invoke(main, ["render", "-", "--to", "text", "--out-dir", "-"], input=LETTER.read_bytes())
    assert rendered.exit_code == 0 and "Stalin" in rendered.stdout
    validated = runner.invoke(main, ["validate", "-"], input=LETTER.read_bytes())
    assert validated.exit_code == 0 and "1 valid" in validated.output
    broken = runner.invoke(main, ["validate", "-"], input=b"<TEI>")
    assert broken.exit_code == 1 and broken.stdout.startswith("-:1:")
    index = runner.invoke(main, ["export", "index", str(LETTERS), "--out", "-"])
    assert index.exit_code == 0 and index.stdout.lstrip().startswith("{")
    two = runner.invoke(main, ["render", str(LETTERS), "--out-dir", "-"])
    assert two.exit_code == 2 and "standard output takes one" in two.output


def test_quiet_prints_errors_only_and_verbose_a_line_per_file(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "missing.xml"
    quiet = runner.invoke(main, ["render", str(LETTERS), str(missing), "--out-dir", str(tmp_path / "q"), "--quiet"])
    assert quiet.exit_code == 2
    assert quiet.output == f"teikit: error: {missing}: no such file or folder\n"
    verbose = runner.invoke(main, ["render", str(LETTERS), "--out-dir", str(tmp_path / "v"), "--verbose"])
    lines = verbose.output.splitlines()
    assert f"teikit: {LETTERS / 'kalinin-stalin-1924-08.xml'} -> {tmp_path / 'v' / 'kalinin-stalin-1924-08.html'}" in lines
    assert lines[-1].startswith("teikit: rendered 3 document(s): 3 file(s) written, 0 failed")


def test_every_message_has_one_format(runner: CliRunner, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing")
    runs = [
        ["convert", missing, "--out-dir", str(tmp_path / "c")],
        ["render", missing, "--out-dir", str(tmp_path / "r")],
        ["export", "standalone", missing, "--out-dir", str(tmp_path / "s")],
        ["export", "index", missing, "--out", str(tmp_path / "i.json")],
        ["render", str(LETTER), "--to", "rtf", "--out-dir", str(tmp_path / "r")],
    ]
    for args in runs:
        result = runner.invoke(main, args)
        assert result.exit_code == 2, args
        assert all(line.startswith("teikit: ") for line in result.output.splitlines()), result.output
        assert result.output.startswith("teikit: error: "), result.output


def test_numbered_outputs_are_zero_padded_to_sort_in_page_order() -> None:
    from teikit.convert.run import numbered

    assert numbered("page", 1, 1) == "page.xml"
    assert [numbered("page", n, 3) for n in (1, 3)] == ["page-1.xml", "page-3.xml"]
    names = [numbered("huge", n, 11200) for n in (1, 2, 10, 11200)]
    assert names == ["huge-00001.xml", "huge-00002.xml", "huge-00010.xml", "huge-11200.xml"] == sorted(names)


def test_export_progress_counts_every_source_read_or_not(tmp_path: Path) -> None:
    from teikit.export import Outcome, collect_sources, export_index, export_standalone
    from teikit.registers import load_registers

    folder = tmp_path / "letters"
    shutil.copytree(LETTERS, folder)
    (folder / "malformed.xml").write_text("<TEI><text>never closed</TEI>", encoding="utf-8")
    for run in (lambda o: export_index(sources, tmp_path / "index.json", outcome=o),
                lambda o: export_standalone(sources, tmp_path / "standalone", load_registers(), outcome=o)):
        outcome = Outcome()
        sources = collect_sources([folder], outcome)
        outcome.progress = exporting = Recorded()
        exporting.start(len(sources))
        run(outcome)
        assert exporting.total == exporting.done == len(list(folder.glob("*.xml")))
        assert outcome.done == exporting.total - 1 and outcome.exit_code == 1
