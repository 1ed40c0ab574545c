"""A relative "who" after a name and its apposition stands for the name.

In "said Scott Reed, the group's chief strategist, who added ...", the
apposition ("the group's chief strategist") only describes Reed, and the
relative clause that follows it goes on about the same person: English sets the
apposition off with commas on both sides and then continues the sentence about
the name. The phrase before "who" is then a role, not someone of its own; filing
the quote under it leaves it unnamed. A name after a preposition ("In Ohio, the
governor, who ...") is a place or an adjunct, not the one described.
"""

from __future__ import annotations

from ..lexicon.function_words import MENTION_DETERMINERS, PREPOSITIONS
from ..phrases.mention import Mention
from ..phrases.noun_phrases import name_before_comma
from ..text.layout import Token


def appositive_name(tokens: list[Token], phrase: Mention) -> Mention | None:
    """The name set before the comma that opens `phrase`, when `phrase` is its apposition."""
    if phrase.kind != "role":
        return None  # "Reed, Chamber President Bob Smith, who": a name is someone of its own
    comma = phrase.first - 1
    if comma > 0 and tokens[comma].low in MENTION_DETERMINERS:
        comma -= 1  # "the", "his": left out of the phrase
    if comma < 1 or tokens[comma].text != ",":
        return None
    named = name_before_comma(tokens, comma, 0)
    if named is None:
        return None
    if named.first > 0 and tokens[named.first - 1].low in PREPOSITIONS:
        return None
    return named
