# Two commands do all the set-up: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
WORKERS ?= 2

.PHONY: run serve setup test lint fixtures bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

setup: $(VENV)/.runtime
	$(BIN)/python manage.py migrate --noinput -v0
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python manage.py import_sources seeds/ --no-progress

run: setup serve

serve:
	@echo "API:      http://$(HOST):$(PORT)/api/"
	@echo "API docs: http://$(HOST):$(PORT)/api/docs/"
	@echo "Admin:    http://$(HOST):$(PORT)/admin/  (create a login: $(BIN)/python manage.py createsuperuser)"
	$(BIN)/gunicorn factcheck.wsgi --bind $(HOST):$(PORT) --workers $(WORKERS) --access-logfile -

test: $(VENV)/.dev
	bash scripts/install-browser.sh
	bash scripts/test.sh

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fixtures: $(VENV)/.runtime
	bash scripts/make-fixtures.sh

bench: $(VENV)/.dev
	bash bench/run.sh

clean:
	rm -rf var/ .pytest_cache .ruff_cache
