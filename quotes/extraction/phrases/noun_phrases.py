"""The noun phrase, the ground the phrase finders stand on: which tokens may sit
in a speaker phrase, where a phrase ending at a token starts, the phrases that
punctuation sets off, and the `Mention` that records one as a possible speaker.

`phrase_back` walks back over a capitalised phrase ("Secretary of State Mike
Pompeo"), `common_back` over a determiner-led one ("the campaign organizer"),
`role_of` and `postmodified` over a role or a text with its complement ("the
secretary of state", "a message on the website"), and `name_before_comma` to
the name an apposition describes; appositions ("X, the spokesman,") and
relative clauses (", who said") read back to the phrase they set off.
`make_mention` records the phrase found (a `Mention`, see `mention.py`);
`is_person_noun` asks whether a head names people. Nothing here knows about
cues: the speaker before a cue (`mentions`) and the subject of a sentence
(`subjects`) are built on these, and so are the cue stage's finders after a
cue and in labels.
"""

from __future__ import annotations

from itertools import pairwise

from ..lexicon import (
    NOT_PERSON_ENDINGS,
    PEOPLE_NOUNS,
    PERSON_ENDINGS,
    PRONOUNS,
    ROLE_NOUNS,
    SKIPPABLE,
    SPEAKING_THINGS,
    words,
)
from ..lexicon.function_words import CONTRACTION_ENDINGS, MENTION_DETERMINERS, PREPOSITIONS
from ..lexicon.openers import NOT_IN_NP, NOT_SPEAKERS, ROLE_ADJECTIVES, SENTENCE_OPENERS
from ..lexicon.time_words import WEEKDAYS
from ..text.layout import Token
from .mention import Mention

LINKS = frozenset({"of", "for"})

# Weekdays as a set: read for every capitalised token (`WEEKDAYS` keeps calendar order).
WEEKDAY_SET = frozenset(WEEKDAYS)


MAX_PHRASE = 12  # words in a capitalised speaker phrase, at most

MAX_NP = 5  # how far back a common noun phrase reaches from its head, in tokens

MAX_NESTED = 16  # phrases qualified by phrases ("the aide for the aide for ..."), at most

INDEFINITE_ONES = frozenset({"one", "another"})

# Dashes that close a dateline ("WASHINGTON (AP) —") or set off an apposition.
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def pronoun_of(low: str) -> str:
    """The pronoun a casefolded token is, also when contracted ("he’s" -> "he"), else ""."""
    if low in PRONOUNS:
        return low
    base, mark, rest = low.replace("'", "’").partition("’")
    return base if mark and base in PRONOUNS and rest in CONTRACTION_ENDINGS else ""


def wordlike(token: Token) -> bool:
    return not token.is_quote and (token.text[:1].isalnum())


def is_head(token: Token) -> bool:
    """Can this token end a speaker phrase? ("Trump Wednesday" ends at Trump.)

    The phrase scans ask this and `inside_phrase` of most tokens they pass, so both
    test first what most words fail (a lower-case word that is no role) and spell
    `wordlike` out rather than call it."""
    return (
        (token.is_cap or token.low in ROLE_NOUNS)
        and not token.is_quote
        and token.text[:1].isalnum()
        and token.low not in WEEKDAY_SET
    )


def inside_phrase(token: Token) -> bool:
    """Can this token sit inside a speaker phrase before its head? (See `is_head`.)"""
    low = token.low
    return (
        (token.is_cap or low in ROLE_NOUNS or low in ROLE_ADJECTIVES)
        and not token.is_quote
        and token.text[:1].isalnum()
        and low not in WEEKDAY_SET
    )


def is_person_noun(head: str) -> bool:
    """Does this head noun name people ("nominee", "neurosurgeon", "lawmakers")?"""
    singular = head[:-1] if head.endswith("s") else head
    if head in NOT_PERSON_ENDINGS or singular in NOT_PERSON_ENDINGS:
        return False
    return (
        head in ROLE_NOUNS
        or head.endswith(PERSON_ENDINGS)
        or singular in ROLE_NOUNS
        or head in PEOPLE_NOUNS
        or singular in PEOPLE_NOUNS
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


def wider_definite(tokens: list[Token], first: int | None, index: int, floor: int) -> int | None:
    """ "the minority leader said": a lower-case role led by "the" over words no list
    holds is one definite phrase, which may revisit someone, not the role noun alone
    ("leader" names nobody). An indefinite one ("another source") names nobody either way.
    """
    if first is None or tokens[index].is_cap or tokens[first].low in MENTION_DETERMINERS:
        return first
    wider = common_back(tokens, index, floor)
    definite = wider is not None and tokens[wider].low == "the"
    return wider if definite and wider < first else first


def role_of(tokens: list[Token], last: int, floor: int) -> int | None:
    """ "the secretary of state said": a role noun with a one-word complement after "of"."""
    role = last - 2
    if role < floor or tokens[last - 1].low != "of" or not tokens[last].text.isalpha():
        return None
    if tokens[role].low not in ROLE_NOUNS:
        return None
    return phrase_back(tokens, role, floor) or common_back(tokens, role, floor)


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


def name_before_comma(tokens: list[Token], comma: int, floor: int) -> Mention | None:
    """The capitalised name that an apposition after `comma` describes."""
    last = comma - 1
    if last > floor and tokens[last].text == ")":
        opening = paren_start(tokens, last, floor)
        if opening is None:
            return None
        last = opening - 1
    first = phrase_back(tokens, last, floor)
    if first is None or not tokens[last].is_cap or tokens[last].low in SKIPPABLE:
        return None
    if first == last and tokens[first].low in NOT_SPEAKERS:
        return None
    return make_mention(tokens, first, last)


def paren_start(tokens: list[Token], close: int, floor: int) -> int | None:
    """Index of the "(" matching the ")" at `close` ("Kasich (R-OH)"), within a few tokens."""
    for index in range(close - 1, max(floor, close - 8) - 1, -1):
        if tokens[index].text == "(":
            return index
    return None


_MAX_APPOSITION = 24


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
