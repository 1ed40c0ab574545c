"""The subject of a sentence, for quotes whose cue has no speaker of its own.

"In an interview on Saturday, the president ...": datelines, fronted clauses
and one-word openers are stepped over to find who the sentence is about, which
is who speaks after a colon or in a participle clause (", calling him ...");
`main_subject` is the subject after a fronted participle phrase ("Citing
'...,' the aide told"), read from the sentence's tokens alone.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..lexicon import (
    DEMONYMS,
    FEMALE_NAMES,
    MALE_NAMES,
    PRONOUNS,
    SKIPPABLE,
)
from ..lexicon.cue_forms import is_cue_word
from ..lexicon.function_words import (
    APPROXIMATORS,
    ARTICLES,
    MENTION_DETERMINERS,
    PASSIVE_AUXILIARIES,
    POSSESSIVES,
    PREPOSITIONS,
)
from ..lexicon.openers import ADVERB_OPENERS, NOT_IN_NP, NOT_SPEAKERS, SENTENCE_OPENERS
from ..lexicon.time_words import NUMBER_WORDS
from ..text.cache import TokenList, memo
from ..text.layout import CLOSING_MARKS, Token
from .common_subjects import MAX_SUBJECT_WORDS, common_subject, speaking_head, verb_like
from .mention import Mention
from .noun_phrases import (
    DATELINE_DASHES,
    LINKS,
    inside_phrase,
    is_head,
    is_person_noun,
    make_mention,
    pronoun_of,
)
from .openings import (
    after_fronted_clause,
    focused_subordinator,
    fronted_day,
    fronted_participle,
    fronted_time,
    is_number,
    qualified_preposition,
)


def sentence_subject(tokens: list[Token], before: int) -> Mention | None:
    """The first speaker-like phrase of the sentence that is not inside a prepositional phrase.

    A fronted adverbial ("In an interview on Saturday, the president ...") is skipped.
    """
    index = after_dateline(tokens, before)
    if index:  # offsets are shifted back at the end; the shorter sentence is kept for reuse
        tokens, before = memo(tokens, ("after", index), _Tail(index)), before - index
    mention = _subject_of(tokens, before)
    if mention is None or not index:
        return mention
    return shift_mention(mention, index)


def after_dateline(tokens: list[Token], before: int) -> int:
    """Where the sentence starts after "WASHINGTON (AP) —" or "Washington (AFP) –"."""
    if not tokens or not tokens[0].is_cap:
        return 0
    shouting = tokens[0].text.isupper() and len(tokens[0].text) > 1
    for position in range(1, min(before, 8)):
        token = tokens[position]
        if token.text in DATELINE_DASHES:
            agency = tokens[position - 1].text == ")"
            return position + 1 if shouting or agency else 0
        if not shouting and not (token.is_cap or token.text in {"(", ")"}):
            return 0
    return 0


@dataclass(frozen=True)
class _Tail:
    """Builds the tokens after a dateline, keeping their own cache."""

    index: int

    def __call__(self, tokens: list[Token]) -> list[Token]:
        return TokenList(tokens[self.index :])


def shift_mention(mention: Mention, by: int) -> Mention:
    """The same mention with token indexes moved by `by` (found in a slice of the tokens)."""
    refers = mention.refers
    return Mention(
        mention.first + by,
        mention.last + by,
        mention.start,
        mention.end,
        mention.kind,
        shift_mention(refers, by) if refers is not None else None,
    )


def main_subject(tokens: list[Token]) -> Mention | None:
    """The subject of the main clause after a fronted participle phrase and its comma."""
    # the comma may sit inside the quotation: "Citing 'obligations in Tennessee,' the ..."
    start = next(
        (i + 1 for i, t in enumerate(tokens) if t.text == "," or t.text in CLOSING_MARKS), None
    )
    while start is not None and start < len(tokens) and tokens[start].text in _AFTER_QUOTE:
        start += 1
    if start is None or start >= len(tokens):
        return None
    found = sentence_subject(tokens[start:], len(tokens) - start)
    return shift_mention(found, start) if found is not None else None


_AFTER_QUOTE = CLOSING_MARKS | {","}


def _subject_of(tokens: list[Token], before: int) -> Mention | None:
    index = 0
    counted = _counted_subject(tokens, before)
    if counted is not None:
        return counted
    day = fronted_day(tokens)
    if day:
        index = day  # "On Thursday evening Ann Lee delivered ...": no comma after the day
    elif tokens and tokens[0].low in ADVERB_OPENERS:
        # "Then he cut into Bush, calling him ...": one word, then the subject
        index = 2 if len(tokens) > 1 and tokens[1].text == "," else 1
    elif tokens and (
        tokens[0].low in PREPOSITIONS
        or tokens[0].low in SENTENCE_OPENERS
        or focused_subordinator(tokens)
        or tokens[0].low in NOT_SPEAKERS
        or fronted_participle(tokens)
        or fronted_time(tokens)
        or qualified_preposition(tokens)
    ):
        index = after_fronted_clause(tokens, before)
    apposed = _apposed_name(tokens, index, before)
    if apposed is not None:
        return apposed
    common = common_subject(tokens, index, before)
    if common is not None:
        return common
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


_MAX_LEAD = 5
_MAX_DESCRIBED_LEAD = 8


def _apposed_name(tokens: list[Token], first: int, before: int) -> Mention | None:
    """ "One early supporter, Representative Lee Zeldin, ... gave ...": the name set off.

    A short lower-case-led phrase, a comma, then a name of two or more capitalised
    words closed by a comma: the name is who the sentence is about.
    """
    # "The head of the farmers' union, Ann Lee, said": after an
    # article the preposition qualifies the role; opening the sentence it fronts a clause
    described = first < before and tokens[first].low in ARTICLES
    lead = _MAX_DESCRIBED_LEAD if described else _MAX_LEAD
    comma = next(
        (i for i in range(first + 1, min(before, first + lead + 1)) if tokens[i].text == ","),
        None,
    )
    if comma is None or (not described and any(t.low in PREPOSITIONS for t in tokens[first:comma])):
        return None
    end = comma + 1
    while end < before and end - comma <= MAX_SUBJECT_WORDS and inside_phrase(tokens[end]):
        end += 1
    names = tokens[comma + 1 : end]
    if not names or end >= before or tokens[_after_home(tokens, end, before)].text != ",":
        return None
    if len(names) == 1:  # "His sister, Ann, said": a given name after a person's role
        low = names[0].low
        given = names[0].is_cap and (low in FEMALE_NAMES or low in MALE_NAMES)
        if not (given and is_person_noun(tokens[comma - 1].low)):
            return None
    elif not (tokens[end - 1].is_cap and tokens[end - 2].is_cap):
        return None
    return make_mention(tokens, comma + 1, end - 1)


def _after_home(tokens: list[Token], end: int, before: int) -> int:
    """Past "of Dayton, Ohio" or "from Reno" after a set-off name: where the name is from
    ("Another delegate, Carl Dunn of Dayton, Ohio, said"); else `end` itself."""
    if tokens[end].low not in ("of", "from"):
        return end
    at = end + 1
    while at < before and (tokens[at].is_cap or tokens[at].text == ",") and at - end <= _HOME:
        if tokens[at].text == "," and not (at + 1 < before and tokens[at + 1].is_cap):
            return at  # the comma that closes the place
        at += 1
    return end


_HOME = 6  # "of Washington, D.C.": a place of a few words


def opening_possessor(tokens: list[Token]) -> Mention | None:
    """ "Roper's article also attacked Marsh": the sentence is about Roper, whose article
    acts, not about Marsh, its object; the possessor is whom a later pronoun takes up.

    Only for pronouns: the possessor is not the subject that speaks ("Roper's article
    said: ..." is the article's, found by the document rules).
    """
    first = 1 if tokens and tokens[0].low in ADVERB_OPENERS else 0
    before = len(tokens)
    last = first
    while last < min(before, first + _POSSESSOR_WORDS) and tokens[last].is_cap:
        if tokens[last].text.endswith(("’s", "'s")):
            following = tokens[last + 1] if last + 1 < before else None
            if following is None or not following.text.isalpha() or not following.text.islower():
                return None
            if any(t.low in PASSIVE_AUXILIARIES for t in tokens[last + 2 : last + 4]):
                return None  # "Clinton's position was backed by Ann Lee": not Clinton's act
            mention = make_mention(tokens, first, last)
            return Mention(first, last, mention.start, mention.end - 2, mention.kind)
        last += 1
    return None


_POSSESSOR_WORDS = 3  # "Ian Roper's", "Sen. Ann Lee's"


def _counted_subject(tokens: list[Token], before: int) -> Mention | None:
    """ "About 200 protesters gathered ..., chanting ...": a counted group opens the sentence.

    "About" before a number is an amount, not a preposition opening a clause.
    """
    index = 0
    while index < min(before, 3) and tokens[index].low in APPROXIMATORS:
        index += 1
    if index >= before or not (tokens[index].text.isdigit() or tokens[index].low in NUMBER_WORDS):
        return None
    last = speaking_head(tokens, index, before)
    return make_mention(tokens, 0, last) if last is not None else None
