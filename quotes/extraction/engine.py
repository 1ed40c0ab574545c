"""The `extract` pipeline: layout, marks, attribution, then value objects.

Each stage lives in its own module; this one only wires them together and
converts drafts into the frozen types of `types.py`, numbering quote groups
and listing the article's speakers.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from datetime import date

from .attribution import Attributor, Draft
from .boilerplate import find_boilerplate
from .budget import Budget
from .coref import Resolver
from .dates import DateFinder
from .layout import BODY, BOILERPLATE, CAPTION, SUBHEADING, classify_lines, mask, split_sentences
from .marks import scan_quotes
from .metadata import infer_metadata
from .speakers import Entity, Registry, kind_of
from .types import ArticleSpeaker, ExtractedQuote, Extraction, Span


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
    published = published_on or metadata.published_on
    boilerplate = find_boilerplate(text)
    lines = classify_lines(text, boilerplate)
    budget.check("layout")
    blocked = [(line.start, line.end) for line in lines if line.kind == BOILERPLATE]
    runs = [r for r in scan_quotes(text, budget) if not _inside(blocked, r.start)]
    masked = mask(text, runs)
    sentences = split_sentences(masked, lines)
    budget.check("sentences")
    registry = Registry()
    outside = [(line.start, line.end) for line in lines if line.kind not in NAME_LINES]
    registry.scan_outside(text, outside, budget=budget)
    attributor = Attributor(text, masked, Resolver(text, registry), budget)
    drafts = _without_overlaps(attributor.attribute(sentences, runs))
    groups = _number_groups(drafts)
    year = metadata.year
    dates = DateFinder(masked)
    quotes = []
    for draft, group in zip(drafts, groups, strict=True):
        quotes.append(_quote(text, dates, draft, group, published, year))
        if len(quotes) % 256 == 0:
            budget.check("quotes")
    return Extraction(tuple(quotes), _speakers(drafts), metadata, tuple(boilerplate))


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Is `at` inside one of the sorted, disjoint spans?"""
    index = bisect_right(spans, (at, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]


NAME_LINES = (BODY, CAPTION, SUBHEADING)


def _without_overlaps(drafts: list[Draft]) -> list[Draft]:
    """Keep drafts in text order, dropping any that overlaps one already kept."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
        if kept and draft.start < kept[-1].end:
            continue
        kept.append(draft)
    return kept


def _number_groups(drafts: list[Draft]) -> list[int]:
    """Group ids from 1 in reading order; a shared cue or a paragraph chain joins pieces."""
    parent: dict[object, object] = {}

    def find(key: object) -> object:
        root = key
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while key != root:  # point the path at its root: a long chain is walked once
            parent[key], key = root, parent[key]
        return root

    for draft in drafts:
        if draft.chain:
            parent[find(("chain", draft.chain))] = find(draft.group_key)
    numbers: dict[object, int] = {}
    result = []
    for draft in drafts:
        root = find(draft.group_key)
        numbers.setdefault(root, len(numbers) + 1)
        result.append(numbers[root])
    return result


def _quote(text, dates: DateFinder, draft: Draft, group: int, published, year) -> ExtractedQuote:
    source = draft.source
    if source is None:
        return ExtractedQuote(
            text[draft.start : draft.end],
            draft.start,
            draft.end,
            draft.kind,
            confidence=draft.confidence,
            group=group,
        )
    cue, mention, entity = source.cue, source.mention, source.entity
    sentence = source.sentence
    said = dates.said_on(
        min(cue.start, mention.start), sentence.end, sentence.start, published, year
    )
    return ExtractedQuote(
        text=text[draft.start : draft.end],
        start=draft.start,
        end=draft.end,
        kind=draft.kind,
        cue=text[cue.start : cue.end],
        cue_span=Span(text[cue.start : cue.end], cue.start, cue.end),
        speaker=entity.name if entity is not None else None,
        speaker_kind=kind_of(entity),
        speaker_mention=Span(text[mention.start : mention.end], mention.start, mention.end),
        confidence=draft.confidence if entity is not None else min(draft.confidence, 0.4),
        said_on=said,
        group=group,
    )


def _speakers(drafts: list[Draft]) -> tuple[ArticleSpeaker, ...]:
    """Each entity that speaks, in order of its first quote."""
    seen: dict[int, Entity] = {}
    for draft in drafts:
        if draft.source is not None and draft.source.entity is not None:
            seen.setdefault(id(draft.source.entity), draft.source.entity)
    speakers = []
    for entity in seen.values():
        aliases = tuple(dict.fromkeys(a for a in entity.aliases if a != entity.name))
        description = entity.descriptions[0] if entity.descriptions else ""
        speakers.append(ArticleSpeaker(entity.name, kind_of(entity), description, aliases))
    return tuple(speakers)
