"""The input and output layer every command shares: inputs collected one way, outputs
placed by one rule and written by one writer into a manifest, and one outcome.

The names below are imported from their modules when first used, so a command
that needs only the outcome (validate) does not load the writer and manifest.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from teikit.batch.inputs import STDIN as STDIN
    from teikit.batch.inputs import Input as Input
    from teikit.batch.inputs import collect_inputs as collect_inputs
    from teikit.batch.manifest import KeptError as KeptError
    from teikit.batch.outcome import FAILED as FAILED
    from teikit.batch.outcome import OK as OK
    from teikit.batch.outcome import USAGE as USAGE
    from teikit.batch.outcome import Outcome as Outcome
    from teikit.batch.outputs import Outputs as Outputs
    from teikit.batch.outputs import WriteOptions as WriteOptions
    from teikit.batch.outputs import output_path as output_path
    from teikit.batch.outputs import plan as plan

_MODULES = {
    "STDIN": "inputs", "Input": "inputs", "collect_inputs": "inputs", "KeptError": "manifest",
    "FAILED": "outcome", "OK": "outcome", "USAGE": "outcome", "Outcome": "outcome",
    "Outputs": "outputs", "WriteOptions": "outputs", "output_path": "outputs", "plan": "outputs",
}
__all__ = sorted(_MODULES)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'teikit.batch' has no attribute {name!r}")
    return getattr(import_module(f"teikit.batch.{module}"), name)
