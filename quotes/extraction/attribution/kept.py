"""The stage's last pass: which drafts it keeps, and whom a clipped name credits.

Both run once the attributor has drafted every quotation, since each needs
all the drafts: an overlap is between two of them, and a clipped organisation
name ("State") is credited by what the article's other quotes name in full.
They end the stage so that dating and building the results read drafts that
are final.
"""

from __future__ import annotations

from ..entities.registry import Entity
from ..names import clipped_name, name_tokens
from ..types import ORGANISATION
from .drafts import Draft


def without_overlaps(drafts: list[Draft]) -> list[Draft]:
    """Keep drafts in text order, dropping any that overlaps one already kept."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
        if kept and draft.start < kept[-1].end:
            continue
        kept.append(draft)
    return kept


def unclip_organisations(drafts: list[Draft]) -> list[Draft]:
    """Credit a clipped organisation name to the organisation its article names in full.

    A story that has named "the State Department" goes on with "State now says
    ..." or headlines "State calls ...": the clipped name is the same body,
    not another speaker. When another quote of the article is credited to the
    full name (the name plus a head such as Department, Committee or Party;
    see `names.clipped_name`), the clipped one is credited to it too. Returns
    the same drafts, some credited anew.
    """
    by_clipped: dict[tuple[str, ...], dict[int, Entity]] = {}
    for draft in drafts:
        entity = draft.source.entity if draft.source is not None else None
        if entity is None or entity.kind != ORGANISATION:
            continue
        if clipped := clipped_name(entity.name):
            by_clipped.setdefault(clipped, {})[id(entity)] = entity
    if not by_clipped:
        return drafts
    for draft in drafts:
        entity = draft.source.entity if draft.source is not None else None
        if entity is None or entity.kind != ORGANISATION or not entity.name[:1].isupper():
            continue
        full = by_clipped.get(name_tokens(entity.name), {})
        if len(full) == 1:  # two bodies the name may stand for: neither is known
            draft.source.entity = next(iter(full.values()))
    return drafts
