"""`python -m teikit`: the teikit command line."""

from teikit.cli import main

main(prog_name="teikit")
