"""Import throughput (articles/s, ms per article) and peak RSS, by store size and backend.

For each backend (SQLite, PostgreSQL) and each size N it fills a database to N
stored articles (a base of real imports, then SQL copies of those real rows:
see bench/dbbench.py), then imports new generated articles from a JSON Lines
file through the real path (`read_documents` + `import_batch` -> `import_source`,
as `manage.py import_sources` does) in a fresh process, and reports the rate,
the cost per article, the share spent in `match_quotes` and the peak RSS.

Run:  .venv/bin/python bench/bench_import.py [--backends sqlite postgresql]
          [--sizes 1000 10000 100000] [--base 200] [--articles 50] [--json out.json]

The base database is kept (var/bench/ or PostgreSQL database bench_factcheck_base_*)
and reused by later runs with the same --base; --drop removes every database made.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import dbbench
from bench.corpus import generate

BASE_SEED = 1
PYTHON = sys.executable


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- steps, each in its own process with its own DATABASE_URL --------------------


def step(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=["base", "migrate", "fill", "measure", "forget"])
    parser.add_argument("--after-id", type=int, default=0)
    parser.add_argument("--articles", type=int, default=0)
    parser.add_argument("--sources", type=int, default=0)
    parser.add_argument("--quotes", type=int, default=0)
    parser.add_argument("--no-keys", action="store_true")
    parser.add_argument("--jsonl")
    args = parser.parse_args(argv)
    dbbench.setup_django()
    if args.step == "migrate":
        dbbench.migrate()
        result = {}
    elif args.step == "base":
        dbbench.migrate()
        docs = generate(args.articles, seed=BASE_SEED)
        result = dbbench.import_docs(docs, chunk=max(args.articles // 4, 1), log=log)
        result["base"] = dbbench.mark_base()
    elif args.step == "fill":
        started = time.perf_counter()
        result = dbbench.fill_to(sources=args.sources, quotes=args.quotes, keys=not args.no_keys)
        result["seconds"] = time.perf_counter() - started
    elif args.step == "forget":
        result = dbbench.forget_import(args.after_id)
    else:
        result = dbbench.measure_import(Path(args.jsonl))
    dbbench.emit(result)


def run_step(url: str, *args: str) -> dict:
    """Run one step in a child process against the database at `url`."""
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(dbbench.ROOT)}
    proc = subprocess.run(
        [PYTHON, str(Path(__file__).resolve()), "_step", *args],
        env=env,
        capture_output=True,
        text=True,
        cwd=dbbench.ROOT,
    )
    if proc.returncode:
        raise RuntimeError(f"step {args} failed:\n{proc.stderr[-3000:]}")
    return dbbench.parse_result(proc.stdout)


def base_database(backend: str, articles: int, *, fresh: bool = False) -> tuple[str, dict]:
    """The database holding `articles` real imports (built once, then reused)."""
    name = f"bench_factcheck_base_{articles}"
    info_path = dbbench.VAR / f"{name}.{backend}.json"
    exists = (backend == "postgresql" and info_path.exists() and _pg_exists(name)) or (
        backend == "sqlite" and info_path.exists() and (dbbench.VAR / f"{name}.sqlite3").exists()
    )
    if exists and not fresh:
        # A kept base may predate the latest migrations (an index, say): bring it up to date.
        run_step(dbbench.database_url(backend, name), "migrate")
        return name, json.loads(info_path.read_text())
    log(f"[{backend}] importing the base: {articles} real articles (seed {BASE_SEED})")
    url = dbbench.create_database(backend, name)
    info = run_step(url, "base", "--articles", str(articles))
    dbbench.VAR.mkdir(parents=True, exist_ok=True)
    info_path.write_text(json.dumps(info))
    return name, info


def _pg_exists(name: str) -> bool:
    with dbbench._pg_admin() as conn:
        return bool(conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone())


# The timed articles are news published after everything stored, as a newsroom's
# feed is: three years on from the base's 2019-2021 (bench/corpus.py).
NEW_SINCE = date(2022, 1, 1)
# The same new articles at every size (deleted again after each measure), so the
# sizes differ in what is stored and not in what is imported.
NEW_SEED = 1000


def measured_file(articles: int, seed: int) -> Path:
    return dbbench.write_jsonl(
        generate(articles, seed=seed, since=NEW_SINCE),
        dbbench.VAR / f"new-{articles}-{seed}-{NEW_SINCE.year}.jsonl",
    )


def run_inprocess(*, base: int, sizes: list[int], articles: int, unit: str = "sources") -> dict:
    """The same steps in this process, on the database Django is configured with (smoke test)."""
    from django.db import connection

    base_info = dbbench.import_docs(generate(base, seed=BASE_SEED), chunk=max(base // 2, 1))
    base_info["base"] = dbbench.mark_base()
    rows = []
    jsonl = measured_file(articles, seed=NEW_SEED)
    for size in sizes:
        dbbench.fill_to(**{unit: size})
        rows.append({**dbbench.measure_import(jsonl), "size": size})
        dbbench.forget_import(rows[-1]["last_stored_id"])
    return {"backend": connection.vendor, "base": base_info, "unit": unit, "rows": rows}


def run_sizes(
    backend: str,
    *,
    base: int,
    sizes: list[int],
    articles: int,
    unit: str = "sources",
    name: str = "bench_factcheck_import",
    drop: bool = True,
    inprocess: bool = False,
    out: dict | None = None,
    save=lambda: None,
) -> dict:
    """Fill one database size by size and measure a real import at each.

    `out` (the backend's entry of the results) gets each row as soon as it is
    measured, and `save()` is called then, so a long run interrupted keeps its rows.
    """
    if inprocess:
        return run_inprocess(base=base, sizes=sizes, articles=articles, unit=unit)
    base_name, base_info = base_database(backend, base)
    url = dbbench.create_database(backend, f"{name}_{backend[:2]}", template=base_name)
    out = {} if out is None else out
    out.update({"backend": backend, "base": base_info, "unit": unit, "rows": []})
    rows = out["rows"]
    try:
        jsonl = measured_file(articles, seed=NEW_SEED)
        for size in sizes:
            filled = run_step(url, "fill", f"--{unit}", str(size))
            log(f"[{backend}] filled to {size:,} {unit} in {filled['seconds']:.0f}s: {filled}")
            result = run_step(url, "measure", "--jsonl", str(jsonl))
            if size != sizes[-1] or not drop:
                # Only the next size needs the new articles gone (deleting them from a
                # large store re-derives popular claims: minutes, and not what is timed).
                run_step(url, "forget", "--after-id", str(result["last_stored_id"]))
            result["size"] = size
            result["fill_seconds"] = filled["seconds"]
            log(
                f"[{backend}] N={size:,}: {result['articles_per_s']:.2f} articles/s, "
                f"{result['ms_per_article']:.0f} ms/article, match "
                f"{result['match_ms_per_quote']:.1f} ms/quote "
                f"({result.get('match_queries_per_quote', 0):.1f} queries, "
                f"{result.get('match_comparisons_per_quote', 0):.1f} comparisons), peak RSS "
                f"{result['peak_rss_mb']:.0f} MB"
            )
            rows.append(result)
            save()
    finally:
        if drop:
            dbbench.drop_database(backend, f"{name}_{backend[:2]}")
    return out


def each_backend(args, results: dict, **run_options):
    """Run the sizes on every requested backend, saving as it goes; yields (backend, figures)."""
    if args.inprocess:
        dbbench.setup_django()
        args.backends = ["configured"]
    for backend in args.backends:
        if backend == "postgresql" and not dbbench.pg_available():
            log("PostgreSQL does not answer; skipping it")
            continue
        out = {}
        results["backends"].append(out)
        out.update(
            run_sizes(
                backend,
                base=args.base,
                sizes=args.sizes,
                articles=args.articles,
                inprocess=args.inprocess,
                out=out,
                save=lambda: save(args.json, results),
                **run_options,
            )
        )
        yield backend, out


def main(argv: list[str] | None = None) -> dict:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_step"]:
        step(argv[1:])
        return {}
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--base", type=int, default=200, help="real imports copied to fill")
    parser.add_argument("--articles", type=int, default=50, help="new articles timed per size")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--drop", action="store_true", help="also drop the base databases")
    parser.add_argument(
        "--inprocess", action="store_true", help="no new databases: use the configured one"
    )
    args = parser.parse_args(argv)
    results = {"kind": "import", "sizes": args.sizes, "articles": args.articles, "backends": []}
    for backend, out in each_backend(args, results):
        for row in out["rows"]:
            print(
                f"{backend:<10} N={row['size']:>7,}  {row['articles_per_s']:8.2f} articles/s  "
                f"{row['ms_per_article']:8.1f} ms/article  match {row['match_ms_per_quote']:7.1f}"
                f" ms/quote  peak RSS {row['peak_rss_mb']:6.0f} MB"
            )
        if args.drop and not args.inprocess:
            dbbench.drop_database(backend, f"bench_factcheck_base_{args.base}")
    save(args.json, results)
    return results


def save(path: str | None, results: dict) -> None:
    if path:
        Path(path).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
