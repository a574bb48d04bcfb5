# Two entry points for a fresh clone: `make demo` and `make test`.
# Both create .venv on first use and install the package with its test and dask extras
# (the suite runs the documented Dask recipe).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench docs dist-check ci clean fuzz sweep matrix

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,dask]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/dipstate example --format text

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy src
	$(BIN)/python -m pytest

docs: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,docs]'
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir site

dist-check: $(STAMP)
	bash scripts/wheel_check.sh $(BIN)/python

ci: test docs dist-check matrix sweep

# The lowest and highest supported Pythons (3.10, 3.13), each running the sdist's own tests.
matrix: $(STAMP)
	bash scripts/python_matrix.sh $(BIN)/python 3.10 3.13

# The long seeded fuzz run: 100,000 generated inputs, every property checked (exit 1 on any failure).
fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py --count 100000 --seed 1

# The archive sweep as a regression gate: every real text must parse (exit 1 on any exception).
ARCHIVE := ../shared/archive
sweep: $(STAMP)
	@if [ -d $(ARCHIVE) ] && [ -f ../shared/tools/sweep.py ]; then \
		PYTHONPATH=src $(BIN)/python ../shared/tools/sweep.py; \
	else \
		echo "sweep skipped: no archive at $(ARCHIVE)"; \
	fi

bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) dist build site .pytest_cache .mypy_cache .ruff_cache .hypothesis
