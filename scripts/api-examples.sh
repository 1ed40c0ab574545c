#!/usr/bin/env bash
# Regenerate docs/api-examples.md: real output of curl against gunicorn serving
# a fresh import of seeds/ (a throwaway SQLite database under a temp folder).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
port=${PORT:-8765}
export FACTCHECK_VAR_DIR=$tmp DATABASE_URL="sqlite:///$tmp/db.sqlite3"
trap 'kill $server 2>/dev/null || true; rm -rf "$tmp"' EXIT
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py import_sources seeds/ --no-progress >/dev/null
.venv/bin/gunicorn factcheck.wsgi --bind 127.0.0.1:$port --workers 1 --log-level warning &
server=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/api/" >/dev/null && break; sleep 0.2; done

example() {  # title, url path, python expression that trims the JSON for reading
  local title=$1 path=$2 trim=$3
  printf '## %s\n\n```console\n$ curl -s '"'"'http://127.0.0.1:8000%s'"'"'\n' "$title" "$path"
  curl -s "http://127.0.0.1:$port$path" | .venv/bin/python -c "
import json, sys
data = json.load(sys.stdin)
print(json.dumps($trim, indent=2, ensure_ascii=False))"
  printf '```\n\n'
}

{
  echo "# API examples"
  echo
  echo "Real output, produced by \`bash scripts/api-examples.sh\` against gunicorn serving the import"
  echo "of \`seeds/\`. Lists are cut to their first results for reading; ids come from the importer."
  echo
  example "Quotes by speaker" "/api/quotes/?speaker=recep-tayyip-erdogan&kind=direct&page_size=2" \
    '{"count": data["count"], "results": data["results"][:2]}'
  example "A phrase search finds both outlets' reports of one line" "/api/quotes/?q=%22sovereign+right%22" \
    '{"count": data["count"], "results": [{k: r[k] for k in ("id", "text", "speaker", "source", "claims")} for r in data["results"]]}'
  example "Claims that keep coming back" "/api/claims/?repeated=true&ordering=-quote_count&page_size=3" \
    '{"count": data["count"], "results": data["results"][:3]}'
  example "A bad filter value names its parameter" "/api/quotes/?said_after=yesterday" 'data'
} > docs/api-examples.md
echo "wrote docs/api-examples.md"

# Splice the examples into README.md between its markers.
.venv/bin/python - <<'PY'
import pathlib, re
readme = pathlib.Path("README.md")
body = pathlib.Path("docs/api-examples.md").read_text().split("\n", 2)[2].replace("## ", "#### ")
text = readme.read_text()
new = re.sub(
    r"(<!-- api-examples -->\n).*?(<!-- /api-examples -->)",
    lambda m: m.group(1) + body.strip() + "\n" + m.group(2),
    text,
    flags=re.S,
)
readme.write_text(new)
print("updated README.md" if new != text else "README.md unchanged")
PY
