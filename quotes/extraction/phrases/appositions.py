"""Speakers set off by punctuation before a cue: appositions ("X, the spokesman,"),
relative clauses (", who said"), asides and dashes.
"""

from __future__ import annotations

from ..lexicon import ROLE_NOUNS, words
from ..lexicon.function_words import MENTION_DETERMINERS
from ..text.layout import Token
from .backwards import skip_back
from .noun_phrases import (
    DATELINE_DASHES,
    Mention,
    common_back,
    inside_phrase,
    is_head,
    make_mention,
    name_before_comma,
    phrase_back,
    pronoun_of,
)

_MAX_APPOSITION = 24


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


def pronoun_before_aside(tokens: list[Token], comma: int, floor: int) -> Mention | None:
    """ "and he, once again, pledged": a pronoun before an adverbial set off by commas."""
    opening = skip_back(tokens, comma - 1, floor)
    if opening == comma - 1 or opening - 1 < floor or tokens[opening].text != ",":
        return None
    if not pronoun_of(tokens[opening - 1].low):
        return None
    return make_mention(tokens, opening - 1, opening - 1)


def sets_off(mark: Token, relative: Token) -> bool:
    """A comma sets off any relative clause; a dash only a person's ("- who said")."""
    return mark.text == "," or (mark.text in DATELINE_DASHES and relative.low == "who")


_MAX_RELATIVE = 12


def across_relative(tokens: list[Token], last: int, floor: int) -> Mention | None:
    """ "a White House official who spoke anonymously said": the phrase before "who"."""
    for index in range(last, max(floor, last - _MAX_RELATIVE) - 1, -1):
        token = tokens[index]
        if token.is_quote or token.text in {",", ";", ":", "(", ")"}:
            return None
        if token.low == "who" and index - 1 >= floor:
            head = index - 1
            first = phrase_back(tokens, head, floor)
            if first is None:
                first = common_back(tokens, head, floor, object_ok=index == last)
            if first is None:
                return None
            named = make_mention(tokens, first, head)
            if index < last:
                return named
            # "a tweet from Rikkie Wells who tweeted, ...": "who" is the cue's own subject
            return Mention(index, index, token.start, token.end, "relative", named)
    return None


def antecedent(tokens: list[Token], comma: int, floor: int) -> Mention | None:
    """ "endorsed by Mike Lee, who declared ...": "who", standing for the name before it."""
    before = comma - 1
    if tokens[before].is_quote:
        return None
    named = name_before_comma(tokens, comma, floor)
    if named is None:
        first = common_back(tokens, before, floor, object_ok=True)
        named = make_mention(tokens, first, before) if first is not None else None
    if named is None:
        return None
    who = tokens[comma + 1]
    return Mention(comma + 1, comma + 1, who.start, who.end, "relative", named)


def apposition_before(tokens: list[Token], comma: int, floor: int) -> Mention | None:
    """ "X, the Turkish president, said" / "X, which has ..., urged": the X.

    A parenthesis ("Kasich (R-OH), said") stands for the name before it; commas
    inside the apposition ("a salesman from Sumter, South Carolina,") are stepped over.
    """
    party = _party_of_place(tokens, comma, floor)
    if party is not None:
        comma = party  # "Lee Zeldin, Republican of New York, said": step over the party
        if not tokens[comma - 1].is_cap:
            return None
        return name_before_comma(tokens, comma, floor)
    direct = name_before_comma(tokens, comma, floor)
    if direct is not None and tokens[comma - 1].text == ")":
        return direct
    relative = _relative_comma(tokens, comma, floor)
    if relative is not None:  # "Marco Rubio, whose hometown, Miami, is ..., argues"
        return name_before_comma(tokens, relative, floor)
    for index in range(comma - 1, max(floor, comma - _MAX_APPOSITION) - 1, -1):
        if tokens[index].text != ",":
            continue
        inner = tokens[index + 1]
        if inner.is_cap and inner.low not in MENTION_DETERMINERS:
            if _names_a_role(tokens, index, direct, floor):
                return direct
            continue
        named = name_before_comma(tokens, index, floor)
        if named is not None or not _inside_list(tokens, index):
            return named
    return None


def _inside_list(tokens: list[Token], comma: int) -> bool:
    """ "assistant secretary for population, refugees, and migration,": a comma of a
    lower-case list inside the apposition, so the name stands before an earlier comma."""
    return comma > 0 and tokens[comma - 1].text.islower() and tokens[comma - 1].text.isalpha()


def _relative_comma(tokens: list[Token], comma: int, floor: int) -> int | None:
    """The comma opening ", who ...," or ", whose ...," that closes at `comma`, if any."""
    for index in range(comma - 2, max(floor, comma - _MAX_RELATIVE_CLAUSE) - 1, -1):
        if tokens[index].text == "," and tokens[index + 1].low in {"who", "whose"}:
            return index
    return None


_MAX_RELATIVE_CLAUSE = 40


_PARTIES = frozenset(words("republican democrat independent"))


def _party_of_place(tokens: list[Token], comma: int, floor: int) -> int | None:
    """The comma before ", Republican of New York," ending at `comma`, if that is what it holds."""
    for index in range(comma - 1, max(floor, comma - 6) - 1, -1):
        if tokens[index].text == ",":
            inner = tokens[index + 1 : comma]
            if len(inner) >= 3 and inner[0].low in _PARTIES and inner[1].low == "of":
                return index if all(t.is_cap for t in inner[2:]) else None
            return None
    return None


def _names_a_role(tokens: list[Token], comma: int, name: Mention | None, floor: int) -> bool:
    """ "The foreign minister, Mevlut Cavusoglu, said": the name set off after a role phrase."""
    return (
        name is not None
        and name.first == comma + 1
        and comma - 1 >= floor
        and tokens[comma - 1].low in ROLE_NOUNS
    )
