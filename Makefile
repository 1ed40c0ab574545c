# Two commands do all the set-up: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
WORKERS ?= 2
CONCURRENCY ?= 2

.PHONY: help run serve worker setup test lint fixtures bench clean
.DEFAULT_GOAL := help

help: ## this list: each target and what it does
	@awk 'BEGIN {FS = ":.*## "} /^[a-z]+:.*## / {printf "  make %-9s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

setup: $(VENV)/.runtime ## install, migrate, collect static files, import seeds/ (SQLite by default)
	$(BIN)/python manage.py migrate --noinput -v0
	$(BIN)/python manage.py createcachetable
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python manage.py import_sources seeds/ --no-progress

run: setup serve ## set everything up and serve the seeds on http://127.0.0.1:8000/

serve: ## serve the API and the admin with gunicorn (no set-up)
	@echo "API:      http://$(HOST):$(PORT)/api/"
	@echo "API docs: http://$(HOST):$(PORT)/api/docs/"
	@echo "Admin:    http://$(HOST):$(PORT)/admin/  (create a login: $(BIN)/python manage.py createsuperuser)"
	$(BIN)/gunicorn factcheck.wsgi --bind $(HOST):$(PORT) --workers $(WORKERS) --access-logfile -

worker: $(VENV)/.runtime ## run an ingestion worker: needs CELERY_BROKER_URL (README, "Scale-out ingestion")
	$(BIN)/celery -A factcheck worker --loglevel info --concurrency $(CONCURRENCY)

test: $(VENV)/.dev ## lint, checks, and the suite on SQLite and PostgreSQL (about 30 minutes on 2 cores)
	bash scripts/install-browser.sh
	bash scripts/test.sh

lint: $(VENV)/.dev ## ruff check and ruff format --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fixtures: $(VENV)/.runtime ## regenerate fixtures/seeds.json from seeds/
	bash scripts/make-fixtures.sh

bench: $(VENV)/.dev ## every benchmark, then bench/RESULTS.md (not part of make test)
	bash bench/run.sh

clean: ## remove var/ and the tool caches
	rm -rf var/ .pytest_cache .ruff_cache
