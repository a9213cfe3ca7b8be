"""What an export did: the shared outcome (teikit.batch), with letters counted and outputs written."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from teikit.batch import KeptError, Outputs, WriteOptions
from teikit.batch import Outcome as BatchOutcome
from teikit.batch.progress import Progress
from teikit.errors import TeikitError
from teikit.export.sources import SourceFile


@dataclass
class Outcome(BatchOutcome):
    """One export run: files read (``done``), letters, outputs written through ``outputs``.

    ``notes`` say where header facts came from and how many persons have an authority URI.
    ``progress`` (when given) counts the sources read. ``counts_letters`` is False for exports that do not count letters (standalone TEI).
    """

    verb: str = "exported"
    letters: int = 0
    counts_letters: bool = True
    outputs: Outputs = field(default_factory=lambda: Outputs("export"))
    progress: Progress | None = None

    def start(self, command: str, write: WriteOptions, *out_dirs: Path) -> Outcome:
        """Write through a fresh Outputs for command (its manifests rooted at out_dirs)."""
        self.outputs = Outputs(command, write)
        for folder in out_dirs:
            self.outputs.add(folder)
        return self

    def write(self, path: Path, data: bytes, source: SourceFile | None = None) -> None:
        """Write an output; one that changed since teikit wrote it is kept, one that cannot be written fails."""
        try:
            self.outputs.write(path, data, source.path if source else None)
        except KeptError as err:
            self.kept.append(str(err))
        except TeikitError as err:
            self.fail(str(err), err.exit_code)

    def roots(self, sources: Iterable[SourceFile]) -> Iterator[tuple[SourceFile, etree._Element]]:
        """Each source with its parsed root element; a source that cannot be read is a failure."""
        for source in sources:
            try:
                root = source.root()
            except TeikitError as err:
                self.unread(err)
                continue
            self.read(source)
            yield source, root

    def read(self, source: SourceFile) -> None:
        """A source was read: counted, shown as progress, and its earlier outputs may now be stale."""
        self.done += 1
        self.outputs.mark_read(source.path)
        self._advance()

    def unread(self, err: TeikitError) -> None:
        """A source could not be read or parsed: a failure (exit status 2 when unreadable), and still progress."""
        self.fail(str(err), err.exit_code)
        self._advance()

    def _advance(self) -> None:
        if self.progress is not None:
            self.progress.advance(1)

    def close(self) -> Outcome:
        """End the run: manifests updated, stale outputs listed (or pruned), totals set."""
        self.outputs.close(self)
        if self.counts_letters:
            self.totals.append(f"{self.letters} letter(s)")
        return self
