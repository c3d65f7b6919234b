# Everything runs from the virtual environment in .venv/ at the repo root.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup run test test-quick lint bench clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

setup: $(STAMP)

## Check the bundled sample article and print the report (no tokens, no Redis).
run: $(STAMP)
	$(PY) -m bot check bot/samples/harbour-fire.txt --published 2026-03-12

## Lint, type-check and run the whole test suite (starts Redis if none answers).
test: $(STAMP)
	scripts/ensure-redis
	$(PY) -m ruff check bot tests bench
	$(PY) -m ruff format --check bot tests bench
	$(PY) -m mypy
	$(PY) -m pytest

## The quick selection while working (under a minute): no corpus, no extra processes.
test-quick: $(STAMP)
	scripts/ensure-redis
	$(PY) -m pytest -q -m "not slow"

lint: $(STAMP)
	$(PY) -m ruff check bot tests bench
	$(PY) -m mypy

## Accuracy, summary and speed measurements over ../shared/corpus.
bench: $(STAMP)
	$(PY) -m bench.detection
	$(PY) -m bench.summary
	$(PY) -m bench.speed
	$(PY) -m bench.extraction
	scripts/ensure-redis
	$(PY) -m bench.cache
	$(PY) -m bench.slack
	$(PY) -m bench.sourcecheck
	$(PY) -m bench.hostile
	$(PY) -m bench.generalisation --split test --jobs 2

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
