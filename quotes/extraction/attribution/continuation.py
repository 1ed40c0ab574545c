"""A quotation nobody is said to have said goes on the previous speaker's words."""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..cues.speaker import Attributed
from ..lexicon.cue_words import VERDICT_VERBS
from ..text.layout import Sentence
from ..text.lines import BODY
from ..text.marks import Run
from ..types import DIRECT
from .drafts import Draft
from .helpers import few_words
from .indirect import reported_clause
from .rules import CONTINUATION, REPORTED_BEFORE


class ContinuationMixin:
    """Continuing the previous speaker's words; part of `Attributor`.

    The methods read the attributor's state (text, sentences, caches) through `self`.
    """

    def _continuation(self, run: Run, index: int, kind: str) -> Draft | None:
        """A cue-less full-sentence quote continues the previous speaker's quote.

        The speaker of a reported clause right before it counts too ("..., saying
        the campaign lied." then "'I am so sick of it.'").
        """
        sentence = self.sentences[index]
        if self._asked_between(sentence.start, run.open_at):
            return None  # 'Trump was asked, "What ...?"': the question is not his
        reported = self._reported_before(index)
        if reported is not None:
            key = ("run", run.open_at)
            return Draft(run.start, run.end, kind, reported, 0.6, key, run.chain, REPORTED_BEFORE)
        last = self.last
        if last is None or sentence.paragraph - self.last_paragraph > 1:
            return None  # nobody to attribute it to: a transcript, a sign, a block quote
        same_paragraph = sentence.paragraph == self.last_paragraph
        joins = same_paragraph or self._goes_on(last)
        key = last.group_key if joins else ("run", run.open_at)
        confidence = 0.75 if same_paragraph else 0.65
        return Draft(
            run.start, run.end, kind, last.source, confidence, key, run.chain, CONTINUATION
        )

    def _asked_between(self, start: int, end: int) -> bool:
        """`_ASKED.search(masked, start, end)`, with the article's matches listed once.

        `end` is an opening quotation mark, so no match is cut off there.
        """
        if self.asked is None:
            self.asked = [m.span() for m in _ASKED.finditer(self.masked, concurrent=False)]
        at = bisect_left(self.asked, (start, -1))
        return at < len(self.asked) and self.asked[at][1] <= end

    def _goes_on(self, last: Draft) -> bool:
        """Can a quotation in the next paragraph be more of the `last` one?

        A direct quotation, or a clause-long one its attribution follows ('leaders "who
        understand ...," Clinton said.'), goes on; after a phrase woven into reported
        speech ("has 'no idea' if ...", "a 'sociopath,' he said") a new one starts.
        """
        if last.kind == DIRECT:
            return True
        attributed_after = last.source is not None and last.source.cue.start >= last.end
        return attributed_after and not few_words(self.text, last.start, last.end, _PHRASE_WORDS)

    def _reported_before(self, index: int) -> Attributed | None:
        """The speaker of the previous sentence when it reports speech without quoting it."""
        if index == 0:
            return None
        previous = self.sentences[index - 1]
        if previous.line_kind != BODY or self.sentences[index].paragraph - previous.paragraph > 1:
            return None
        if self.last is not None and self.last.end > previous.start:
            return None  # the previous sentence holds a quotation: its speaker goes on
        if index not in self.reported:  # the same for every quotation of the sentence
            self.reported[index] = self._reporting(previous, self.history.cues(index - 1).items)
        return self.reported[index]

    @staticmethod
    def _reporting(previous: Sentence, items: list[Attributed]) -> Attributed | None:
        """The speaker a sentence that reports speech without quoting it hands on."""
        if not items or previous.quote_starts:
            return None
        # "Carter said that critics had been predicting ...": the main clause's speaker
        # goes on, not the critics; a role phrase alone is no one person talking.
        for item in items:
            if item.mention.kind == "role" or item.entity is None:
                continue
            if reported_clause(previous, item.cue, item.mention):
                return item
            if item.cue.lemma in VERDICT_VERBS and item.mention.first <= item.cue.first:
                return item  # "Valastro praised Christie's leadership." then "'We need ...'"
        return None


_ASKED = regex.compile(r"\b(?:was|were|is|are|been|being)\s+asked\b", regex.IGNORECASE)


_PHRASE_WORDS = 3
