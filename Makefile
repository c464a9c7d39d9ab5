# Every target sets up what it needs: a fresh machine with only Python runs them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Prism (npm @stoplight/prism-cli), the spec's validating mock, for tests/wire/test_prism.py.
# It needs node and npm (Debian: apt-get install nodejs npm); without them that test skips.
PRISM_VERSION := 5.14.2
PRISM := .tools/node_modules/.bin/prism

.PHONY: test generate check-generated lint typecheck check demo bench clean prism

# The editable install's import hook is invisible to type checkers, so a plain .pth file also
# puts the checkout on sys.path: mypy and pyright then see the package from a user's scripts.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --upgrade 'setuptools>=77'
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python -c "import pathlib, sysconfig; pathlib.Path(sysconfig.get_path('purelib'), \
		'openai_core_checkout.pth').write_text('$(CURDIR)\n')"
	touch $(STAMP)

test: $(STAMP) prism
	$(BIN)/python -m pytest

prism:
	@if [ -x $(PRISM) ]; then :; \
	elif command -v npm >/dev/null 2>&1; then \
		npm install --prefix .tools --no-audit --no-fund --loglevel=error \
			@stoplight/prism-cli@$(PRISM_VERSION) \
		|| echo "could not install Prism: tests/wire/test_prism.py will skip"; \
	else \
		echo "npm not found: tests/wire/test_prism.py will skip (apt-get install nodejs npm)"; \
	fi

generate: $(STAMP)
	$(BIN)/python -m codegen.generate

check-generated: $(STAMP)
	$(BIN)/python -m codegen.generate --check

lint: $(STAMP)
	$(BIN)/ruff check openai_core tests codegen examples bench
	$(BIN)/ruff format --check openai_core tests codegen examples bench

typecheck: $(STAMP)
	$(BIN)/mypy openai_core

check: check-generated lint typecheck test

demo: $(STAMP)
	$(BIN)/python -m examples

bench:
	$(MAKE) -C bench run PYTHON=$(PYTHON)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .tools
