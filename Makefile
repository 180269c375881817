# Tietovirta — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
TV := $(BIN)/tietovirta
PORT ?= 8000
export PORT

.PHONY: run test test-sqlite test-postgres install install-test system-run system-test lint bench bench-import \
	bench-checks bench-cpu bench-load messages screenshots clean

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

# Debian packages (Graphviz, fonts, Pango; for tests also PostgreSQL and Chromium): installed with apt-get
# when missing, or named with what will not work without them. Never stops the target.
system-run:
	@sh scripts/system-packages.sh run

system-test:
	@sh scripts/system-packages.sh test

CHROMIUM_FOUND = command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]
POSTGRES_FOUND = ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1

## run: install, migrate the SQLite database, load the demo, serve on http://127.0.0.1:$(PORT)
run: system-run install
	$(TV) manage migrate --noinput
	$(TV) demo
	$(TV) serve --port $(PORT)

## test: the whole suite on SQLite, then again on a PostgreSQL server the test setup starts itself
test: test-sqlite test-postgres

test-sqlite: system-test install-test
	$(BIN)/ruff check src tests
	@if $(CHROMIUM_FOUND); then $(BIN)/pytest; \
	else echo "Chromium is missing: running the suite without the browser tests."; $(BIN)/pytest -m "not browser"; fi

test-postgres: system-test install-test
	@if $(POSTGRES_FOUND); then $(BIN)/python tests/with_postgres.py $(BIN)/pytest -m "not browser"; \
	else echo "PostgreSQL is missing: the PostgreSQL run is skipped."; fi

## bench: measure import, documents, page latency, CPU per request, load and memory; figures go to
## docs/benchmarks.md with machine and date. BENCH_SCALE=100 shrinks the large data set (default 1000 organisations × 50).
BENCH_SCALE ?= 1000
bench: install-test
	$(BIN)/python bench/bench_import.py --write docs/benchmarks-import.md
	$(BIN)/python bench/bench_checks.py --write docs/benchmarks-checks.md
	$(BIN)/python bench/bench_documents.py --write docs/benchmarks-documents.md
	$(BIN)/python bench/bench_web.py --organizations $(BENCH_SCALE) --write docs/benchmarks-web.md
	$(BIN)/python bench/bench_web.py --organizations $(BENCH_SCALE) --postgres --write docs/benchmarks-web-postgres.md
	$(BIN)/python bench/bench_cpu.py --write docs/benchmarks-cpu.md
	$(BIN)/python bench/bench_load.py --organizations $(BENCH_SCALE) --write docs/benchmarks-load.md
	$(BIN)/python bench/bench_memory.py --write docs/benchmarks-memory.md
	$(BIN)/python bench/collect.py

## bench-import: only the importer's accuracy and speed (also part of `make bench`)
bench-import: install-test
	$(BIN)/python bench/bench_import.py --write docs/benchmarks-import.md
	$(BIN)/python bench/collect.py

## bench-checks: only the checks on the checks corpus, false errors and recall (also part of `make bench`)
bench-checks: install-test
	$(BIN)/python bench/bench_checks.py --write docs/benchmarks-checks.md
	$(BIN)/python bench/collect.py

## bench-cpu: only the CPU per request of the served pages against the Django floor, with wrk (needs
## Debian's wrk; also part of `make bench`)
bench-cpu: install-test
	$(BIN)/python bench/bench_cpu.py --write docs/benchmarks-cpu.md
	$(BIN)/python bench/collect.py

## bench-load: only the load benchmark (gunicorn + PostgreSQL, 50 users driven by wrk with
## bench/wrk_load.lua; needs Debian's wrk; also part of `make bench`)
bench-load: install-test
	$(BIN)/python bench/bench_load.py --organizations $(BENCH_SCALE) --write docs/benchmarks-load.md
	$(BIN)/python bench/collect.py

## screenshots: walk the consultant's day in the browser and save each main page at 1366 and 390 px wide
## into docs/images/ (the README shows them)
screenshots: install-test
	@sh scripts/system-packages.sh screenshots
	TIETOVIRTA_SCREENSHOT_DIR=docs/images $(BIN)/pytest tests/browser -m browser -k "consultant or create_edit_and_view"

lint: install-test
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) var build *.egg-info

## messages: collect UI texts into the .po files and compile them (needs GNU gettext)
messages: install
	cd src/tietovirta && ../../$(TV) manage makemessages -l fi -l sv -l en --no-location --no-obsolete \
	  -i "documents/*" -i "importer/*" -i "checks/*" -i "flows/*"
	cd src/tietovirta && ../../$(TV) manage compilemessages
