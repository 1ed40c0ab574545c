"""From drafts to the frozen value objects an extraction returns.

Attribution drafts every quotation (see `attribution.Draft`) and keeps them
in text order without overlaps; `dates.said_dates` dates each. This module,
the last stage, numbers the quote groups, turns each draft and its date into
an `ExtractedQuote` and lists the article's speakers.
"""

from __future__ import annotations

from datetime import date

from .attribution.drafts import Draft
from .budget import Budget
from .entities.registry import Entity, kind_of
from .text import Reading
from .types import (
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
    said: list[date | None],
    metadata: SourceMetadata,
    budget: Budget,
) -> Extraction:
    """The `Extraction` of an article from the drafts attribution kept and their dates."""
    groups = _number_groups(drafts)
    speakers = _speakers(drafts)
    quotes = []
    for count, (draft, group, said_on) in enumerate(zip(drafts, groups, said, strict=True), 1):
        quotes.append(_quote(text, draft, group, said_on))
        if count % 256 == 0:
            budget.check("quotes")
    return Extraction(tuple(quotes), speakers, metadata, tuple(reading.boilerplate))


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


def _quote(text, draft: Draft, group: int, said: date | None) -> ExtractedQuote:
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
