"""What opens a sentence before its subject: fronted clauses and
participles, time phrases and adverbs ("In an interview on Saturday, the
president ..."), stepped over to find who the sentence is about.
`subjects.py` asks one question here, `subject_start`: where the subject may start.
"""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import SUBORDINATORS
from ..lexicon.function_words import FOCUS_ADVERBS, PREPOSITION_PARTICIPLES, PREPOSITIONS
from ..lexicon.openers import ADVERB_OPENERS, NOT_SPEAKERS, SENTENCE_OPENERS
from ..lexicon.time_words import (
    DAY_PARTS,
    NUMBER_PARTS,
    NUMBER_WORDS,
    TIME_QUALIFIERS,
    TIME_UNITS,
    WEEKDAYS,
)
from ..text.cache import memo
from ..text.layout import Token
from .noun_phrases import inside_phrase


def subject_start(tokens: list[Token], before: int) -> int:
    """Where a sentence's subject may start, past what opens the sentence (0 if nothing).

    A fronted day needs no comma after it; a one-word opener is stepped over
    with its comma; a fronted clause, participle or time phrase runs to the
    comma that `after_fronted_clause` finds.
    """
    day = fronted_day(tokens)
    if day:
        return day  # "On Thursday evening Ann Lee delivered ...": no comma after the day
    if tokens and tokens[0].low in ADVERB_OPENERS:
        # "Then he cut into Bush, calling him ...": one word, then the subject
        return 2 if len(tokens) > 1 and tokens[1].text == "," else 1
    if tokens and (
        tokens[0].low in PREPOSITIONS
        or tokens[0].low in SENTENCE_OPENERS
        or focused_subordinator(tokens)
        or tokens[0].low in NOT_SPEAKERS
        or fronted_participle(tokens)
        or fronted_time(tokens)
        or qualified_preposition(tokens)
    ):
        return after_fronted_clause(tokens, before)
    return 0


def qualified_preposition(tokens: list[Token]) -> bool:
    """ "Shortly after the call ended, Rubio's campaign ...": a fronted time clause."""
    if len(tokens) < 3 or tokens[1].low not in PREPOSITIONS:
        return False
    first = tokens[0].low
    return first in TIME_QUALIFIERS or (first.endswith("ly") and first.isalpha())


def fronted_participle(tokens: list[Token]) -> bool:
    """ "Continuing to explain his view, Carson ...": the clause before the comma has no subject.

    An adverb may come first: "Hastily politicizing the tragedy, Trump ...".
    """
    start = 1 if len(tokens) > 2 and _is_ly_adverb(tokens[0]) else 0
    first = tokens[start].low
    if first in PREPOSITION_PARTICIPLES and len(tokens) > start + 1:
        return True  # "Regarding Trump's rhetoric, Woods ..."
    return (
        len(first) > 5
        and first.endswith(("ing", "ed"))  # "Informed of the district's lean, Early said"
        and len(tokens) > start + 1
        and tokens[start + 1].text[:1].islower()
    )


def focused_subordinator(tokens: list[Token]) -> bool:
    """ "Ever since she endorsed X, Warren ...", "Even though ...", "Long before ...": an
    adverb and a subordinating word open a clause before the subject."""
    return len(tokens) > 2 and tokens[0].low in FOCUS_ADVERBS and tokens[1].low in _OPENING


_OPENING = SUBORDINATORS | {"as"}  # "Just as ..."


def is_number(low: str) -> bool:
    """ "Forty-six percent ...": a spelled-out number opening a sentence is no name."""
    return all(part in NUMBER_PARTS for part in low.split("-"))


def fronted_time(tokens: list[Token]) -> bool:
    """ "Eight years ago, he ...": a time phrase opens the sentence, not a speaker."""
    return len(tokens) > 2 and tokens[0].low in NUMBER_WORDS and tokens[1].low in TIME_UNITS


def fronted_day(tokens: list[Token]) -> int:
    """Where the subject starts after "On Thursday evening" with no comma before a
    capitalised word ("On Thursday evening Ann Lee delivered ..."), else 0."""
    if len(tokens) < 3 or tokens[0].low != "on" or tokens[1].low not in WEEKDAYS:
        return 0
    index = 3 if tokens[2].low in DAY_PARTS else 2
    return index if index < len(tokens) and tokens[index].is_cap else 0


def _is_ly_adverb(token: Token) -> bool:
    return len(token.low) > 5 and token.low.endswith("ly") and token.low.isalpha()


def after_fronted_clause(tokens: list[Token], before: int) -> int:
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
