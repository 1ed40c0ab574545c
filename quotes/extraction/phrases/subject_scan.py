"""The scan for a sentence's subject: the first speaker-like phrase from a point on.

`subjects.py` asks it last, once datelines, fronted clauses, a name set off by
commas and a common noun subject have had their turn. The scan reads the
sentence forward phrase by phrase ("the Mexican heritage" is passed over, "Radio
talk host Rush Limbaugh" is taken whole); `_Scan` keeps its steps with the
sentence, so the thousands of quotations of one sentence scan it once.
"""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import DEMONYMS, PRONOUNS, SKIPPABLE
from ..lexicon.cue_forms import is_cue_word
from ..lexicon.function_words import ARTICLES, MENTION_DETERMINERS, POSSESSIVES, PREPOSITIONS
from ..lexicon.openers import NOT_IN_NP, NOT_SPEAKERS, SENTENCE_OPENERS
from ..text.cache import TokenList, memo
from ..text.layout import Token
from .common_subjects import MAX_SUBJECT_WORDS, verb_like
from .mention import Mention
from .noun_phrases import LINKS, inside_phrase, is_head, is_person_noun, make_mention, pronoun_of
from .openings import is_number


def scanned_subject(tokens: list[Token], index: int, before: int) -> Mention | None:
    """The first speaker-like phrase from `index` on, ending before token `before`;
    kept with a sentence's `TokenList`, read afresh in a slice."""
    if not isinstance(tokens, TokenList):
        return _scan(tokens, index, before)
    return memo(tokens, ("scan", index), _Scan).subject(tokens, index, before)


def _scan(tokens: list[Token], index: int, before: int) -> Mention | None:
    """The first speaker-like phrase from `index` on, ending before token `before`."""
    while index < before:
        mention, index, _ = _step(tokens, index, before)
        if mention is not None:
            return mention
    return None


def _step(tokens: list[Token], index: int, before: int) -> tuple[Mention | None, int, int]:
    """One step of `_scan` at `index`: the mention found there (or None), where the scan
    goes on, and its horizon: the step comes out the same for every `before` above it."""
    token = tokens[index]
    prev = tokens[index - 1].low if index else ""
    if pronoun_of(token.low) not in {"", "it"}:
        return make_mention(tokens, index, index), index + 1, index
    if token.low in POSSESSIVES:
        return None, index + 1, index  # "Their answers may ...": a possessive, never a name
    if (
        inside_phrase(token)
        and prev not in PREPOSITIONS
        and token.low not in SENTENCE_OPENERS
        and token.low not in SKIPPABLE
        and token.low not in NOT_SPEAKERS
        and not is_number(token.low)
    ):
        last = index
        while (
            last + 1 < before
            and last - index < MAX_SUBJECT_WORDS
            and (
                inside_phrase(tokens[last + 1])
                or (tokens[last + 1].low in LINKS and last + 2 < before)
            )
            and not (tokens[last + 1].is_cap and tokens[last + 1].low in _HEADING_BREAKS)
        ):  # a capitalised "On" or "How" of a heading ends a name (see `_HEADING_BREAKS`)
            last += 1
        horizon = last + 1
        while last > index and not is_head(tokens[last]):
            last -= 1
        headed = is_head(tokens[last]) and not tokens[last].text.endswith(("’s", "'s"))
        if _modifier_of_noun(tokens, last, before):
            return None, last + 1, horizon  # "the Mexican heritage", "Republican claims"
        if headed:
            first = index - 1 if prev in MENTION_DETERMINERS else index
            end, seen = _name_after_role(tokens, last, before)
            return make_mention(tokens, first, end), last + 1, max(horizon, seen)
        return None, last + 1, horizon
    return None, index + 1, index


# "John Leguizamo On How U.S. History Makes Latinos Feel": in a heading written in
# Title Case a capitalised function word ends the name; names never hold one.
_HEADING_BREAKS = PREPOSITIONS | POSSESSIVES | ARTICLES | frozenset({"how", "why", "what"})


class _Scan:
    """`_scan` of one sentence from one index, as if the sentence had no `before` bound.

    The scan's steps depend on `before` only near it, so they are taken once, as far
    as any question needs, and kept with their horizons: a question with a bound
    above every horizon so far reuses them, and only the step its bound cuts into
    is taken again. Asked for each of thousands of quotations of one sentence, the
    scan then costs its length once, not once per quotation.
    """

    __slots__ = ("following", "found", "indexes", "reach")

    def __init__(self, tokens: list[Token]) -> None:
        self.indexes: list[int] = []  # steps past a phrase that went on ...
        self.reach: list[int] = []  # ... and the highest horizon up to each
        self.following = -1  # where the unbounded scan goes on
        self.found: tuple[Mention, int, int] | None = None  # its mention, index, horizon

    def subject(self, tokens: list[Token], start: int, before: int) -> Mention | None:
        if self.following < 0:
            self.following = start
        self._extend(tokens, before)
        at = bisect_left(self.reach, before)
        if at < len(self.indexes):  # this step reads up to `before`: take it and the rest again
            index = self.indexes[at]
            return _scan(tokens, index, before) if index < before else None
        if self.found is not None:
            mention, index, horizon = self.found
            if horizon < before:
                return mention
            return _scan(tokens, index, before) if index < before else None
        return None  # the scan left `before` (or the sentence) behind without a subject

    def _extend(self, tokens: list[Token], before: int) -> None:
        """Take unbounded steps until the scan ends, passes `before`, or reaches it."""
        end = len(tokens)
        while (
            self.found is None
            and self.following < before
            and (not self.reach or self.reach[-1] < before)
        ):
            index = self.following
            mention, self.following, horizon = _step(tokens, index, end)
            if mention is not None:
                self.found = (mention, index, horizon)
            elif horizon > index:  # a phrase; a single word needs no record
                self.indexes.append(index)
                self.reach.append(max(horizon, self.reach[-1]) if self.reach else horizon)


def _modifier_of_noun(tokens: list[Token], last: int, before: int) -> bool:
    """A nationality or party word right before a lower-case noun modifies that noun."""
    if tokens[last].low not in DEMONYMS or last + 1 >= before:
        return False
    following = tokens[last + 1]
    return following.text.isalpha() and following.text.islower() and not verb_like(following.low)


def _name_after_role(tokens: list[Token], last: int, before: int) -> tuple[int, int]:
    """ "Radio talk host Rush Limbaugh": lower-case role words between capitalised
    words lead on to the name, which ends the subject.

    Returns the subject's last token and the furthest token index read.
    """
    index = last + 1
    while index < before and index - last <= _MAX_ROLE_WORDS and _role_word(tokens[index]):
        index += 1
    if index == last + 1 or not is_person_noun(tokens[index - 1].low):
        return last, index
    end = index
    while (
        end < before
        and end - index < MAX_SUBJECT_WORDS
        and inside_phrase(tokens[end])
        and tokens[end].is_cap
    ):
        end += 1
    return (end - 1 if end > index else last), end


_MAX_ROLE_WORDS = 3


def _role_word(token: Token) -> bool:
    low = token.low
    return (
        token.text.isalpha()
        and token.text.islower()
        and not low.endswith("ed")
        and not is_cue_word(low)
        and low not in NOT_IN_NP
        and low not in PREPOSITIONS
        and low not in SKIPPABLE
        and low not in PRONOUNS
    )
