"""Real news into an empty PostgreSQL database: PolNeAR train (840 articles), one process.

Issue #20's target is >= 50 articles/s. The run creates a private empty database,
migrates it, imports every article through `import_source` (publisher and date from
the article's id, as `manage.py evaluate_matching` does) in a child process, prints
articles/s and where the time went, then drops the database. The phases are wall
seconds inside the import: extraction (`extract`), claim matching (`match_quotes`),
commits, and the rest (speakers, quotes, counts: the other writes). Articles are
prepared (extraction, keys) in a thread while the one before is written
(`quotes.importing.ahead`), so the phase in the sum is the importing thread's wait
for a preparation; the extraction's own seconds, overlapped, are given beside.

When the data file is absent (it is not part of the repository) the bench says so
and exits 0, so `make bench` goes on.

Run:  .venv/bin/python bench/bench_polnear.py [--polnear ../shared/data/polnear-train.jsonl]
          [--limit 0] [--database bench_factcheck_polnear] [--profile out.prof] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import dbbench


class PhaseTimer:
    """Wall seconds spent in one function the import calls, by wrapping the name it calls."""

    def __init__(self, module, name: str):
        self.module, self.name, self.seconds = module, name, 0.0
        self.original = getattr(module, name)

    def __enter__(self):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started

        setattr(self.module, self.name, timed)
        return self

    def __exit__(self, *exc):
        setattr(self.module, self.name, self.original)


def import_all(path: str, limit: int, profile: str | None) -> dict:
    """The child's work: migrate the empty database, then import every article, timed."""
    import cProfile

    from django.db import connection

    from quotes.evaluation import matching as evaluation
    from quotes.evaluation.matching import import_articles
    from quotes.extraction import extract
    from quotes.management.commands.evaluate_extraction import read_articles
    from quotes.models import Quote, Source
    from quotes.services import sources

    dbbench.migrate()
    articles = list(read_articles(path))[: limit or None]
    extract(articles[0]["text"])  # compile the patterns outside the timing
    connection.ensure_connection()
    profiler = cProfile.Profile() if profile else None
    with (
        PhaseTimer(sources, "extract") as extraction,
        PhaseTimer(evaluation, "prepared") as waiting,
        PhaseTimer(sources, "match_quotes") as matching,
        PhaseTimer(connection, "_commit") as commits,
    ):
        started = time.perf_counter()
        if profiler:
            profiler.runcall(import_articles, articles)
        else:
            import_articles(articles)
        seconds = time.perf_counter() - started
    if profiler:
        profiler.dump_stats(profile)
    phases = {"waiting for a preparation": waiting.seconds, "matching": matching.seconds}
    phases["commits"] = commits.seconds
    phases["other writes"] = seconds - sum(phases.values())
    return {
        "articles": len(articles),
        "sources": Source.objects.count(),  # fewer when two articles carry one text
        "quotes": Quote.objects.count(),
        "seconds": seconds,
        "articles_per_s": len(articles) / seconds,
        "phases": phases,
        "extraction_seconds": extraction.seconds,  # in the preparing thread, overlapped
        "peak_rss_mb": dbbench.peak_rss_mb(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", default=os.environ.get("BENCH_POLNEAR", ""))
    parser.add_argument("--limit", type=int, default=0, help="first N articles (0: all)")
    parser.add_argument("--database", default="bench_factcheck_polnear")
    parser.add_argument("--profile", help="write cProfile statistics of the import here")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--_child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._child:
        dbbench.setup_django()
        dbbench.emit(import_all(args.polnear, args.limit, args.profile))
        return
    if not args.polnear or not Path(args.polnear).exists():
        print(f"skipped: PolNeAR file not found ({args.polnear or 'no --polnear given'})")
        return
    if not dbbench.pg_available():
        print("skipped: PostgreSQL does not answer (see bench/dbbench.py for the address)")
        return
    result = run(args)
    print(
        f"PolNeAR train into an empty PostgreSQL database: {result['articles']} articles "
        f"({result['sources']} distinct texts), "
        f"{result['quotes']} quotes in {result['seconds']:.1f} s = "
        f"{result['articles_per_s']:.1f} articles/s (target >= 50)"
    )
    for phase, seconds in result["phases"].items():
        print(f"  {phase:<26} {seconds:7.1f} s  {100 * seconds / result['seconds']:5.1f}%")
    print(f"  (extraction, in the preparing thread: {result['extraction_seconds']:.1f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps({"kind": "polnear", **result}, indent=1))


def run(args) -> dict:
    """Create the empty database, import in a child process that uses it, drop it."""
    dbbench.pg_create(args.database)
    command = [sys.executable, __file__, "--_child", "--polnear", args.polnear]
    command += ["--limit", str(args.limit)] + (["--profile", args.profile] if args.profile else [])
    env = {**os.environ, "DATABASE_URL": dbbench.pg_url(args.database)}
    env.pop("CELERY_BROKER_URL", None)  # in-process, as one process imports
    try:
        proc = subprocess.run(command, env=env, capture_output=True, text=True, cwd=dbbench.ROOT)
        if proc.returncode:
            raise SystemExit(f"import failed:\n{proc.stderr[-3000:]}")
        return dbbench.parse_result(proc.stdout)
    finally:
        dbbench.pg_drop(args.database)


if __name__ == "__main__":
    main()
