# Two entry points (see README): `make demo` and `make test`. Everything else is a helper target.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FASTBPE := .cache/fastbpe/fastBPE-0.1.0.tar.gz

.PHONY: demo test setup system-deps lint typecheck eval-gold bench clean

# System packages: bubblewrap gives the sandbox an unprivileged user and no network.
system-deps:
	@command -v bwrap >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get install -y -q bubblewrap >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q bubblewrap >/dev/null; }; \
	  else echo "note: bubblewrap missing and not root: the sandbox falls back to rlimits (see docs/sandbox.md)"; fi; }
	@# chromium + its driver: the web page's end-to-end test (tests/test_browser.py).
	@command -v chromedriver >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null; }; \
	  else echo "note: chromium-driver missing and not root: the browser test will skip"; fi; }

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# torch is pinned to the CPU wheel that pip finds on disk; see README "Installing".
	$(BIN)/pip install -q -e '.[dev,neural]'
	# CodeBLEU without its dependencies: they would pull tree-sitter < 0.23 (docs/service.md).
	$(BIN)/pip install -q --no-deps codebleu==0.7.0
	touch $(STAMP)

# fastBPE's C++ source is the reference the BPE tests compare against (its Python binding does not
# build on 3.11); fetched here so that tests never download anything.
$(FASTBPE): $(STAMP)
	$(BIN)/pip download -q --no-deps --no-binary :all: fastBPE==0.1.0 -d .cache/fastbpe

setup: system-deps $(STAMP)

demo: setup
	$(BIN)/transcoder translate examples/algorithms.cpp --target java
	$(BIN)/transcoder translate examples/algorithms.cpp --target python

test: setup $(FASTBPE)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -m "not slow" $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

# Types of the packages in pyproject.toml's [tool.mypy] files, all of src/transcoder (strict on the rule
# engine's IR, effects, analyses, passes and pipeline); `make test` runs it too.
typecheck: setup
	$(BIN)/mypy

eval-gold: setup
	$(BIN)/python benchmarks/eval_speed.py

clean:
	rm -rf $(VENV) .cache .pytest_cache .ruff_cache
