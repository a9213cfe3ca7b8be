"""What every command shares: the group, the error guard, and how a run ends."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from teikit import __version__
from teikit.errors import TeikitError

F = TypeVar("F", bound=Callable[..., Any])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="teikit")
def main() -> None:
    """teikit: raw transcriptions to TEI P5; TEI validated, rendered and exported."""


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


def finish(outcome: Any) -> None:
    """Print an outcome's summary lines on stderr and exit with its status."""
    for line in outcome.summary_lines():
        click.echo(line, err=True)
    sys.exit(outcome.exit_code)
