"""`manage.py evaluate_extraction GOLD.jsonl [--errors] [--limit N] [--split dev|heldout]`.

Scores the engine against gold annotations in the PolNeAR JSON Lines format
(see quotes/evaluation/extraction.py for the measures) and prints a table.
`--split dev` scores every fifth article (by a stable hash of its id), the
part meant for reading errors while tuning; `--split heldout` scores the rest.
`--split sealed` scores the never-read fifth, `--split open` the rest, and
`--canonical JUDGED.jsonl` adds canonical speaker accuracy per part, and per
later judging batch ("open b2"); `--batch N` keeps only batch N's cases
(see quotes/evaluation/canonical.py). `--errors` is refused with `--split
sealed`; read errors with `--split open` only.
The scoring is pure; this command only parses arguments and prints.
"""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from quotes.evaluation import canonical  # issue #21: the sealed part, canonical speakers
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


def _judged(path: str, batch: int | None = None) -> list:
    """Judged canonical speaker cases (issue #21), of one batch if given; bad paths are errors."""
    try:
        cases = canonical.read_cases(path)
    except (OSError, ValueError, KeyError) as error:
        raise CommandError(f"{path}: {error}") from None
    return [case for case in cases if batch is None or case.batch == batch]


class Command(BaseCommand):
    help = "Score quote extraction against a gold JSONL file (PolNeAR format)."

    def add_arguments(self, parser):
        parser.add_argument("gold", help="gold JSONL path")
        parser.add_argument("--errors", action="store_true", help="list misses and wrong speakers")
        parser.add_argument("--limit", type=int, default=None, help="score only the first N")
        parser.add_argument(
            "--split",
            choices=(*SPLITS, *canonical.PARTS),
            default=None,
            help="dev (every fifth article) or heldout; sealed (never read) or open",
        )
        parser.add_argument("--canonical", help="judged canonical speakers JSONL")  # issue #21
        parser.add_argument(
            "--batch", type=int, default=None, help="score only this batch of judged cases"
        )

    def handle(self, *args, **options):
        articles, extractor, split = read_articles(options["gold"]), extract, options["split"]
        if split == canonical.SEALED and options["errors"]:  # issue #21: never list them
            raise CommandError("the sealed part's errors are not listed; use --split open")
        if split in canonical.PARTS:  # issue #21: the sealed part and its complement
            articles, split = canonical.part_articles(articles, split), None
        if options["canonical"]:  # issue #21: score judged cases from the same extractions
            cases = _judged(options["canonical"], options["batch"])
            extractor = canonical.Recorder(cases, extract)
            articles = extractor.articles(articles)
        counts = evaluate(
            articles,
            extractor,
            errors=options["errors"],
            limit=options["limit"],
            split=split,
        )
        if options["errors"]:
            for line in counts.errors:
                self.stdout.write(line)
        self.stdout.write(format_table(counts))
        if options["canonical"]:  # issue #21
            self.stdout.write(canonical.format_tallies(canonical.tally(extractor.outcomes)))
