"""Walking back from a cue: over adverbials and time phrases, to the common-noun or
role phrase before it, and to what that phrase is qualified by.
"""

from __future__ import annotations

from ..lexicon import (
    PRONOUNS,
    QUALIFIERS,
    ROLE_NOUNS,
    SKIPPABLE,
    SPEAKING_THINGS,
    is_person_noun,
    words,
)
from ..lexicon.cue_words import IRREGULAR_PARTICIPLES, RAISING_VERBS
from ..lexicon.function_words import MENTION_DETERMINERS, PREPOSITIONS, SOURCE_DETERMINERS
from ..lexicon.openers import NOT_IN_NP
from ..lexicon.time_words import AGO_WORDS, TIME_FILLERS, TIME_NOUNS
from ..text.layout import Token, memo
from .noun_phrases import (
    LINKS,
    WEEKDAY_SET,
    Mention,
    make_mention,
    phrase_back,
    pronoun_of,
    wordlike,
)

MAX_NP = 5


INDEFINITE_ONES = frozenset({"one", "another"})


MAX_NESTED = 16  # phrases qualified by phrases ("the aide for the aide for ..."), at most


def common_back(
    tokens: list[Token], last: int, floor: int, object_ok: bool = False, depth: int = 0
) -> int | None:
    """First index of a determiner-led common noun phrase ending at `last` ("the organizer").

    With `object_ok` the phrase may follow a preposition: "a lecture from the
    president, who said" still names who said it. `depth` counts the roles
    stepped back over ("a spokesman for the aide for ..."), at most `MAX_NESTED`.
    """
    index = last
    while index >= floor and last - index <= MAX_NP:
        token = tokens[index]
        owned = index < last and _is_possessive_name(token) and tokens[last].low in _OWNED_HEADS
        if token.low in MENTION_DETERMINERS or token.low in INDEFINITE_ONES or owned:
            after_preposition = index > floor and tokens[index - 1].low in PREPOSITIONS
            if index < last and (object_ok or not after_preposition):
                return index
            if index < last and tokens[index - 1].low in LINKS and depth < MAX_NESTED:
                # "a spokesman for the buyer"
                return _role_before_link(tokens, index - 1, floor, depth + 1)
            return None  # "in his opening comments": a noun phrase after a preposition
        if (
            token.is_quote
            or not token.text[:1].isalnum()
            or token.low in NOT_IN_NP
            or token.low in PRONOUNS
            or token.low in PREPOSITIONS
            or token.low in SKIPPABLE
            or (index < last and _past_verb_after_noun(tokens, index, floor))
        ):
            return None
        index -= 1
    return None


def _role_before_link(tokens: list[Token], link: int, floor: int, depth: int) -> int | None:
    """Where "a spokesman" starts in "a spokesman for the buyer", if a person heads it."""
    head = link - 1
    if head < floor or not is_person_noun(tokens[head].low):
        return None
    return common_back(tokens, head, floor, depth=depth)


def _past_verb_after_noun(tokens: list[Token], index: int, floor: int) -> bool:
    """ "the Clinton operation disparaged women complained": a clause, not a noun phrase.

    Right after an article a past form is an adjective ("the retired teacher"), and
    at the end it is a participle ("an ad released Thursday said").
    """
    token = tokens[index]
    return (
        index > floor
        and len(token.text) > 4
        and token.text.islower()
        and token.low.endswith("ed")
        and tokens[index - 1].low not in MENTION_DETERMINERS
        and tokens[index - 1].low not in INDEFINITE_ONES
    )


_OWNED_HEADS = ROLE_NOUNS | frozenset(words("office team camp staff"))


def _is_possessive_name(token: Token) -> bool:
    """ "Ryan’s" in "Ryan’s office said": a name owning the speaker phrase."""
    return token.is_cap and token.low.endswith(("’s", "'s")) and not pronoun_of(token.low)


def role_of(tokens: list[Token], last: int, floor: int) -> int | None:
    """ "the secretary of state said": a role noun with a one-word complement after "of"."""
    role = last - 2
    if role < floor or tokens[last - 1].low != "of" or not tokens[last].text.isalpha():
        return None
    if tokens[role].low not in ROLE_NOUNS:
        return None
    return phrase_back(tokens, role, floor) or common_back(tokens, role, floor)


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
    known = memo(tokens, ("skip back", floor), _new_dict)
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


def _new_dict(tokens: list[Token]) -> dict[int, int]:
    return {}


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


def postmodified(tokens: list[Token], first: int, floor: int) -> int | None:
    """Where "a message" starts in "a message on the website": a text or a person that a
    prepositional phrase places, whose head is the speaker."""
    head = first - 2
    if head <= floor or tokens[first - 1].low not in _PLACING:
        return None
    low = tokens[head].low
    if not (tokens[head].text.islower() and (low in SPEAKING_THINGS or is_person_noun(low))):
        return None
    return common_back(tokens, head, floor)


_PLACING = frozenset(words("on in from at"))


def qualified_source(tokens: list[Token], last: int, floor: int) -> Mention | None:
    """ "A source familiar with the investigation said": who the source is, kept whole.

    Unnamed sources come with what qualifies them ("close to the campaign",
    "briefed on the talks", "with knowledge of the plan"); the noun before the
    qualifier speaks, and the phrase up to the cue says which source it is.
    """
    for index in range(last - 1, max(floor, last - _MAX_QUALIFIED) - 1, -1):
        token = tokens[index]
        if not wordlike(token) or token.low in NOT_IN_NP:
            return None
        pair = f"{token.low} {tokens[index + 1].low}"
        if pair in QUALIFIERS and index > floor and is_person_noun(tokens[index - 1].low):
            head = index - 1
            first = (
                head - 1 if head > floor and tokens[head - 1].low in SOURCE_DETERMINERS else head
            )
            return make_mention(tokens, first, last)
    return None


_MAX_QUALIFIED = 9


def is_company_subject(tokens: list[Token], index: int, floor: int) -> bool:
    """ "Twitter said in a statement": a medium is a company when it is the subject itself.

    "On Twitter, Trump said" keeps the medium out: there a preposition governs it.
    """
    return tokens[index].low in _MEDIA and (
        index == floor or tokens[index - 1].low not in PREPOSITIONS
    )


_MEDIA = frozenset(words("twitter facebook instagram youtube"))


def with_absolute(tokens: list[Token], cue_at: int, floor: int) -> Mention | None:
    """ "..., with many marchers chanting '...'": the phrase after "with" does the participle.

    An absolute clause names its own subject, so neither the sentence's subject
    nor "with"'s position as a preposition decides who speaks.
    """
    last = skip_back(tokens, cue_at - 1, floor)  # "with Cruz repeatedly calling"
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


def passive_at(tokens: list[Token], index: int) -> bool:
    text = tokens[index].text
    return text.islower() and (
        (len(text) > 4 and text.endswith("ed")) or text in IRREGULAR_PARTICIPLES
    )


def participle_at(tokens: list[Token], index: int) -> bool:
    low = tokens[index].text
    return len(low) > 4 and low.islower() and low.endswith("ing")
