"""Rendering files and folders into an output folder: one bad input never stops the rest."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from teikit.batch import Input, Outcome, Outputs, WriteOptions, collect_inputs, plan
from teikit.batch.outcome import FAILED, USAGE
from teikit.batch.progress import Progress
from teikit.errors import TeikitError
from teikit.render.renderer import Renderer, RenderOptions


@dataclass(frozen=True)
class RenderResult:
    """One input: the file written, or the one-line reason it failed and its exit status."""

    source: str
    output: Path | None = None
    error: str | None = None
    status: int = FAILED


def render_one(renderer: Renderer, item: Input, target: Path, outputs: Outputs) -> RenderResult:
    """Read, render (one parse), write through outputs; a failure becomes the result's error.

    Status 2 when the input cannot be read or the output written, 1 when the
    document cannot be rendered (malformed XML included) or its output was kept.
    """
    try:
        data = item.read_bytes()
        try:
            rendered = renderer.render_bytes(data, item.display)
        except TeikitError as err:
            return RenderResult(item.display, error=str(err), status=FAILED)
        outputs.write(target, rendered, item.path)
    except TeikitError as err:
        return RenderResult(item.display, error=str(err), status=err.exit_code)
    return RenderResult(item.display, output=target)


Work = tuple[Input, Path]


def _render_serially(work: Sequence[Work], options: RenderOptions, outputs: Outputs) -> Iterator[RenderResult]:
    renderer = Renderer(options)
    for item, target in work:
        yield render_one(renderer, item, target, outputs)


_worker: tuple[Renderer, Outputs] | None = None


def _start_worker(options: RenderOptions, outputs: Outputs) -> None:
    """A worker renders with its own compiled stylesheet and syncs each file it writes (it has no end to batch up to)."""
    global _worker
    outputs.deferred = False
    _worker = (Renderer(options), outputs)


def _render_in_worker(work: Work) -> RenderResult:
    assert _worker is not None, "worker started without _start_worker"
    return render_one(_worker[0], *work, _worker[1])


def _start_method() -> str:
    """Fork (cheap) while this process runs a single thread; Saxon's threads do not survive a fork."""
    try:
        single_threaded = len(os.listdir("/proc/self/task")) == 1
    except OSError:
        single_threaded = False
    return "fork" if single_threaded and "fork" in get_all_start_methods() else "spawn"


def _render_in_parallel(work: Sequence[Work], options: RenderOptions, outputs: Outputs, jobs: int) -> Iterator[RenderResult]:
    """Each worker process compiles the stylesheet once and renders its share; results come in input order."""
    from concurrent.futures import ProcessPoolExecutor  # only for parallel runs: a slow import

    if options.to == "pdf":
        from teikit.render.pdf import require_weasyprint

        require_weasyprint()
    chunk = max(1, len(work) // (jobs * 8))
    with ProcessPoolExecutor(jobs, mp_context=get_context(_start_method()),
                             initializer=_start_worker, initargs=(options, outputs)) as pool:
        yield from pool.map(_render_in_worker, work, chunksize=chunk)


def iterate_renders(work: Sequence[Work], options: RenderOptions, outputs: Outputs, jobs: int = 1) -> Iterator[RenderResult]:
    """Render each (input, output) pair in input order, over ``jobs`` processes, writing through outputs."""
    jobs = max(1, min(jobs, len(work)))
    if not work:
        return iter(())
    if jobs == 1:
        return _render_serially(work, options, outputs)
    return _render_in_parallel(work, options, outputs, jobs)


def render_paths(
    inputs: Sequence[str | Path],
    out_dir: Path,
    options: RenderOptions = RenderOptions(),
    *,
    jobs: int = 1,
    write: WriteOptions = WriteOptions(),
    progress: Progress | None = None,
) -> Outcome:
    """Render every input file (folders: every *.xml below them; ``-``: standard input) into out_dir.

    Outputs keep the inputs' paths below the folders given. One file fails
    alone; its line is in the outcome and the rest are rendered.
    """
    outcome = Outcome(verb="rendered", unit="document")
    items = collect_inputs(inputs, ".xml", outcome)
    outputs = Outputs(f"render {options.to}", write)
    outputs.add(out_dir)
    work = plan(items, out_dir, options.suffix, outcome)
    if progress is not None:
        progress.start(len(work))
    for (item, _), result in zip(work, iterate_renders(work, options, outputs, jobs)):
        outputs.mark_read(item.path)
        if result.error:
            outcome.fail(result.error, result.status)
        else:
            outcome.done += 1
            outcome.detail(f"{result.source} -> {result.output}")
        if progress is not None:
            progress.advance(1)
    outputs.close(outcome)
    return outcome


def render_to_stream(inputs: Sequence[str | Path], stream: BinaryIO, options: RenderOptions = RenderOptions()) -> Outcome:
    """Render one input (a file, or ``-`` for standard input) onto a stream such as standard output."""
    outcome = Outcome(verb="rendered", unit="document")
    items = collect_inputs(inputs, ".xml", outcome)
    if len(items) > 1:
        outcome.fail(f"-: {len(items)} inputs, but standard output takes one; give --out-dir a folder", USAGE)
    elif items:
        try:
            stream.write(Renderer(options).render_bytes(items[0].read_bytes(), items[0].display))
            stream.flush()
            outcome.done += 1
        except TeikitError as err:
            outcome.fail(str(err), err.exit_code)
    return outcome

