"""Every TEI file convert writes for the development corpus is valid TEI P5 (tei_all)."""

from __future__ import annotations

from pathlib import Path

from teikit.convert.run import convert_files
from teikit.validate import Status, validate_paths


def test_converted_corpus_is_valid_against_tei_all_and_the_profile(shared: Path, tmp_path: Path) -> None:
    pages = sorted((shared / "corpus" / "raw").glob("*.txt"))
    outcome = convert_files(pages, tmp_path)
    assert outcome.exit_code == 0, outcome.summary_lines()
    written = sorted(tmp_path.glob("*.xml"))
    assert len(written) >= len(pages)
    for schemas in ([str(shared / "schemas" / "tei_all.rng")], None):
        report = validate_paths(written, schemas)
        invalid = [r for r in report.results if r.status is not Status.VALID]
        assert not invalid, [p.format(r.path) for r in invalid for p in r.problems][:10]
