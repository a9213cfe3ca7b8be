"""The TEI files an export reads: files given as such, folders searched for ``*.xml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from teikit.errors import InputError


@dataclass(frozen=True)
class SourceFile:
    """A TEI file and its name inside an export (``folder/sub/file`` without ``.xml``)."""

    path: Path
    name: str

    @property
    def display(self) -> str:
        return str(self.path)


def collect_sources(inputs: list[Path]) -> list[SourceFile]:
    """Files and folders (searched recursively for ``*.xml``) in a stable order.

    A file keeps its own name; a folder's files are named by their path below the
    folder, prefixed with the folder's name. Raises InputError for a missing input,
    an input without XML files, or two inputs that would get the same name.
    """
    found: dict[Path, SourceFile] = {}
    for given in inputs:
        if given.is_dir():
            files = sorted(p for p in given.rglob("*.xml") if p.is_file() and not p.name.startswith("."))
            if not files:
                raise InputError(f"{given}: no .xml files in this folder")
            for path in files:
                relative = path.relative_to(given).with_suffix("")
                found.setdefault(path.resolve(), SourceFile(path, f"{given.resolve().name}/{relative.as_posix()}"))
        elif given.is_file():
            found.setdefault(given.resolve(), SourceFile(given, given.stem))
        else:
            raise InputError(f"{given}: no such file or folder")
    names: dict[str, Path] = {}
    for source in found.values():
        other = names.setdefault(source.name, source.path)
        if other != source.path:
            raise InputError(f"{source.path}: same name in the export as {other} ({source.name})")
    return list(found.values())
