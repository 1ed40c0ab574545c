"""`manage.py extract_quotes IN.jsonl -o OUT.jsonl`: run the engine over JSON Lines.

Each input line is {"id", "text", ...}; each output line is {"id", "quotes": [...]}.
`-` reads stdin / writes stdout. A bad line is reported on stderr with its file
and line number and skipped; the exit status is non-zero if any line failed.
No database is touched.
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack

from django.core.management.base import BaseCommand, CommandError

from quotes.extraction import extract
from quotes.extraction.types import ExtractedQuote


def quote_record(quote: ExtractedQuote) -> dict:
    """The stable JSON shape of one quote."""
    mention = quote.speaker_mention
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "speaker_mention": (
            {"text": mention.text, "start": mention.start, "end": mention.end} if mention else None
        ),
        "cue": quote.cue,
        "confidence": quote.confidence,
        "rule": quote.rule,
    }


def process_line(line: str) -> dict:
    """Extract quotes for one JSON line; raises ValueError with a short reason."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"invalid JSON ({error.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError('expected an object with a string "text"')
    quotes = extract(record["text"]).quotes
    return {"id": record.get("id"), "quotes": [quote_record(q) for q in quotes]}


class Command(BaseCommand):
    help = "Extract quotes from JSON Lines articles ({id, text}) into JSON Lines."

    def add_arguments(self, parser):
        parser.add_argument("input", help="input JSONL path, or - for stdin")
        parser.add_argument("-o", "--output", default="-", help="output JSONL path, or -")

    def handle(self, *args, **options):
        name = options["input"]
        failures = 0
        with ExitStack() as stack:
            source = sys.stdin if name == "-" else stack.enter_context(_open(name, "r"))
            target = (
                self.stdout
                if options["output"] == "-"
                else stack.enter_context(_open(options["output"], "w"))
            )
            for number, line in enumerate(source, start=1):
                if not line.strip():
                    continue
                try:
                    result = process_line(line)
                except ValueError as error:
                    failures += 1
                    self.stderr.write(f"{name}:{number}: {error}")
                    continue
                target.write(json.dumps(result, ensure_ascii=False) + "\n")
        if failures:
            raise CommandError(f"{failures} line(s) failed", returncode=1)


def _open(path: str, mode: str):
    try:
        return open(path, mode, encoding="utf-8")
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror}") from None
