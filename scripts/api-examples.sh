#!/usr/bin/env bash
# Regenerate docs/api-examples.md: real output of curl against gunicorn serving
# a fresh import of seeds/ (a throwaway SQLite database under a temp folder).
# With --check, write nothing: fail, showing the difference, if docs/api-examples.md
# or the README's copy is not what the API answers today (tests/test_api_examples.py).
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
[ "${1:-}" = "--check" ] && check=1
tmp=$(mktemp -d)
port=${PORT:-8765}
export FACTCHECK_VAR_DIR=$tmp DATABASE_URL="sqlite:///$tmp/db.sqlite3"
trap 'kill $server 2>/dev/null || true; rm -rf "$tmp"' EXIT
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py import_sources seeds/ --no-progress >/dev/null
.venv/bin/gunicorn factcheck.wsgi --bind 127.0.0.1:$port --workers 1 --log-level warning &
server=$!
fetch() {  # the body of a GET, whatever its status (curl -s does the same; curl is not required)
  .venv/bin/python -c "
import sys, urllib.error, urllib.request
try:
    sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=30).read().decode())
except urllib.error.HTTPError as error:
    sys.stdout.write(error.read().decode())
" "$1"
}
for _ in $(seq 1 100); do fetch "http://127.0.0.1:$port/api/" >/dev/null 2>&1 && break; sleep 0.2; done

example() {  # title, url path, python expression that trims the JSON for reading, how it trims
  local title=$1 path=$2 trim=$3 how=$4
  printf '## %s\n\n%s\n\n```console\n$ curl -s '"'"'http://127.0.0.1:8000%s'"'"'\n' "$title" "$how" "$path"
  fetch "http://127.0.0.1:$port$path" | .venv/bin/python -c "
import json, sys
data = json.load(sys.stdin)
print(json.dumps($trim, indent=2, ensure_ascii=False))"
  printf '```\n\n'
}

{
  echo "# API examples"
  echo
  echo "Real output, produced by \`bash scripts/api-examples.sh\` against gunicorn serving the import"
  echo "of \`seeds/\`. Each example says how its output was cut for reading; nothing else is changed."
  echo "Ids come from the importer."
  echo
  example "Quotes by speaker" "/api/quotes/?speaker=recep-tayyip-erdogan&kind=direct&page_size=2" \
    '{"count": data["count"], "results": data["results"][:2]}' \
    "Trimmed: \`count\` and the first 2 results; \`next\` and \`previous\` left out."
  example "A phrase search finds both outlets' reports of one line" "/api/quotes/?q=%22sovereign+right%22" \
    '{"count": data["count"], "results": [{k: r[k] for k in ("id", "text", "speaker", "source", "claims")} for r in data["results"]]}' \
    "Trimmed: \`count\` and, of every result, \`id\`, \`text\`, \`speaker\`, \`source\` and \`claims\`."
  example "Claims that keep coming back" "/api/claims/?repeated=true&ordering=-quote_count&page_size=3" \
    '{"count": data["count"], "results": data["results"][:3]}' \
    "Trimmed: \`count\` and the first 3 results; \`next\` and \`previous\` left out."
  example "A bad filter value names its parameter" "/api/quotes/?said_after=yesterday" 'data' \
    "Not trimmed."
} > "$tmp/api-examples.md"
if [ "$check" = 1 ]; then
  diff -u docs/api-examples.md "$tmp/api-examples.md" || {
    echo "docs/api-examples.md is not what the API answers: run bash scripts/api-examples.sh" >&2
    exit 1
  }
else
  cp "$tmp/api-examples.md" docs/api-examples.md
  echo "wrote docs/api-examples.md"
fi

# Splice the examples into README.md between its markers (with --check: compare only).
.venv/bin/python - "$check" <<'PY'
import pathlib, re, sys
readme = pathlib.Path("README.md")
body = pathlib.Path("docs/api-examples.md").read_text().split("\n", 2)[2].replace("## ", "#### ")
text = readme.read_text()
new = re.sub(
    r"(<!-- api-examples -->\n).*?(<!-- /api-examples -->)",
    lambda m: m.group(1) + body.strip() + "\n" + m.group(2),
    text,
    flags=re.S,
)
if sys.argv[1] == "1":
    if new != text:
        sys.exit("README.md's API examples differ from docs/api-examples.md: run bash scripts/api-examples.sh")
    print("API examples are current")
else:
    readme.write_text(new)
    print("updated README.md" if new != text else "README.md unchanged")
PY
