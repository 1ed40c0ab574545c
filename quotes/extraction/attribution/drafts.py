"""A quotation with its attribution, before the engine turns it into an ExtractedQuote."""

from __future__ import annotations

from dataclasses import dataclass

from ..cues.speaker import Attributed


@dataclass
class Draft:
    """One quotation (or piece) with its attribution, before it becomes an ExtractedQuote."""

    start: int
    end: int
    kind: str
    source: Attributed | None
    confidence: float
    group_key: object
    chain: int = 0
    rule: str = ""  # the name of the rule that attributed it (see `rules.py`)
