"""The teikit command line: parses arguments, calls the library, prints, sets exit codes.

One module per command (or command group); `common` holds what they share: the
error guard, the run options (--quiet, --verbose), progress and the summary.
Exit codes: 0 all good, 1 invalid or failed documents, 2 usage or I/O error.
"""

from __future__ import annotations

from teikit.cli.common import main

__all__ = ["main"]
