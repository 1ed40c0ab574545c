"""The subject of a sentence, for quotes whose cue has no speaker of its own.

"In an interview on Saturday, the president ...": datelines, fronted clauses
and one-word openers are stepped over to find who the sentence is about, which
is who speaks after a colon or in a participle clause (", calling him ...").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .cues import is_cue_word
from .layout import Token, TokenList, memo
from .lexicon import (
    DEMONYMS,
    PRONOUNS,
    SKIPPABLE,
    SPEAKING_THINGS,
    SUBORDINATORS,
    is_person_noun,
    words,
)
from .mentions import (
    DATELINE_DASHES,
    DETERMINERS,
    LINKS,
    MAX_NP,
    NOT_IN_NP,
    NOT_SPEAKERS,
    OPENERS,
    PREPOSITIONS,
    Mention,
    inside_phrase,
    is_head,
    make_mention,
    pronoun_of,
)

# Openers that are a whole adverbial on their own: the subject comes right after.
_ADVERB_OPENERS = frozenset(
    words(
        """however but and now then still meanwhile also later yet so likewise similarly moreover
        furthermore instead indeed nevertheless nonetheless otherwise thus therefore besides"""
    )
)


def _qualified_preposition(tokens: list[Token]) -> bool:
    """ "Shortly after the call ended, Rubio's campaign ...": a fronted time clause."""
    if len(tokens) < 3 or tokens[1].low not in PREPOSITIONS:
        return False
    first = tokens[0].low
    return first in _TIME_QUALIFIERS or (first.endswith("ly") and first.isalpha())


_TIME_QUALIFIERS = frozenset(words("soon long right just moments minutes hours days weeks months"))


def _fronted_participle(tokens: list[Token]) -> bool:
    """ "Continuing to explain his view, Carson ...": the clause before the comma has no subject.

    An adverb may come first: "Hastily politicizing the tragedy, Trump ...".
    """
    start = 1 if len(tokens) > 2 and _is_ly_adverb(tokens[0]) else 0
    first = tokens[start].low
    return (
        len(first) > 5
        and first.endswith(("ing", "ed"))  # "Informed of the district's lean, Early said"
        and len(tokens) > start + 1
        and tokens[start + 1].text[:1].islower()
    )


_NUMBER_WORDS = frozenset(
    words("two three four five six seven eight nine ten eleven twelve twenty thirty several few")
)
_TIME_UNITS = frozenset(words("years months weeks days hours minutes decades"))


_NUMBER_PARTS = _NUMBER_WORDS | frozenset(
    words(
        """
    eleven thirteen fourteen fifteen sixteen seventeen eighteen nineteen forty fifty
    sixty seventy eighty ninety hundred thousand million dozen
    """
    )
)


def _focused_subordinator(tokens: list[Token]) -> bool:
    """ "Ever since she endorsed X, Warren ...", "Even though ...", "Long before ...": an
    adverb and a subordinating word open a clause before the subject."""
    return len(tokens) > 2 and tokens[0].low in _FOCUS_ADVERBS and tokens[1].low in _OPENING


_FOCUS_ADVERBS = frozenset(words("ever even just only long soon right shortly"))
_OPENING = SUBORDINATORS | {"as"}  # "Just as ..."


def _is_number(low: str) -> bool:
    """ "Forty-six percent ...": a spelled-out number opening a sentence is no name."""
    return all(part in _NUMBER_PARTS for part in low.split("-"))


def _fronted_time(tokens: list[Token]) -> bool:
    """ "Eight years ago, he ...": a time phrase opens the sentence, not a speaker."""
    return len(tokens) > 2 and tokens[0].low in _NUMBER_WORDS and tokens[1].low in _TIME_UNITS


def _is_ly_adverb(token: Token) -> bool:
    return len(token.low) > 5 and token.low.endswith("ly") and token.low.isalpha()


def _after_fronted_clause(tokens: list[Token], before: int) -> int:
    """Where the main clause starts after "Speaking in Salem, New Hampshire, Trump ...".

    The first comma is taken unless what follows it is itself closed by a comma
    (a place or an apposition inside the fronted clause).

    The commas, and where the phrase after each one ends, are found once per
    sentence: asked for every quotation of a long sentence, a scan would be
    quadratic. Only the first comma whose phrase is not closed by another comma,
    or the last comma before `before` (whose phrase `before` may cut), can answer.
    """
    commas, ends, first_open = memo(tokens, "fronted", _fronted_commas)
    count = bisect_left(commas, min(before, len(tokens)))
    if not count:
        return 0
    found = [first_open] if first_open < before else []
    if ends[count - 1] >= before:
        found.append(commas[count - 1])
    return min(found) + 1 if found else commas[0] + 1


def _fronted_commas(tokens: list[Token]) -> tuple[list[int], list[int], int]:
    """The clause-closing commas, where the capitalised phrase after each ends, and the
    first comma whose phrase is not closed by another comma (len(tokens) if none)."""
    commas = [i for i in range(len(tokens)) if _closes_clause(tokens, i)]
    ends = []
    first_open = len(tokens)
    for comma in commas:
        end = comma + 1
        while end < len(tokens) and inside_phrase(tokens[end]):
            end += 1
        ends.append(end)
        if first_open == len(tokens) and (end == len(tokens) or tokens[end].text != ","):
            first_open = comma
    return commas, ends, first_open


def _closes_clause(tokens: list[Token], index: int) -> bool:
    """A comma, or a quotation's closing mark before a capital: the comma is inside the
    quote ('When Maddow noted it was "Medicare for all," Clinton seized ...')."""
    if tokens[index].text == ",":
        return True
    return (
        index >= 1
        and index + 1 < len(tokens)
        and tokens[index - 1].is_quote
        and not tokens[index].text[:1].isalnum()
        and tokens[index + 1].is_cap
    )


def sentence_subject(tokens: list[Token], before: int) -> Mention | None:
    """The first speaker-like phrase of the sentence that is not inside a prepositional phrase.

    A fronted adverbial ("In an interview on Saturday, the president ...") is skipped.
    """
    index = _after_dateline(tokens, before)
    if index:  # offsets are shifted back at the end; the shorter sentence is kept for reuse
        tokens, before = memo(tokens, ("after", index), _Tail(index)), before - index
    mention = _subject_of(tokens, before)
    if mention is None or not index:
        return mention
    return shift_mention(mention, index)


def _after_dateline(tokens: list[Token], before: int) -> int:
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


def _subject_of(tokens: list[Token], before: int) -> Mention | None:
    index = 0
    counted = _counted_subject(tokens, before)
    if counted is not None:
        return counted
    if tokens and tokens[0].low in _ADVERB_OPENERS:
        # "Then he cut into Bush, calling him ...": one word, then the subject
        index = 2 if len(tokens) > 1 and tokens[1].text == "," else 1
    elif tokens and (
        tokens[0].low in PREPOSITIONS
        or tokens[0].low in OPENERS
        or _focused_subordinator(tokens)
        or tokens[0].low in NOT_SPEAKERS
        or _fronted_participle(tokens)
        or _fronted_time(tokens)
        or _qualified_preposition(tokens)
    ):
        index = _after_fronted_clause(tokens, before)
    apposed = _apposed_name(tokens, index, before)
    if apposed is not None:
        return apposed
    common = _common_subject(tokens, index, before)
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
    if token.low in _POSSESSIVE_DETERMINERS:
        return None, index + 1, index  # "Their answers may ...": a possessive, never a name
    if (
        inside_phrase(token)
        and prev not in PREPOSITIONS
        and token.low not in OPENERS
        and token.low not in SKIPPABLE
        and token.low not in NOT_SPEAKERS
        and not _is_number(token.low)
    ):
        last = index
        while (
            last + 1 < before
            and last - index < _MAX_SUBJECT_WORDS
            and (
                inside_phrase(tokens[last + 1])
                or (tokens[last + 1].low in LINKS and last + 2 < before)
            )
        ):
            last += 1
        horizon = last + 1
        while last > index and not is_head(tokens[last]):
            last -= 1
        if _modifier_of_noun(tokens, last, before):
            return None, last + 1, horizon  # "the Mexican heritage", "Republican claims"
        if is_head(tokens[last]) and not tokens[last].text.endswith(("’s", "'s")):
            first = index - 1 if prev in DETERMINERS else index
            end, seen = _name_after_role(tokens, last, before)
            return make_mention(tokens, first, end), last + 1, max(horizon, seen)
        return None, last + 1, horizon
    return None, index + 1, index


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


_MAX_SUBJECT_WORDS = 40  # no subject phrase is longer; a run of capitals past it is cut


def _modifier_of_noun(tokens: list[Token], last: int, before: int) -> bool:
    """A nationality or party word right before a lower-case noun modifies that noun."""
    if tokens[last].low not in DEMONYMS or last + 1 >= before:
        return False
    following = tokens[last + 1]
    return following.text.isalpha() and following.text.islower() and not _verb_like(following.low)


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
        and end - index < _MAX_SUBJECT_WORDS
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


_ARTICLES = frozenset({"the", "a", "an"})


def _common_subject(tokens: list[Token], first: int, before: int) -> Mention | None:
    """ "The retired neurosurgeon hinted ...", "The ad targets a ...": a common noun subject."""
    lead = tokens[first] if first < before else None
    if lead is None or not (
        lead.low in _ARTICLES or lead.low in _POSSESSIVE_DETERMINERS or _possessive_name(lead)
    ):
        return None
    last = _speaking_head(tokens, first, before)
    if last is not None and tokens[last].low in _SUBJECT_PRONOUNS:
        return make_mention(tokens, last, last)
    return make_mention(tokens, first, last) if last is not None else None


def _possessive_name(token: Token) -> bool:
    """ "Hoff's letter makes a case: ...": a name's possessive leads the phrase like "the"."""
    return token.is_cap and token.text.endswith(("’s", "'s")) and len(token.text) > 3


def _speaking_head(tokens: list[Token], lead: int, before: int) -> int | None:
    """The head of the lower-case noun phrase after `lead` (an article or a number), if it speaks;
    when the head cannot speak and a clause of its own follows it ("The major danger he sees
    is ..."), that clause's subject pronoun instead.

    The phrase stops before the verb: a past form or a cue after its first word
    ("the retired neurosurgeon hinted"), or a word followed by an object's article
    ("the ad targets a ..."). An irregular verb ("the businessman began") is not
    recognised, so the head is the last word before the stop that names someone
    who speaks. "The first incident came ..." has no such word.
    """
    best, index = None, lead + 1
    while index < before and index - lead <= MAX_NP:
        token = tokens[index]
        if not (token.text.isalpha() and token.text.islower()) or _stops_phrase(token.low):
            if token.low in _SUBJECT_PRONOUNS and index > lead + 1:
                # "The major danger he sees is '...'": the head noun cannot speak, but the
                # subject of the clause after it does
                return index - 1 if _can_speak(tokens[index - 1].low) else index
            break
        following = tokens[index + 1].low if index + 1 < before else ""
        if index > lead + 1 and (_verb_like(token.low) or following in _ARTICLES):
            break
        if _can_speak(token.low):
            best = index  # "the billionaire businessman began by ...": the last noun that speaks
        index += 1
    return best


_POSSESSIVE_DETERMINERS = frozenset(words("his her their its our my your"))
_SUBJECT_PRONOUNS = frozenset(words("he she they we i you"))


def _can_speak(head: str) -> bool:
    """A head noun naming a person, a group or a text: "neurosurgeon", "lawmakers", "ad"."""
    return is_person_noun(head) or head in SPEAKING_THINGS


def _verb_like(low: str) -> bool:
    """A past form or a reporting verb ends a subject noun phrase."""
    return low.endswith("ed") or is_cue_word(low)


def _stops_phrase(low: str) -> bool:
    return low in NOT_IN_NP or low in PREPOSITIONS or low in SKIPPABLE or low in PRONOUNS


_MAX_LEAD = 5


def _apposed_name(tokens: list[Token], first: int, before: int) -> Mention | None:
    """ "One early supporter, Representative Lee Zeldin, ... gave ...": the name set off.

    A short lower-case-led phrase, a comma, then a name of two or more capitalised
    words closed by a comma: the name is who the sentence is about.
    """
    comma = next(
        (i for i in range(first + 1, min(before, first + _MAX_LEAD + 1)) if tokens[i].text == ","),
        None,
    )
    if comma is None or any(t.low in PREPOSITIONS for t in tokens[first:comma]):
        return None
    end = comma + 1
    while end < before and end - comma <= _MAX_SUBJECT_WORDS and inside_phrase(tokens[end]):
        end += 1
    names = tokens[comma + 1 : end]
    if len(names) < 2 or end >= before or tokens[end].text != ",":
        return None
    if not (tokens[end - 1].is_cap and tokens[end - 2].is_cap):
        return None
    return make_mention(tokens, comma + 1, end - 1)


_APPROXIMATELY = frozenset(words("about some nearly almost roughly around over more than fewer"))


def _counted_subject(tokens: list[Token], before: int) -> Mention | None:
    """ "About 200 protesters gathered ..., chanting ...": a counted group opens the sentence.

    "About" before a number is an amount, not a preposition opening a clause.
    """
    index = 0
    while index < min(before, 3) and tokens[index].low in _APPROXIMATELY:
        index += 1
    if index >= before or not (tokens[index].text.isdigit() or tokens[index].low in _NUMBER_WORDS):
        return None
    last = _speaking_head(tokens, index, before)
    return make_mention(tokens, 0, last) if last is not None else None
