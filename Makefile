# The two set-up commands are `make run` and `make test` (see README.md).
# Every target is safe to run again: installs are skipped while the pins are unchanged.

PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
MANAGE := DJANGO_SETTINGS_MODULE=config.settings.dev $(BIN)/python manage.py

.PHONY: help run test install install-test migrate demo serve lint check format messages ci clean stack stack-stop test-stack

help: ## List the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt tests/browser/package-lock.json $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	@# axe-core for the browser tests' accessibility checks (skipped, with the reason, without npm)
	@if command -v npm >/dev/null; then npm ci --prefix tests/browser --no-audit --no-fund --silent; \
	else echo "npm not found: the accessibility checks will be skipped"; fi
	touch $@

install: $(VENV)/.installed ## Create the virtual environment and install the site

install-test: $(VENV)/.installed-test ## Install what the tests need

migrate: install ## Create or update the database (SQLite unless DATABASE_URL is set)
	$(MANAGE) migrate --no-input

demo: migrate ## Load the demo content (idempotent)
	$(MANAGE) load_demo

serve: ## Serve the site on http://$(HOST):$(PORT)
	$(MANAGE) runserver $(HOST):$(PORT)

run: demo serve ## Install, migrate, load the demo content and serve the site

# One pytest run for the whole suite, browser tests included, one worker per core
# (pytest-xdist): the public site and the organisation are built once per worker and
# shared by the modules (tests/scene.py); the browser tests run last, on a live server.
# PYTEST_WORKERS=0 runs everything in this process; TEST_MARKERS narrows the run (CI's
# PostgreSQL stage leaves out the browser journeys and the slow tests, run on SQLite).
PYTEST_WORKERS ?= auto
TEST_MARKERS ?= not stack
test: install-test ## Install the test dependencies and run the whole suite
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) -m "$(TEST_MARKERS)"

# The stack tests start site/stack.sh (nginx, Varnish, gunicorn, the worker) on ports
# 18180-18184 and 18543 with the database thidua_stack_test; CI runs them too.
test-stack: install-test ## Run the production stack's tests (needs nginx, Varnish, PostgreSQL, Redis)
	$(BIN)/python -m pytest -m stack tests/stack

check: install-test ## System checks (production's deploy checks too), missing migrations, lint and import direction
	$(MANAGE) check
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY="$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
		$(BIN)/python manage.py check --deploy --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(git ls-files '*.html')
	@# home ← campaigns ← exemplars ← intranet ← nominations ← search (pyproject.toml)
	$(BIN)/lint-imports --no-cache --no-logo

format: install-test ## Format Python (ruff) and reindent templates (djhtml), as pre-commit does
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/djhtml $$(git ls-files '*.html')

# admin_vi/ is ignored: its catalog translates Wagtail's msgids by hand, and makemessages
# --no-obsolete would rewrite it from admin_vi's own (nearly empty) sources.
messages: install-test ## Re-extract the UI strings into locale/*/django.po and compile them
	$(MANAGE) makemessages --locale vi --locale en --ignore '.venv/*' --ignore 'tests/*' --ignore 'admin_vi/*' --no-obsolete
	$(BIN)/python -m core.i18n_compile

# The production stack on this machine, in the foreground (site/README.md): nginx with
# HTTP on 18080 and self-signed HTTPS on 18443, Varnish, gunicorn, the task worker and the
# scheduler, on the machine's PostgreSQL (database thidua_stack) and Redis.
stack: install ## Serve the site as in production (nginx, Varnish, gunicorn, worker); Ctrl-C stops all
	site/stack.sh

stack-stop: ## Stop a stack started by `make stack` (from another terminal)
	@if [ -s .stack/stack.pid ] && kill -0 "$$(cat .stack/stack.pid)" 2>/dev/null; then \
		pid="$$(cat .stack/stack.pid)"; kill -TERM "$$pid"; \
		while kill -0 "$$pid" 2>/dev/null; do sleep 0.2; done; echo "stack stopped"; \
	else echo "no stack running"; fi

clean: ## Remove the virtual environment and the local database
	rm -rf $(VENV) db.sqlite3 media
