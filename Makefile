# Two commands for people: `make serve` (preview the site) and `make test` (the whole suite).
# Both set everything up on a fresh Debian machine with Python 3.11+.

VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CHROMIUM ?= /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1
# The lock (made by `make lock`, a throwaway venv with pip-tools, which is no project dependency).
LOCK := requirements.lock
LOCK_VENV := build/lock-venv
LOCK_UPGRADE ?=
PIP_TOOLS_VERSION := 7.6.2

.PHONY: serve test site check verify schema lint lock chromium bench clean

# Every package (the test extras and the build backend too) comes from the lock, by hash; the
# project itself is then installed without resolving anything, so the venv is what CI tested.
$(BIN)/.installed: pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

## lock: re-resolve $(LOCK) from pyproject.toml's ranges, keeping current pins where they still fit
##       (`make lock LOCK_UPGRADE=--upgrade` takes the newest release of everything)
lock:
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet pip-tools==$(PIP_TOOLS_VERSION)
	$(LOCK_VENV)/bin/pip-compile --quiet $(LOCK_UPGRADE) --extra test --all-build-deps \
	  --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
	  --output-file $(LOCK) pyproject.toml

## serve: set up, then preview the site at http://127.0.0.1:8000 (reloads on data edits)
serve: $(BIN)/.installed
	$(BIN)/mkdocs serve --livereload --dev-addr 127.0.0.1:8000

## test: set up (Python packages, Debian's Chromium), then lint and run the whole suite
test: $(BIN)/.installed chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/explainer check
	$(BIN)/pytest

## site: strict production build into site/
site: $(BIN)/.installed
	$(BIN)/mkdocs build --strict

## check: validate data/ and report every problem
check: $(BIN)/.installed
	$(BIN)/explainer check

## verify: fact-check every quote against the seed article
verify: $(BIN)/.installed
	$(BIN)/explainer verify ../shared/seed/article.md

## schema: regenerate the JSON Schemas editors' YAML tooling reads
schema: $(BIN)/.installed
	$(BIN)/explainer schema --out schemas

chromium:
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

clean:
	rm -rf site build .pytest_cache
