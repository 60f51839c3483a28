# One command per job. Every target sets up .venv itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)

.PHONY: run test check lint types texts catalog bench clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# DASBOR_LOCAL_MODE=1: without accounts, this machine's one user is admin without a password (docs/keamanan.md)
run: $(STAMP)
	DASBOR_LOCAL_MODE=1 $(BIN)/streamlit run dashboard.py --server.address 127.0.0.1 --server.port $${PORT:-8501}

# Two worker processes (pytest-xdist); TEST_WORKERS=0 runs the suite in this one process.
TEST_WORKERS ?= 2
test: $(STAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

lint: $(STAMP)
	$(BIN)/ruff check .

types: $(STAMP)
	$(BIN)/mypy

# The text catalog agrees with the code (tools/catalog.py; tests/test_catalog.py runs the same check).
texts: $(STAMP)
	$(BIN)/python -m tools.catalog check

# After adding or removing a text in the code: update the .po files (new ids empty), translate, run again.
catalog: $(STAMP)
	$(BIN)/python -m tools.catalog update

check: lint types texts test

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
