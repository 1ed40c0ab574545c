"""The phrases stage: one finder of noun phrases and the speaker phrase of a cue.

Input: the tokens of one masked sentence (from the text stage) and a cue in it.
Output: a `Mention`, the phrase that may name a speaker, or None.
`subject_before` finds the phrase before a cue ("Erdogan told", "X, the
spokesman, said"); `sentence_subject` finds the subject of a sentence whose
cue has no speaker of its own. Read forward, in layers that only call down:
`noun_phrases` (a phrase's tokens and extent, phrases set off by
punctuation, `Mention`); above it `backwards` and `mentions` (before a cue),
and beside them
`openings`, `subjects` and `subject_scan` (a sentence's subject). No module here knows about
entities or attributions.
"""

from __future__ import annotations

from .mention import Mention
from .mentions import subject_before
from .subjects import sentence_subject

__all__ = ["Mention", "sentence_subject", "subject_before"]
