# teikit: `make run` converts, validates and renders the bundled seed letter;
# `make test` runs the whole test suite. Both set up .venv on first use.
PYTHON ?= python3
VENV   ?= .venv
OUT    ?= out
SEED   ?= tei/raw/kalinin-stalin-1924-08.txt
BIN     = $(VENV)/bin

.PHONY: setup run test bench letters clean

$(BIN)/teikit: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,pdf]'
	touch $@

setup: $(BIN)/teikit

run: setup
	$(BIN)/teikit convert $(SEED) --out-dir $(OUT)/tei --report $(OUT)/report.json
	$(BIN)/teikit validate $(OUT)/tei
	$(BIN)/teikit render $(OUT)/tei --to html --out-dir $(OUT)/html
	$(BIN)/teikit render $(OUT)/tei --to text --out-dir $(OUT)/text
	@echo "results in $(OUT)/: tei/, report.json, html/, text/"

test: setup
	$(BIN)/python -m pytest -q

# Re-encode the bundled samples in tei/raw/ into tei/letters/ (a test keeps them in step).
letters: setup
	$(BIN)/teikit convert tei/raw/*.txt --out-dir tei/letters

bench: setup
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(OUT) dist build .pytest_cache
