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
.PHONY: test-zensical

# Which builder `make serve` and `make site` use: mkdocs (with the hook) or zensical (through the
# project `explainer site` writes into build/zensical).
BUILDER ?= mkdocs

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

# The port `make serve` listens on: `make serve PORT=8001` when 8000 is taken.
PORT ?= 8000
PORT_FREE = $(BIN)/python -c "import socket; socket.create_server(('127.0.0.1', $(PORT))).close()" \
	2>/dev/null || { echo "port $(PORT) is taken: try make serve PORT=$$(($(PORT) + 1))"; exit 1; }

## serve: set up, then preview the site at http://127.0.0.1:8000 (reloads on data edits)
ifeq ($(BUILDER),mkdocs)
serve: $(BIN)/.installed
	@$(PORT_FREE)
	$(BIN)/mkdocs serve --livereload --dev-addr 127.0.0.1:$(PORT)
else
serve: $(BIN)/.installed
	@$(PORT_FREE)
	$(BIN)/explainer serve --builder $(BUILDER) --dev-addr 127.0.0.1:$(PORT)
endif

## test: set up (Python packages, Debian's Chromium), then lint and run the whole suite
test: $(BIN)/.installed chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/explainer check
	$(BIN)/pytest

## site: strict production build into site/
ifeq ($(BUILDER),mkdocs)
site: $(BIN)/.installed
	$(BIN)/mkdocs build --strict
else
## site BUILDER=zensical: the project in build/zensical, built strictly into build/zensical/site
site: $(BIN)/.installed
	$(BIN)/explainer site --builder $(BUILDER) --out build/$(BUILDER)
	cd build/$(BUILDER) && $(abspath $(BIN))/$(BUILDER) build --strict
endif

## check: validate data/ and report every problem
check: $(BIN)/.installed
	$(BIN)/explainer check

## verify: fact-check every quote against the seed article
verify: $(BIN)/.installed
	$(BIN)/explainer verify ../shared/seed/article.md

## schema: regenerate the JSON Schemas editors' YAML tooling reads
schema: $(BIN)/.installed
	$(BIN)/explainer schema --out schemas

## test-zensical: the browser suite against the site Zensical builds (`make test` builds and
## serves with Zensical too, but browses only the MkDocs site)
test-zensical: $(BIN)/.installed chromium
	EXPLAINER_BUILDER=zensical $(BIN)/pytest tests/browser

chromium:
	@test -x $(CHROMIUM) || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

clean:
	rm -rf site build .pytest_cache
