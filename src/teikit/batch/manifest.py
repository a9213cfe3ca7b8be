"""What teikit wrote into a folder, so that it never overwrites what someone else changed.

Each output folder keeps a manifest, ``.teikit-manifest.jsonl``: one JSON line
per file written, with its path below the folder, the SHA-256 of its bytes, the
command that wrote it and the input it was made from. A line is appended before
the file is renamed into place, so a run killed at any moment leaves a manifest
that knows every file it wrote (worker processes append to the same file). At
the end of a run the manifest is rewritten, one line per file.

A file may be overwritten when its bytes are ones teikit wrote there (or the
very bytes about to be written); otherwise it was edited, or never written by
teikit, and it is kept unless the run is forced.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from teikit.errors import TeikitError
from teikit.xml import TEMPORARY, stage, write_atomic

MANIFEST = ".teikit-manifest.jsonl"
LEFTOVER = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # tempfile.mkstemp's names, as xml.stage makes them


class KeptError(TeikitError):
    """An output was left as it is: it changed since teikit wrote it. Exit status 1."""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str | None:
    try:
        return digest(path.read_bytes())
    except FileNotFoundError:
        return None


@dataclass
class Entry:
    """One file of the folder: the digests teikit wrote it with (``last`` the latest), by which
    command, from which input, in which run."""

    digests: set[str]
    last: str
    by: str
    source: str | None
    run: str

    def line(self, path: str) -> str:
        body = {"path": path, "sha256": sorted(self.digests), "last": self.last, "by": self.by,
                "source": self.source, "run": self.run}
        return json.dumps(body, ensure_ascii=False) + "\n"


def read_manifest(folder: Path) -> dict[str, Entry]:
    """The entries of a folder's manifest; a torn last line (a killed run) is skipped."""
    entries: dict[str, Entry] = {}
    try:
        text = (folder / MANIFEST).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return entries
    except (OSError, UnicodeDecodeError) as err:
        raise TeikitError(f"{folder / MANIFEST}: cannot read the manifest: {err}") from None
    for raw in text.splitlines():
        try:
            item = json.loads(raw)
            path, digests, last = item["path"], set(item["sha256"]), item["last"]
        except (ValueError, KeyError, TypeError):
            continue
        known = entries.get(path)
        entries[path] = Entry(digests | (known.digests if known else set()), last, item.get("by", ""),
                              item.get("source"), item.get("run", ""))
    return entries


@dataclass
class Folder:
    """An output folder and its manifest, as one run sees it (picklable: worker processes write through it)."""

    root: Path
    command: str
    run: str
    force: bool = False
    entries: dict[str, Entry] = field(default_factory=dict)
    _journal: int | None = field(default=None, repr=False, compare=False)

    def __getstate__(self) -> dict[str, object]:
        """A copy for a worker process opens the manifest itself."""
        return {**self.__dict__, "_journal": None}

    def _append(self, line: str) -> None:
        """Append one line in a single write (O_APPEND: lines of several processes do not interleave)."""
        if self._journal is None:
            self.root.mkdir(parents=True, exist_ok=True)
            self._journal = os.open(self.root / MANIFEST, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        os.write(self._journal, line.encode("utf-8"))

    def _close_journal(self) -> None:
        if self._journal is not None:
            os.close(self._journal)
            self._journal = None

    def key(self, target: Path) -> str:
        return Path(os.path.relpath(target, self.root)).as_posix()

    def source_key(self, source: Path | None) -> str | None:
        return None if source is None else _relative(str(source), str(self.root))

    def stage(self, target: Path, data: bytes, source: Path | None = None, *, sync: bool = True,
              replaces: bytes | None = None) -> Path:
        """Record target and stage its bytes (the temporary file to rename onto it); KeptError
        when target changed since teikit wrote it (or, given ``replaces``, since this run read those bytes)."""
        key, new = self.key(target), digest(data)
        self.check(target, data, replaces)
        known = self.entries.get(key)
        entry = Entry({new} | (known.digests if known else set()), new, self.command, self.source_key(source), self.run)
        self._append(entry.line(key))
        try:
            staged = stage(target, data, sync=sync)
        except BaseException:
            if known is not None:
                self._append(known.line(key))
            raise
        self.entries[key] = entry
        return staged

    def check(self, target: Path, data: bytes, replaces: bytes | None = None) -> None:
        """KeptError unless target may be overwritten with data (always, when forced).

        A file may be overwritten when it is missing, already holds data, or holds
        bytes teikit wrote there. A file a run reads and rewrites (a register that
        gains entries) gives ``replaces``, the bytes it read: the file may then be
        overwritten only while it still holds them, whoever wrote it.
        """
        if self.force:
            return
        current = _file_digest(target)
        if current is None or current == digest(data):
            return
        if replaces is not None:
            if current != digest(replaces):
                raise KeptError(f"{target}: changed since teikit read it; kept (--force overwrites it)")
            return
        known = self.entries.get(self.key(target))
        if known is None:
            raise KeptError(f"{target}: not written by teikit; kept (--force overwrites it)")
        if current not in known.digests:
            raise KeptError(f"{target}: changed since teikit wrote it; kept (--force overwrites it)")

    def close(self, read: set[str], *, prune: bool) -> tuple[list[Path], list[Path], list[str], list[Path]]:
        """End the run: (written, stale, kept, pruned); the manifest is rewritten one line per file.

        Stale: files this command wrote from an input that this run read and that
        no longer gives them, or from an input that is gone. ``read`` holds the
        inputs' keys (``source_key``). With ``prune`` stale files are removed
        unless they changed since teikit wrote them.
        """
        self._close_journal()
        on_disk = read_manifest(self.root)
        for key, entry in on_disk.items():
            known = self.entries.get(key)
            if known is None or entry.run == self.run:
                self.entries[key] = Entry(entry.digests | (known.digests if known else set()), entry.last,
                                          entry.by, entry.source, entry.run)
        written = sorted(self.root / k for k, e in self.entries.items()
                         if e.run == self.run and _file_digest(self.root / k) == e.last)
        stale: list[Path] = []
        kept: list[str] = []
        pruned: list[Path] = []
        for key in self._stale(read):
            entry, path = self.entries[key], self.root / key
            current = _file_digest(path)
            if current is None:
                del self.entries[key]
            elif not prune:
                stale.append(path)
            elif current in entry.digests:
                path.unlink()
                del self.entries[key]
                pruned.append(path)
            else:
                kept.append(f"{path}: changed since teikit wrote it; not pruned")
        for path in written:
            entry = self.entries[self.key(path)]
            entry.digests = {entry.last}
        self._rewrite()
        return written, stale, kept, pruned

    def _stale(self, read: set[str]) -> list[str]:
        """Keys of this command's earlier files whose input was read (and did not give them) or is gone.

        An output made from a stale output (a page rendered from a TEI file of the
        same folder) is stale with it.
        """
        candidates = {key: entry for key, entry in self.entries.items()
                      if entry.run != self.run and entry.by == self.command and entry.source is not None}
        stale: set[str] = set()
        gone = {source for source in {e.source for e in candidates.values()}
                if source not in read and not (self.root / str(source)).exists()}
        changed = True
        while changed:
            changed = False
            for key, entry in candidates.items():
                if key not in stale and (entry.source in read or entry.source in gone or entry.source in stale):
                    stale.add(key)
                    changed = True
        return sorted(stale)

    def _rewrite(self) -> None:
        if not self.entries and not (self.root / MANIFEST).exists():
            return
        text = "".join(entry.line(key) for key, entry in sorted(self.entries.items()))
        write_atomic(self.root / MANIFEST, text)

    def remove_leftovers(self) -> None:
        """Remove the temporary files a killed run left (hidden, named after their target, ending in .tmp);
        called when this run's own are all renamed."""
        if not self.root.is_dir():
            return
        for path in self.root.rglob(f".*{TEMPORARY}"):
            if LEFTOVER.match(path.name) and path.is_file():
                path.unlink(missing_ok=True)


@functools.lru_cache(maxsize=4096)
def _relative(path: str, root: str) -> str:
    """path (an input, resolved) relative to root (resolved), as the manifest records it."""
    return Path(os.path.relpath(os.path.realpath(path), os.path.realpath(root))).as_posix()


def new_run() -> str:
    return uuid.uuid4().hex[:12]
