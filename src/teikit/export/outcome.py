"""What an export did: files read, letters, warnings and failures, and the exit status."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from teikit.errors import InputError, TeikitError
from teikit.export.sources import SourceFile
from teikit.xml import parse_file, write_atomic


@dataclass
class Outcome:
    """Counts and messages of one export run; ``exit_code`` 1 when any input failed.

    ``notes`` are facts of the run worth a line of the summary (where header facts
    came from, authority coverage).

    ``counts_letters`` is False for exports that do not count letters (standalone TEI).
    """

    files: int = 0
    letters: int = 0
    counts_letters: bool = True
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def write(self, path: Path, data: bytes) -> None:
        """Write an output atomically; a file system error is an InputError naming the path."""
        try:
            self.written.append(write_atomic(path, data))
        except OSError as err:
            raise InputError(f"{path}: cannot write: {err.strerror or err}") from None

    def roots(self, sources: Iterable[SourceFile]) -> Iterator[tuple[SourceFile, etree._Element]]:
        """Each source with its parsed root element; a source that cannot be read is a failure."""
        for source in sources:
            try:
                root = parse_file(source.path).getroot()
            except TeikitError as err:
                self.fail(str(err))
                continue
            self.files += 1
            yield source, root

    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"{where}: {message}")

    def fail(self, message: str) -> None:
        self.failures.append(message)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0

    def summary_lines(self) -> list[str]:
        """Warnings, failures, notes (what the export found), then one line of totals."""
        lines = [f"warning: {w}" for w in self.warnings] + [f"failed: {f}" for f in self.failures] + self.notes
        letters = f"{self.letters} letter(s), " if self.counts_letters else ""
        lines.append(
            f"{self.files} file(s) read, {letters}{len(self.written)} output(s) written, "
            f"{len(self.warnings)} warning(s), {len(self.failures)} failed"
        )
        return lines
