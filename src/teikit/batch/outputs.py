"""Where outputs go and how they are written: one rule and one writer for every command.

An input's outputs keep its path below the folder it was found in, mirrored
under the output folder (``letters/1924/a.xml`` given as ``letters`` renders to
``OUT/1924/a.html``); a file given by itself keeps its name. Two inputs that
would still write the same file are a usage error of the second.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from teikit.batch.inputs import Input
from teikit.batch.manifest import Folder, KeptError, new_run, read_manifest
from teikit.batch.outcome import USAGE, Outcome
from teikit.errors import InputError

STDOUT = "-"
BATCH_FILES = 100  # staged outputs renamed into place together after one sync
BATCH_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class WriteOptions:
    """--force (overwrite outputs changed since teikit wrote them) and --prune (remove outputs no longer produced)."""

    force: bool = False
    prune: bool = False


@dataclass
class Outputs:
    """The output folders of one run: every write goes through here and into a folder's manifest.

    A target below a folder given with ``add`` belongs to that folder's manifest;
    any other target to its own parent folder's. Picklable, so worker processes
    write through a copy (their manifest lines are collected by ``close``).

    ``deferred``: files are staged complete but unsynced and renamed into place in
    batches after one ``os.sync`` (a file's own fsync costs milliseconds, which
    thousands of outputs cannot afford); otherwise each is synced and renamed at once.
    """

    command: str
    options: WriteOptions = WriteOptions()
    run: str = field(default_factory=new_run)
    folders: dict[Path, Folder] = field(default_factory=dict)
    read: set[Path] = field(default_factory=set)
    deferred: bool = True
    pending: list[tuple[Path, Path]] = field(default_factory=list)
    pending_bytes: int = 0

    def add(self, root: Path) -> Folder:
        """The folder (and manifest) rooted at root."""
        root = Path(os.path.abspath(root))
        if root not in self.folders:
            if root.exists() and not root.is_dir():
                raise InputError(f"{root}: cannot write into it: not a folder")
            self.folders[root] = Folder(root, self.command, self.run, self.options.force, read_manifest(root))
        return self.folders[root]

    def folder_of(self, target: Path) -> Folder:
        absolute = Path(os.path.abspath(target))
        for root in sorted(self.folders, key=lambda r: len(r.parts), reverse=True):
            if absolute.is_relative_to(root):
                return self.folders[root]
        return self.add(absolute.parent)

    def write(self, target: Path, data: bytes | str, source: Path | None = None, *,
              replaces: bytes | None = None) -> Path:
        """Write target (atomically, recorded in its folder's manifest), made from source; ``-``: standard output.

        Raises KeptError when target changed since teikit wrote it (given
        ``replaces``, the bytes this run read from it: since it read them), and
        InputError (exit status 2) when it cannot be written.
        """
        payload = data.encode("utf-8") if isinstance(data, str) else data
        if str(target) == STDOUT:
            sys.stdout.buffer.write(payload)
            sys.stdout.buffer.flush()
            return target
        try:
            staged = self.folder_of(target).stage(target, payload, source, sync=not self.deferred, replaces=replaces)
            if not self.deferred:
                os.replace(staged, target)
                return target
        except KeptError:
            raise
        except OSError as err:
            raise InputError(f"{target}: cannot write: {err.strerror or err}") from None
        self.pending.append((staged, target))
        self.pending_bytes += len(payload)
        if len(self.pending) >= BATCH_FILES or self.pending_bytes >= BATCH_BYTES:
            self.flush()
        return target

    def flush(self) -> None:
        """Sync the staged files and rename them into place."""
        if not self.pending:
            return
        os.sync()
        pending, self.pending, self.pending_bytes = self.pending, [], 0
        failed: list[str] = []
        for staged, target in pending:
            try:
                os.replace(staged, target)
            except OSError as err:
                staged.unlink(missing_ok=True)
                failed.append(f"{target}: cannot write: {err.strerror or err}")
        if failed:
            raise InputError("; ".join(failed))

    def mark_read(self, source: Path | None) -> None:
        """An input this run read: outputs made from it before and not now are stale."""
        if source is not None:
            self.read.add(Path(os.path.abspath(source)))

    def close(self, outcome: Outcome) -> None:
        """End the run: what was written, kept, stale or pruned goes into outcome."""
        try:
            self.flush()
        except InputError as err:
            outcome.fail(str(err), USAGE)
        for folder in self.folders.values():
            read = {key for key in map(folder.source_key, self.read) if key is not None}
            try:
                written, stale, kept, pruned = folder.close(read, prune=self.options.prune)
            except OSError as err:
                outcome.fail(f"{folder.root}: cannot update the manifest: {err.strerror or err}", USAGE)
                continue
            known = set(outcome.written)
            outcome.written.extend(p for p in written if p not in known)
            outcome.stale += stale
            outcome.kept += kept
            outcome.pruned += pruned
            folder.remove_leftovers()
        if outcome.written or outcome.pruned:
            os.sync()  # the renames, durable too


def output_path(item: Input, out_dir: Path, suffix: str) -> Path:
    """The output of an input under out_dir: its path below the folder given, with suffix."""
    return out_dir / item.relative.with_suffix(suffix)


def plan(inputs: Iterable[Input], out_dir: Path, suffix: str, outcome: Outcome) -> list[tuple[Input, Path]]:
    """(input, output) pairs in input order; an input whose output another input claims fails (status 2)."""
    claimed: dict[Path, Input] = {}
    pairs: list[tuple[Input, Path]] = []
    for item in inputs:
        target = output_path(item, out_dir, suffix)
        other = claimed.setdefault(target, item)
        if other is not item:
            outcome.fail(f"{item.display}: its output {target} is already made from {other.display}; "
                         "give their folder instead, or convert them separately", USAGE)
            continue
        pairs.append((item, target))
    return pairs


def write_files(command: str, options: WriteOptions, files: list[tuple[Path, bytes, bytes | None]]) -> None:
    """Write a few files all or none, each recorded in its folder's manifest: (target, data, bytes read from it).

    For a file this run read and rewrites (a register gaining entries) the bytes
    read are given: it is overwritten only if it still holds them. KeptError
    (exit status 1) names the first file kept, and then none is written;
    InputError (exit status 2) when one cannot be written.
    """
    outputs = Outputs(command, options, deferred=False)
    payloads = [(target, data.encode("utf-8") if isinstance(data, str) else data, was) for target, data, was in files]
    for target, data, was in payloads:
        try:
            outputs.folder_of(target).check(target, data, was)
        except OSError as err:
            raise InputError(f"{target}: cannot write: {err.strerror or err}") from None
    for target, data, was in payloads:
        outputs.write(target, data, replaces=was)
    outcome = Outcome()
    outputs.close(outcome)
    if outcome.failures:
        raise InputError(outcome.failures[0])
