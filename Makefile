# Tietovirta — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
TV := $(BIN)/tietovirta
PORT ?= 8000
export PORT

.PHONY: run test test-sqlite test-postgres install install-test lint bench bench-import messages screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The stamp makes `make run` fast the second time; it is rebuilt when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## run: install, migrate the SQLite database, load the demo, serve on http://127.0.0.1:$(PORT)
run: install
	$(TV) manage migrate --noinput
	$(TV) demo
	$(TV) serve --port $(PORT)

## test: the whole suite on SQLite, then again on a PostgreSQL server the test setup starts itself
test: test-sqlite test-postgres

test-sqlite: install-test
	$(BIN)/ruff check src tests
	$(BIN)/pytest

test-postgres: install-test
	$(BIN)/python tests/with_postgres.py $(BIN)/pytest -m "not browser"

## bench: measure import, documents, page latency, load and memory; figures go to docs/benchmarks.md
## with machine and date. BENCH_SCALE=100 shrinks the large data set (default 1000 organisations × 50).
BENCH_SCALE ?= 1000
bench: install-test
	$(BIN)/python bench/bench_import.py --write docs/benchmarks-import.md
	$(BIN)/python bench/bench_documents.py --write docs/benchmarks-documents.md
	$(BIN)/python bench/bench_web.py --organizations $(BENCH_SCALE) --write docs/benchmarks-web.md
	$(BIN)/python bench/bench_web.py --organizations $(BENCH_SCALE) --postgres --write docs/benchmarks-web-postgres.md
	$(BIN)/python bench/bench_load.py --organizations $(BENCH_SCALE) --write docs/benchmarks-load.md
	$(BIN)/python bench/bench_memory.py --write docs/benchmarks-memory.md
	$(BIN)/python bench/collect.py

## bench-import: only the importer's accuracy and speed (also part of `make bench`)
bench-import: install-test
	$(BIN)/python bench/bench_import.py --write docs/benchmarks-import.md
	$(BIN)/python bench/collect.py

## screenshots: refresh the README's picture of the register page
screenshots: install-test
	TIETOVIRTA_SCREENSHOT_DIR=docs/images $(BIN)/pytest tests/browser -k create_edit_and_view

lint: install-test
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) var build *.egg-info

## messages: collect UI texts into the .po files and compile them (needs GNU gettext)
messages: install
	cd src/tietovirta && ../../$(TV) manage makemessages -l fi -l sv -l en --no-location --no-obsolete \
	  -i "documents/*" -i "importer/*" -i "checks/*" -i "flows/*"
	cd src/tietovirta && ../../$(TV) manage compilemessages
