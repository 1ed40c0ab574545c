"""Speech nouns that introduce a quotation: "her remark that '...'", "Trump's claim that '...'".

With no reporting verb in the sentence, a possessor and a speech noun right
before the quotation still say whose words these are. Only this tight shape
counts: possessor, at most a few modifiers, the noun, then "that", "was",
"is", a comma or a colon, then the opening mark. "His promise of 'free college'"
or "the claim that '...'" (nobody's) are left alone.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..lexicon import ROLE_NOUNS, SPEECH_NOUNS, words
from ..lexicon.cue_forms import is_cue_word
from ..lexicon.cue_words import CHANT_NOUNS
from ..lexicon.function_words import ARTICLES, CROWD_DETERMINERS
from ..lexicon.people import CROWD_NOUNS
from ..phrases.cue import Cue
from ..phrases.mention import Mention
from ..text.cache import memo
from ..text.layout import Token

POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_LINKS = frozenset(words("that was is"))
_MAX_MODIFIERS = 3


@dataclass
class NounCue:
    """A speech noun before a quotation and whose words they are."""

    cue: Cue
    mention: Mention
    pronoun: str  # "he" for "his", "" for a name's possessive


def noun_cue(tokens: list[Token], mark: int) -> NounCue | None:
    """The possessor and speech noun before the opening mark at token index `mark`."""
    index = mark - 1
    while index >= 0 and (tokens[index].text in {",", ":"} or tokens[index].low in _LINKS):
        index -= 1
    if index < 1 or tokens[index].low not in SPEECH_NOUNS:
        return None
    noun = tokens[index]
    cue = Cue("say", "say", index, index, noun.text, noun.start, noun.end)
    for at in range(index - 1, max(-1, index - 2 - _MAX_MODIFIERS), -1):
        token = tokens[at]
        mention = _possessor(tokens, at)
        if mention is not None and _reported(tokens, mention.first):
            return None  # "... a statement saying Trump's comments '...'": the town says so
        if mention is not None:
            return NounCue(cue, mention, POSSESSIVE_PRONOUNS.get(token.low, ""))
        if not token.text[:1].isalnum() or token.low in SPEECH_NOUNS:
            return None
    return None


def _reported(tokens: list[Token], before: int) -> bool:
    """Is there a reporting verb earlier in the sentence?"""
    return memo(tokens, "first_cue_word", _first_cue_word) < before


def _first_cue_word(tokens: list[Token]) -> int:
    return next((i for i, t in enumerate(tokens) if is_cue_word(t.low)), len(tokens))


def _possessor(tokens: list[Token], at: int) -> Mention | None:
    token = tokens[at]
    if token.low in POSSESSIVE_PRONOUNS:
        return Mention(at, at, token.start, token.end, "pronoun")
    if not token.text.endswith(("’s", "'s")) or len(token.text) <= 3:
        return None
    if token.is_cap:
        first = at
        while first > 0 and tokens[first - 1].is_cap and tokens[first - 1].text.isalpha():
            first -= 1
        return Mention(first, at, tokens[first].start, token.end - 2, "name")
    if token.low[:-2] not in ROLE_NOUNS:
        return None
    # "The Florida senator's answer": a role phrase back to its article
    first = at
    while first > 0 and at - first < _MAX_MODIFIERS and tokens[first - 1].text.isalpha():
        first -= 1
        if tokens[first].low in ARTICLES:
            return Mention(first, at, tokens[first].start, token.end - 2, "role")
    return None


def chanters(tokens: list[Token], mark: int) -> NounCue | None:
    """ "the crowd loudly reprised the chant 'Lock her up!'", "roused the crowd to chants of
    '...'": a chant right before the quotation is the crowd's, whoever stirred it."""
    index = mark - 1
    while index >= 0 and (tokens[index].text in {",", ":"} or tokens[index].low == "of"):
        index -= 1
    if index < 1 or tokens[index].low not in CHANT_NOUNS:
        return None
    chant = tokens[index]
    cue = Cue("say", "say", index, index, chant.text, chant.start, chant.end)
    crowds = memo(tokens, "crowds", _crowds)
    nearest = bisect_left(crowds, index) - 1
    if nearest < 0:
        return None  # nobody in the sentence before the chant
    at = crowds[nearest]  # the crowd word nearest before it
    first = at
    while first > 0 and at - first < _MAX_MODIFIERS and tokens[first - 1].text.isalpha():
        first -= 1
        if tokens[first].low in CROWD_DETERMINERS:
            break
    if tokens[first].low not in CROWD_DETERMINERS:
        first = at
    return NounCue(cue, Mention(first, at, tokens[first].start, tokens[at].end, "role"), "")


def _crowds(tokens: list[Token]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.low in CROWD_NOUNS]
