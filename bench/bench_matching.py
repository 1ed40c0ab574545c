"""Benchmark: cost per new quote of the matching engine as the store grows.

Pure engine, no database: an in-memory inverted index (key -> unit ids, the
same shape as the database's (key, unit_id) table) holds N stored units, and
we time, per new quote: split_units + index_keys + candidate fetch (at most
CAP postings per key, most recent first) + exact scoring with `compare`.
The claim "cost per new quote does not grow with the database" holds if the
ratio of the 100k and 1k figures stays near 1 (target <= 1.5).

Texts are synthetic but shaped like news quotes: a Zipf-distributed vocabulary
(so some words and word pairs are very common, as "Turkey" and "S-400" are),
function words between content words, many speakers, and claims that come back
trimmed, reworded (inflections, dropped words) or as short partial quotes.

Run:  .venv/bin/python bench/bench_matching.py [--sizes 1000 10000 100000] [--queries 300]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections import defaultdict
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.matching import AUTOMATIC, compare, index_keys, split_units
from quotes.matching.index import KEY_POSTINGS_CAP
from quotes.matching.scoring import features

SEED = 1234
CAP = KEY_POSTINGS_CAP  # postings read per key, most recent first
VOCABULARY = 12_000
CLAIMS = 20_000
FUNCTION_WORDS = (
    "the", "of", "and", "to", "a", "in", "that", "is", "we", "will", "our", "this", "on", "for",
)  # fmt: skip
SYLLABLES = (
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "ba", "de", "fi", "gu", "ho", "ja",
    "ku", "le", "mo", "ni", "pa", "re",
)  # fmt: skip
SUFFIXES = ("", "", "", "s", "ing", "ed", "ment")


class QuoteGenerator:
    """Seeded source of quote texts: novel lines, repeats of claims, partial quotes."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.words = self._vocabulary()
        self.cum_weights = list(accumulate(1 / (rank + 10) for rank in range(len(self.words))))
        self.claims = [self._sentence() for _ in range(CLAIMS)]
        self.claim_cum_weights = list(accumulate(1 / (r + 1) ** 0.8 for r in range(CLAIMS)))

    def _vocabulary(self) -> list[str]:
        """Distinct pseudo-words of 2-4 syllables."""
        words: set[str] = set()
        while len(words) < VOCABULARY:
            words.add("".join(self.rng.choices(SYLLABLES, k=self.rng.randint(2, 4))))
        return sorted(words)

    def _sentence(self) -> list[str]:
        """8-18 Zipf-drawn content words with function words in between."""
        size = self.rng.randint(8, 18)
        content = self.rng.choices(self.words, cum_weights=self.cum_weights, k=size)
        out = []
        for word in content:
            if self.rng.random() < 0.4:
                out.append(self.rng.choice(FUNCTION_WORDS))
            out.append(word)
        return out

    def _reworded(self, claim: list[str]) -> list[str]:
        """Trim the ends, drop and inflect a few words: how outlets and repeats differ."""
        cut = len(claim) // 4
        start, end = self.rng.randint(0, cut), len(claim) - self.rng.randint(0, cut)
        out = []
        for word in claim[start:end]:
            if self.rng.random() < 0.08:
                continue
            suffix = self.rng.choice(SUFFIXES) if word not in FUNCTION_WORDS else ""
            out.append(word + suffix)
        return out

    def quote(self) -> str:
        """One quote text: 55% novel, 35% a reworded claim, 10% a partial quote."""
        roll = self.rng.random()
        if roll < 0.55:
            words = self._sentence()
        else:
            claim = self.rng.choices(self.claims, cum_weights=self.claim_cum_weights)[0]
            if roll < 0.90:
                words = self._reworded(claim)
            else:
                at = self.rng.randrange(len(claim) - 3)
                words = claim[at : at + 3]
        return " ".join(words).capitalize() + "."


class InvertedIndex:
    """key -> unit ids (append-only) and unit id -> text, like the database tables."""

    def __init__(self, cap: int = CAP) -> None:
        self.cap = cap
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.texts: list[str] = []

    def store(self, text: str) -> None:
        """Store every unit of a quote under its keys (no matching: bulk load)."""
        for unit in split_units(text):
            unit_id = len(self.texts)
            self.texts.append(unit.text)
            for key in index_keys(unit.text):
                self.postings[key].append(unit_id)

    def match(self, text: str) -> tuple[int, int]:
        """Match a new quote's units; return (candidates scored, automatic links)."""
        scored = links = 0
        for unit in split_units(text):
            candidates: set[int] = set()
            for key in index_keys(unit.text):
                candidates.update(self.postings.get(key, ())[-self.cap :])
            for other in candidates:
                link = compare(unit.text, self.texts[other])
                scored += 1
                links += link is not None and link.decision == AUTOMATIC
        return scored, links


def build(size: int, cap: int = CAP) -> InvertedIndex:
    """An index holding `size` generated quotes."""
    generator, index = QuoteGenerator(SEED), InvertedIndex(cap)
    for _ in range(size):
        index.store(generator.quote())
    return index


def _run(index: InvertedIndex, texts: list[str]) -> tuple[float, int, int]:
    """Match every text once; (seconds, candidates scored, automatic links)."""
    scored = links = 0
    started = time.perf_counter()
    for text in texts:
        s, n = index.match(text)
        scored, links = scored + s, links + n
    return time.perf_counter() - started, scored, links


def new_quotes(queries: int) -> list[str]:
    """Quotes to match: fresh lines and repeats of the stored claims, another seed."""
    generator = QuoteGenerator(SEED + 1)
    generator.claims = QuoteGenerator(SEED).claims
    return [generator.quote() for _ in range(queries)]


def measure(indexes: dict[int, InvertedIndex], texts: list[str], rounds: int) -> dict:
    """Per-quote cost for every index, cold and warm, rounds interleaved across sizes.

    Cold: every candidate's text is tokenized again (the database returns text only).
    Warm: candidates' features are cached, as in a long-running import worker.
    Sizes are timed in alternation and the minimum kept, so a noisy machine
    slows all sizes alike instead of skewing the ratio.
    """
    gc.collect()
    gc.freeze()  # the stored index lives in the database, not on the Python heap: keep the
    # collector from rescanning millions of posting lists, a cost that grows with N here only
    results = {size: {"cold_ms": float("inf"), "warm_ms": float("inf")} for size in indexes}
    for _ in range(rounds):
        for size, index in indexes.items():
            features.cache_clear()
            cold, scored, links = _run(index, texts)
            warm = _run(index, texts)[0]
            r = results[size]
            r["cold_ms"] = min(r["cold_ms"], 1000 * cold / len(texts))
            r["warm_ms"] = min(r["warm_ms"], 1000 * warm / len(texts))
            r["candidates"], r["links"] = scored / len(texts), links / len(texts)
    return results


def main(argv: list[str] | None = None) -> None:
    """Print the per-quote cost for each store size and the largest/smallest ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--cap", type=int, default=CAP, help="postings read per key")
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds (minimum kept)")
    args = parser.parse_args(argv)
    indexes = {}
    for size in args.sizes:
        started = time.perf_counter()
        indexes[size] = build(size, args.cap)
        print(f"built N={size:,} in {time.perf_counter() - started:.1f}s", flush=True)
    results = measure(indexes, new_quotes(args.queries), args.rounds)
    for size, r in results.items():
        print(
            f"N={size:>7,} keys={len(indexes[size].postings):>9,}  "
            f"cold {r['cold_ms']:.3f} / warm {r['warm_ms']:.3f} ms/quote  "
            f"{r['candidates']:.1f} candidates/quote  {r['links']:.2f} automatic links/quote"
        )
    small, large = min(results), max(results)
    for kind in ("cold_ms", "warm_ms"):
        ratio = results[large][kind] / results[small][kind]
        print(f"{kind[:4]} ratio {large:,}/{small:,} = {ratio:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
