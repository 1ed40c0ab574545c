"""The Cue value: a reporting verb or phrase found in a sentence's tokens.

Defined with the phrase finders, which look for the speaker phrase relative to
a cue; the cue stage (`cues/`) finds the cues.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Cue:
    """A reporting cue in a sentence: its lemma, group and token index range."""

    lemma: str
    group: str
    first: int
    last: int
    text: str
    start: int
    end: int

    @property
    def is_participle(self) -> bool:
        """ "saying", "telling reporters", "pointing out": the verb is the first word."""
        verb = self.text.split(" ", 1)[0]
        return verb.endswith("ing") and verb.casefold() != "according"
