"""Indirect (reported) speech: "Erdogan said he's going ahead with the purchase".

Only clause-taking speech cues count (say, tell, warn, announce, ...); belief
and intention verbs (think, want, hope) are not in the cue lexicon at all.
The reported clause is taken either after the cue ("X said (that) CLAUSE",
"X told Y (that) CLAUSE") or before the attribution ("CLAUSE, X said").
"""

from __future__ import annotations

from bisect import bisect_left

from ..cues.sentence import SentenceCues
from ..lexicon import PRONOUNS, SKIPPABLE, SPEECH_NOUNS
from ..lexicon.cue_forms import TELL
from ..lexicon.cue_words import CLAUSE_CUT_WORDS, CLAUSE_LEMMAS
from ..lexicon.function_words import (
    ADDRESSEES,
    ADJUNCT_PREPOSITIONS,
    CLAUSE_OBJECT_DETERMINERS,
    CLAUSE_STARTERS,
)
from ..text.cache import memo
from ..text.layout import Sentence, Token
from ..types import INDIRECT
from .drafts import Draft
from .rules import REPORTED_CLAUSE

_MIN_WORDS = 4


def reported_drafts(sentence_cues: SentenceCues) -> list[Draft]:
    """Drafts of the reported clauses of the speech cues in a sentence without quotation
    marks, none overlapping another."""
    drafts: list[Draft] = []
    for item in sentence_cues.items:
        span = reported_clause(sentence_cues.sentence, item.cue, item.mention)
        if span is None or any(d.start < span[1] and span[0] < d.end for d in drafts):
            continue
        key = ("cue", id(item.cue))
        drafts.append(Draft(span[0], span[1], INDIRECT, item, 0.7, key, rule=REPORTED_CLAUSE))
    return drafts


def reported_clause(sentence: Sentence, cue, mention) -> tuple[int, int] | None:
    """Offsets of the clause a speech cue reports, or None when it takes no clause."""
    if cue.lemma not in CLAUSE_LEMMAS:
        return None
    tokens = sentence.tokens
    marks = memo(tokens, "clause marks", _Marks)
    if cue.lemma == "according":
        return _around_according(tokens, marks, cue, mention)
    after = _clause_after(tokens, marks, cue, mention)
    if after is not None:
        return after
    return _clause_before(tokens, marks, cue, mention)


def ends_bare(sentence: Sentence, cue, mention) -> bool:
    """ "X said in a statement." - the attribution ends its sentence with nothing reported."""
    tokens = sentence.tokens
    if sentence.quote_starts:
        return False
    index = max(cue.last, mention.last) + 1
    if cue.group == TELL and index < len(tokens) and tokens[index].text[:1].isalnum():
        index = _skip_object(tokens, index) or index
    index = _skip_speech_object(tokens, index)
    index = _skip_adjuncts(tokens, index)
    return memo(tokens, "clause marks", _Marks).last_word < index


def _skip_speech_object(tokens: list[Token], index: int) -> int:
    """ "Howard continued his scathing remarks." - what he says next is those remarks."""
    if index >= len(tokens) or tokens[index].low not in CLAUSE_OBJECT_DETERMINERS:
        return index
    for end in range(index + 1, min(index + 4, len(tokens))):
        if tokens[end].low in SPEECH_NOUNS:
            return end + 1
        if not tokens[end].text.isalpha():
            break
    return index


def _clause_after(tokens: list[Token], marks: _Marks, cue, mention) -> tuple[int, int] | None:
    index = max(cue.last, mention.last if mention.first > cue.last else cue.last) + 1
    if cue.group == TELL:
        index = _skip_object(tokens, index)
        if index is None:
            return None
    index = _skip_adjuncts(tokens, index)
    if index < len(tokens) and tokens[index].low == "that":
        index += 1
    elif not _starts_clause(tokens, index):
        return None
    return _span(tokens, marks, index, _clause_end(marks, index))


def _clause_before(tokens: list[Token], marks: _Marks, cue, mention) -> tuple[int, int] | None:
    """ "CLAUSE, X said" with the attribution right after a comma."""
    first = min(cue.first, mention.first)
    if first < 2 or tokens[first - 1].text != ",":
        return None
    after = max(cue.last, mention.last) + 1
    if after < len(tokens) and tokens[after].text[:1].isalnum():
        low = tokens[after].low
        if low not in ADJUNCT_PREPOSITIONS and low not in SKIPPABLE:
            return None
    return _span(tokens, marks, 0, first - 2)


def _around_according(tokens: list[Token], marks: _Marks, cue, mention) -> tuple[int, int] | None:
    """ "CLAUSE, according to X" or "According to X, CLAUSE"."""
    if cue.first > 1 and tokens[cue.first - 1].text == ",":
        return _span(tokens, marks, 0, cue.first - 2)
    after = mention.last + 1
    if after < len(tokens) and tokens[after].text == ",":
        return _span(tokens, marks, after + 1, _clause_end(marks, after + 1))
    return None


def _skip_object(tokens: list[Token], index: int) -> int | None:
    """Step over the addressee of "told"/"urged": a pronoun or a short noun phrase."""
    if index >= len(tokens):
        return None
    if tokens[index].low == "that":
        return index  # "promised that ...", "warned that ...": no addressee
    if tokens[index].low in ADDRESSEES:
        return index + 1
    end = index
    while (
        end < len(tokens)
        and end - index < 8
        and (tokens[end].is_cap or tokens[end].low in {"the", "of", "state"})
    ):
        end += 1
    return end if end > index else None


def _skip_adjuncts(tokens: list[Token], index: int) -> int:
    """Step over "on April 8", "last week", "in a statement", commas after the cue."""
    while index < len(tokens):
        low = tokens[index].low
        if low == "," or (low in SKIPPABLE and low not in PRONOUNS and low != "this"):
            index += 1
        elif low in ADJUNCT_PREPOSITIONS and index + 1 < len(tokens):
            nxt = tokens[index + 1]
            if nxt.is_cap or nxt.low in SKIPPABLE or nxt.text[:1].isdigit():
                index += 2
                while index < len(tokens) and tokens[index].text[:1].isdigit():
                    index += 1
            elif low == "in" and nxt.low in {"a", "an"} and index + 2 < len(tokens):
                index += 3
            else:
                break
        else:
            break
    return index


def _starts_clause(tokens: list[Token], index: int) -> bool:
    if index >= len(tokens):
        return False
    token = tokens[index]
    bare = token.low.replace("'", "’").split("’")[0]
    return token.is_cap or bare in PRONOUNS or token.low in CLAUSE_STARTERS


def _clause_end(marks: _Marks, index: int) -> int:
    """Last token of the clause: before ", adding ..." or the final punctuation."""
    cuts = marks.cuts
    at = bisect_left(cuts, index)
    if at < len(cuts):
        return cuts[at] - 1
    last = marks.last_word
    return last if last >= index else index - 1


class _Marks:
    """What every cue of a sentence asks of it, found once per sentence (see `memo`),
    so that a sentence of thousands of cues is not rescanned: where ", adding ..."
    cuts a clause off, the last word and the masked quotations."""

    __slots__ = ("cuts", "last_word", "quotes")

    def __init__(self, tokens: list[Token]) -> None:
        self.cuts = _cuts(tokens)
        self.last_word = _find_last_word(tokens)
        self.quotes = [i for i, t in enumerate(tokens) if t.is_quote]


def _cuts(tokens: list[Token]) -> list[int]:
    """Where ", adding ...", ", saying ..." and the like cut a clause off."""
    return [
        position
        for position in range(len(tokens) - 1)
        if tokens[position].text == "," and tokens[position + 1].low in CLAUSE_CUT_WORDS
    ]


def _find_last_word(tokens: list[Token]) -> int:
    """Index of the last token that starts with a letter or digit (-1 when none)."""
    end = len(tokens) - 1
    while end >= 0 and not tokens[end].text[:1].isalnum():
        end -= 1
    return end


def _span(tokens: list[Token], marks: _Marks, first: int, last: int) -> tuple[int, int] | None:
    if last - first + 1 < _MIN_WORDS or first >= len(tokens) or last < first:
        return None
    quotes = marks.quotes
    at = bisect_left(quotes, first)
    if at < len(quotes) and quotes[at] <= last:
        return None
    return tokens[first].start, tokens[last].end
