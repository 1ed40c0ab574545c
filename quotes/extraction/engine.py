"""The `extract` pipeline: text, entities, attribution, then value objects.

`metadata.infer_metadata` reads what the article says about itself (title,
publisher, date);
`text.read_text` gives the lines, quotation runs, masked text and sentences;
`entities.find_entities` registers the names of the story's lines and gives
a resolver for speaker mentions; `attribution.attribute` drafts each
quotation with its cue, speaker and rule (it reads cues with `cues/` and
phrases with `phrases/`); `dates.said_dates` dates each draft, from the
publication date the caller gives or the article states; and
`results.build_extraction` turns the drafts into the frozen types of
`types.py`. This module only wires the stages together,
each called once and in that order.
"""

from __future__ import annotations

import gc
from datetime import date

from .attribution import attribute
from .budget import Budget
from .dates import said_dates
from .entities import find_entities
from .metadata import infer_metadata
from .results import build_extraction
from .text import read_text
from .types import Extraction


def extract(
    text: str, *, published_on: date | None = None, seconds: float | None = None
) -> Extraction:
    """Find every quotation in a news article with its speaker, cue and date.

    With `seconds`, raise `ExtractionTimeout` once the calling thread has spent
    that much CPU time on the article: a last guard for an import, checked
    between the engine's steps (see `budget.py`).

    The cyclic garbage collector is paused while one article is processed: the
    engine allocates hundreds of thousands of short-lived tokens per megabyte,
    and collections triggered by them would only scan live objects. An
    extraction leaves no reference cycles (a test checks it), so everything it
    allocated is freed by reference counting as soon as the result is built.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _extract(text, published_on, Budget(seconds))
    finally:
        if paused:
            gc.enable()


def _extract(text: str, published_on: date | None, budget: Budget) -> Extraction:
    metadata = infer_metadata(text)
    reading = read_text(text, budget)
    resolver = find_entities(text, reading.lines, budget)
    drafts = attribute(text, reading, resolver, budget)
    published = published_on or metadata.published_on
    said = said_dates(reading.masked, drafts, published, metadata.year)
    return build_extraction(text, reading, drafts, said, metadata, budget)
