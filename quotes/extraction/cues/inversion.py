"""The speaker after an inverted cue: "..., said Putin", "said the spokesman", "asked Sen. X".

The source after "according to" is read the same way (`according_source`).

A cue right after a quotation or a comma may take its subject after it; the
phrase must then end the clause ("said Obamacare has ..." is a reported
clause, not an inverted speaker).
"""

from __future__ import annotations

from ..lexicon import PRONOUNS, QUALIFIERS, SKIPPABLE, SPEAKING_THINGS, words
from ..lexicon.cue_forms import SAY
from ..lexicon.function_words import (
    AFTER_INVERSION,
    FINITE_AUXILIARIES,
    INVERSION_QUANTIFIERS,
    MENTION_DETERMINERS,
    POSSESSIVES,
    PREPOSITIONS,
    PREPOSITIONS_AFTER_INVERSION,
)
from ..lexicon.openers import NOT_IN_NP, NOT_SPEAKERS
from ..phrases.cue import Cue
from ..phrases.mention import Mention
from ..phrases.noun_phrases import (
    INDEFINITE_ONES,
    LINKS,
    MAX_NP,
    MAX_PHRASE,
    inside_phrase,
    is_head,
    is_person_noun,
    make_mention,
    wordlike,
)
from ..text.layout import CLOSING_MARKS, OPENING_MARKS, Token


def subject_after(tokens: list[Token], cue: Cue) -> Mention | None:
    """The speaker after an inverted say-cue: '..., said Putin' / 'said the spokesman'.

    "'...,' warned Clinton." inverts a tell-cue too when it follows the quotation
    at once and the name ends the sentence: nobody is warned there.
    """
    if cue.is_participle or (cue.group != SAY and not _inverted_tell(tokens, cue)):
        return None
    return phrase_after(tokens, cue.last + 1)


def inverted_speaker(tokens: list[Token], cue: Cue) -> Mention | None:
    """The speaker after a cue in inverted position ("'...,' said Putin"), unless the
    phrase there is the subject of a reported clause ("said the candidate could be
    ...") or, after a comma, does not end the inversion ("X, an adviser, said
    Obamacare has ...": X said it)."""
    if not _is_inverted_position(tokens, cue):
        return None
    mention = subject_after(tokens, cue)
    if mention is None or _opens_clause(tokens, mention):
        return None
    after_comma = cue.first > 0 and tokens[cue.first - 1].low == ","
    return None if after_comma and not _ends_inversion(tokens, mention) else mention


def according_source(tokens: list[Token], cue: Cue) -> Mention | None:
    """ "according to his spokesman": the source after "according to", read as the
    speaker after an inverted "said"; a possessed notion names no source."""
    mention = subject_after(tokens, _as_say(cue))
    return None if mention is not None and _own_leaning(tokens, mention) else mention


def _own_leaning(tokens: list[Token], mention: Mention) -> bool:
    """ "according to their instinctive preference": a possessed notion, not a source.

    "according to his spokesman" or "according to its website" still name one.
    """
    head = tokens[mention.last]
    possessed = tokens[mention.first].low in POSSESSIVES
    return possessed and not (
        head.is_cap or is_person_noun(head.low) or head.low in SPEAKING_THINGS
    )


def _as_say(cue: Cue) -> Cue:
    return Cue("say", "say", cue.first, cue.last, cue.text, cue.start, cue.end)


def phrase_after(tokens: list[Token], index: int) -> Mention | None:
    """The speaker phrase starting at `index`: a pronoun, a name or a short noun phrase."""
    span = _span_after(tokens, index)
    return make_mention(tokens, *span) if span is not None else None


def _span_after(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """First and last token of the phrase `phrase_after` finds, or None."""
    if index >= len(tokens):
        return None
    if tokens[index].low in PRONOUNS and tokens[index].low != "it":
        return index, index
    first = index
    if _quantified(tokens, index):  # "said one of two witnesses who ..."
        rest = _common_end(tokens, index + 1)
        return (first, rest) if rest is not None else None
    if tokens[index].low in INDEFINITE_ONES:  # "said one former campaign staffer."
        return _common_after(tokens, index)
    determiner = tokens[index].low in MENTION_DETERMINERS
    if determiner:
        index += 1
    last = None
    descriptors = 0
    while index < len(tokens) and index - first < MAX_PHRASE:
        token = tokens[index]
        if inside_phrase(token):
            last = index if is_head(token) else last
        elif (
            not determiner
            and last is None
            and descriptors < _MAX_DESCRIPTORS
            and _descriptor(token)
        ):
            descriptors += 1  # "said conservative activist Bob Klaus"
        elif _descriptor_link(tokens, index, descriptors, last) or _role_object(tokens, index):
            pass  # "said master of ceremonies Asab Al-Tabchi", "said chief of staff Reince ..."
        elif not (token.low in LINKS and last is not None):
            break
        index += 1
    if descriptors and (last is None or not tokens[last].is_cap):
        return None
    if last is None and determiner:
        return _common_after(tokens, first)
    if last is None or (last == first and tokens[first].low in NOT_SPEAKERS):
        return None
    end = _qualifier_end(tokens, last + 1) or last
    return (first, end) if not descriptors or _ends_inversion_at(tokens, end) else None


_MAX_DESCRIPTORS = 3


def _role_object(tokens: list[Token], index: int) -> bool:
    """ "staff" in "chief of staff Reince Priebus": the lower-case object of a role, a name next."""
    return (
        index + 1 < len(tokens)
        and tokens[index - 1].low == "of"
        and _descriptor(tokens[index])
        and tokens[index + 1].is_cap
    )


def _descriptor_link(tokens: list[Token], index: int, descriptors: int, last) -> bool:
    """ "of" between two lower-case descriptors: a role like "master of ceremonies"."""
    return (
        tokens[index].low == "of"
        and descriptors > 0
        and last is None
        and index + 1 < len(tokens)
        and _descriptor(tokens[index + 1])
    )


def _descriptor(token: Token) -> bool:
    """A lower-case word that can describe a person before the name ("longtime strategist")."""
    low = token.low
    return (
        token.text.isalpha()
        and token.text.islower()
        and low not in NOT_IN_NP
        and low not in PREPOSITIONS
        and low not in PRONOUNS
        and low not in SKIPPABLE
        and low not in MENTION_DETERMINERS
        and low not in _NOT_DESCRIPTORS
    )


_NOT_DESCRIPTORS = frozenset(words("such as like including"))  # "said places such as Iowa ..."


_INVERTIBLE_TELLS = frozenset(words("warn urge ask promise assure"))


def _inverted_tell(tokens: list[Token], cue: Cue) -> bool:
    """ "'...,' warned Clinton." - a tell-cue right after a quotation, a name, then the end."""
    if cue.lemma not in _INVERTIBLE_TELLS or cue.first < 2:
        return False
    if not (tokens[cue.first - 1].text in CLOSING_MARKS or tokens[cue.first - 1].is_quote):
        return False
    end = cue.last + 1
    while end < len(tokens) and (
        inside_phrase(tokens[end]) or (tokens[end].low in LINKS and end > cue.last + 1)
    ):
        end += 1  # "asked Sen. Maria Cantwell of Washington, who ..."
    return end > cue.last + 1 and (end == len(tokens) or tokens[end].text in {".", ",", ";"})


def _ends_inversion(tokens: list[Token], mention: Mention) -> bool:
    """After "said Putin" comes punctuation, a quotation, "who" or an adjunct, not a verb.

    "said Obamacare so far has been a success" is a reported clause whose
    subject only looks like an inverted speaker.
    """
    return _ends_inversion_at(tokens, mention.last)


def _ends_inversion_at(tokens: list[Token], last: int) -> bool:
    """`_ends_inversion` of the phrase that ends at token `last`."""
    after = last + 1
    if after >= len(tokens):
        return True
    token = tokens[after]
    if token.text in OPENING_MARKS:
        return False  # "said Fiorina “was personally involved”": a clause quoting her
    if token.low in PREPOSITIONS_AFTER_INVERSION and _finite_verb_soon(tokens, after):
        return False  # "conceded the situation in the country is 'regrettable'": a clause
    return not wordlike(token) or token.is_cap or token.low in AFTER_INVERSION


def _opens_clause(tokens: list[Token], mention: Mention) -> bool:
    """ "said the candidate could be ...", "said Mr. Cameron and the camp had failed ...".

    A finite verb right after the phrase, or after "and" and a second subject,
    makes it the subject of a reported clause, wherever the cue stands.
    """
    after = mention.last + 1
    if after < len(tokens) and tokens[after].low in FINITE_AUXILIARIES:
        return True
    if after >= len(tokens) or tokens[after].low != "and":
        return False
    for token in tokens[after + 1 : after + 1 + _MAX_SECOND_SUBJECT]:
        if token.low in FINITE_AUXILIARIES:
            return True
        if not (wordlike(token) or token.is_quote or token.text in _MARKS):
            return False
    return False


_MAX_SECOND_SUBJECT = 8
_MARKS = OPENING_MARKS | CLOSING_MARKS | {"'", '"'}


def _finite_verb_soon(tokens: list[Token], start: int) -> bool:
    """A finite verb a few words on, before any punctuation: the phrase was its subject."""
    for token in tokens[start : start + _MAX_ADJUNCT]:
        if not wordlike(token):
            return False
        if token.low in FINITE_AUXILIARIES:
            return True
    return False


_MAX_ADJUNCT = 6


def _quantified(tokens: list[Token], index: int) -> bool:
    return (
        tokens[index].low in INVERSION_QUANTIFIERS
        and index + 2 < len(tokens)
        and tokens[index + 1].low == "of"
    )


def _common_after(tokens: list[Token], first: int) -> tuple[int, int] | None:
    """ "said the organizer." - a short common noun phrase closed by punctuation or a link.

    `first` is the determiner (or the "of" of "one of the organizers").
    """
    end = _common_end(tokens, first)
    return (first, end) if end is not None else None


def _common_end(tokens: list[Token], first: int) -> int | None:
    """The last token of the phrase `_common_after` finds from `first`, or None."""
    index = first + 1
    while index < len(tokens) and index - first <= _MAX_COMMON:
        token = tokens[index]
        if not token.text[:1].isalnum() or token.low in PREPOSITIONS or token.low == "who":
            break
        if token.low in _DEMONSTRATIVES and index == first + 1 and tokens[first].low == "of":
            index += 1  # "said one of those advisers"
            continue
        if token.is_quote or token.low in NOT_IN_NP or token.low in PRONOUNS:
            return None
        if index > first + 1 and (_participle(token) or token.low in _NAMING_PARTICIPLES):
            break  # "according to a court document filed in ...": the document
        index += 1
    if index == first + 1 or index - first > _MAX_COMMON:
        return None
    return _qualifier_end(tokens, index) or index - 1


def _qualifier_end(tokens: list[Token], index: int) -> int | None:
    """The end of "familiar with the investigation" after "said a source", if one follows."""
    if index + 1 >= len(tokens):
        return None
    if f"{tokens[index - 1].low} {tokens[index].low}" in QUALIFIERS:
        end = index  # "a source familiar | with ...": the phrase stopped at the preposition
    elif f"{tokens[index].low} {tokens[index + 1].low}" in QUALIFIERS:
        end = index + 1
    else:
        return None
    while end + 1 < len(tokens) and end - index < _MAX_QUALIFIER and wordlike(tokens[end + 1]):
        if tokens[end + 1].low in NOT_IN_NP:
            break
        end += 1
    return end


_MAX_QUALIFIER = 8


# A common noun phrase closed by punctuation may be longer than a subject before
# a cue: "said a former senior law enforcement official."
_MAX_COMMON = MAX_NP + 2
_NAMING_PARTICIPLES = frozenset(words("known called named dubbed"))
_DEMONSTRATIVES = frozenset(words("those these"))


def _participle(token: Token) -> bool:
    low = token.text
    return len(low) > 4 and low.islower() and low.endswith(("ed", "ing"))


def _is_inverted_position(tokens: list[Token], cue: Cue) -> bool:
    """A cue right after a comma or a quotation can take its subject after it."""
    prev = cue.first - 1
    if prev < 0 or tokens[prev].is_quote:
        return True
    return tokens[prev].text in {",", ":", "—", "–", "”", "’", '"', "'", "»", "“"}


def passive_agent(tokens: list[Token], cue: Cue) -> Mention | None:
    """ "often labeled a 'witch hunt' by Democrats": the agent after "by" speaks.

    A past form of a cue with no object of its own ("called it a 'witch hunt' by
    Democrats" is the hunt's), its quotation, then "by" and a speaker phrase.
    """
    if not cue.text.endswith("ed") or cue.first == 0:
        return None
    before = tokens[cue.first - 1]
    if before.is_cap or before.low in PRONOUNS:
        return None  # "ReganBooks announced ... by Marla Maples": a subject, so active
    seen_quote = False
    for index in range(cue.last + 1, min(len(tokens), cue.last + _MAX_TO_AGENT)):
        token = tokens[index]
        if token.is_quote:
            seen_quote = True
        elif not seen_quote and (
            token.is_cap or token.low in PRONOUNS or index - cue.last > _MAX_BEFORE_QUOTE
        ):
            return None  # an object, or a clause of its own: the cue is active
        elif seen_quote and token.low == "by":
            return phrase_after(tokens, index + 1)
        elif seen_quote and token.text[:1].isalnum():
            return None
    return None


_MAX_TO_AGENT = 10
_MAX_BEFORE_QUOTE = 3  # "labeled as a 'witch hunt'"
