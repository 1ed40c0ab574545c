"""The `extract` pipeline: layout, marks, attribution, then value objects.

Each stage lives in its own module; this one only wires them together and
converts drafts into the frozen types of `types.py`, numbering quote groups
and listing the article's speakers.
"""

from __future__ import annotations

import gc
from datetime import date

from .attribution import Attributor, Draft
from .boilerplate import find_boilerplate
from .coref import Resolver
from .dates import said_on
from .layout import BODY, BOILERPLATE, CAPTION, SUBHEADING, classify_lines, mask, split_sentences
from .marks import scan_quotes
from .metadata import infer_metadata
from .speakers import Entity, Registry, kind_of
from .types import ArticleSpeaker, ExtractedQuote, Extraction, Span


def extract(text: str, *, published_on: date | None = None) -> Extraction:
    """Find every quotation in a news article with its speaker, cue and date.

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
        return _extract(text, published_on)
    finally:
        if paused:
            gc.enable()


def _extract(text: str, published_on: date | None) -> Extraction:
    metadata = infer_metadata(text)
    published = published_on or metadata.published_on
    boilerplate = find_boilerplate(text)
    lines = classify_lines(text, boilerplate)
    blocked = [(line.start, line.end) for line in lines if line.kind == BOILERPLATE]
    runs = [r for r in scan_quotes(text) if not any(s <= r.start < e for s, e in blocked)]
    masked = mask(text, runs)
    sentences = split_sentences(masked, lines)
    registry = Registry()
    registry.scan_outside(
        text, [(line.start, line.end) for line in lines if line.kind not in NAME_LINES]
    )
    drafts = Attributor(text, masked, Resolver(text, registry)).attribute(sentences, runs)
    drafts = _without_overlaps(drafts)
    groups = _number_groups(drafts)
    year = metadata.year
    quotes = tuple(
        _quote(text, masked, d, g, published, year) for d, g in zip(drafts, groups, strict=True)
    )
    return Extraction(quotes, _speakers(drafts), metadata, tuple(boilerplate))


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
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

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


def _quote(text, masked, draft: Draft, group: int, published, year) -> ExtractedQuote:
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
    window = masked[min(cue.start, mention.start) : source.sentence.end]
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
        said_on=said_on(window, published, year),
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
