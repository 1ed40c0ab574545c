"""Matching cost per new quote in the database, with 1,000, 10,000 and 100,000 quotes stored.

The database version of bench/bench_matching.py: for each backend and size N it
fills a database to N stored quotes (real imports of the generated corpus, then
SQL copies of those rows with their retrieval keys, pairs and claims: see
bench/dbbench.py), imports new generated articles for real, and times
`quotes.services.matching.match_quotes` inside that import (per new quote). The
target: the 100,000 figure within 1.5x the 1,000 figure.

Run:  .venv/bin/python bench/bench_matching_db.py [--backends postgresql sqlite]
          [--sizes 1000 10000 100000] [--base 200] [--articles 30] [--json out.json]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_import import each_backend, save


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", nargs="+", default=["postgresql", "sqlite"])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--base", type=int, default=200, help="real imports copied to fill")
    parser.add_argument("--articles", type=int, default=30, help="new articles timed per size")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument(
        "--inprocess", action="store_true", help="no new databases: use the configured one"
    )
    args = parser.parse_args(argv)
    results = {"kind": "matching", "sizes": args.sizes, "backends": []}
    options = {"unit": "quotes", "name": "bench_factcheck_matching"}
    for backend, out in each_backend(args, results, **options):
        rows = out["rows"]
        for row in rows:
            print(
                f"{backend:<10} N={row['stored_quotes']:>8,} quotes  "
                f"{row['match_ms_per_quote']:8.1f} ms per new quote ({row['quotes']} quotes)  "
                f"{row.get('match_cpu_ms_per_quote', 0):6.1f} CPU ms "
                f"{row.get('match_queries_per_quote', 0):6.1f} queries "
                f"{row.get('match_comparisons_per_quote', 0):6.1f} comparisons per quote"
            )
        ratio = rows[-1]["match_ms_per_quote"] / rows[0]["match_ms_per_quote"]
        sizes = f"{rows[-1]['size']:,}/{rows[0]['size']:,}"
        print(f"{backend:<10} ratio {sizes} = {ratio:.2f} (target <= 1.5)")
    save(args.json, results)
    return results


if __name__ == "__main__":
    main()
