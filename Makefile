# dbcloud: every target creates or reuses .venv from constraints.txt by itself.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CLIENT_DIRS := clients/core $(filter-out clients/core,$(patsubst %/pyproject.toml,%,$(wildcard clients/*/pyproject.toml)))
SERVICES ?=
PYTEST_ARGS ?=

.PHONY: install generate lint check test fuzz clean

$(STAMP): constraints.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -r requirements-dev.txt
	touch $@

install: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps $(addprefix -e ,$(CLIENT_DIRS))

generate: $(STAMP)
	$(BIN)/python -m generator generate $(SERVICES)

lint: install
	$(BIN)/python -m generator lint $(SERVICES)
	$(BIN)/ruff check generator clients/core tests
	$(BIN)/ruff format --check generator clients/core tests
	$(BIN)/mypy

check: $(STAMP)
	$(BIN)/python -m generator check $(SERVICES)

test: install lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

fuzz: install
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest tests/clients $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
