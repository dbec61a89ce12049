# dbcloud: every target creates or reuses .venv from constraints.txt by itself.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.installed-bench
CLIENT_DIRS := clients/core $(filter-out clients/core,$(patsubst %/pyproject.toml,%,$(wildcard clients/*/pyproject.toml)))
SERVICES ?=
PYTEST_ARGS ?=
# one pytest worker per core; what must share a process (a service's contract cases, a module building a
# venv) is one unit of work, tests/conftest.py's xdist_scope. PYTEST_XDIST= runs in one process.
PYTEST_XDIST ?= -n auto --dist loadgroup
BENCH_ARGS ?=

.PHONY: install generate lint check test fuzz simulate bench clean

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
	$(BIN)/ruff check generator clients/core clients/simulator tests examples
	$(BIN)/ruff format --check generator clients/core clients/simulator tests examples
	$(BIN)/mypy

check: $(STAMP)
	$(BIN)/python -m generator check $(SERVICES)

test: install lint
	$(BIN)/python -m pytest $(PYTEST_XDIST) $(PYTEST_ARGS)

fuzz: install
	HYPOTHESIS_PROFILE=fuzz CONTRACT_EXAMPLES=200 CONTRACT_STATEFUL_EXAMPLES=1000 $(BIN)/python -m pytest tests/clients tests/contract tests/simulator/test_robustness.py $(PYTEST_XDIST) $(PYTEST_ARGS)

# The local simulator of every service (Ctrl-C stops it); SIM_ARGS="--port 9000 --speed 10 --accounts FILE".
simulate: install
	$(BIN)/dbcloud-simulator $(SIM_ARGS)

# Not part of `make test`: a few minutes of measurements, written to docs/benchmarks.md and .json.
$(BENCH_STAMP): $(STAMP) requirements-bench.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -r requirements-bench.txt
	touch $@

bench: install $(BENCH_STAMP)
	$(BIN)/python -m generator bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
