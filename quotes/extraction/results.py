"""From drafts to the frozen value objects an extraction returns.

Attribution drafts every quotation (see `attribution.Draft`); this module
keeps them in text order without overlaps, numbers the quote groups, credits
a clipped organisation name to the organisation named in full, dates each
quote and lists the article's speakers.
"""

from __future__ import annotations

from datetime import date

from .attribution import Draft
from .budget import Budget
from .dates import DateFinder
from .entities.registry import Entity, kind_of
from .names import clipped_name, name_tokens
from .text import Reading
from .types import (
    ORGANISATION,
    ArticleSpeaker,
    ExtractedQuote,
    Extraction,
    SourceMetadata,
    Span,
)


def build_extraction(
    text: str,
    reading: Reading,
    drafts: list[Draft],
    metadata: SourceMetadata,
    published_on: date | None,
    budget: Budget,
) -> Extraction:
    """The `Extraction` of an article from its reading and the drafts attribution made."""
    published = published_on or metadata.published_on
    drafts = _without_overlaps(drafts)
    groups = _number_groups(drafts)
    _unclip_organisations(drafts)
    speakers = _speakers(drafts)
    year = metadata.year
    dates = DateFinder(reading.masked)
    quotes = []
    for draft, group in zip(drafts, groups, strict=True):
        quotes.append(_quote(text, dates, draft, group, published, year))
        if len(quotes) % 256 == 0:
            budget.check("quotes")
    return Extraction(tuple(quotes), speakers, metadata, tuple(reading.boilerplate))


def _without_overlaps(drafts: list[Draft]) -> list[Draft]:
    """Keep drafts in text order, dropping any that overlaps one already kept."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
        if kept and draft.start < kept[-1].end:
            continue
        kept.append(draft)
    return kept


def _unclip_organisations(drafts: list[Draft]) -> None:
    """Credit a clipped organisation name to the organisation its article names in full.

    A story that has named "the State Department" goes on with "State now says
    ..." or headlines "State calls ...": the clipped name is the same body,
    not another speaker. When another quote of the article is credited to the
    full name (the name plus a head such as Department, Committee or Party;
    see `names.clipped_name`), the clipped one is credited to it too.
    """
    by_clipped: dict[tuple[str, ...], dict[int, Entity]] = {}
    for draft in drafts:
        entity = draft.source.entity if draft.source is not None else None
        if entity is None or entity.kind != ORGANISATION:
            continue
        if clipped := clipped_name(entity.name):
            by_clipped.setdefault(clipped, {})[id(entity)] = entity
    if not by_clipped:
        return
    for draft in drafts:
        entity = draft.source.entity if draft.source is not None else None
        if entity is None or entity.kind != ORGANISATION or not entity.name[:1].isupper():
            continue
        full = by_clipped.get(name_tokens(entity.name), {})
        if len(full) == 1:  # two bodies the name may stand for: neither is known
            draft.source.entity = next(iter(full.values()))


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
            rule=draft.rule,
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
        rule=draft.rule,
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
