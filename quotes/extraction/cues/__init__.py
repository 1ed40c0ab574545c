"""The cues stage: the reporting cues of a sentence and who each one quotes.

Input: one sentence (from the text stage), the article's text and masked text,
the offsets of its cue words, and a `Resolve` function for speaker mentions
(the entities stage's resolver, asked with the attribution history).
Output: `SentenceCues`, the sentence's cues in text order, each `Attributed` to
a speaker mention and entity. `hits` finds where the article's cue words stand
(one scan, before any sentence is tokenised), `verbs` finds verb cues, `nouns`
speech nouns ("her comment that"), `speaker` the readings that give a cue its
speaker, `inversion` speakers after the verb ("said Erdogan"), `labels` colon
labels and signatures, `tails` attribution sentences that close a quotation.
"""

from __future__ import annotations

from .sentence import SentenceCues
from .speaker import Attributed

__all__ = ["Attributed", "SentenceCues"]
