# crosscheck: the two commands a newcomer needs.
#   make demo   install everything into .venv, ingest the demo corpus, write demo-report.html
#   make test   install the test dependencies and run the whole suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[model,semantic]'

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

demo: install
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/crosscheck add demo --db demo.db
	$(BIN)/crosscheck report --db demo.db -o demo-report.html
	$(BIN)/crosscheck report --db demo.db -o demo-report.md --format md
	$(BIN)/crosscheck export --db demo.db -o demo-export.jsonl
	@echo "Open demo-report.html in a browser (Markdown: demo-report.md; JSON Lines: demo-export.jsonl)."

test: install-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) demo.db* demo-report.* demo-export.jsonl .pytest_cache
