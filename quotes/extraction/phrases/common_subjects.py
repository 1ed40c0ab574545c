"""A subject led by an article or a possessive: "The retired neurosurgeon hinted ...".

The head noun of a lower-case phrase that names someone who speaks, or the
name right after it ("the retired neurosurgeon Ben Carson", "The candidate's
wife Ann Lee"): split from `subjects.py`, which asks it first.
"""

from __future__ import annotations

from ..lexicon import PRONOUNS, SKIPPABLE, SPEAKING_THINGS
from ..lexicon.cue_forms import is_cue_word
from ..lexicon.function_words import ARTICLES, POSSESSIVES, PREPOSITIONS, SUBJECT_PRONOUNS
from ..lexicon.openers import NOT_IN_NP
from ..text.layout import Token
from .mention import Mention
from .noun_phrases import MAX_NP, inside_phrase, is_person_noun, make_mention

MAX_SUBJECT_WORDS = 40  # no subject phrase is longer; a run of capitals past it is cut


def common_subject(tokens: list[Token], first: int, before: int) -> Mention | None:
    """ "The retired neurosurgeon hinted ...", "The ad targets a ...": a common noun subject."""
    span = _common_span(tokens, first, before)
    return make_mention(tokens, *span) if span is not None else None


def _common_span(tokens: list[Token], first: int, before: int) -> tuple[int, int] | None:
    """First and last token of the subject `common_subject` finds, or None."""
    lead = tokens[first] if first < before else None
    if lead is None or not (
        lead.low in ARTICLES or lead.low in POSSESSIVES or _possessive_name(lead)
    ):
        return None
    last = speaking_head(tokens, first, before)
    if last is not None and tokens[last].low in SUBJECT_PRONOUNS:
        return last, last
    if last is None:
        return _owned_name(tokens, first, before)
    end = _name_after_head(tokens, last, before)
    if end is not None:
        return last + 1, end  # "The candidate's wife Ann Lee": Ann Lee
    return first, last


def _owned_name(tokens: list[Token], first: int, before: int) -> tuple[int, int] | None:
    """ "The candidate's glamorous wife Ann Lee brought ...": the name after an owned role."""
    owner = first + 1
    if owner >= before or not _lower_possessive(tokens[owner].text):
        return None
    last = speaking_head(tokens, owner, before)
    end = _name_after_head(tokens, last, before) if last is not None else None
    return (last + 1, end) if end is not None else None


def _name_after_head(tokens: list[Token], head: int, before: int) -> int | None:
    """The last token of a name of two or more capitalised words right after a role's
    head noun ("the retired neurosurgeon Ben Carson"), or None."""
    end = head + 1
    while end < before and end - head <= MAX_SUBJECT_WORDS and tokens[end].is_cap:
        if not inside_phrase(tokens[end]):
            break
        end += 1
    return end - 1 if end - head > 2 and is_person_noun(tokens[head].low) else None


def _possessive_name(token: Token) -> bool:
    """ "Hoff's letter makes a case: ...": a name's possessive leads the phrase like "the"."""
    return token.is_cap and token.text.endswith(("’s", "'s")) and len(token.text) > 3


def speaking_head(tokens: list[Token], lead: int, before: int) -> int | None:
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
            if token.low in SUBJECT_PRONOUNS and index > lead + 1:
                # "The major danger he sees is '...'": the head noun cannot speak, but the
                # subject of the clause after it does
                return index - 1 if _can_speak(tokens[index - 1].low) else index
            break
        following = tokens[index + 1].low if index + 1 < before else ""
        if index > lead + 1 and (verb_like(token.low) or following in ARTICLES):
            break
        if _can_speak(token.low):
            best = index  # "the billionaire businessman began by ...": the last noun that speaks
        index += 1
    return best


def _lower_possessive(text: str) -> bool:
    stem = text[:-2]
    return text.endswith(("’s", "'s")) and stem.isalpha() and stem.islower()


def _can_speak(head: str) -> bool:
    """A head noun naming a person, a group or a text: "neurosurgeon", "lawmakers", "ad"."""
    return is_person_noun(head) or head in SPEAKING_THINGS


def verb_like(low: str) -> bool:
    """A past form or a reporting verb ends a subject noun phrase."""
    return low.endswith("ed") or is_cue_word(low)


def _stops_phrase(low: str) -> bool:
    return low in NOT_IN_NP or low in PREPOSITIONS or low in SKIPPABLE or low in PRONOUNS
