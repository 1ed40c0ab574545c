"""The cues of one sentence, each with the speaker found for it.

A sentence's cues are found once and kept: the attributor asks for them when
it meets a quotation, and pronoun resolution asks for earlier sentences'
speakers. Which reading of the sentence gives a cue its speaker is
`speaker.py`'s to say.
"""

from __future__ import annotations

from ..phrases.cue import Cue
from ..text.layout import Sentence
from ..text.lines import HEADLINE
from .labels import colon_speaker
from .speaker import Attributed, Resolve, speaker
from .verbs import find_cues, may_have_cue, opens_with_cue


class SentenceCues:
    """The cues of one sentence with their speakers, resolved once."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.items: list[Attributed] = []

    def build(
        self, text: str, masked: str, resolve: Resolve, starts: list[int] | None = None
    ) -> None:
        """Find the cues and resolve their speakers. `resolve` is used here only and
        not kept: the history it reads holds these cues."""
        sentence = self.sentence
        headline = sentence.line_kind == HEADLINE
        if headline and ":" in masked[sentence.start : sentence.end]:
            self._colon(resolve)
        if headline or starts is None:
            if not may_have_cue(masked, sentence.start, sentence.end):
                return
        elif not starts and not opens_with_cue(masked, sentence.start):
            return
        for cue in find_cues(sentence.tokens, any_case=headline, starts=starts):
            mention = speaker(cue, sentence, self.items, resolve)
            if mention is not None:
                entity = resolve(mention, sentence)
                self.items.append(Attributed(cue, mention, entity, sentence))

    def _colon(self, resolve: Resolve) -> None:
        """A headline "Name: 'quote'" makes the colon its cue."""
        tokens = self.sentence.tokens
        found = colon_speaker(tokens)
        if found is None:
            return
        colon, mention = found
        token = tokens[colon]
        cue = Cue("say", "say", colon, colon, token.text, token.start, token.end)
        entity = resolve(mention, self.sentence)
        self.items.append(Attributed(cue, mention, entity, self.sentence))
