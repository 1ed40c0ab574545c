#!/usr/bin/env bash
# Regenerate fixtures/seeds.json: a fresh import of seeds/ into a throwaway SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export DATABASE_URL="sqlite:///$tmp/seeds.sqlite3" FACTCHECK_VAR_DIR="$tmp"
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py import_sources seeds/ --no-progress
.venv/bin/python manage.py dumpdata quotes.source quotes.speaker quotes.speakeralias quotes.quote quotes.claim quotes.claimquote quotes.quotematch quotes.corpusterm --indent 1 -o fixtures/seeds.json
echo "wrote fixtures/seeds.json"
