"""The Cue value: a reporting verb or phrase found in a sentence's tokens.

Defined with the phrase finders, which look for the speaker phrase relative to
a cue; the cue stage (`cues/`) finds the cues.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
    # "saying", "telling reporters", "pointing out": the verb is the first word. Worked
    # out once here: the speaker rules ask it of each cue many times over.
    is_participle: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        verb = self.text.split(" ", 1)[0]
        self.is_participle = verb.endswith("ing") and verb.casefold() != "according"
