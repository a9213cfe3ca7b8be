"""The input and output layer every command shares: inputs collected one way, outputs
placed by one rule and written by one writer into a manifest, and one outcome."""

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
