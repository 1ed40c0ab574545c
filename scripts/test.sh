#!/usr/bin/env bash
# The whole check: lint, Django's checks, migrations, then the suite on SQLite
# and, when a server answers, again on PostgreSQL. It says which backends ran.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

echo "== ruff"
$BIN/ruff check .
$BIN/ruff format --check .

echo "== manage.py check / makemigrations --check"
env -u DATABASE_URL $BIN/python manage.py check
env -u DATABASE_URL $BIN/python manage.py makemigrations --check --dry-run

ran=()
echo "== pytest on SQLite"
env -u DATABASE_URL $BIN/python -m pytest "$@"
ran+=("sqlite")

pg_url=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
if $BIN/python - "$pg_url" <<'PY' 2>/dev/null
import sys, psycopg
psycopg.connect(sys.argv[1].replace("postgres://", "postgresql://", 1), connect_timeout=3).close()
PY
then
  echo "== pytest on PostgreSQL ($pg_url)"
  DATABASE_URL=$pg_url $BIN/python -m pytest "$@"
  ran+=("postgresql")
elif [ "${REQUIRE_POSTGRES:-0}" = "1" ]; then
  echo "error: REQUIRE_POSTGRES=1 but no PostgreSQL answers at $pg_url" >&2
  exit 1
else
  echo "note: no PostgreSQL answers at $pg_url; set TEST_DATABASE_URL to test it too"
fi
echo "== backends tested: ${ran[*]}"
