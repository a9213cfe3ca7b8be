"""Rendering files and folders into an output folder: one bad input never stops the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from teikit.errors import InputError, TeikitError
from teikit.render.renderer import Renderer, RenderOptions
from teikit.xml import write_atomic


@dataclass(frozen=True)
class RenderResult:
    """One input: the file written, or the one-line reason it failed."""

    source: Path
    output: Path | None = None
    error: str | None = None


@dataclass
class RenderOutcome:
    """All inputs of a run; failures make exit status 1."""

    out_dir: Path
    results: list[RenderResult] = field(default_factory=list)

    @property
    def failed(self) -> list[RenderResult]:
        return [r for r in self.results if r.error]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def summary_lines(self) -> list[str]:
        lines = [f"teikit: error: {r.error}" for r in self.failed]
        done = len(self.results) - len(self.failed)
        lines.append(f"rendered {done} of {len(self.results)} documents into {self.out_dir}")
        return lines


def iterate_inputs(inputs: Sequence[Path], out_dir: Path, suffix: str) -> Iterator[tuple[Path, Path]]:
    """(input file, output file) pairs: a file gives its stem; a folder's *.xml keep their sub-folders."""
    for given in inputs:
        if given.is_dir():
            for path in sorted(given.rglob("*.xml")):
                yield path, (out_dir / path.relative_to(given)).with_suffix(suffix)
        elif given.exists():
            yield given, out_dir / (given.stem + suffix)
        else:
            raise InputError(f"{given}: no such file or folder")


def render_one(renderer: Renderer, source: Path, target: Path) -> RenderResult:
    """Read, render (one parse), write atomically; a failure becomes the result's error."""
    try:
        data = renderer.render_bytes(read_input(source), str(source))
        write_atomic(target, data)
    except TeikitError as err:
        return RenderResult(source, error=str(err))
    except OSError as err:
        return RenderResult(source, error=f"{target}: cannot write: {err.strerror or err}")
    return RenderResult(source, output=target)


def read_input(source: Path) -> bytes:
    """The bytes of an input file; an unreadable one is an InputError naming it."""
    try:
        return source.read_bytes()
    except OSError as err:
        raise InputError(f"{source}: cannot read: {err.strerror or err}") from None


def iterate_renders(pairs: Sequence[tuple[Path, Path]], options: RenderOptions) -> Iterator[RenderResult]:
    """Render each (input, output) pair with one Renderer; a target claimed twice is a failure."""
    renderer = Renderer(options)
    claimed: dict[Path, Path] = {}
    for source, target in pairs:
        if target in claimed:
            yield RenderResult(source, error=f"{source}: output {target} is already written from {claimed[target]}")
            continue
        claimed[target] = source
        yield render_one(renderer, source, target)


def render_paths(
    inputs: Sequence[Path],
    out_dir: Path,
    options: RenderOptions = RenderOptions(),
    on_result: Callable[[RenderResult], None] | None = None,
) -> RenderOutcome:
    """Render every input file (folders: every *.xml inside) into out_dir."""
    pairs = list(iterate_inputs(inputs, out_dir, options.suffix))
    if not pairs:
        raise InputError(f"no TEI files (*.xml) in {', '.join(map(str, inputs))}")
    outcome = RenderOutcome(out_dir)
    for result in iterate_renders(pairs, options):
        outcome.results.append(result)
        if on_result:
            on_result(result)
    return outcome


def render_html_files(pairs: Sequence[tuple[Path, Path]]) -> list[str]:
    """HTML pages for (TEI file, HTML file) pairs, as an edition builds them; the failure messages."""
    return [r.error for r in iterate_renders(pairs, RenderOptions("html")) if r.error]
