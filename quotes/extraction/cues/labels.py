"""Speakers named by layout rather than by a cue: headline and digest labels, signatures.

"Kasich: 'We Are Going ...'", "Pollsters agree - Carl Bialik: ...",
"- President Obama, in a statement".
"""

from __future__ import annotations

from ..lexicon import PRONOUNS
from ..lexicon.openers import NOT_SPEAKERS
from ..lexicon.text_words import HEADLINE_LABELS
from ..phrases.mention import Mention
from ..phrases.noun_phrases import (
    DATELINE_DASHES,
    inside_phrase,
    is_head,
    make_mention,
    phrase_back,
    wordlike,
)
from ..text.layout import Token

_MAX_COLON_NAME = 4
_MAX_COLON_LINE = 16


def signature_name(tokens: list[Token]) -> Mention | None:
    """The name after a signature dash, up to a comma or the end ("- President Obama, ...")."""
    last = 0
    while last + 1 < len(tokens) and inside_phrase(tokens[last + 1]) and last < _MAX_COLON_NAME:
        last += 1
    if last == 0 or not is_head(tokens[last]) or not tokens[last].is_cap:
        return None
    after = tokens[last + 1].text if last + 1 < len(tokens) else "."
    if after not in {",", ".", ";"}:
        return None  # "- The bill passed ...": a sentence, not a signature
    return make_mention(tokens, 1, last)


def colon_label(tokens: list[Token], colon: int) -> Mention | None:
    """ "Pollsters agree - Carl Bialik: ..." - a name set off by a dash right before a colon.

    A digest also writes "- More from Jones: ..." or "From the report: ...".
    """
    sourced = _from_label(tokens, colon)
    if sourced is not None:
        return sourced
    first = phrase_back(tokens, colon - 1, 0)
    if first is None or not tokens[colon - 1].is_cap or colon - first > _MAX_COLON_NAME:
        return None
    if first == 0 or tokens[first - 1].text not in DATELINE_DASHES:
        return None  # "Lopez: Well, ..." opening a line is a transcript, not a label
    return make_mention(tokens, first, colon - 1)


def _from_label(tokens: list[Token], colon: int) -> Mention | None:
    """ "More from Blumenthal and Cohen:", "From the report:" - the source after "from"."""
    for at in range(max(0, colon - 1 - _MAX_COLON_NAME), colon - 1):
        if tokens[at].low != "from":
            continue
        opens = at == 0 or (tokens[at - 1].low == "more" and (at == 1 or _set_off(tokens[at - 2])))
        if opens or _set_off(tokens[at - 1]):
            return make_mention(tokens, at + 1, colon - 1)
    return None


def _set_off(token: Token) -> bool:
    return token.text in DATELINE_DASHES or token.text in {".", ":"}


def colon_speaker(tokens: list[Token]) -> tuple[int, Mention] | None:
    """ "Kasich: 'We Are Going ...'" - a headline naming its speaker before a colon.

    The quoted words may stand anywhere after the colon: "Carson: Clinton 'Not
    Fit To Serve'" paraphrases Carson and quotes him.

    Returns the colon's index and the name; labels ("BREAKING:", "Watch:") are not speakers.
    """
    limit = min(len(tokens), _MAX_COLON_LINE)
    colon = next((i for i in range(1, limit) if tokens[i].text == ":"), None)
    if colon is None or colon + 1 >= len(tokens):
        return None
    if not any(t.is_quote for t in tokens[colon + 1 :]):
        return None
    end = next((i for i in range(1, colon) if tokens[i].low == "on"), colon)
    if end > _MAX_COLON_NAME:
        return None  # "Gillibrand on Hillary's Speeches: '...'" names Gillibrand
    name = tokens[:end]
    if not all(t.is_cap and wordlike(t) for t in name):
        return None
    if any(t.low in HEADLINE_LABELS or t.low in NOT_SPEAKERS or t.low in PRONOUNS for t in name):
        return None
    if all(t.text.isupper() for t in name):
        return None  # an all-capitals kicker ("WATCH:") rather than a name
    return colon, make_mention(tokens, 0, end - 1)
