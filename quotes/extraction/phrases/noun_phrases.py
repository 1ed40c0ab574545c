"""Noun phrases of a sentence's tokens: names, role phrases, pronouns, and the
`Mention` that marks one as a possible speaker.

`phrase_back` walks back from a token over one phrase ("Secretary of State
Mike Pompeo", "the campaign organizer"); `make_mention` records it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from ..lexicon import PRONOUNS, ROLE_NOUNS
from ..lexicon.function_words import CONTRACTION_ENDINGS, MENTION_DETERMINERS, PREPOSITIONS
from ..lexicon.openers import NOT_SPEAKERS, ROLE_ADJECTIVES, SENTENCE_OPENERS
from ..lexicon.time_words import WEEKDAYS
from ..text.layout import Token

LINKS = frozenset({"of", "for"})

# Weekdays as a set: read for every capitalised token (`WEEKDAYS` keeps calendar order).
WEEKDAY_SET = frozenset(WEEKDAYS)


MAX_PHRASE = 12


@dataclass(frozen=True)
class Mention:
    """A speaker phrase: token range and offsets within the text."""

    first: int
    last: int
    start: int
    end: int
    kind: str  # "pronoun", "name", "role" or "relative"
    refers: Mention | None = None  # what a relative pronoun ("who") stands for


def pronoun_of(low: str) -> str:
    """The pronoun a casefolded token is, also when contracted ("he’s" -> "he"), else ""."""
    if low in PRONOUNS:
        return low
    base, mark, rest = low.replace("'", "’").partition("’")
    return base if mark and base in PRONOUNS and rest in CONTRACTION_ENDINGS else ""


def wordlike(token: Token) -> bool:
    return not token.is_quote and (token.text[:1].isalnum())


def is_head(token: Token) -> bool:
    """Can this token end a speaker phrase? ("Trump Wednesday" ends at Trump.)"""
    return (
        wordlike(token)
        and token.low not in WEEKDAY_SET
        and (token.is_cap or token.low in ROLE_NOUNS)
    )


def inside_phrase(token: Token) -> bool:
    """Can this token sit inside a speaker phrase before its head?"""
    return (
        wordlike(token)
        and token.low not in WEEKDAY_SET
        and (token.is_cap or token.low in ROLE_NOUNS or token.low in ROLE_ADJECTIVES)
    )


def _of_someone(words: list[Token]) -> bool:
    """ "spokesman of Turkish President Tayyip Erdogan" names another; "campaign manager
    Robby Mook" and "chief of staff Reince Priebus" name the speaker after a lower-case role."""
    return any(w.low in ("of", "for") and after.is_cap for w, after in pairwise(words))


def make_mention(tokens: list[Token], first: int, last: int) -> Mention:
    low = tokens[first].low
    if first == last and pronoun_of(low):
        kind = "pronoun"
    else:
        words = [t for t in tokens[first : last + 1] if t.low not in MENTION_DETERMINERS]
        role_led = (
            words and not words[0].is_cap and words[0].low in ROLE_NOUNS and _of_someone(words)
        )
        kind = "name" if tokens[last].is_cap and not role_led else "role"
    return Mention(first, last, tokens[first].start, tokens[last].end, kind)


def phrase_back(tokens: list[Token], last: int, floor: int) -> int | None:
    """First token index of the speaker phrase ending at `last`, or None."""
    if last < floor or not is_head(tokens[last]):
        return None
    first = last
    while first - 1 >= floor and last - first < MAX_PHRASE:
        prev = tokens[first - 1]
        if (inside_phrase(prev) and not (first - 1 == floor and prev.low in SENTENCE_OPENERS)) or (
            prev.low in LINKS and first - 2 >= floor and inside_phrase(tokens[first - 2])
        ):
            first -= 1
        elif prev.low in MENTION_DETERMINERS:
            if first - 2 >= floor and tokens[first - 2].low in LINKS:
                first -= 2
                continue
            first -= 1
            break
        else:
            break
    while first < last and (
        tokens[first].low in SENTENCE_OPENERS
        or tokens[first].low in NOT_SPEAKERS
        or tokens[first].low in PREPOSITIONS
    ):
        first += 1
    return first


def ends_in_full_name(tokens: list[Token], first: int, last: int) -> bool:
    """ "..., former president Bill Clinton said": a titled name is the subject itself.

    "Kalin, spokesman of President Tayyip Erdogan, told" names Erdogan after a
    link: that phrase describes Kalin.
    """
    if any(token.low in LINKS for token in tokens[first:last]):
        return False
    return last > 0 and tokens[last].is_cap and tokens[last - 1].is_cap
