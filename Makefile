# Two commands do everything on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BASE_URL ?= /
AS_OF ?=

.PHONY: site test check serve linkcheck clean weight bench

# Building needs only the runtime dependencies; the test tools (a browser driver, the
# HTML checker, mypy) come in with the first `make test`.
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(BIN)/.installed-test: $(BIN)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

site: $(BIN)/.installed
	$(BIN)/python build.py --base-url $(BASE_URL)

# AS_OF=YYYY-MM-DD: the day to judge overdue events by (default: the newest source's date).
check: $(BIN)/.installed
	$(BIN)/python build.py check $(if $(AS_OF),--as-of $(AS_OF))

test: $(BIN)/.installed-test
	$(BIN)/mypy
	$(BIN)/python -m pytest -n auto --dist worksteal

# For editors and publishing: a preview that rebuilds on change, and the link check CI runs.
serve: $(BIN)/.installed
	$(BIN)/python build.py serve --base-url $(BASE_URL)

linkcheck: site
	$(BIN)/python build.py check --links site --base-url $(BASE_URL)

# Page weight: the heaviest page's HTML + CSS + JS (search index excluded); budget 50 KB.
weight: site
	$(BIN)/python scripts/page_weight.py site --base-url $(BASE_URL)

# The build against Hugo's on synthetic content (bench/README.md): slow, not part of `make test`.
bench: $(BIN)/.installed
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf site .site-old .build-cache $(VENV) .pytest_cache
