# Two commands do everything on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BASE_URL ?= /

.PHONY: site test check serve clean weight

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
	$(BIN)/python -m pytest

serve: site
	$(BIN)/python -m http.server 8000 --bind 127.0.0.1 --directory site

# Issue 6: the heaviest page's HTML + CSS + JS (search index excluded); budget 50 KB.
weight: site
	$(BIN)/python scripts/page_weight.py site --base-url $(BASE_URL)

clean:
	rm -rf site $(VENV) .pytest_cache
