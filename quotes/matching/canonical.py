"""The readable text of a claim: its earliest full-sentence quote.

A claim gathers many units; curators and readers need one line to show. A
word bag or a centroid would read as nonsense, so the canonical text is always
a real quote, as written: the earliest one that is a full sentence. Callers
should pass each unit's *enclosing sentence* (`units.enclosing_sentence`), so a
clause like "that’s a done deal." is shown in its sentence.

A full sentence here starts with a capital letter or digit, ends with
. ! ? … or the comma a reporter puts before "he said" (“These regard ... to
Turkey,” Putin said), and has at least three content words. Partial quotes
("promising projects,") fail the first test. If no candidate qualifies, the
one with the most content words is used, earliest first on ties: still a real
quote, only less complete.

The choice is a pure function of the candidate set (ordering by date, then the
caller's `order` key, then text), so incremental updates and a rebuild agree.
It is also stable under additions: the winner of a set plus newcomers is the
winner of {old winner} plus newcomers, which lets a claim take a new quote
without re-reading the old ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .text import content_words

_WRAPPING = " \t\r\n\"'“”‘’«»"
_ENDINGS = ".!?…,"


@dataclass(frozen=True)
class CanonicalCandidate:
    """One quote (or enclosing sentence) offered as a claim's canonical text.

    `order` breaks ties between equal dates, e.g. (source id, start offset).
    `ref` is the caller's handle (a quote id); it plays no part in the choice.
    """

    text: str
    said_on: date | None = None
    order: tuple = ()
    ref: object = None


def is_full_sentence(text: str) -> bool:
    """Whether `text` reads as a complete sentence (see the module docstring)."""
    text = text.strip(_WRAPPING)
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return False
    return text[-1] in _ENDINGS and len(set(content_words(text))) >= 3


def _chronological(candidate: CanonicalCandidate) -> tuple:
    """Earliest first; unknown dates after known ones."""
    said_on = candidate.said_on
    return (said_on is None, said_on or date.max, candidate.order, candidate.text)


def _tidy(text: str) -> str:
    """Strip wrapping quote marks and a reporter's trailing comma."""
    text = text.strip(_WRAPPING)
    return text[:-1] if text.endswith(",") else text


def choose_canonical(candidates: Iterable[CanonicalCandidate]) -> CanonicalCandidate:
    """The candidate that names the claim: the earliest full sentence, else the richest."""
    ordered = sorted(candidates, key=_chronological)
    if not ordered:
        raise ValueError("a claim needs at least one quote to name it")
    for candidate in ordered:
        if is_full_sentence(candidate.text):
            return candidate
    return max(ordered, key=lambda c: len(set(content_words(c.text))))


def display_text(candidate: CanonicalCandidate) -> str:
    """The chosen candidate as shown: without wrapping marks or a reporter's trailing comma."""
    return _tidy(candidate.text)


def choose_canonical_text(candidates: Iterable[CanonicalCandidate]) -> str:
    """The claim's display text: earliest full-sentence candidate, tidied."""
    return display_text(choose_canonical(candidates))
