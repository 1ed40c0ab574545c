"""Stepping back from a cue over what may stand between it and its speaker:
adverbs, auxiliaries, time phrases ("in the past", "two weeks ago") and raising
verbs ("is reported to have"). The phrase finder before a cue (`mentions`)
starts where this walk stops; two readings are this walk's own: a pronoun
before an aside set off by commas ("he, once again, pledged") and the phrase
after "with" that does a participle ("with many marchers chanting").
"""

from __future__ import annotations

from ..lexicon import PRONOUNS, SKIPPABLE, words
from ..lexicon.cue_words import RAISING_VERBS
from ..lexicon.function_words import MENTION_DETERMINERS, PREPOSITIONS
from ..lexicon.openers import NOT_IN_NP
from ..lexicon.time_words import AGO_WORDS, TIME_FILLERS, TIME_NOUNS
from ..text.cache import table
from ..text.layout import Token
from .mention import Mention
from .noun_phrases import LINKS, MAX_NP, WEEKDAY_SET, make_mention, pronoun_of, wordlike


def _is_adverb(token: Token) -> bool:
    """ "jokingly", "angrily": a lower-case -ly word (not "only" or "early", which are listed)."""
    text = token.text
    return len(text) > 4 and text.endswith("ly") and text.isalpha() and text.islower()


_MODAL_NAMES = frozenset({"Will", "May"})


def _name_in_running_text(tokens: list[Token], index: int) -> bool:
    """A capital after a comma or a lower-case word is a name's, not a headline's."""
    if index == 0 or not tokens[index].is_cap:
        return False
    before = tokens[index - 1].text
    return before == "," or (before.isalpha() and before.islower())


def skip_back(tokens: list[Token], index: int, floor: int) -> int:
    """Step back over adverbs, auxiliaries and time words between speaker and cue.

    Each step depends only on where it stands, so where a walk from each index
    ends is kept: cues one after another ("said to said to ...", "reply reply
    ...") would otherwise each walk back over all the others.
    """
    known = table(tokens, ("skip back", floor))
    path = []
    while index >= floor:
        if index in known:
            index = known[index]
            break
        path.append(index)
        low = tokens[index].low
        if index > 0 and tokens[index].text in _MODAL_NAMES:
            break  # '"...," Will wrote.': George Will, not the modal
        if _name_in_running_text(tokens, index) and low not in WEEKDAY_SET:
            break  # "Informed of the district's lean, Early described it": a name
        if (
            (low in SKIPPABLE and low not in PRONOUNS)
            or (low == "on" and index + 1 < len(tokens) and tokens[index + 1].low in SKIPPABLE)
            or _is_adverb(tokens[index])
            or (low == "first" and not tokens[index].is_cap)  # "The Tennessean first reported"
        ):
            index -= 1
        elif (start := _time_phrase_start(tokens, index, floor)) is not None:
            index = start - 1  # "who has in the past described": step over "in the past"
        elif (start := _raising_start(tokens, index, floor)) is not None:
            index = start - 1  # "Obama is reported to have called": Obama called
        else:
            break
    for at in path:
        known[at] = index
    return index


def _raising_start(tokens: list[Token], index: int, floor: int) -> int | None:
    """ "is reported to have", "was said to": the report is about the subject's words."""
    at = index - 1 if tokens[index].low == "have" else index
    if at - 1 <= floor or tokens[at].low != "to" or tokens[at - 1].low not in RAISING_VERBS:
        return None
    return at - 1


_AGO_UNITS = TIME_NOUNS | frozenset(words("hours minutes"))


def _ago_start(tokens: list[Token], ago: int, floor: int) -> int | None:
    """ "less than two weeks ago": the amount and unit before "ago"."""
    if ago - 1 < floor or tokens[ago - 1].low not in _AGO_UNITS:
        return None
    start = ago - 1
    while start - 1 >= floor and (
        tokens[start - 1].low in AGO_WORDS or tokens[start - 1].text.isdigit()
    ):
        start -= 1
    return start


_TIME_PREPOSITIONS = frozenset(words("in for over during at"))


def _time_phrase_start(tokens: list[Token], index: int, floor: int) -> int | None:
    """Where "in the past", "over the years" or "less than two weeks ago" starts, when it
    ends at `index`."""
    if tokens[index].low == "ago":
        return _ago_start(tokens, index, floor)
    if tokens[index].low not in TIME_NOUNS:
        return None
    for start in range(index - 1, max(floor, index - 4) - 1, -1):
        low = tokens[start].low
        if low in _TIME_PREPOSITIONS:
            return start
        if low not in TIME_FILLERS:
            return None
    return None


def pronoun_before_aside(tokens: list[Token], comma: int, floor: int) -> Mention | None:
    """ "and he, once again, pledged": a pronoun before an adverbial set off by commas."""
    opening = skip_back(tokens, comma - 1, floor)
    if opening == comma - 1 or opening - 1 < floor or tokens[opening].text != ",":
        return None
    if not pronoun_of(tokens[opening - 1].low):
        return None
    return make_mention(tokens, opening - 1, opening - 1)


def with_absolute(tokens: list[Token], last: int, floor: int) -> Mention | None:
    """ "..., with many marchers chanting '...'": the phrase after "with" does the participle.

    An absolute clause names its own subject, so neither the sentence's subject
    nor "with"'s position as a preposition decides who speaks. `last` is where
    `skip_back` stops before the participle ("with Cruz repeatedly calling").
    """
    index = last
    while index > floor and last - index < _MAX_ABSOLUTE and _in_absolute(tokens[index]):
        index -= 1
    if index >= last or tokens[index].low != "with" or tokens[last].low in MENTION_DETERMINERS:
        return None
    if tokens[index + 1].low in LINKS or tokens[index + 1].low == "and":
        return None
    return make_mention(tokens, index + 1, last)


_MAX_ABSOLUTE = MAX_NP + 3  # "with one of her ads", "with 47 percent of Cuban Americans"


def _in_absolute(token: Token) -> bool:
    """A word of the phrase between "with" and its participle: no verb, no other preposition."""
    low = token.low
    return (
        wordlike(token)
        and (low not in PREPOSITIONS or low in LINKS)
        and (low not in NOT_IN_NP or low == "and")
    )
