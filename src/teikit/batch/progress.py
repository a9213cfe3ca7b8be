"""How a long run tells its progress: started with a total, advanced as work is done."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """Progress of a run, in units the run chooses (bytes of input, files)."""

    def start(self, total: int) -> None: ...

    def advance(self, amount: int) -> None: ...
