"""`manage.py evaluate_extraction GOLD.jsonl [--errors] [--limit N] [--split dev|heldout]`.

Scores the engine against gold annotations in the PolNeAR JSON Lines format
(see quotes/evaluation/extraction.py for the measures) and prints a table.
`--split dev` scores every fifth article (by a stable hash of its id), the
part meant for reading errors while tuning; `--split heldout` scores the rest.
The scoring is pure; this command only parses arguments and prints.
"""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from quotes.evaluation.extraction import SPLITS, evaluate, format_table
from quotes.extraction import extract


def read_articles(path: str):
    """Articles of a JSONL file, one per non-empty line."""
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as error:
                        raise CommandError(f"{path}:{number}: invalid JSON ({error.msg})") from None
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror}") from None


class Command(BaseCommand):
    help = "Score quote extraction against a gold JSONL file (PolNeAR format)."

    def add_arguments(self, parser):
        parser.add_argument("gold", help="gold JSONL path")
        parser.add_argument("--errors", action="store_true", help="list misses and wrong speakers")
        parser.add_argument("--limit", type=int, default=None, help="score only the first N")
        parser.add_argument(
            "--split", choices=SPLITS, default=None, help="dev (every fifth article) or heldout"
        )

    def handle(self, *args, **options):
        counts = evaluate(
            read_articles(options["gold"]),
            extract,
            errors=options["errors"],
            limit=options["limit"],
            split=options["split"],
        )
        if options["errors"]:
            for line in counts.errors:
                self.stdout.write(line)
        self.stdout.write(format_table(counts))
