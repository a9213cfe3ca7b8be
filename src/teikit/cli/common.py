"""What every command shares: the group, the error guard, run options, progress and how a run ends."""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import click

from teikit import __version__
from teikit.batch.progress import Progress
from teikit.errors import TeikitError

if TYPE_CHECKING:
    from teikit.batch import Outcome

F = TypeVar("F", bound=Callable[..., Any])


COMMANDS = ("convert", "export", "registers", "render", "validate")
"""The commands, each defined in the module ``teikit.cli.<name>``, imported only when it runs (or for --help)."""


class Teikit(click.Group):
    """The command group; usage errors become one ``teikit: error:`` line like every other error.

    A command's module is imported when the command is asked for, so a run
    loads only what its command needs (the process starts faster).
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS and cmd_name not in self.commands:
            importlib.import_module(f"teikit.cli.{cmd_name}")  # its decorators register the command here
        return super().get_command(ctx, cmd_name)

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs["standalone_mode"] = False
        try:
            status = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as err:
            click.echo(err.format_message(), err=True)
            sys.exit(err.exit_code)
        except click.UsageError as err:
            hint = f" (see: {err.ctx.command_path} --help)" if err.ctx is not None else ""
            click.echo(f"teikit: error: {err.format_message()}{hint}", err=True)
            sys.exit(err.exit_code)
        except click.ClickException as err:
            click.echo(f"teikit: error: {err.format_message()}", err=True)
            sys.exit(err.exit_code)
        except click.Abort:
            click.echo("teikit: error: aborted", err=True)
            sys.exit(1)
        sys.exit(status if isinstance(status, int) else 0)


@click.group(cls=Teikit, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="teikit")
def main() -> None:
    """teikit: raw transcriptions to TEI P5; TEI validated, rendered and exported.

    Exit status of every command: 0 all good, 1 some document invalid or
    failed (or an output kept because it was edited), 2 a usage or I/O error.
    """


def guarded(func: F) -> F:
    """Turn teikit's own errors into one line on stderr and their exit status."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TeikitError as err:
            click.echo(f"teikit: error: {err}", err=True)
            sys.exit(err.exit_code)

    return wrapper  # type: ignore[return-value]


def run_options(func: F) -> F:
    """--quiet and --verbose, for every command that works through a batch."""
    func = click.option("--verbose", "-v", is_flag=True, help="Also print a line per file done.")(func)
    return click.option("--quiet", "-q", is_flag=True, help="Print errors only: no progress, warnings or summary.")(func)


def write_options(func: F) -> F:
    """--force and --prune, for every command that writes files (passed on as ``write``)."""

    @functools.wraps(func)
    def wrapper(*args: Any, force: bool, prune: bool, **kwargs: Any) -> Any:
        from teikit.batch import WriteOptions  # the writer is loaded only by the commands that write

        return func(*args, write=WriteOptions(force=force, prune=prune), **kwargs)

    wrapper = click.option("--prune", is_flag=True,
                           help="Remove outputs an earlier run made from these inputs that this run no longer "
                                "makes (files changed since are kept).")(wrapper)
    return click.option("--force", is_flag=True,
                        help="Overwrite outputs even when they changed since teikit wrote them.")(wrapper)  # type: ignore[return-value]


class Bar:
    """A progress bar on stderr, when stderr is a terminal and the run is not quiet."""

    def __init__(self, label: str, shown: bool) -> None:
        self.label = label
        self.shown = shown
        self._bar: Any = None

    def start(self, total: int) -> None:
        if self.shown and total > 0:
            self._bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self._bar.__enter__()

    def advance(self, amount: int) -> None:
        if self._bar is not None:
            self._bar.update(amount)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


@contextmanager
def progress(label: str, quiet: bool) -> Iterator[Progress]:
    """A Bar for the length of a run (none when stderr is not a terminal, or with --quiet)."""
    bar = Bar(label, not quiet and sys.stderr.isatty())
    try:
        yield bar
    finally:
        bar.close()


def finish(outcome: Outcome, *, quiet: bool = False, verbose: bool = False) -> None:
    """Print an outcome's messages and summary on stderr and exit with its status."""
    for line in outcome.summary_lines(quiet=quiet, verbose=verbose):
        click.echo(line, err=True)
    sys.exit(outcome.exit_code)
