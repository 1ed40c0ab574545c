"""Shared machinery of the database benchmarks (import, matching, API).

A benchmark database is filled in two steps:

1. a *base* of real imports: generated articles through `import_source`, the
   same service `manage.py import_sources` uses (extraction, speakers, quotes,
   retrieval keys, pairs, claims);
2. *copies* of those real rows, made in SQL, until the store holds the size
   under test. Each copy of a source gets its body plus a one-line marker (so a
   fresh content hash, and every quote offset stays valid: text == body[start:end]),
   and copies of its quotes, retrieval keys, pairs, claims (fresh slugs) and
   claim links, all renumbered. Speakers are shared. Copies carry no history rows.

The measured import is always the real `import_source` on new articles.
Everything here works on the current Django connection, SQLite or PostgreSQL.
"""

from __future__ import annotations

import cProfile
import hashlib
import json
import os
import resource
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PG_ADMIN_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
VAR = ROOT / "var" / "bench"


def setup_django(database_url: str | None = None) -> None:
    """Configure Django for a benchmark process (before any model import)."""
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


# --- databases ----------------------------------------------------------------


def pg_url(name: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name


def _pg_admin():
    import psycopg

    url = PG_ADMIN_URL.replace("postgres://", "postgresql://", 1)
    return psycopg.connect(url, autocommit=True)


def pg_available() -> bool:
    try:
        _pg_admin().close()
    except Exception:
        return False
    return True


def pg_drop(name: str) -> None:
    with _pg_admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pg_create(name: str, template: str | None = None) -> None:
    pg_drop(name)
    with _pg_admin() as conn:
        extra = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{extra}')


def database_url(backend: str, name: str) -> str:
    if backend == "postgresql":
        return pg_url(name)
    return f"sqlite:///{VAR / (name + '.sqlite3')}"


def create_database(backend: str, name: str, template: str | None = None) -> str:
    """A fresh database (a copy of `template` when given); returns its URL."""
    if backend == "postgresql":
        pg_create(name, template)
    else:
        import shutil

        VAR.mkdir(parents=True, exist_ok=True)
        path = VAR / (name + ".sqlite3")
        path.unlink(missing_ok=True)
        if template:
            shutil.copyfile(VAR / (template + ".sqlite3"), path)
    return database_url(backend, name)


def drop_database(backend: str, name: str) -> None:
    if backend == "postgresql":
        pg_drop(name)
    else:
        (VAR / (name + ".sqlite3")).unlink(missing_ok=True)


# --- importing ----------------------------------------------------------------


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def import_docs(docs: list[dict], *, chunk: int = 0, log=None) -> dict:
    """Import `docs` through `import_source`, one transaction each; rates per chunk."""
    from quotes.services.sources import import_source

    started, chunks, last = time.perf_counter(), [], time.perf_counter()
    for i, doc in enumerate(docs, 1):
        import_source(
            body=doc["text"],
            title=doc.get("title", ""),
            publisher=doc.get("publisher", ""),
            published_on=date.fromisoformat(doc["published_on"]),
            origin=doc.get("id", ""),
        )
        if chunk and (i % chunk == 0 or i == len(docs)):
            now = time.perf_counter()
            rate = (i % chunk or chunk) / (now - last)
            chunks.append({"upto": i, "articles_per_s": rate})
            last = now
            if log:
                log(f"  imported {i}/{len(docs)}: {rate:.2f} articles/s")
    elapsed = time.perf_counter() - started
    return {"articles": len(docs), "seconds": elapsed, "chunks": chunks}


class MatchTimer:
    """Times `match_quotes` inside the real import (wraps the name the service calls).

    With BENCH_PROFILE=DIR set, the matching calls also run under cProfile and
    their statistics go to DIR/match-<stored quotes>.prof, to see where time goes.
    """

    def __init__(self, label: str = ""):
        self.seconds, self.quotes, self.calls = 0.0, 0, 0
        self.queries, self.comparisons, self.cpu_seconds = 0, 0, 0.0
        folder = os.environ.get("BENCH_PROFILE")
        self.profile_path = Path(folder) / f"match-{label}.prof" if folder else None
        self.profiler = cProfile.Profile() if folder else None

    def __enter__(self):
        from django.db import connection

        from quotes import matching
        from quotes.services import sources

        self._module, self._original = sources, sources.match_quotes
        self._compare = matching.compare

        def counted_compare(*args, **kwargs):
            self.comparisons += 1
            return self._compare(*args, **kwargs)

        def count_query(execute, sql, params, many, context):
            self.queries += 1
            return execute(sql, params, many, context)

        def timed(*, quotes, **options):
            started, cpu = time.perf_counter(), time.process_time()
            matching.compare = counted_compare
            try:
                with connection.execute_wrapper(count_query):
                    if self.profiler is None:
                        return self._original(quotes=quotes, **options)
                    return self.profiler.runcall(self._original, quotes=quotes, **options)
            finally:
                matching.compare = self._compare
                self.seconds += time.perf_counter() - started
                self.cpu_seconds += time.process_time() - cpu
                self.quotes += sum(1 for q in quotes if q.is_quote)
                self.calls += 1

        sources.match_quotes = timed
        return self

    def __exit__(self, *exc):
        self._module.match_quotes = self._original
        if self.profiler is not None:
            self.profile_path.parent.mkdir(parents=True, exist_ok=True)
            self.profiler.dump_stats(self.profile_path)


def measure_import(jsonl: Path) -> dict:
    """Import a JSON Lines file the way `manage.py import_sources` does, timed.

    Reads with `read_documents` and imports with `import_batch` (which calls
    `import_source` per article); reports articles/s, ms per article, the
    matching share and the process's peak RSS.
    """
    from quotes.extraction import extract
    from quotes.importing.batch import import_batch
    from quotes.importing.readers import read_documents
    from quotes.models import Quote, Source

    with open(jsonl, encoding="utf-8") as handle:
        extract(json.loads(handle.readline())["text"])  # compile patterns outside the timing
    stored = Source.objects.count()
    stored_quotes = Quote.objects.count()
    last_id = Source.objects.order_by("-id").values_list("id", flat=True).first() or 0
    with MatchTimer(label=str(stored_quotes)) as timer:
        started, cpu = time.perf_counter(), time.process_time()
        summary = import_batch(read_documents([str(jsonl)], max_bytes=1 << 30))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    if summary.failed or not summary.new:
        raise RuntimeError(f"measured import failed: {summary.line()} {summary.errors[:3]}")
    return {
        "last_stored_id": last_id,
        "stored_articles": stored,
        "stored_quotes": stored_quotes,
        "articles": summary.new,
        "quotes": summary.quotes,
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "articles_per_s": summary.new / elapsed,
        "ms_per_article": 1000 * elapsed / summary.new,
        "match_ms_per_quote": 1000 * timer.seconds / max(timer.quotes, 1),
        "match_share": timer.seconds / elapsed,
        # Deterministic next to the times: statements and candidate comparisons per new quote.
        "match_queries_per_quote": timer.queries / max(timer.quotes, 1),
        # This process's CPU only (all of SQLite's work, none of PostgreSQL's server):
        # steadier than wall time when other jobs share the cores.
        "match_cpu_ms_per_quote": 1000 * timer.cpu_seconds / max(timer.quotes, 1),
        "match_comparisons_per_quote": timer.comparisons / max(timer.quotes, 1),
        "peak_rss_mb": peak_rss_mb(),
    }


def forget_import(after_id: int) -> dict:
    """Delete, through `delete_source`, every source newer than `after_id`.

    The next size then times the same new articles as this one, so the sizes
    differ in the store only, not in what is imported.
    """
    from quotes.models import Source
    from quotes.services.sources import delete_source

    newer = list(Source.objects.filter(id__gt=after_id).order_by("id"))
    for source in newer:
        delete_source(source=source)
    return {"forgotten": len(newer)}


def write_jsonl(docs: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


# --- copies of real rows --------------------------------------------------------

META = "bench_meta"
BASE_TERMS = "bench_base_terms"
TABLES = ("source", "quote", "matchkey", "quotematch", "claim", "claimquote")


def _models():
    from quotes.models import Claim, ClaimQuote, MatchKey, Quote, QuoteMatch, Source

    return {
        "source": Source,
        "quote": Quote,
        "matchkey": MatchKey,
        "quotematch": QuoteMatch,
        "claim": Claim,
        "claimquote": ClaimQuote,
    }


def _max_ids(cursor) -> dict[str, int]:
    out = {}
    for name, model in _models().items():
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {model._meta.db_table}")
        out[name] = cursor.fetchone()[0]
    return out


def mark_base() -> dict:
    """Record the real rows stored so far as the base that copies are made of."""
    from django.db import connection

    with connection.cursor() as cursor:
        ids = _max_ids(cursor)
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {META} (name varchar(40) PRIMARY KEY, v int8)")
        cursor.execute(f"DELETE FROM {META}")
        for name, value in ids.items():
            cursor.execute(f"INSERT INTO {META} (name, v) VALUES (%s, %s)", [name, value])
        cursor.execute("SELECT COUNT(*) FROM quotes_source")
        sources = cursor.fetchone()[0]
        cursor.execute("SELECT COUNT(*) FROM quotes_quote")
        quotes = cursor.fetchone()[0]
        cursor.execute(f"INSERT INTO {META} (name, v) VALUES ('sources', %s)", [sources])
        cursor.execute(f"INSERT INTO {META} (name, v) VALUES ('quotes', %s)", [quotes])
        # The corpus statistics of the base: each copy of it counts them once more.
        cursor.execute(f"DROP TABLE IF EXISTS {BASE_TERMS}")
        cursor.execute(
            f"CREATE TABLE {BASE_TERMS} AS SELECT term, documents FROM quotes_corpusterm"
        )
    return {**ids, "sources": sources, "quotes": quotes}


def base_info() -> dict:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT name, v FROM {META}")
        return dict(cursor.fetchall())


def _columns(model) -> list[str]:
    return [f.column for f in model._meta.concrete_fields]


def _copy_sql(model, overrides: dict[str, str], base_max: int, where: str = "") -> str:
    cols = _columns(model)
    quoted = ", ".join(f'"{c}"' for c in cols)
    exprs = ", ".join(overrides.get(c, f't."{c}"') for c in cols)
    table = model._meta.db_table
    return (
        f"INSERT INTO {table} ({quoted}) SELECT {exprs} FROM {table} t CROSS JOIN bench_k "
        f"WHERE t.id <= {int(base_max)}{where}"
    )


def _sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def replicate(blocks: int, *, keys: bool = True) -> int:
    """Append `blocks` copies of the base's rows; returns the number of sources added.

    With `keys` (the import and matching benchmarks), retrieval keys and pairs
    are copied too, and the copied quotes join the base's claims: they are the
    same statements again, which is where the matcher would have put them. So
    claims and key postings grow with the store, the case whose cost per new
    quote must stay flat. A copy of a claim's first appearance is related to it
    as the same utterance.

    `keys=False` (the API benchmark) leaves out keys and pairs and gives every
    block its own claims, so a claim's detail stays the size of a real one.
    """
    from django.db import connection, transaction

    if blocks <= 0:
        return 0
    base = base_info()
    models = _models()
    vendor = connection.vendor
    with transaction.atomic(), connection.cursor() as cursor:
        start = _max_ids(cursor)
        if vendor == "sqlite":
            raw = connection.connection
            raw.create_function("bench_sha256", 1, _sha256_hex, deterministic=True)
            cursor.execute("DROP TABLE IF EXISTS bench_k")
            cursor.execute("CREATE TEMP TABLE bench_k (k integer PRIMARY KEY)")
        else:
            # Copies are exact by construction (text == body[start:end] is spot-checked
            # below), so the per-row trigger and FK checks are skipped while copying.
            cursor.execute("SELECT current_setting('is_superuser')")
            superuser = cursor.fetchone()[0] == "on"
            if superuser:
                cursor.execute("SET LOCAL session_replication_role = replica")
            cursor.execute("DROP TABLE IF EXISTS bench_k")
            cursor.execute("CREATE TEMP TABLE bench_k (k integer PRIMARY KEY) ON COMMIT DROP")
        cursor.executemany(
            "INSERT INTO bench_k (k) VALUES (%s)", [(k,) for k in range(1, blocks + 1)]
        )

        def new(name: str, column: str) -> str:
            return f"({int(start[name])} + (bench_k.k - 1) * {int(base[name])} + t.{column})"

        # A marker line makes each copy's text new: the start id of this fill, block, base id.
        tag = f"'[copy {int(start['source'])}-' || bench_k.k || '-' || t.id || ']'"
        if vendor == "postgresql":
            body = f"t.body || E'\\n' || {tag}"
            digest = f"encode(sha256(convert_to({body}, 'UTF8')), 'hex')"
        else:
            body = f"t.body || char(10) || {tag}"
            digest = f"bench_sha256({body})"
        statements = [
            (
                "source",
                {"id": new("source", "id"), "body": body, "content_hash": digest},
            ),
            (
                "quote",
                {"id": new("quote", "id"), "source_id": new("source", "source_id")},
            ),
        ]
        if not keys:
            statements.append(
                (
                    "claim",
                    {
                        "id": new("claim", "id"),
                        "slug": f"substr(t.slug, 1, 90) || '-' || {new('claim', 'id')}",
                        "named_by_id": f"CASE WHEN t.named_by_id <= {int(base['quote'])} "
                        f"THEN {new('quote', 'named_by_id')} END",
                    },
                )
            )
        statements.append(
            (
                "claimquote",
                {
                    "id": new("claimquote", "id"),
                    "claim_id": "t.claim_id" if keys else new("claim", "claim_id"),
                    "quote_id": new("quote", "quote_id"),
                    "matched_quote_id": new("quote", "matched_quote_id"),
                    "relation": "CASE WHEN t.relation = 'original' THEN 'same_utterance' "
                    "ELSE t.relation END"
                    if keys
                    else "t.relation",
                },
            )
        )
        if keys:
            statements += [
                ("matchkey", {"id": new("matchkey", "id"), "quote_id": new("quote", "quote_id")}),
                (
                    "quotematch",
                    {
                        "id": new("quotematch", "id"),
                        "low_id": new("quote", "low_id"),
                        "high_id": new("quote", "high_id"),
                    },
                ),
            ]
        # The measured imports can re-point base links to newer claims or quotes:
        # only rows that refer to base rows are copied.
        within = {
            "claimquote": f" AND t.claim_id <= {int(base['claim'])}"
            f" AND t.quote_id <= {int(base['quote'])}"
            f" AND (t.matched_quote_id IS NULL OR t.matched_quote_id <= {int(base['quote'])})",
            "quotematch": f" AND t.high_id <= {int(base['quote'])}",
            "matchkey": f" AND t.quote_id <= {int(base['quote'])}",
        }
        for name, overrides in statements:
            cursor.execute(_copy_sql(models[name], overrides, base[name], within.get(name, "")))
        cursor.execute(
            f"UPDATE quotes_corpusterm SET documents = quotes_corpusterm.documents + "
            f"{int(blocks)} * b.documents FROM {BASE_TERMS} b WHERE b.term = quotes_corpusterm.term"
        )
        if vendor == "postgresql":
            for model in models.values():
                table = model._meta.db_table
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT MAX(id) FROM {table}))"
                )
        cursor.execute(
            "SELECT COUNT(*) FROM quotes_quote q JOIN quotes_source s ON s.id = q.source_id "
            f"WHERE q.id > {int(start['quote'])} AND q.id <= {int(start['quote']) + 2000} "
            'AND substr(s.body, q.start + 1, q."end" - q.start) <> q.text'
        )
        bad = cursor.fetchone()[0]
        if bad:
            raise AssertionError(f"{bad} copied quotes do not match their source body")
        cursor.execute("DROP TABLE IF EXISTS bench_k")
        if vendor == "postgresql" and superuser:
            cursor.execute("SET LOCAL session_replication_role = origin")
    return blocks * base["sources"]


def counts() -> dict[str, int]:
    from django.db import connection

    with connection.cursor() as cursor:
        out = {}
        for name, model in _models().items():
            cursor.execute(f"SELECT COUNT(*) FROM {model._meta.db_table}")
            out[name] = cursor.fetchone()[0]
    return out


def fill_to(*, sources: int = 0, quotes: int = 0, keys: bool = True) -> dict[str, int]:
    """Copy base blocks until the store holds at least `sources` sources and `quotes` quotes."""
    import math

    from django.db import connection

    base, now = base_info(), counts()
    need = max(
        math.ceil(max(sources - now["source"], 0) / max(base["sources"], 1)),
        math.ceil(max(quotes - now["quote"], 0) / max(base["quotes"], 1)),
    )
    step = 2000  # blocks per statement, to bound one transaction
    while need > 0:
        replicate(min(step, need), keys=keys)
        need -= step
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return counts()


def emit(result: dict) -> None:
    """The last line a benchmark child prints: its figures as JSON."""
    print("RESULT " + json.dumps(result), flush=True)


def parse_result(output: str) -> dict:
    for line in reversed(output.splitlines()):
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError("no RESULT line in:\n" + output[-2000:])
