"""The TEI files an export reads, collected by teikit.batch: files as given, folders searched for ``*.xml``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit.batch import Outcome, collect_inputs
from teikit.batch.outcome import USAGE
from teikit.errors import InputError, TeikitError
from teikit.xml import parse_bytes, read_bytes


@dataclass(frozen=True)
class SourceFile:
    """A TEI file and its name inside an export: its path below the folder given, without ``.xml``."""

    path: Path
    name: str

    @property
    def display(self) -> str:
        return str(self.path)

    def root(self) -> etree._Element:
        """The file's root element: InputError (exit status 2) when the file cannot be read,
        TeikitError (exit status 1, a failed document) when it is not well-formed XML."""
        data = read_bytes(self.path)
        try:
            return parse_bytes(data, self.path).getroot()
        except InputError as err:
            raise TeikitError(str(err)) from None


def collect_sources(inputs: Sequence[str | Path], outcome: Outcome | None = None) -> list[SourceFile]:
    """Files and folders (searched recursively for ``*.xml``) in a stable order.

    A file keeps its own name; a folder's files are named by their path below the
    folder. A missing input, a folder without XML files, or a second file of the
    same name is a failure in outcome (without one: an InputError).
    """
    collected = outcome if outcome is not None else Outcome()
    found: dict[str, SourceFile] = {}
    for item in collect_inputs(inputs, ".xml", collected):
        if item.path is None:
            collected.fail("-: standard input cannot be exported; give files or folders", USAGE)
            continue
        source = SourceFile(item.path, item.relative.with_suffix("").as_posix())
        other = found.setdefault(source.name, source)
        if other is not source:
            collected.fail(f"{source.path}: same name in the export as {other.path} ({source.name}); "
                           "give their folder instead", USAGE)
    if outcome is None and collected.failures:
        raise InputError(collected.failures[0])
    return list(found.values())
