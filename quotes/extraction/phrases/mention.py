"""The Mention value: a phrase of a sentence that may name a speaker.

The phrase finders (`noun_phrases` and the layers on it) make one for the
phrase they find; the cue, attribution and coreference stages read it.
Kept apart from the finders, as `Cue` is in `cue.py`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """A speaker phrase: token range and offsets within the text."""

    first: int
    last: int
    start: int
    end: int
    kind: str  # "pronoun", "name", "role" or "relative"
    refers: Mention | None = None  # what a relative pronoun ("who") stands for
