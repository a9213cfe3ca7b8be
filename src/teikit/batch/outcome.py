"""What a command did, in one shape for every command: the summary line and the exit status come from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Exit statuses: every command ends with one of these.
OK, FAILED, USAGE = 0, 1, 2


@dataclass(kw_only=True)
class Outcome:
    """Counts and messages of one run.

    ``failures`` and ``warnings`` are ``where: what`` lines; each failure raises
    ``status`` to its own exit status (1 a document failed, 2 an input could not
    be read or an output not written). ``notes`` are facts of the run worth a
    line before the summary. ``kept`` names outputs left as they were
    because they changed since teikit wrote them (status 1); outputs a run no
    longer produces are ``stale`` (listed) or ``pruned`` (removed).
    """

    verb: str = "processed"
    unit: str = "file"
    done: int = 0
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    stale: list[Path] = field(default_factory=list)
    pruned: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    totals: list[str] = field(default_factory=list)
    status: int = OK

    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"{where}: {message}")

    def fail(self, message: str, status: int = FAILED) -> None:
        """A failure: ``message`` names the file first (``FILE: what went wrong``)."""
        self.failures.append(message)
        self.status = max(self.status, status)

    def detail(self, line: str) -> None:
        """A per-file line, shown with --verbose."""
        self.details.append(line)

    @property
    def exit_code(self) -> int:
        return max(self.status, FAILED if self.failures or self.kept else OK)

    def summary_lines(self, *, verbose: bool = False, quiet: bool = False) -> list[str]:
        """Errors, then (unless quiet) warnings, per-file lines when verbose, and one line of totals."""
        lines = [f"teikit: error: {f}" for f in self.failures + self.kept]
        if quiet:
            return lines
        lines += [f"teikit: warning: {w}" for w in self.warnings]
        lines += [f"teikit: warning: {p}: no longer produced by this run; kept (--prune removes it)"
                  for p in self.stale]
        lines += self.notes
        if verbose:
            lines += [f"teikit: {d}" for d in self.details] + [f"teikit: removed {p}" for p in self.pruned]
        parts = [*self.totals, f"{len(self.written)} file(s) written"]
        if self.kept:
            parts.append(f"{len(self.kept)} kept (changed since teikit wrote them)")
        if self.pruned:
            parts.append(f"{len(self.pruned)} pruned")
        if self.stale:
            parts.append(f"{len(self.stale)} no longer produced")
        parts += [f"{len(self.failures)} failed", f"{len(self.warnings)} warning(s)"]
        lines.append(f"teikit: {self.verb} {self.done} {self.unit}(s): " + ", ".join(parts))
        return lines
