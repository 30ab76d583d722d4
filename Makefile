# Two commands for a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DATA ?= ../shared/data
SEED ?= ../shared/seed/article.txt
EXAMPLE = examples/gomez_milan_relay.txt

.PHONY: install demo test lint bench bench-ledger eval clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

DEMO = build/demo
DEMO_DB = sqlite:///$(DEMO)/ledger.sqlite

demo: install
	@if [ -d "$(DATA)" ]; then $(BIN)/rumourmill kb import "$(DATA)"; \
	else echo "No football data at $(DATA): running on the shipped lexicons only."; fi
	@if [ -f "$(SEED)" ]; then $(BIN)/rumourmill extract "$(SEED)" --format table; \
	else $(BIN)/rumourmill extract "$(EXAMPLE)" --format table; fi
	@rm -rf $(DEMO) && mkdir -p $(DEMO)
	@echo; echo "== the ledger: the seed, a relay of it and a simulated January window =="
	@if [ -d "$(DATA)" ]; then $(BIN)/rumourmill simulate $(DEMO)/season --data "$(DATA)" --windows 2022-01 --rumours 60; fi
	@$(BIN)/rumourmill ingest $(wildcard $(SEED)) $$(ls $(DEMO)/season/articles.jsonl 2>/dev/null) --db $(DEMO_DB)
	@$(BIN)/rumourmill ingest $(EXAMPLE) --outlet "Football Italia" --db $(DEMO_DB)
	@if [ -d "$(DATA)" ]; then $(BIN)/rumourmill outcomes import $(DEMO)/season/outcomes.csv --db $(DEMO_DB); fi
	@$(BIN)/rumourmill rumours --db $(DEMO_DB) --limit 15
	@$(BIN)/rumourmill rumours --db $(DEMO_DB) --player "Joe Gomez" --format json \
	  | $(BIN)/python -c "import json,sys; rows=json.load(sys.stdin); print(rows[0]['id'] if rows else '')" \
	  | xargs -r -I{} $(BIN)/rumourmill thread {} --db $(DEMO_DB)

lint: install
	$(BIN)/ruff check src tests benchmarks

test: lint
	$(BIN)/pytest

eval: install
	@# the scores are the full KB's: with the lexicons alone players and clubs go unrecognised
	@if [ -d "$(DATA)" ]; then $(BIN)/rumourmill kb import "$(DATA)"; \
	else echo "No football data at $(DATA): scoring on the shipped lexicons only."; fi
	$(BIN)/rumourmill eval corpus/dev_*.jsonl
	$(BIN)/rumourmill eval corpus/heldout.jsonl

bench: install
	$(BIN)/python benchmarks/extraction.py

bench-ledger: install
	$(BIN)/python benchmarks/ledger.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build src/*.egg-info
