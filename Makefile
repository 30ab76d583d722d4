# Two commands for a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DATA ?= ../shared/data
SEED ?= ../shared/seed/article.txt
EXAMPLE = examples/gomez_milan_relay.txt

.PHONY: install demo test lint bench eval clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	@if [ -d "$(DATA)" ]; then $(BIN)/rumourmill kb import "$(DATA)"; \
	else echo "No football data at $(DATA): running on the shipped lexicons only."; fi
	@if [ -f "$(SEED)" ]; then $(BIN)/rumourmill extract "$(SEED)" --format table; \
	else $(BIN)/rumourmill extract "$(EXAMPLE)" --format table; fi

lint: install
	$(BIN)/ruff check src tests benchmarks

test: lint
	$(BIN)/pytest

eval: install
	$(BIN)/rumourmill eval corpus/dev_*.jsonl
	$(BIN)/rumourmill eval corpus/heldout.jsonl

bench: install
	$(BIN)/python benchmarks/extraction.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build src/*.egg-info
