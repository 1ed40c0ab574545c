"""The entities stage: who the article names, and whom a mention stands for.

Input: the article's text and its classified lines (from the text stage).
Output: a `Resolver` over a `Registry` holding every name the story's lines
give, before attribution starts, so a bare surname or a headline mention
resolves to the fullest name the article gives anywhere. The attribution
stage asks the resolver for each speaker mention; pronouns are resolved from
the attribution history (see `coref.py`).
"""

from __future__ import annotations

from ..budget import Budget
from ..text.lines import BODY, CAPTION, SUBHEADING, Line
from .coref import Resolver
from .registry import Registry

# Lines whose names are registered: the story's own, not headlines or boilerplate.
NAME_LINES = (BODY, CAPTION, SUBHEADING)


def find_entities(text: str, lines: list[Line], budget: Budget) -> Resolver:
    """A resolver over the registry of every name in the article's story lines."""
    registry = Registry()
    outside = [(line.start, line.end) for line in lines if line.kind not in NAME_LINES]
    registry.scan_outside(text, outside, budget=budget)
    return Resolver(text, registry)
