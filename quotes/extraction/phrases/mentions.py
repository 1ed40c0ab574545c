"""Finding the speaker phrase before a cue: "Erdogan told", "he added", "X, the spokesman, said".

Works on the tokens of one masked sentence. A speaker phrase is a pronoun,
a run of capitalised words (with "of"/"for" links and role nouns inside,
e.g. "Secretary of State Mike Pompeo", "State Department spokesperson Ned
Price"), or a role phrase ("the Turkish president", "officials"). An
apposition ("Ibrahim Kalin, spokesman of ..., told") yields the name before
the comma. This module decides among the readings, reading forward through
`backwards` (what stands between speaker and cue, an aside or an absolute
"with" clause) and `noun_phrases` (a phrase's extent, and speakers set off by
punctuation), neither of which calls back up; a name set off by dashes right
before the cue is read here, and so is the subject of a verb a cue is joined
to ("she laughed and admitted": the phrase before "laughed"). The subject of
a cue-less sentence (`subjects`) is the other layer on `noun_phrases`; the
two never call each other.
"""

from __future__ import annotations

from ..lexicon import QUALIFIERS, words
from ..lexicon.cue_words import IRREGULAR_PARTICIPLES
from ..lexicon.function_words import PREPOSITIONS, SOURCE_DETERMINERS
from ..lexicon.openers import NOT_IN_NP, NOT_SPEAKERS
from ..text.layout import Token
from .backwards import pronoun_before_aside, skip_back, with_absolute
from .cue import Cue
from .mention import Mention
from .noun_phrases import (
    DATELINE_DASHES,
    LINKS,
    MAX_NESTED,
    across_relative,
    antecedent,
    apposition_before,
    common_back,
    inside_phrase,
    is_head,
    is_person_noun,
    make_mention,
    name_before_comma,
    paren_start,
    phrase_back,
    postmodified,
    pronoun_of,
    role_of,
    sets_off,
    wider_definite,
    wordlike,
)


def subject_before(tokens: list[Token], cue: Cue, floor: int = 0, depth: int = 0) -> Mention | None:
    """The speaker phrase just before a cue: pronoun, name, role phrase or apposition.

    A phrase qualified by a participle or a passive ("A letter from the Legion
    obtained by The Associated Press warns") is looked for before that verb in
    turn; `depth` counts those steps back, and past `MAX_NESTED` of them (only
    a text built to nest without end has as many) nobody is found.
    """
    if depth > MAX_NESTED:
        return None
    index = skip_back(tokens, cue.first - 1, floor)
    if cue.is_participle:
        absolute = with_absolute(tokens, index, floor)
        if absolute is not None:
            return absolute
    if index < floor:
        return None
    marked = _marked_subject(tokens, index, floor)
    if marked is not _UNMARKED:
        return marked
    first = wider_definite(tokens, phrase_back(tokens, index, floor), index, floor)
    if first is None:
        first = role_of(tokens, index, floor)
    if first is None:
        first = common_back(tokens, index, floor)
        if first is None:
            placed = common_back(tokens, index, floor, object_ok=True)
            owner = postmodified(tokens, placed, floor) if placed is not None else None
            if owner is not None and not cue.is_participle:
                return make_mention(tokens, owner, index)  # "a message on the website reads"
            return across_relative(tokens, index, floor)
        return make_mention(tokens, first, index)
    if (
        first == index
        and tokens[first].low in NOT_SPEAKERS
        and not is_company_subject(tokens, first, floor)
    ):
        return None
    return _phrase_subject(tokens, cue, first, index, floor, depth)


# What `_marked_subject` gives back when no mark before the cue decides the subject.
_UNMARKED = object()


def _marked_subject(tokens: list[Token], index: int, floor: int):
    """The subject when the token before the cue decides it: a pronoun, a sourced
    phrase, a comma, a dash, a relative pronoun or a parenthesis; else `_UNMARKED`."""
    token = tokens[index]
    if pronoun_of(token.low):
        return make_mention(tokens, index, index)
    sourced = qualified_source(tokens, index, floor)
    if sourced is not None:
        return sourced
    if token.text == ",":
        aside = pronoun_before_aside(tokens, index, floor)
        return aside if aside is not None else apposition_before(tokens, index, floor)
    if token.text in DATELINE_DASHES and index > floor:
        return dashed_apposition(tokens, index, floor)
    if token.low in _RELATIVES and index - 1 > floor and sets_off(tokens[index - 1], token):
        return antecedent(tokens, index - 1, floor)  # ", who said" or "- who said"
    if token.text == ")" and index > floor:
        # "Lisa Madigan (D) asserted": the name before the parenthesis
        opening = paren_start(tokens, index, floor)
        if opening is None or opening <= floor:
            return None
        first = phrase_back(tokens, opening - 1, floor)
        if first is None or not tokens[opening - 1].is_cap:
            return None
        return make_mention(tokens, first, opening - 1)
    return _UNMARKED


_MAX_DASHED = 25


def dashed_apposition(tokens: list[Token], closing: int, floor: int) -> Mention | None:
    """ "A former candidate -- John McCain, who lost in 2008 -- said": McCain said it.

    The name opening the part set off by dashes is who speaks; without a name
    there, the phrase before the first dash.
    """
    dash = tokens[closing].text
    opening = next(
        (
            i
            for i in range(closing - 2, max(floor, closing - _MAX_DASHED) - 1, -1)
            if tokens[i].text == dash
        ),
        None,
    )
    if opening is None or opening <= floor:
        return None
    last = opening + 1
    while last + 1 < closing and inside_phrase(tokens[last + 1]):
        last += 1
    if tokens[opening + 1].is_cap and is_head(tokens[last]) and last > opening + 1:
        return make_mention(tokens, opening + 1, last)
    first = phrase_back(tokens, opening - 1, floor)
    if first is None:
        first = common_back(tokens, opening - 1, floor)
    return make_mention(tokens, first, opening - 1) if first is not None else None


def _phrase_subject(
    tokens: list[Token], cue: Cue, first: int, index: int, floor: int, depth: int
) -> Mention | None:
    """The subject when a phrase `first..index` ends before the cue: that phrase, or
    the phrase it qualifies, or the subject of the verb it is the object of."""
    if first - 1 > floor and (
        (tokens[first - 1].low in PREPOSITIONS and participle_at(tokens, first - 2))
        or (tokens[first - 1].low == "by" and passive_at(tokens, first - 2))
    ):
        # "Another source speaking to Fox News said": the source said it; so does
        # "A letter from the Legion obtained by The Associated Press warns ..."
        found = subject_before(tokens, verb_at(tokens, first - 2), floor, depth + 1)
        if found is not None:
            return found
    if first - 1 > floor and tokens[first - 1].low == "to" and not cue.is_participle:
        # "Sanders' email to his supporters notes ...": the email speaks, not its readers
        return subject_before(tokens, verb_at(tokens, first - 1), floor, depth + 1)
    lead = tokens[first]
    if (
        first - 1 > floor
        and tokens[first - 1].text == ","
        and not lead.is_cap
        and lead.low != "the"
        and not ends_in_full_name(tokens, first, index)
    ):
        named = name_before_comma(tokens, first - 1, floor)
        if named is not None:
            return named
    # After "to" or a comma no preposition places the phrase: the readings above and
    # the one below never meet.
    owner = postmodified(tokens, first, floor)
    if owner is not None and not cue.is_participle:
        return make_mention(tokens, owner, index)  # "a welcome message on the website reads"
    if first > floor and tokens[first - 1].low in PREPOSITIONS and cue.is_participle:
        return None  # "posted a message on Twitter reading ...": the object, not the speaker
    return make_mention(tokens, first, index)


def joined_verb_subject(tokens: list[Token], cue: Cue) -> Mention | None:
    """ "she laughed and admitted '...'": the subject right before the verb the cue is
    joined to, not the speaker of an earlier clause of the sentence."""
    join = cue.first - 1
    while join >= 0 and tokens[join].low != "and":
        join -= 1
    verb = join - 1
    if verb < 1 or not tokens[verb].text.isalpha() or not tokens[verb].text.islower():
        return None
    if not tokens[verb].low.endswith("ed"):
        return None  # "a Southern accent and said": no verb of its own before the cue
    found = subject_before(tokens, verb_at(tokens, verb))
    if found is None or found.last != verb - 1 or found.kind == "role":
        return None
    return found


def verb_at(tokens: list[Token], index: int) -> Cue:
    """The token at `index` taken as a cue, to find the subject before it."""
    token = tokens[index]
    return Cue("say", "say", index, index, token.text, token.start, token.end)


_RELATIVES = frozenset({"who", "which"})


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
        if token.low not in _QUALIFIER_STARTS:
            continue
        pair = f"{token.low} {tokens[index + 1].low}"
        if pair in QUALIFIERS and index > floor and is_person_noun(tokens[index - 1].low):
            head = index - 1
            first = (
                head - 1 if head > floor and tokens[head - 1].low in SOURCE_DETERMINERS else head
            )
            return make_mention(tokens, first, last)
    return None


_MAX_QUALIFIED = 9
# The first words of the qualifiers: a token that is none of them starts no pair, so
# the walk back from each cue builds a pair only where one may be listed.
_QUALIFIER_STARTS = frozenset(pair.split(" ")[0] for pair in QUALIFIERS)


def is_company_subject(tokens: list[Token], index: int, floor: int) -> bool:
    """ "Twitter said in a statement": a medium is a company when it is the subject itself.

    "On Twitter, Trump said" keeps the medium out: there a preposition governs it.
    """
    return tokens[index].low in _MEDIA and (
        index == floor or tokens[index - 1].low not in PREPOSITIONS
    )


_MEDIA = frozenset(words("twitter facebook instagram youtube"))


def passive_at(tokens: list[Token], index: int) -> bool:
    text = tokens[index].text
    return text.islower() and (
        (len(text) > 4 and text.endswith("ed")) or text in IRREGULAR_PARTICIPLES
    )


def participle_at(tokens: list[Token], index: int) -> bool:
    low = tokens[index].text
    return len(low) > 4 and low.islower() and low.endswith("ing")


def ends_in_full_name(tokens: list[Token], first: int, last: int) -> bool:
    """ "..., former president Bill Clinton said": a titled name is the subject itself.

    "Kalin, spokesman of President Tayyip Erdogan, told" names Erdogan after a
    link: that phrase describes Kalin.
    """
    if any(token.low in LINKS for token in tokens[first:last]):
        return False
    return last > 0 and tokens[last].is_cap and tokens[last - 1].is_cap
