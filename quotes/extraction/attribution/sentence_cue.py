"""The cue in a quotation's own sentence that governs it, and how sure that is.

The cues of a sentence are in text order, so binary search finds those before
and right after a quotation (`CueIndex`): no sentence is rescanned per quotation.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from ..cues.sentence import SentenceCues
from ..cues.speaker import Attributed
from ..lexicon import SUBORDINATORS
from ..lexicon.cue_forms import CALL, SAY
from ..lexicon.cue_words import AS_LEMMAS, NAMING_VERBS
from ..lexicon.function_words import ADJUNCT_STARTS, MODALS
from ..text.cache import back_over, memo
from ..text.layout import Sentence, token_before
from ..text.marks import Run
from . import uncued
from .confidence import COLON_SUBJECT_CONFIDENCE
from .helpers import ATTRIBUTION_GAP, CueIndex, is_blank


class SentenceCueMixin:
    """Choosing among a sentence's cues for a quotation; part of `Attributor`.

    The methods read the attributor's state (text, sentences, caches) through `self`.
    """

    def choose(self, run: Run, sentence_cues: SentenceCues) -> tuple[Attributed | None, float]:
        """The cue in the quote's own sentence that governs it, with a confidence.

        The cues of a sentence are in text order, so those before the quotation
        are a prefix of them and those that may follow it at once are found by
        binary search: a sentence with thousands of cues and quotations is not
        rescanned per quotation.
        """
        index = self._index(sentence_cues.sentence.index)
        if index is None or index.cues is not sentence_cues:
            return self._choose_scan(run, sentence_cues)
        items = sentence_cues.items
        count = bisect_right(index.ends, run.open_at)  # items[:count] end before the quote
        if count and _fronted_participle_quoting(items[0], run, self.masked):
            return items[0], 0.9  # "Recalling '...,' the statement urged ...": recalled
        if following := self._cue_right_after(run, index.right_after(run, self.masked), count):
            return following, 0.95
        if count and uncued.AS_BEFORE.search(self.masked[max(0, run.open_at - 8) : run.open_at]):
            at = bisect_left(index.as_cues, count) - 1
            if at >= 0:
                return items[index.as_cues[at]], 0.8
        if count:
            nearest = self._outside_subordinate(items, count, sentence_cues.sentence, run.open_at)
            return self._nearest_before(run, nearest, sentence_cues.sentence)
        after = bisect_left(index.starts, run.close_end)
        if after == len(items):
            return None, 0.0
        return self._first_after(run, items[after])

    def _choose_scan(
        self, run: Run, sentence_cues: SentenceCues
    ) -> tuple[Attributed | None, float]:
        """`choose` for cues out of text order (a headline's label cue comes first).

        The same rules, read off the whole list of cues: a headline has a few words.
        """
        items = sentence_cues.items
        before = [i for i in items if i.cue.end <= run.open_at]
        if before and _fronted_participle_quoting(before[0], run, self.masked):
            return before[0], 0.9
        if following := self._cue_right_after(run, items, len(before)):
            return following, 0.95
        if before and uncued.AS_BEFORE.search(self.masked[max(0, run.open_at - 8) : run.open_at]):
            for item in reversed(before):
                if item.cue.lemma in AS_LEMMAS:
                    return item, 0.8
        if before:
            nearest = self._outside_subordinate(
                before, len(before), sentence_cues.sentence, run.open_at
            )
            return self._nearest_before(run, nearest, sentence_cues.sentence)
        after = [i for i in items if i.cue.start >= run.close_end]
        if not after:
            return None, 0.0
        return self._first_after(run, after[0])

    def _cue_right_after(self, run: Run, candidates, count: int) -> Attributed | None:
        """The first cue that closes the quotation ('"...," the minister said'), if any.

        `count` is how many of the sentence's cues end before the quotation: with any,
        a cue of calling that follows is a reaction, not the quote's attribution.
        """
        for item in candidates:
            if count and item.cue.group == CALL and item.cue.lemma not in NAMING_VERBS:
                continue  # 'said he would "protect ...," the crowd applauded': a reaction
            if item.cue.start >= run.close_end and not _opens_next_clause(item, run, count):
                begin = item.cue.start
                if item.mention.start >= run.close_end:
                    begin = min(begin, item.mention.start)
                gap = ATTRIBUTION_GAP.fullmatch(self.masked, run.close_end, begin)
                if gap and (not gap.group().endswith(("as ", "as")) or self._bare_as(item)):
                    return item
        return None

    def _first_after(self, run: Run, first: Attributed) -> tuple[Attributed | None, float]:
        """The sentence's first cue after the quotation, when the quotation opens or closes it."""
        opens = is_blank(self.masked, first.sentence.start, run.open_at)
        if not opens and not _closes_sentence(first, run):
            return None, 0.0  # "through this 'night vision' I began ... and read": no claim
        return first, 0.8

    def _index(self, index: int) -> CueIndex | None:
        """Binary-search tables of a sentence's cues; None when they are not in text order."""
        if index not in self.indexes:
            self.indexes[index] = CueIndex.of(self.history.cues(index))
        return self.indexes[index]

    def _outside_subordinate(
        self, items: list[Attributed], count: int, sentence: Sentence, quote_at: int
    ) -> Attributed:
        """The cue governing a quote after "X said that when Y railed against ..., '...'".

        `items[:count]` are the cues before the quotation. A cue inside a clause
        opened by "when" or "because" and closed by a comma before the quotation
        belongs to that clause; the cue before it governs.
        """
        tokens = sentence.tokens
        last = items[count - 1]
        if count < 2 or last.mention.first == 0:
            return last
        previous = items[count - 2]
        if last.cue.lemma == "according":
            return previous  # "X said that according to its analysis, '...'": X still speaks
        if previous.cue.group == SAY and _after_modal(tokens, last.cue.first):
            return previous  # "She said she would ask him to lead a 'cancer moonshot'": she said it
        if last.cue.group == CALL and _reports_clause(previous, last, tokens):
            return previous  # "she claimed that Comey had characterized as 'truthful' ..."
        opener = tokens[last.mention.first - 1].low
        # closed by a comma after some words of its own, not the comma that introduces the quote
        commas = memo(tokens, "commas", _commas)
        at = bisect_left(commas, last.cue.last + 2)
        closed = at < len(commas) and tokens[commas[at]].start < quote_at
        return previous if opener in SUBORDINATORS and closed else last

    def _bare_as(self, item: Attributed) -> bool:
        """ "..., as Cruz said on Monday," reports; "... as Putin urges more ties" does not.

        After "as" the cue stands without an object of its own ("told"'s
        addressee aside); otherwise "as" means "while".
        """
        if item.cue.lemma == "tell":
            return True
        after = _WORD_AFTER.match(self.masked, item.cue.end)
        return after is None or after.group(1).casefold() in ADJUNCT_STARTS

    def _nearest_before(self, run: Run, item: Attributed, sentence: Sentence):
        """The last cue before the quote, unless a new clause ends in a colon between them.

        In "When Trump suggested ..., Rubio fired back: 'If they sue us ...'" the
        quotation is Rubio's: the cue sits in a clause of its own before the colon.
        """
        tokens = sentence.tokens
        colon = token_before(tokens, run.open_at)
        far = colon - max(item.cue.last, item.mention.last) > _COLON_CLAUSE_TOKENS
        if far and _any_between(memo(tokens, "breaks", _clause_breaks), item.cue.last, colon):
            found = self.colon_subject(run, sentence)
            if found is not None and found.entity is not item.entity:
                return found, COLON_SUBJECT_CONFIDENCE
        return item, 0.85


# Between a quotation and the attribution right after it: punctuation, or ", as"
# ("the race 'is a dead heat,' as Cruz said on Monday, ...").
_WORD_AFTER = regex.compile(r"\s*(\p{L}+)")


_COLON_CLAUSE_TOKENS = 3


_CLAUSE_BREAKS = frozenset({",", "-", "—", "–"})  # "Pollsters agree - Carl Bialik: '...'"


def _fronted_participle_quoting(item: Attributed, run: Run, masked: str) -> bool:
    """A participle opening the sentence with the quotation as its object: "Citing '...'"."""
    return (
        item.cue.first == 0
        and item.cue.is_participle
        and is_blank(masked, item.cue.end, run.open_at)
    )


def _reports_clause(outer: Attributed, inner: Attributed, tokens) -> bool:
    """Does the inner cue sit in a "that" clause the outer speech cue reports?"""
    if outer.cue.group != SAY or outer.entity is inner.entity:
        return False
    if inner.mention.first - outer.cue.last - 1 > 2:
        return False  # more than two words between: no slice of the sentence is needed
    between = tokens[outer.cue.last + 1 : inner.mention.first]
    return len(between) <= 2 and any(t.low == "that" for t in between)


def _after_modal(tokens, index: int) -> bool:
    """ "would ask", "could well say": a cue after a modal is speech not yet made."""
    index = back_over(tokens, "-ly words", _ly_word, index - 1) - 1
    return index >= 0 and tokens[index].low in MODALS


def _ly_word(token) -> bool:
    return token.low.endswith("ly") and token.text.isalpha()


def _opens_next_clause(item: Attributed, run: Run, before: int) -> bool:
    """ "X called the idea a 'ridiculous proposition,' adding that ...": the participle
    after a partial quotation opens the next clause; the cue before governs the quote.

    `before` is how many cues come before the quotation.
    """
    return bool(before) and item.cue.is_participle and item.mention.start < run.open_at


_TAIL_OPENERS = frozenset({",", "—", "–", "--"})


def _closes_sentence(item: Attributed, run: Run) -> bool:
    """ "..., Wilcox said." - an attribution set off by a comma or a dash after the quotation."""
    if item.mention.start < run.close_end:
        return False
    tokens = item.sentence.tokens
    first = min(item.cue.first, item.mention.first)
    return first > 0 and (tokens[first - 1].text in _TAIL_OPENERS or tokens[first - 1].is_quote)


def _commas(tokens) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.text == ","]


def _clause_breaks(tokens) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.text in _CLAUSE_BREAKS]


def _any_between(indexes: list[int], low: int, high: int) -> bool:
    """Is one of the sorted `indexes` in range(low, high)?"""
    at = bisect_left(indexes, low)
    return at < len(indexes) and indexes[at] < high
