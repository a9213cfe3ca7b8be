"""The inputs of a command: files as given, the matching files below folders, ``-`` for standard input.

A missing input, or a folder without a matching file, is one failure line
(exit status 2); the other inputs are still done.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from teikit.batch.outcome import USAGE, Outcome
from teikit.errors import InputError

STDIN = "-"


@dataclass(frozen=True)
class Input:
    """One input: its file (None for standard input) and its path below the folder it was found in."""

    path: Path | None
    relative: PurePosixPath
    data: bytes | None = None

    @property
    def display(self) -> str:
        return STDIN if self.path is None else str(self.path)

    @property
    def stem(self) -> str:
        return self.relative.stem

    def read_bytes(self) -> bytes:
        """The input's bytes; an unreadable file is an InputError naming it."""
        if self.path is None:
            return self.data or b""
        try:
            return self.path.read_bytes()
        except OSError as err:
            raise InputError(f"{self.path}: cannot read: {err.strerror or err}") from None

    def size(self) -> int:
        """Bytes to process (for progress); 0 when unknown."""
        if self.path is None:
            return len(self.data or b"")
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def _hidden(path: Path, folder: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(folder).parts)


def collect_inputs(given: Sequence[str | Path], suffix: str, outcome: Outcome, *, stdin_name: str = "stdin") -> list[Input]:
    """The inputs named by the arguments, in order, each once.

    A folder gives every ``*suffix`` file below it (hidden ones left out), in
    name order; a file is taken whatever its name; ``-`` reads standard input
    once (named ``stdin_name``).
    """
    found: dict[str, Input] = {}
    for arg in given:
        if str(arg) == STDIN:
            if STDIN not in found:
                found[STDIN] = Input(None, PurePosixPath(stdin_name + suffix), sys.stdin.buffer.read())
            continue
        path = Path(arg)
        if path.is_dir():
            files = sorted(p for p in path.rglob(f"*{suffix}") if p.is_file() and not _hidden(p, path))
            if not files:
                outcome.fail(f"{path}: no {suffix} files in this folder", USAGE)
            for file in files:
                found.setdefault(str(file.resolve()), Input(file, PurePosixPath(file.relative_to(path).as_posix())))
        elif path.is_file():
            found.setdefault(str(path.resolve()), Input(path, PurePosixPath(path.name)))
        elif path.exists():
            outcome.fail(f"{path}: not a file or folder", USAGE)
        else:
            outcome.fail(f"{path}: no such file or folder", USAGE)
    return list(found.values())


def read_toml(path: Path, kind: str = "TOML file") -> dict[str, object]:
    """A TOML file's tables; an unreadable or malformed file is an InputError naming it."""
    import tomllib  # only the commands that read TOML pay for its import

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: not a {kind}: {err}") from None
