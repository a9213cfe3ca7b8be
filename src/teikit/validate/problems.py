"""What validation finds: problems, per-file results and the report of a run."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from teikit.batch.outcome import Outcome
from enum import Enum


class Status(str, Enum):
    """The verdict on one file."""

    VALID = "valid"
    INVALID = "invalid"
    MALFORMED = "malformed"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document, located as precisely as the checker allows."""

    message: str
    line: int = 0
    column: int = 0
    severity: str = "error"
    schema: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def format(self, file: str) -> str:
        """``file:line:column: severity: message`` (the form editors and CI logs understand)."""
        where = f"{file}:{self.line}:{self.column}" if self.line else file
        return f"{where}: {self.severity}: {self.message}"


@dataclass
class FileResult:
    """The verdict on one file and the problems behind it."""

    path: str
    status: Status
    problems: list[Problem] = field(default_factory=list)
    schemas: list[str] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "status": self.status.value,
            "schemas": self.schemas,
            "problems": [asdict(p) for p in self.problems],
        }


@dataclass
class Report(Outcome):
    """Counts the outcomes of a run and derives its exit status: the shared outcome of a command,
    with a verdict per file."""

    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: Status) -> int:
        return sum(r.status is status for r in self.results)

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.results)

    @property
    def exit_code(self) -> int:
        """0 all valid; 1 some file invalid or malformed; 2 some file or schema unreadable."""
        if self.count(Status.UNREADABLE):
            return 2
        return 0 if self.count(Status.VALID) == len(self.results) else 1

    def summary_lines(self, *, verbose: bool = False, quiet: bool = False) -> list[str]:
        """A line per file with --verbose, then the totals (none when quiet)."""
        if quiet:
            return []
        lines = [f"teikit: {r.path}: {r.status.value}" for r in self.results] if verbose else []
        return [*lines, f"teikit: validated {self.summary()}"]

    def summary(self) -> str:
        """Counts that add up: every file is valid, invalid, malformed or unreadable."""
        parts = [
            f"{len(self.results)} files",
            f"{self.count(Status.VALID)} valid",
            f"{self.count(Status.INVALID)} invalid",
        ]
        if self.count(Status.MALFORMED):
            parts.append(f"{self.count(Status.MALFORMED)} malformed")
        if self.count(Status.UNREADABLE):
            parts.append(f"{self.count(Status.UNREADABLE)} unreadable")
        parts.append(f"{self.errors} errors")
        parts.append(f"{self.seconds:.2f} s")
        return ", ".join(parts)

    def to_json(self) -> str:
        import json  # only for --format json

        return json.dumps(
            {
                "files": len(self.results),
                "valid": self.count(Status.VALID),
                "invalid": self.count(Status.INVALID),
                "malformed": self.count(Status.MALFORMED),
                "unreadable": self.count(Status.UNREADABLE),
                "errors": self.errors,
                "seconds": round(self.seconds, 3),
                "results": [r.to_dict() for r in self.results],
            },
            ensure_ascii=False,
            indent=2,
        )
