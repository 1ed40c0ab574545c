"""The API under load: requests/s and p50/p99 latency, against Datasette and a minimal view.

It fills a PostgreSQL database to at least --quotes quotes (real imports copied
in SQL, see bench/dbbench.py), serves it with gunicorn (the product,
THROTTLE_ANON=1000000/second so the load is not throttled away) and with a
minimal hand-written Django view (bench/minimal_urls.py, the ceiling of this
stack), exports the same rows to SQLite for Datasette (its own virtualenv, made
by bench/peers.sh), and drives each with wrk (Debian's package) against 127.0.0.1
for a bounded time per query:

- quotes by speaker:  /api/quotes/?speaker=<slug>         (the most-quoted speaker)
- a claim's detail:   /api/claims/<slug>/                 (the claim with the most quotes)
- full-text search:   /api/quotes/?q=<words>

Run:  .venv/bin/python bench/bench_api.py [--quotes 1000000] [--base 200] [--seconds 10]
          [--connections 8] [--no-peers] [--json out.json] [--keep]

`--inprocess N` skips servers and wrk: N requests per query through Django's test
client on the current database (the smoke test uses it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import dbbench

ROOT = dbbench.ROOT
DATASETTE = ROOT / "var" / "bench-peers" / "datasette-venv" / "bin" / "datasette"
SEARCH = "fishing quota"
PORTS = {"api": 8101, "minimal": 8102, "datasette": 8103, "api-redis": 8104}
DB_NAME = "bench_factcheck_api"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- what to ask for --------------------------------------------------------------


def targets() -> dict:
    """The speaker with the most quotes, the claim with the most public links, a search."""
    from django.db.models import Count, Q

    from quotes.choices import PUBLIC_STATUSES
    from quotes.models import Claim, Quote, Speaker
    from quotes.selectors import ordered_quotes, search_quotes

    speaker = (
        Speaker.objects.annotate(n=Count("quotes", filter=Q(quotes__is_quote=True)))
        .order_by("-n", "pk")
        .values("slug", "n")
        .first()
    )
    claim = (
        Claim.objects.annotate(n=Count("links", filter=Q(links__status__in=PUBLIC_STATUSES)))
        .order_by("-n", "pk")
        .values("slug", "n")
        .first()
    )
    hits = search_quotes(ordered_quotes(), SEARCH).count()
    return {
        "speaker": speaker["slug"],
        "speaker_quotes": speaker["n"],
        "claim": claim["slug"],
        "claim_quotes": claim["n"],
        "search": SEARCH,
        "search_hits": hits,
        "quotes": Quote.objects.count(),
    }


def paths(t: dict) -> dict[str, dict[str, str]]:
    """Per query, the URL path of each server."""
    quote = urllib.parse.quote
    q = quote(t["search"])
    speaker_sql, claim_sql, search_sql = datasette_sql()
    ds = "/bench.json?_shape=array&sql="
    urls = {
        "quotes by speaker": {
            "api": f"/api/quotes/?speaker={t['speaker']}",
            "minimal": f"/min/quotes/?speaker={t['speaker']}",
            "datasette": ds
            + urllib.parse.quote(speaker_sql)
            + "&slug="
            + urllib.parse.quote(t["speaker"]),
        },
        "claim detail": {
            "api": f"/api/claims/{t['claim']}/",
            "minimal": f"/min/claims/{t['claim']}/",
            "datasette": f"{ds}{urllib.parse.quote(claim_sql)}&slug={quote(t['claim'])}",
        },
        "full-text search": {
            "api": f"/api/quotes/?q={q}",
            "minimal": f"/min/quotes/?q={q}",
            "datasette": f"{ds}{urllib.parse.quote(search_sql)}&q={q}",
        },
    }
    order = ("api", "api-redis", "minimal", "datasette")
    return {
        query: {server: by_server.get(server, by_server["api"]) for server in order}
        for query, by_server in urls.items()
    }


# --- in-process (smoke) -------------------------------------------------------------


def inprocess(requests: int) -> dict:
    """Requests/s and latencies through Django's test client, for the API and minimal view."""
    from django.test import Client, override_settings

    t = targets()
    results = {}
    for query, by_server in paths(t).items():
        for server in ("api", "minimal"):
            urlconf = "bench.minimal_urls" if server == "minimal" else None
            with override_settings(**({"ROOT_URLCONF": urlconf} if urlconf else {})):
                client, times = Client(), []
                for _ in range(requests):
                    started = time.perf_counter()
                    response = client.get(by_server[server])
                    times.append(time.perf_counter() - started)
                    if response.status_code != 200:
                        raise RuntimeError(f"{server} {by_server[server]}: {response.status_code}")
            results.setdefault(query, {})[server] = {
                "rps": len(times) / sum(times),
                "p50_ms": 1000 * statistics.median(times),
                "p99_ms": 1000 * sorted(times)[min(len(times) - 1, int(0.99 * len(times)))],
            }
    return {"kind": "api", "mode": "inprocess", "targets": t, "results": results}


# --- the SQLite copy for Datasette ---------------------------------------------------

EXPORT = {
    "quotes_speaker": ["id", "slug", "name"],
    "quotes_source": ["id", "title", "publisher", "origin", "published_on"],
    "quotes_claim": [
        "id", "slug", "text", "rating", "rating_explanation", "reviewed_at", "pattern",
    ],
    "quotes_claimquote": ["id", "claim_id", "quote_id", "relation", "status", "method", "score"],
    "quotes_quote": [
        "id", "source_id", "speaker_id", "text", "kind", "cue", "start", "end", "said_on",
        "verified", "is_quote",
    ],
}  # fmt: skip
SQLITE_INDEXES = [
    "CREATE UNIQUE INDEX speaker_slug ON quotes_speaker (slug)",
    "CREATE UNIQUE INDEX claim_slug ON quotes_claim (slug)",
    "CREATE INDEX claimquote_claim ON quotes_claimquote (claim_id, status)",
    "CREATE INDEX claimquote_quote ON quotes_claimquote (quote_id, status)",
    "CREATE INDEX quote_speaker ON quotes_quote (speaker_id, said_on)",
    "CREATE VIRTUAL TABLE quotes_quote_fts USING fts5("
    "text, content='quotes_quote', content_rowid='id', tokenize='porter')",
    "INSERT INTO quotes_quote_fts (quotes_quote_fts) VALUES ('rebuild')",
]


def export_sqlite(pg_name: str, path: Path) -> float:
    """Copy the rows the three queries read from PostgreSQL into a SQLite file."""
    import psycopg

    started = time.perf_counter()
    path.unlink(missing_ok=True)
    lite = sqlite3.connect(path)
    url = dbbench.pg_url(pg_name).replace("postgres://", "postgresql://", 1)
    with psycopg.connect(url) as pg:
        for table, columns in EXPORT.items():
            cols = ", ".join(f'"{c}"' for c in columns)
            typed = ", ".join(
                f'"{c}" INTEGER PRIMARY KEY'
                if c == "id"
                else (f'"{c}" INTEGER' if c.endswith("_id") else f'"{c}"')
                for c in columns
            )
            lite.execute(f"CREATE TABLE {table} ({typed})")
            marks = ", ".join("?" for _ in columns)
            with pg.cursor(name=f"export_{table}") as cursor:
                cursor.itersize = 20_000
                cursor.execute(f"SELECT {cols} FROM {table} ORDER BY id")
                while rows := cursor.fetchmany(20_000):
                    lite.executemany(
                        f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                        [tuple(_sqlite_value(v) for v in row) for row in rows],
                    )
    for statement in SQLITE_INDEXES:
        lite.execute(statement)
    lite.commit()
    lite.execute("ANALYZE")
    lite.close()
    return time.perf_counter() - started


def _sqlite_value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def datasette_sql() -> tuple[str, str, str]:
    """The three queries as SQL for Datasette: same rows, same order, first page of 50.

    The page is chosen first (a CTE), then its speakers, sources and claims are
    joined, so that per-row subqueries run for the 50 rows only.
    """
    claims = (
        "(SELECT json_group_array(json_object('slug', c.slug, 'text', c.text, "
        "'relation', cq.relation)) FROM quotes_claimquote cq JOIN quotes_claim c "
        "ON c.id = cq.claim_id WHERE cq.quote_id = p.id "
        "AND cq.status IN ('automatic', 'confirmed')) AS claims"
    )
    columns = (
        'p.id, p.text, p.kind, p.cue, p.start, p."end", p.said_on, p.verified, '
        "sp.slug AS speaker_slug, sp.name AS speaker_name, s.id AS source_id, s.title, "
        "s.publisher, s.origin, s.published_on, p.count, " + claims
    )
    joins = (
        "FROM page p LEFT JOIN quotes_speaker sp ON sp.id = p.speaker_id "
        "JOIN quotes_source s ON s.id = p.source_id"
    )
    order = "q.said_on IS NULL, q.said_on, q.source_id, q.start"
    page_order = "p.said_on IS NULL, p.said_on, p.source_id, p.start"
    speaker = (
        "WITH who AS (SELECT id FROM quotes_speaker WHERE slug = :slug), "
        "ids AS (SELECT q.id FROM quotes_quote q, who WHERE q.speaker_id = who.id "
        f"AND q.is_quote ORDER BY {order} LIMIT 50), "
        "page AS (SELECT q.*, (SELECT COUNT(*) FROM quotes_quote q2, who "
        "WHERE q2.speaker_id = who.id AND q2.is_quote) AS count "
        "FROM ids JOIN quotes_quote q ON q.id = ids.id) "
        f"SELECT {columns} {joins} ORDER BY {page_order}"
    )
    claim = (
        "SELECT c.slug, c.text, c.rating, c.rating_explanation, c.reviewed_at, c.pattern, "
        "cq.relation, cq.status, cq.method, cq.score, q.id, q.text AS quote_text, q.kind, "
        "q.said_on, sp.slug AS speaker_slug, sp.name AS speaker_name, s.id AS source_id, "
        "s.title, s.publisher, s.origin, s.published_on, "
        "COUNT(*) OVER () AS quote_count, "
        "(SELECT COUNT(DISTINCT q3.speaker_id) FROM quotes_claimquote cq3 JOIN quotes_quote q3 "
        "ON q3.id = cq3.quote_id WHERE cq3.claim_id = c.id AND q3.is_quote "
        "AND cq3.status IN ('automatic', 'confirmed')) AS speaker_count "
        "FROM quotes_claim c JOIN quotes_claimquote cq ON cq.claim_id = c.id "
        "JOIN quotes_quote q ON q.id = cq.quote_id LEFT JOIN quotes_speaker sp "
        "ON sp.id = q.speaker_id JOIN quotes_source s ON s.id = q.source_id "
        "WHERE c.slug = :slug AND q.is_quote AND cq.status IN ('automatic', 'confirmed') "
        f"ORDER BY {order}"
    )
    search = (  # the API's order: every hit, in the list's order (not ranked)
        "WITH hits AS (SELECT rowid FROM quotes_quote_fts WHERE quotes_quote_fts "
        "MATCH :q), ids AS (SELECT q.id FROM hits h JOIN quotes_quote q "
        f"ON q.id = h.rowid WHERE q.is_quote ORDER BY {order} LIMIT 50), "
        "page AS (SELECT q.*, (SELECT COUNT(*) FROM hits) AS count "
        "FROM ids JOIN quotes_quote q ON q.id = ids.id) "
        f"SELECT {columns} {joins} ORDER BY {page_order}"
    )
    return speaker, claim, search


# --- servers and wrk -----------------------------------------------------------------


def redis_reachable(url: str) -> bool:
    """Whether a Redis answers at `url` (redis://host:port/db), with a plain PING."""
    import socket

    parsed = urllib.parse.urlparse(url)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 6379), timeout=2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def start_servers(pg_name: str, sqlite_path: Path | None, workers: int, redis: str = "") -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": dbbench.pg_url(pg_name),
        "THROTTLE_ANON": "1000000/second",
        "THROTTLE_USER": "1000000/second",  # DRF applies the user rate to anonymous clients too
        "PYTHONPATH": str(ROOT),
    }
    gunicorn = str(ROOT / ".venv" / "bin" / "gunicorn")
    logs = dbbench.VAR / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    commands = {
        "api": [gunicorn, "factcheck.wsgi", "--workers", str(workers)],
        "minimal": [gunicorn, "bench.minimal_wsgi", "--workers", str(workers)],
    }
    envs = {name: env for name in commands}
    if redis and redis_reachable(redis):
        # The same API with its throttle counters in Redis instead of the database's cache
        # table (REDIS_URL, see README "Rate limits"): two DRF throttles cost the table
        # about ten queries and two commits a request, all on one row per client address.
        commands["api-redis"] = list(commands["api"])
        envs["api-redis"] = {**env, "REDIS_URL": redis}
    for name in commands:
        commands[name] += ["--bind", f"127.0.0.1:{PORTS[name]}", "--log-level", "warning"]
    if sqlite_path:
        commands["datasette"] = [
            str(DATASETTE), "serve", "-i", str(sqlite_path), "--host", "127.0.0.1",
            "--port", str(PORTS["datasette"]), "--setting", "sql_time_limit_ms", "60000",
            "--setting", "num_sql_threads", str(max(workers, 2)),
        ]  # fmt: skip
    servers = {}
    for name, command in commands.items():
        out = open(logs / f"{name}.log", "w")  # noqa: SIM115
        servers[name] = subprocess.Popen(
            command,
            env=envs.get(name, env),
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return servers


def stop_servers(servers: dict) -> None:
    for proc in servers.values():
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    for proc in servers.values():
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def fetch(server: str, path: str, timeout: float = 120) -> tuple[int, bytes]:
    url = f"http://127.0.0.1:{PORTS[server]}{path}"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_ready(servers: dict, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    for name, proc in servers.items():
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited; see var/bench/logs/{name}.log")
            try:
                fetch(name, "/", timeout=5)
                break
            except OSError:
                if time.time() > deadline:
                    raise RuntimeError(f"{name} did not start") from None
                time.sleep(0.5)


def first_ids(server: str, body: bytes) -> list[int]:
    data = json.loads(body)
    if server == "datasette":
        return [row["id"] for row in data]
    if "timeline" in data:
        if isinstance(data["timeline"][0], dict) and "quotes" in data["timeline"][0]:
            return sorted(q["id"] for group in data["timeline"] for q in group["quotes"])
        return sorted(row["quote_id"] for row in data["timeline"])
    return [row["id"] for row in data["results"]]


def check_same_rows(urls: dict[str, dict[str, str]]) -> dict[str, bool]:
    """Each server's answer to each query holds the same quotes (ids), in the same order."""
    same = {}
    for query, by_server in urls.items():
        ids = {}
        for server, path in by_server.items():
            status, body = fetch(server, path)
            if status != 200:
                raise RuntimeError(f"{server} {path[:120]}: HTTP {status}: {body[:300]!r}")
            ids[server] = first_ids(server, body)
            if query == "claim detail" and server == "datasette":
                ids[server] = sorted(ids[server])
        same[query] = len({tuple(v) for v in ids.values()}) == 1
        if not same[query]:
            log(f"warning: {query}: servers disagree: { {k: v[:5] for k, v in ids.items()} }")
    return same


LATENCY = re.compile(r"^\s+(50|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s)\s*$", re.M)
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(server: str, path: str, *, seconds: int, connections: int, threads: int) -> dict:
    url = f"http://127.0.0.1:{PORTS[server]}{path}"
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    command += ["--latency", url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = {p: float(v) * UNITS[u] for p, v, u in LATENCY.findall(out)}
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    timeouts = re.search(r"timeout (\d+)", out)
    return {
        "rps": rps,
        "p50_ms": latency.get("50"),
        "p99_ms": latency.get("99"),
        "non_2xx": int(errors.group(1)) if errors else 0,
        "timeouts": int(timeouts.group(1)) if timeouts else 0,
    }


# --- the whole benchmark ---------------------------------------------------------------


def run(args) -> dict:
    from bench.bench_import import base_database, run_step

    if not dbbench.pg_available():
        raise SystemExit("bench_api needs PostgreSQL at " + dbbench.PG_ADMIN_URL)
    name = args.database
    servers = {}
    sqlite_path = dbbench.VAR / "bench.sqlite3"  # Datasette names it "bench"
    if args.reuse and _pg_exists(name):
        url = dbbench.pg_url(name)
        run_step(url, "migrate")  # a kept database may predate the latest migrations
        _vacuum(name)
        log(f"[api] reusing {name}")
    else:
        base_name, _ = base_database("postgresql", args.base)
        url = dbbench.create_database("postgresql", name, template=base_name)
        started = time.perf_counter()
        filled = run_step(url, "fill", "--quotes", str(args.quotes), "--no-keys")
        log(f"[api] filled to {filled['quote']:,} quotes in {time.perf_counter() - started:.0f}s")
        _vacuum(name)  # the fill ran ANALYZE; VACUUM too, for index-only scans
        sqlite_path.unlink(missing_ok=True)
    try:
        t = json.loads(_child_targets(url))
        log(f"[api] targets: {t}")
        if t["quotes"] < args.quotes:
            log(f"[api] warning: {name} holds {t['quotes']:,} quotes, fewer than --quotes")
        if args.no_peers:
            sqlite_path = None
        elif not DATASETTE.exists():
            raise SystemExit("Datasette is not installed: run bash bench/peers.sh datasette")
        elif not (args.reuse and sqlite_path.exists()):
            log(f"[api] exported to SQLite in {export_sqlite(name, sqlite_path):.0f}s")
        servers = start_servers(name, sqlite_path, args.workers, redis=args.redis)
        wait_ready(servers)
        urls = {q: {s: p for s, p in v.items() if s in servers} for q, v in paths(t).items()}
        same = check_same_rows(urls)
        results = {}
        for query, by_server in urls.items():
            for server, path in by_server.items():
                wrk(server, path, seconds=2, connections=args.connections, threads=2)  # warm up
                figures = wrk(
                    server, path, seconds=args.seconds, connections=args.connections, threads=2
                )
                results.setdefault(query, {})[server] = figures
                log(f"[api] {query:<18} {server:<10} {figures}")
        return {
            "kind": "api",
            "mode": "wrk",
            "targets": t,
            "same_rows": same,
            "results": results,
            "seconds": args.seconds,
            "connections": args.connections,
            "workers": args.workers,
            "load": os.getloadavg()[0],
        }
    finally:
        stop_servers(servers)
        if not (args.keep or args.reuse):
            dbbench.drop_database("postgresql", name)
            (dbbench.VAR / "bench.sqlite3").unlink(missing_ok=True)


def _pg_exists(name: str) -> bool:
    with dbbench._pg_admin() as conn:
        return bool(conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone())


def _vacuum(name: str) -> None:
    import psycopg

    url = dbbench.pg_url(name).replace("postgres://", "postgresql://", 1)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def _child_targets(url: str) -> str:
    code = (
        "import json; from bench import dbbench; dbbench.setup_django(); "
        "from bench.bench_api import targets; print(json.dumps(targets()))"
    )
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return out.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--base", type=int, default=200, help="real imports copied to fill")
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--no-peers", action="store_true", help="leave Datasette out")
    parser.add_argument("--inprocess", type=int, default=0, help="N test-client requests")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--database", default=DB_NAME, help="PostgreSQL database to fill")
    parser.add_argument(
        "--reuse", action="store_true",
        help="serve --database (and its SQLite export) as kept by an earlier --keep run, "
        "migrated, instead of filling it again; keep them afterwards",
    )  # fmt: skip
    parser.add_argument(
        "--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15"),
        help="also serve the API with its throttle counters in this Redis (if it answers); "
        "'' to leave that server out",
    )  # fmt: skip
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args(argv)
    if args.inprocess:
        dbbench.setup_django()
        result = inprocess(args.inprocess)
    else:
        result = run(args)
    for query, by_server in result["results"].items():
        for server, f in by_server.items():
            print(
                f"{query:<18} {server:<10} {f['rps']:9.1f} req/s  p50 {f['p50_ms']:8.2f} ms  "
                f"p99 {f['p99_ms']:8.2f} ms"
            )
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    main()
