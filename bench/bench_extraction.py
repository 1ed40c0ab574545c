"""Throughput of the quote extraction engine, in MB/s and documents/s on one core.

Usage:
    python bench/bench_extraction.py [ARTICLES.jsonl] [--repeat N]

Without a path it runs over the seed articles in seeds/*.txt. A JSONL file
needs a "text" field per line (other fields are ignored). The size is
counted in UTF-8 bytes of the texts. It also checks that time grows at most
linearly: it times the largest text and the same text doubled.

On a shared machine wall time mostly measures the neighbours, so it also
prints the throughput per CPU second of this process and the one-minute load
average; compare runs by the CPU figure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.extraction import extract  # noqa: E402


def load_texts(path: str | None) -> list[str]:
    """Texts of a JSONL file, or of the seed articles when no path is given."""
    if path is None:
        return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def run(texts: list[str], repeat: int, clock=time.perf_counter) -> tuple[float, int]:
    """Seconds (by `clock`) for `repeat` passes over the texts, and the bytes processed."""
    started = clock()
    for _ in range(repeat):
        for text in texts:
            extract(text)
    elapsed = clock() - started
    return elapsed, repeat * sum(len(t.encode("utf-8")) for t in texts)


def scaling(texts: list[str]) -> float:
    """Time ratio of extracting the longest text doubled versus once (about 2 is linear)."""
    longest = max(texts, key=len)
    once, _ = run([longest], 3, time.process_time)
    twice, _ = run([longest + "\n\n" + longest], 3, time.process_time)
    return twice / once if once else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", help="JSONL file with a 'text' field per line")
    parser.add_argument("--repeat", type=int, default=None, help="passes over the texts")
    args = parser.parse_args()
    texts = load_texts(args.path)
    repeat = args.repeat or (20 if args.path is None else 1)
    extract(texts[0])  # warm caches and compiled patterns
    cpu_started, wall_started = time.process_time(), time.perf_counter()
    _, size = run(texts, repeat)
    elapsed = time.perf_counter() - wall_started
    cpu = time.process_time() - cpu_started
    docs = repeat * len(texts)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{docs} docs, {size / 1e6:.2f} MB in {elapsed:.2f} s wall, {cpu:.2f} s CPU")
    print(f"{size / 1e6 / elapsed:.2f} MB/s, {docs / elapsed:.1f} docs/s (wall)")
    print(f"{size / 1e6 / cpu:.2f} MB/s, {docs / cpu:.1f} docs/s (per CPU second)")
    print(f"load average {load:.2f} on {os.cpu_count()} CPUs")
    print(f"doubling the longest text multiplies time by {scaling(texts):.2f} (2.0 = linear)")


if __name__ == "__main__":
    main()
