"""`manage.py evaluate_matching ARTICLES.jsonl [--judgments FILE] [--dump FILE] [--limit N]`.

Imports the articles into a scratch database (a test database beside the
configured one, dropped afterwards, so nothing a user stored is touched),
then scores every cross-source link against the judged pairs: precision per
method and per relation, precision of suggestions, recall of the judged true
pairs and the largest number of cross-source partners of one quote.

`--dump` writes the pairs no judgment covers yet (every automatic link, a
sample of suggestions and of near-misses) with their text, for reading. The
dump holds article text: keep it out of the repository.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from quotes.evaluation import matching as evaluation
from quotes.evaluation.judgments import SUGGESTED, format_report, read_judgments
from quotes.management.commands.evaluate_extraction import read_articles

DEFAULT_JUDGMENTS = Path(__file__).resolve().parents[3] / "bench/judgments/matching.jsonl"


class Command(BaseCommand):
    help = "Import articles into a scratch database and score the claim matcher on judged pairs."

    def add_arguments(self, parser):
        parser.add_argument("articles", help="articles JSONL path (PolNeAR format)")
        parser.add_argument("--judgments", default=str(DEFAULT_JUDGMENTS), help="judged pairs")
        parser.add_argument("--limit", type=int, default=None, help="import only the first N")
        parser.add_argument("--dump", default=None, help="write unjudged pairs here, with text")
        parser.add_argument(
            "--missed", default=None, help="write judged true pairs not linked here, with text"
        )
        parser.add_argument("--sample", type=int, default=60, help="suggestions/near-misses dumped")
        parser.add_argument("--seed", type=int, default=17, help="seed of the samples")
        parser.add_argument(
            "--first",
            type=int,
            default=None,
            help="also give same-utterance recall on the first N judged pairs (those judged "
            "before a later round's rules, which judged what the rules then linked)",
        )

    def handle(self, *args, **options):
        try:
            judged = read_judgments(options["judgments"])
        except OSError as error:
            raise CommandError(f"{options['judgments']}: {error.strerror}") from None
        except ValueError as error:
            raise CommandError(str(error)) from None
        articles = list(read_articles(options["articles"]))[: options["limit"]]
        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            self._evaluate(articles, judged, options)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)

    def _evaluate(self, articles, judged, options):
        total = len(articles)
        progress = lambda n: n % 100 == 0 and sys.stderr.write(f"imported {n}/{total}\n")  # noqa: E731
        run = evaluation.evaluate(articles, judged, progress=progress)
        self.stdout.write(f"{total} articles, {len(run.quotes)} quotes, {len(judged)} judged pairs")
        self.stdout.write(format_report(run.figures))
        if options["first"]:
            found, wanted = evaluation.recall_on_first(run, judged, options["first"])
            share = found / wanted if wanted else 0.0
            self.stdout.write(
                f"same_utterance recall on the first {options['first']} judged pairs: "
                f"{found}/{wanted} = {share:.3f}"
            )
        if options["missed"]:
            with open(options["missed"], "w", encoding="utf-8") as handle:
                for outcome, sides in evaluation.missed_true_pairs(run, judged):
                    handle.write(evaluation.dump_line(outcome, sides) + "\n")
        if options["dump"]:
            linked = evaluation.automatic_keys(run.pairs)
            self._dump(options, run.quotes, run.pairs, linked, judged)

    def _dump(self, options, quotes, pairs, linked, judged):
        sample, seed = options["sample"], options["seed"]
        auto = [p for p in pairs if p[0].decision != SUGGESTED]
        suggested = [p for p in pairs if p[0].decision == SUGGESTED]
        suggested = sorted(suggested, key=lambda p: p[0].key)
        random.Random(seed).shuffle(suggested)
        misses = evaluation.near_misses(quotes, linked, sample=sample, seed=seed)
        chosen = auto + suggested[:sample] + misses
        with open(options["dump"], "w", encoding="utf-8") as handle:
            for outcome, sides in chosen:
                if outcome.key not in judged:
                    handle.write(evaluation.dump_line(outcome, sides) + "\n")
