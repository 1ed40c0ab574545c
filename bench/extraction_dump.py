"""Dump everything the extraction engine returns, one JSON line per article.

Why: a restructure of `quotes/extraction/` (moving code between modules,
changing how stages hand data on) must change no output. Two dumps, one made
before the move and one after, are compared with `cmp`; any difference in any
field of any quote, speaker, metadata or boilerplate span shows up as a byte
that differs. Keys are sorted and floats written by `repr`, so the same
extraction always gives the same bytes.

Usage:
    python bench/extraction_dump.py [OUT.jsonl] [--polnear PATH] [--seeds DIR]
        [--generated N --seed S]

Articles are every line of the PolNeAR train file (when it exists) and every
`*.txt` in seeds/, in that order, then, with `--generated N`, the N articles
of bench/corpus.py for `--seed` (the quote-dense corpus the speed bench uses,
each with its own publication date). Each PolNeAR article is extracted with its
annotated publication date, so the date stage runs as it does on an import.
The output holds extracted text, so it is written under var/ (not tracked) by
default and must never be committed.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.extraction import extract  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "data" / "polnear-train.jsonl"
DEFAULT_OUT = ROOT / "var" / "extraction-dump.jsonl"


def articles(polnear: Path, seeds: Path):
    """(id, text, published_on) for each PolNeAR train article, then each seed file."""
    if not polnear.exists():
        print(f"note: {polnear} not found, dumping the seeds only", file=sys.stderr)
    else:
        with polnear.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    yield record["id"], record["text"], _date(record.get("meta", {}).get("date"))
    for path in sorted(seeds.glob("*.txt")):
        yield f"seeds/{path.name}", path.read_text(encoding="utf-8"), None


def generated(count: int, seed: int):
    """(id, text, published_on) for each article of the seeded generated corpus."""
    from bench.corpus import generate

    for doc in generate(count, seed=seed):
        yield doc["id"], doc["text"], _date(doc["published_on"])


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _plain(value):
    """JSON-ready form of the engine's frozen dataclasses, dates and tuples."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)  # exact: a rounding change must not hide
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(DEFAULT_OUT))
    parser.add_argument("--polnear", default=str(POLNEAR))
    parser.add_argument("--seeds", default=str(ROOT / "seeds"))
    parser.add_argument("--generated", type=int, default=0, help="generated articles to add")
    parser.add_argument("--seed", type=int, default=11, help="seed of the generated corpus")
    options = parser.parse_args(argv)
    out = Path(options.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    count = quotes = 0
    with out.open("w", encoding="utf-8") as handle:
        sources = itertools.chain(
            articles(Path(options.polnear), Path(options.seeds)),
            generated(options.generated, options.seed),
        )
        for ident, text, published in sources:
            extraction = extract(text, published_on=published)
            record = {"id": ident, "extraction": _plain(extraction)}
            handle.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
            count += 1
            quotes += len(extraction.quotes)
    print(f"{count} articles, {quotes} quotes -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
