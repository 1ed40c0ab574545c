"""Instructions the extraction engine spends on a warm pass, counted by cachegrind.

Wall time on a shared 2-core machine measures the neighbours as much as the code, so a
speed change of a few percent is easier to see as a count of executed instructions,
which does not depend on load. The count of one pass includes start-up, imports and
filling the engine's caches; the count of two passes minus the count of one is what
one more, warm, pass over the same texts costs. Python's string hashing is fixed
(PYTHONHASHSEED=0) because a random seed moves the count by about 1%.

Needs valgrind (Debian's package); without it the bench says so and exits 0.

Run:  .venv/bin/python bench/extraction_instructions.py
          [--polnear ../shared/data/polnear-train.jsonl] [--limit 100] [--generated 500]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _texts(args) -> list[str]:
    if args.polnear:
        with open(args.polnear, encoding="utf-8") as handle:
            return [json.loads(line)["text"] for line in itertools.islice(handle, args.limit)]
    from bench.corpus import generate

    return [doc["text"] for doc in generate(args.generated, seed=7)]


def _passes(args, passes: int) -> None:
    """The measured program: extract every text `passes` times."""
    from quotes.extraction import extract

    texts = _texts(args)
    for _ in range(passes):
        for text in texts:
            extract(text)


def _count(argv: list[str], passes: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cachegrind.out"
        command = [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            f"--cachegrind-out-file={out}",
            sys.executable,
            __file__,
            *argv,
            "--run",
            str(passes),
        ]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run(command, check=True, env=env, capture_output=True)
        summary = re.search(r"^summary:\s+(\d+)", out.read_text(), re.MULTILINE)
        return int(summary.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", help="a PolNeAR JSONL file; without it, the generated corpus")
    parser.add_argument("--limit", type=int, default=100, help="PolNeAR articles (100)")
    parser.add_argument("--generated", type=int, default=500, help="generated articles (500)")
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)
    argv = sys.argv[1:] if argv is None else argv
    args = parser.parse_args(argv)
    if args.run:
        _passes(args, args.run)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind): nothing measured")
        return 0
    if args.polnear and not Path(args.polnear).exists():
        print(f"--polnear: {args.polnear} does not exist: nothing measured")
        return 0
    one, two = _count(argv, 1), _count(argv, 2)
    corpus = f"PolNeAR, first {args.limit}" if args.polnear else f"generated {args.generated}"
    print(
        f"{corpus}: warm pass {(two - one) / 1e6:,.1f}M instructions "
        f"(one pass with start-up {one / 1e6:,.1f}M)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
