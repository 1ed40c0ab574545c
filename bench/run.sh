#!/usr/bin/env bash
# `make bench`: every benchmark in one run, then bench/RESULTS.md. Not part of `make test`.
#
# Sizes come from the environment (defaults in brackets):
#   BENCH_QUICK=1                a small run for trying it out (minutes)
#   BENCH_SIZES                  stored articles for the import bench ["1000 10000 100000"]
#   BENCH_MATCH_SIZES            stored quotes for the matching bench ["1000 10000 100000"]
#   BENCH_QUOTES                 quotes in the API database [1000000]
#   BENCH_BASE                   real imports the stores are copied from [200]
#   BENCH_ARTICLES               new articles timed per size [30]
#   BENCH_GENERATED              generated articles for extraction [500]
#   BENCH_POLNEAR                PolNeAr JSONL [../shared/data/polnear-train.jsonl]
#   BENCH_POLNEAR_LIMIT          its first N articles (textacy is slow; 0 = all) [100]
#   BENCH_POLNEAR_IMPORT         its first N articles for the polnear import part (0 = all) [0]
#   BENCH_ROUNDS                 extraction rounds, every engine in turn; best kept [3]
#   BENCH_WRK_SECONDS            wrk duration per run [10]
#   BENCH_QUEUE_ARTICLES         generated articles for the queue part [100]
#   BENCH_FAULT_ARTICLES         generated articles for the faults part [2000]
#   BENCH_PARTS                  which parts, in this order ["extraction api import matching
#                                polnear queue faults"] (polnear: the PolNeAr file into an
#                                empty PostgreSQL; queue: 1 and 2 workers against one process;
#                                faults: 2 workers, one SIGKILLed, against one importer)
#   BENCH_PEERS=0                leave textacy and Datasette out (no peer installs)
#   BENCH_BACKENDS               ["sqlite postgresql"]
#   BENCH_KEEP_BASE=1            keep the base of real imports (var/bench/, PostgreSQL database
#                                bench_factcheck_base_N) for the next run; dropped by default
#   BENCH_API_DB                 PostgreSQL database the API part fills [bench_factcheck_api]
#   BENCH_API_REUSE=1            serve BENCH_API_DB (and its SQLite export) as an earlier run
#                                kept them, migrated, instead of filling again; keep them
#   BENCH_REDIS_URL              a Redis for the API's second server, throttles in Redis
#                                [redis://127.0.0.1:6379/15]; empty: leave that server out
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
OUT=var/bench/results
mkdir -p "$OUT"

if [ "${BENCH_QUICK:-0}" = "1" ]; then
  : "${BENCH_SIZES:=200 1000}" "${BENCH_MATCH_SIZES:=1000 5000}" "${BENCH_QUOTES:=20000}"
  : "${BENCH_BASE:=20}" "${BENCH_ARTICLES:=5}" "${BENCH_GENERATED:=100}"
  : "${BENCH_POLNEAR_LIMIT:=10}" "${BENCH_POLNEAR_IMPORT:=50}"
  : "${BENCH_WRK_SECONDS:=3}" "${BENCH_ROUNDS:=1}"
  : "${BENCH_QUEUE_ARTICLES:=20}" "${BENCH_FAULT_ARTICLES:=60}"
fi
export BENCH_SIZES=${BENCH_SIZES:-1000 10000 100000}
export BENCH_MATCH_SIZES=${BENCH_MATCH_SIZES:-1000 10000 100000}
export BENCH_QUOTES=${BENCH_QUOTES:-1000000}
export BENCH_BASE=${BENCH_BASE:-200}
export BENCH_ARTICLES=${BENCH_ARTICLES:-30}
export BENCH_GENERATED=${BENCH_GENERATED:-500}
export BENCH_POLNEAR=${BENCH_POLNEAR:-../shared/data/polnear-train.jsonl}
export BENCH_POLNEAR_LIMIT=${BENCH_POLNEAR_LIMIT:-100}
export BENCH_POLNEAR_IMPORT=${BENCH_POLNEAR_IMPORT:-0}
export BENCH_ROUNDS=${BENCH_ROUNDS:-3}
export BENCH_WRK_SECONDS=${BENCH_WRK_SECONDS:-10}
export BENCH_QUEUE_ARTICLES=${BENCH_QUEUE_ARTICLES:-100}
export BENCH_FAULT_ARTICLES=${BENCH_FAULT_ARTICLES:-2000}
export BENCH_PARTS=${BENCH_PARTS:-extraction api import matching polnear queue faults}
export BENCH_PEERS=${BENCH_PEERS:-1}
export BENCH_BACKENDS=${BENCH_BACKENDS:-sqlite postgresql}

no_peers=()
if [ "$BENCH_PEERS" = "1" ]; then
  peers=()  # only the peers of the parts that run
  [[ " $BENCH_PARTS " == *" extraction "* ]] && peers+=(textacy)
  [[ " $BENCH_PARTS " == *" api "* ]] && peers+=(datasette wrk)
  [ ${#peers[@]} -gt 0 ] && { bash bench/peers.sh "${peers[@]}" 2>&1 | grep -v "is ignored: it is neither" || true; }
else
  no_peers=(--no-peers)
fi

echo "== load: $(uptime)"

# shellcheck disable=SC2086
for part in $BENCH_PARTS; do
  echo "== $part"
  rm -f "$OUT/$part.json"  # a part's table only ever shows the figures of one run
  case $part in
    extraction)
      $PY bench/bench_extraction.py --compare --generated "$BENCH_GENERATED" \
        --polnear "$BENCH_POLNEAR" --limit "$BENCH_POLNEAR_LIMIT" --rounds "$BENCH_ROUNDS" \
        "${no_peers[@]}" \
        --json "$OUT/extraction.json" ;;
    import)
      $PY bench/bench_import.py --backends $BENCH_BACKENDS --sizes $BENCH_SIZES \
        --base "$BENCH_BASE" --articles "$BENCH_ARTICLES" --json "$OUT/import.json" ;;
    matching)
      $PY bench/bench_matching_db.py --backends $BENCH_BACKENDS --sizes $BENCH_MATCH_SIZES \
        --base "$BENCH_BASE" --articles "$BENCH_ARTICLES" --json "$OUT/matching.json" ;;
    polnear)
      $PY bench/bench_polnear.py --polnear "$BENCH_POLNEAR" --limit "$BENCH_POLNEAR_IMPORT" \
        --json "$OUT/polnear.json" ;;
    queue)
      $PY bench/bench_queue.py --articles "$BENCH_QUEUE_ARTICLES" --json "$OUT/queue.json" ;;
    faults)
      $PY bench/bench_queue_faults.py --articles "$BENCH_FAULT_ARTICLES" \
        --json "$OUT/faults.json" ;;
    api)
      api_db=(--database "${BENCH_API_DB:-bench_factcheck_api}")
      [ "${BENCH_API_REUSE:-0}" = "1" ] && api_db+=(--reuse)
      $PY bench/bench_api.py --quotes "$BENCH_QUOTES" --base "$BENCH_BASE" \
        --seconds "$BENCH_WRK_SECONDS" "${no_peers[@]}" "${api_db[@]}" \
        --redis "${BENCH_REDIS_URL-redis://127.0.0.1:6379/15}" --json "$OUT/api.json" ;;
    *) echo "unknown part: $part" >&2; exit 2 ;;
  esac
done
$PY bench/report.py --results "$OUT" --out bench/RESULTS.md \
  --command "$( [ "${BENCH_QUICK:-0}" = 1 ] && echo 'BENCH_QUICK=1 ')make bench"
if [ "${BENCH_KEEP_BASE:-0}" != "1" ]; then
  $PY -c "import sys; sys.path.insert(0, '.'); from bench import dbbench
for backend in ('sqlite', 'postgresql'):
    if backend == 'sqlite' or dbbench.pg_available():
        dbbench.drop_database(backend, 'bench_factcheck_base_$BENCH_BASE')"
  rm -f var/bench/bench_factcheck_base_"$BENCH_BASE".*.json
fi
echo "== load: $(uptime)"
