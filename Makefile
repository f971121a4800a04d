# Two commands do everything on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BASE_URL ?= /

.PHONY: site test check serve linkcheck clean weight

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

site: $(BIN)/.installed
	$(BIN)/python build.py --base-url $(BASE_URL)

check: $(BIN)/.installed
	$(BIN)/python build.py check

test: $(BIN)/.installed
	$(BIN)/mypy
	$(BIN)/python -m pytest

# Editors and publishing (issue 5): preview with rebuilds, and the link check CI runs.
serve: $(BIN)/.installed
	$(BIN)/python build.py serve --base-url $(BASE_URL)

linkcheck: site
	$(BIN)/python build.py check --links site --base-url $(BASE_URL)

# Issue 6: the heaviest page's HTML + CSS + JS (search index excluded); budget 50 KB.
weight: site
	$(BIN)/python scripts/page_weight.py site --base-url $(BASE_URL)

clean:
	rm -rf site $(VENV) .pytest_cache
