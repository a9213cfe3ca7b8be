"""Rendering files and folders into an output folder: one bad input never stops the rest."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
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


def _plan(pairs: Sequence[tuple[Path, Path]]) -> list[RenderResult | tuple[Path, Path]]:
    """The pairs to render, in order; a target claimed twice becomes a failure in its place."""
    claimed: dict[Path, Path] = {}
    plan: list[RenderResult | tuple[Path, Path]] = []
    for source, target in pairs:
        if target in claimed:
            plan.append(RenderResult(source, error=f"{source}: output {target} is already written from {claimed[target]}"))
        else:
            claimed[target] = source
            plan.append((source, target))
    return plan


def _render_serially(work: Sequence[tuple[Path, Path]], options: RenderOptions) -> Iterator[RenderResult]:
    renderer = Renderer(options)
    for source, target in work:
        yield render_one(renderer, source, target)


_worker_renderer: Renderer | None = None


def _start_worker(options: RenderOptions) -> None:
    global _worker_renderer
    _worker_renderer = Renderer(options)


def _render_in_worker(pair: tuple[Path, Path]) -> RenderResult:
    assert _worker_renderer is not None, "worker started without _start_worker"
    return render_one(_worker_renderer, *pair)


def _start_method() -> str:
    """Fork (cheap) while this process runs a single thread; Saxon's threads do not survive a fork."""
    try:
        single_threaded = len(os.listdir("/proc/self/task")) == 1
    except OSError:
        single_threaded = False
    return "fork" if single_threaded and "fork" in get_all_start_methods() else "spawn"


def _render_in_parallel(work: Sequence[tuple[Path, Path]], options: RenderOptions, jobs: int) -> Iterator[RenderResult]:
    """Each worker process compiles the stylesheet once and renders its share; results come in input order."""
    from concurrent.futures import ProcessPoolExecutor  # only for parallel runs: a slow import

    if options.to == "pdf":
        from teikit.render.pdf import require_weasyprint

        require_weasyprint()
    chunk = max(1, len(work) // (jobs * 8))
    with ProcessPoolExecutor(jobs, mp_context=get_context(_start_method()),
                             initializer=_start_worker, initargs=(options,)) as pool:
        yield from pool.map(_render_in_worker, work, chunksize=chunk)


def iterate_renders(pairs: Sequence[tuple[Path, Path]], options: RenderOptions, jobs: int = 1) -> Iterator[RenderResult]:
    """Render each (input, output) pair, over ``jobs`` processes; a target claimed twice is a failure."""
    plan = _plan(pairs)
    work = [item for item in plan if isinstance(item, tuple)]
    jobs = max(1, min(jobs, len(work)))
    rendered = _render_serially(work, options) if jobs == 1 else _render_in_parallel(work, options, jobs)
    for item in plan:
        yield item if isinstance(item, RenderResult) else next(rendered)
    rendered.close()


def render_paths(
    inputs: Sequence[Path],
    out_dir: Path,
    options: RenderOptions = RenderOptions(),
    on_result: Callable[[RenderResult], None] | None = None,
    jobs: int = 1,
) -> RenderOutcome:
    """Render every input file (folders: every *.xml inside) into out_dir, over ``jobs`` processes."""
    pairs = list(iterate_inputs(inputs, out_dir, options.suffix))
    if not pairs:
        raise InputError(f"no TEI files (*.xml) in {', '.join(map(str, inputs))}")
    outcome = RenderOutcome(out_dir)
    for result in iterate_renders(pairs, options, jobs):
        outcome.results.append(result)
        if on_result:
            on_result(result)
    return outcome

