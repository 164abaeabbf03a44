# Quick start: `make chat` talks to the assistant on the demo account (`make serve`: in a browser); `make test` runs every test.
# Both create .venv with python3 on first use and install what they need into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: chat serve test lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

chat: $(BIN)/.installed
	$(BIN)/amexsim chat

serve: $(BIN)/.installed
	$(BIN)/amexsim serve

test: $(BIN)/.installed
	$(BIN)/ruff check amexsim tests benchmarks
	@# compiled test modules (with pytest's rewritten asserts) are cached between runs even where the shell
	@# sets PYTHONDONTWRITEBYTECODE: each worker and each chat a test starts would compile them again
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -n auto --dist worksteal

bench: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/matcher.py
	$(BIN)/python benchmarks/guard.py
	$(BIN)/python benchmarks/queue.py
	$(BIN)/python benchmarks/serve.py
	$(BIN)/python benchmarks/replay.py
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
