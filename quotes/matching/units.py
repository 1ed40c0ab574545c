"""Split a quote into the units that get matched: sentences, then clauses.

One quote often asserts several claims ("that’s a done deal. This is our
sovereign right"), and outlets quote different parts of one statement, so a
whole quote is too coarse to match on. Units are:

1. sentences (., !, ?, … followed by a capital, digit or opening quote; a
   period after a single letter or a title such as "Mr" or "U.S" is not an end);
2. inside a sentence, clauses: split at ; : dashes and ellipses, and at a comma
   only when the next word opens a new clause (this, that, we, there, no, but,
   if...). That keeps lists ("joint development, production and sale") whole
   but separates "This is our sovereign right, no one can ask us to back down".

A clause with fewer than two content words has nothing to match on by itself
("this is our decision", "from which country"), so it is merged into its
neighbour. Units never overlap and keep offsets into the quote text, trimmed
of surrounding spaces, quote marks and clause punctuation.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .text import content_words

MIN_UNIT_WORDS = 2

_QUOTES = "\"'“”‘’«»„‟`"
_LEAD_TRIM = " \t\r\n" + _QUOTES + ",;:–—-…("
_TAIL_TRIM = " \t\r\n" + _QUOTES + ",;:–—-("
_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "corp", "inc",
    "co", "ltd", "no", "vs", "etc", "prof",
})  # fmt: skip

_SENTENCE_END = regex.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(]*[\p{Lu}\p{N}])")
_CLAUSE_STARTERS = (
    "i|we|you|he|she|it|they|this|that|these|those|there|no|nobody|nothing|but|so|"
    "because|although|though|if|when|yet|our|my|everything"
)
_CLAUSE_SEP = regex.compile(
    r"\s*(?:[;:]|\s[–—-]\s|[–—]|…|\.\.\.)\s*"
    rf"|,\s*(?=(?:{_CLAUSE_STARTERS})(?:['’]\w+)?\b)",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class Unit:
    """A sentence or clause of a quote; `quote_text[start:end] == text`."""

    text: str
    start: int
    end: int


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation rather than a sentence."""
    word = regex.search(r"[\p{L}.]*$", text[:dot]).group(0).rstrip(".")
    return len(word.replace(".", "")) <= 1 or "." in word or word.casefold() in _TITLES


def _sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of `text`."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(0).startswith(".") and _is_abbreviation(text, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the clauses of the sentence text[start:end]."""
    spans, piece_start = [], start
    for match in _CLAUSE_SEP.finditer(text, start, end):
        spans.append((piece_start, match.start()))
        piece_start = match.end()
    spans.append((piece_start, end))
    return spans


def _merge_small(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge clauses with fewer than MIN_UNIT_WORDS content words into a neighbour."""
    merged: list[tuple[int, int]] = []
    pending_start = None
    for start, end in spans:
        if pending_start is not None:
            start, pending_start = pending_start, None
        if len(content_words(text[start:end])) >= MIN_UNIT_WORDS:
            merged.append((start, end))
        elif merged:
            merged[-1] = (merged[-1][0], end)
        else:
            pending_start = start
    if pending_start is not None:
        merged.append((pending_start, spans[-1][1]))
    return merged


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding whitespace, quote marks and clause punctuation."""
    while start < end and text[start] in _LEAD_TRIM:
        start += 1
    while end > start and text[end - 1] in _TAIL_TRIM:
        end -= 1
    return start, end


def split_units(text: str) -> list[Unit]:
    """Sentences and clauses of a quote, with offsets relative to `text`.

    A quote without content words yields no units (nothing to match).
    """
    units = []
    for s_start, s_end in _sentences(text):
        for c_start, c_end in _merge_small(text, _clauses(text, s_start, s_end)):
            start, end = _trim(text, c_start, c_end)
            if start < end and content_words(text[start:end]):
                units.append(Unit(text[start:end], start, end))
    return units


def enclosing_sentence(text: str, unit: Unit) -> Unit:
    """The sentence of `text` that contains `unit`: the readable context of a clause.

    Used for claim canonical text, where "that’s a done deal." alone reads as a
    fragment but "If we sign a deal on an issue, that’s a done deal." does not.
    """
    for s_start, s_end in _sentences(text):
        if s_start <= unit.start < s_end or (unit.start == unit.end == s_end):
            start, end = _trim(text, s_start, s_end)
            return Unit(text[start:end], start, end)
    return unit
