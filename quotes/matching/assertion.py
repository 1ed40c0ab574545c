"""Check-worthiness: does a unit assert something a fact-checker could check?

Only assertions can found or join a claim. Questions ("Why would we?"), bare
replies ("Probably not", "Absolutely"), greetings and slogans or fragments
without a predicate ("young people", "feel good") are not claims. They stay
quotes and can still be linked as the same utterance reported twice.

A transparent rule set in the spirit of ClaimBuster's check-worthiness, not a
model: a claim is not a question, has a predicate (a finite verb form, found by
auxiliaries, copulas, modals, contractions, a past or third-person form after
its subject, or a subject pronoun followed by a verb slot), and has at least
two content words that are neither names nor generic.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

import regex

from .text import STOPWORDS, content_words, normalize, words

_AUXILIARIES = frozenset(
    """
    is are was were be been being am isn aren wasn weren will would shall should can
    could may might must do does did has have had won wouldn shouldn couldn doesn didn
    hasn haven hadn ought
    """.split()  # noqa: SIM905 (prose-like word lists are easier to review)
)
_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "it", "this", "that", "there"})
_CONTRACTED = regex.compile(r"\w['’](?:s|re|m|ve|ll|d)\b", regex.IGNORECASE)
_VERB_FORM = regex.compile(r"^\p{L}{3,}(?:ed|es|s)$")

# Words that carry no checkable content of their own, beyond the stopwords.
GENERIC = frozenset(
    content_words(
        "say tell year time people thing way day week month today make take go get want "
        "need think know see come give new good lot part look big really yes "
        "okay ok sure absolutely probably maybe true false question answer thank thanks "
        "happen feel believe mean guess hope talk let put keep"
    )
)


def _has_predicate(tokens: list[str], text: str) -> bool:
    if _CONTRACTED.search(text) or any(t in _AUXILIARIES for t in tokens):
        return True
    for before, after in pairwise(tokens):
        if before in _SUBJECTS and after not in STOPWORDS:
            return True
        if before not in STOPWORDS and _VERB_FORM.match(after) and after.endswith("ed"):
            return True
    return False


@lru_cache(maxsize=16384)
def is_claim(text: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether the unit asserts something checkable (see the module docstring)."""
    stripped = text.strip().rstrip("\"'”’»)").rstrip()
    if stripped.endswith("?"):
        return False
    informative = set(content_words(text)) - GENERIC - names - {"not"}
    if len(informative) < 2:
        return False
    return _has_predicate(words(normalize(text)), text) or len(informative) >= 5
