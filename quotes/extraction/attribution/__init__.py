"""The attribution stage: a cue and a speaker for every quotation.

Input: the article's text, its reading by the text stage (sentences, quotation
runs, masked text), a resolver for speaker mentions (the entities stage) and
the CPU budget. Output: `Draft`s in text order, none overlapping another, one per quotation
worth reporting (and per reported clause), each with its attribution, its confidence and the name of
the rule that chose it (`rules.py`).

What the stage has read so far is its `AttributionHistory` (`history.py`); it
hands that history to the resolver with every mention, so coreference reads
it as an argument and nothing is plugged into the resolver.
"""

from __future__ import annotations

from ..budget import Budget
from ..cues.hits import cue_positions
from ..cues.tails import join_attribution_tails
from ..entities.coref import Resolver
from ..text import Reading
from .attributor import Attributor
from .drafts import Draft
from .kept import unclip_organisations, without_overlaps

__all__ = ["Draft", "attribute"]


def attribute(text: str, reading: Reading, resolver: Resolver, budget: Budget) -> list[Draft]:
    """Drafts for every quotation and reported clause of the article, in text order.

    First where the article's cue words stand, then its sentences with those a
    quoted question cut from their attribution joined again: the attributor
    reads those sentences. Last, the drafts it keeps: no two overlapping, and a
    clipped organisation name credited to the body named in full (`kept.py`).
    """
    masked = reading.masked
    hits = cue_positions(masked)
    sentences = join_attribution_tails(reading.sentences, masked, hits)
    attributor = Attributor(text, masked, sentences, hits, resolver, budget)
    drafts = attributor.attribute(reading.runs)
    kept = without_overlaps(drafts)
    return unclip_organisations(kept)
