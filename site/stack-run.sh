#!/usr/bin/env bash
# Runs one command with the local stack's settings (site/stack.env and its secret key), e.g.
#   site/stack-run.sh .venv/bin/python manage.py createsuperuser
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
set -a
# shellcheck source=site/stack.env
source site/stack.env
set +a
if [ -z "${SECRET_KEY:-}" ] && [ -s "$STACK_DIR/secret_key" ]; then
  SECRET_KEY="$(cat "$STACK_DIR/secret_key")"
  export SECRET_KEY
fi
exec "$@"
