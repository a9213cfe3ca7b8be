"""The one writer: file modes, atomic writes, the manifest, kept edits, stale and pruned outputs."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from teikit.batch import KeptError, Outcome, Outputs, WriteOptions
from teikit.batch.manifest import MANIFEST, read_manifest
from teikit.xml import write_atomic


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _run(out: Path, writes: dict[str, bytes], source: Path | None = None, *, read: list[Path] = (),
         command: str = "convert", **options: bool) -> Outcome:
    outcome = Outcome()
    outputs = Outputs(command, WriteOptions(**options))
    outputs.add(out)
    for path in read:
        outputs.mark_read(path)
    for name, data in writes.items():
        try:
            outputs.write(out / name, data, source)
        except KeptError as err:
            outcome.kept.append(str(err))
    outputs.close(outcome)
    return outcome


def test_files_get_the_mode_of_the_umask(tmp_path: Path, umask_022: None) -> None:
    write_atomic(tmp_path / "a.xml", b"<a/>")
    _run(tmp_path / "out", {"b.xml": b"<b/>"})
    assert stat.S_IMODE((tmp_path / "a.xml").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "out" / "b.xml").stat().st_mode) == 0o644
    os.umask(0o077)
    write_atomic(tmp_path / "c.xml", b"<c/>")
    assert stat.S_IMODE((tmp_path / "c.xml").stat().st_mode) == 0o600


def test_an_edited_output_is_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _run(out, {"a.xml": b"one", "b.xml": b"one"}).exit_code == 0
    assert _run(out, {"a.xml": b"two", "b.xml": b"two"}).exit_code == 0  # unchanged since written: rewritten
    (out / "a.xml").write_bytes(b"edited by hand")
    outcome = _run(out, {"a.xml": b"three", "b.xml": b"three"})
    assert outcome.exit_code == 1 and outcome.kept == [f"{out / 'a.xml'}: changed since teikit wrote it; kept (--force overwrites it)"]
    assert (out / "a.xml").read_bytes() == b"edited by hand" and (out / "b.xml").read_bytes() == b"three"
    assert outcome.written == [out / "b.xml"]
    assert _run(out, {"a.xml": b"four"}, force=True).exit_code == 0
    assert (out / "a.xml").read_bytes() == b"four"


def test_a_file_teikit_did_not_write_is_kept(tmp_path: Path) -> None:
    (tmp_path / "mine.xml").write_bytes(b"someone else's")
    (tmp_path / "same.xml").write_bytes(b"same bytes")
    outcome = _run(tmp_path, {"mine.xml": b"teikit's", "same.xml": b"same bytes"})
    assert outcome.kept == [f"{tmp_path / 'mine.xml'}: not written by teikit; kept (--force overwrites it)"]
    assert (tmp_path / "mine.xml").read_bytes() == b"someone else's"
    assert outcome.written == [tmp_path / "same.xml"]


def test_outputs_an_input_no_longer_gives_are_listed_then_pruned(tmp_path: Path) -> None:
    page, out = tmp_path / "page.txt", tmp_path / "out"
    page.write_text("x", encoding="utf-8")
    _run(out, {"page-1.xml": b"1", "page-2.xml": b"2", "page-3.xml": b"3"}, page, read=[page])
    (out / "page-3.xml").write_bytes(b"edited")
    listed = _run(out, {"page.xml": b"whole"}, page, read=[page])
    assert sorted(listed.stale) == [out / "page-1.xml", out / "page-2.xml", out / "page-3.xml"]
    assert listed.exit_code == 0 and (out / "page-1.xml").exists()
    pruned = _run(out, {"page.xml": b"whole"}, page, read=[page], prune=True)
    assert sorted(pruned.pruned) == [out / "page-1.xml", out / "page-2.xml"]
    assert pruned.kept == [f"{out / 'page-3.xml'}: changed since teikit wrote it; not pruned"] and pruned.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "page-3.xml", "page.xml"]
    assert set(read_manifest(out)) == {"page-3.xml", "page.xml"}


def test_only_inputs_read_or_gone_make_outputs_stale(tmp_path: Path) -> None:
    a, b, out = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "out"
    a.write_text("a", encoding="utf-8")
    b.write_text("b", encoding="utf-8")
    _run(out, {"a.xml": b"a"}, a, read=[a])
    _run(out, {"b.xml": b"b"}, b, read=[b])
    assert _run(out, {"b.xml": b"b"}, b, read=[b]).stale == []  # a.txt was not given: a.xml is not stale
    assert _run(out, {"b.xml": b"b"}, b, read=[b], command="render html").stale == []  # another command's files
    a.unlink()
    assert _run(out, {"b.xml": b"b"}, b, read=[b]).stale == [out / "a.xml"]


def test_a_killed_run_leaves_no_temporary_file_behind_the_next_run(tmp_path: Path) -> None:
    (tmp_path / ".a.xml.k3j_9x2q.tmp").write_bytes(b"half")
    (tmp_path / ".notes.tmp").write_bytes(b"the user's own")
    _run(tmp_path, {"a.xml": b"whole"})
    assert sorted(p.name for p in tmp_path.iterdir()) == [".notes.tmp", MANIFEST, "a.xml"]


def test_a_torn_manifest_line_is_skipped(tmp_path: Path) -> None:
    _run(tmp_path, {"a.xml": b"one"})
    with (tmp_path / MANIFEST).open("a", encoding="utf-8") as handle:
        handle.write('{"path": "b.xml", "sha2')
    assert set(read_manifest(tmp_path)) == {"a.xml"}
    assert _run(tmp_path, {"a.xml": b"two"}).exit_code == 0


def test_many_outputs_are_renamed_in_batches_and_all_land(tmp_path: Path) -> None:
    outcome = _run(tmp_path, {f"d-{i:04d}.xml": str(i).encode() for i in range(450)})
    assert len(outcome.written) == 450 and not list(tmp_path.glob(".*.tmp"))
    assert (tmp_path / "d-0449.xml").read_bytes() == b"449"


def test_a_folder_added_later_does_not_take_the_files_staged_below_it(tmp_path: Path) -> None:
    outcome = Outcome()
    outputs = Outputs("convert")
    outputs.add(tmp_path / "work" / "tei")
    outputs.write(tmp_path / "work" / "tei" / "a.xml", b"<a/>")
    outputs.write(tmp_path / "work" / "report.json", b"{}")  # its folder, work/, holds the staged a.xml
    outputs.close(outcome)
    assert outcome.failures == [] and (tmp_path / "work" / "tei" / "a.xml").read_bytes() == b"<a/>"


def test_every_name_the_batch_package_offers_resolves_to_its_module() -> None:
    import teikit.batch as batch

    for name in batch.__all__:
        assert getattr(batch, name) is getattr(__import__(f"teikit.batch.{batch._MODULES[name]}", fromlist=[name]), name)
    with pytest.raises(AttributeError):
        batch.no_such_name  # noqa: B018
