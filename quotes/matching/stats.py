"""Corpus statistics: how common a word or a key phrase is, so shared vocabulary is weighed.

Two quotes that share "Hillary Clinton", "people" and "said" share nothing a
fact-checker cares about; two that share "done deal" and "S-400" probably do.
What separates them is how common the shared words are in the corpus, which
only the corpus can say. The database keeps document frequencies (`terms_of`
says what one article counts for); this module turns them into weights.

* Words count once per article in which they appear (body text), phrases
  once per article in whose *quotes* they appear: a key phrase is common when
  many articles quote it.
* ``idf(t) = ln((N + PRIOR) / (df + 1))``. PRIOR adds imaginary articles that
  lack the term, so in a small corpus (the five seeds) no word looks
  common just because one of five articles uses it; at thousands of articles
  it is negligible.
* A phrase is *rare* when at most max(RARE_DF, RARE_SHARE * N) articles
  quote it: a slogan of one story, not a stock phrase.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from .text import content_words

PRIOR = 20
RARE_DF = 3
RARE_SHARE = 0.005
PHRASE_PREFIX = "p:"
DOCUMENTS = ""  # the row whose count is the number of articles counted


@dataclass(frozen=True)
class CorpusStats:
    """Document frequencies for the terms a comparison needs (absent terms: 0)."""

    documents: int = 0
    df: Mapping[str, int] = field(default_factory=dict)
    _idf: dict = field(default_factory=dict, compare=False, repr=False)
    _totals: dict = field(default_factory=dict, compare=False, repr=False)

    def idf(self, word: str) -> float:
        """Inverse document frequency of a content word (stem)."""
        value = self._idf.get(word)
        if value is None:
            self._learn((word,))
            value = self._idf[word]
        return value

    def idfs(self, words) -> dict[str, float]:
        """`idf` of each of `words`, as a dict: a comparison weighs every word of both units,
        and one look-up per word in what is known costs a fraction of one call per word."""
        known = self._idf
        try:
            return {w: known[w] for w in words}
        except KeyError:
            self._learn(words)
            return {w: known[w] for w in words}

    def _learn(self, words) -> None:
        """Remember the IDF of those of `words` not known yet."""
        known, articles, df = self._idf, self.documents + PRIOR, self.df
        for word in words:
            if word not in known:
                known[word] = math.log(articles / (df.get(word, 0) + 1))

    def total(self, words: frozenset[str]) -> float:
        """The summed IDF of a set of words, remembered: a unit's context meets many others."""
        value = self._totals.get(words)
        if value is None:
            value = sum(self.idfs(words).values())
            self._totals[words] = value
        return value

    def phrase_df(self, words: tuple[str, ...]) -> int:
        """Articles that quote the phrase: the rarest of its adjacent pairs bounds it."""
        keys = [phrase_term(a, b) for a, b in pairwise(words)]
        return min((self.df.get(k, 0) for k in keys), default=self.df.get(words[0], 0))

    def is_rare_phrase(self, words: tuple[str, ...]) -> bool:
        """Whether so few articles quote the phrase that it marks one story."""
        return self.phrase_df(words) <= max(RARE_DF, RARE_SHARE * self.documents)


def phrase_term(a: str, b: str) -> str:
    return f"{PHRASE_PREFIX}{a} {b}"


def phrase_terms(text: str) -> set[str]:
    """The adjacent content-word pairs of a quote, as counted terms."""
    return phrase_terms_of(content_words(text))


def phrase_terms_of(sequence) -> set[str]:
    """`phrase_terms` of an already computed content-word sequence."""
    return {phrase_term(a, b) for a, b in pairwise(sequence)}


def terms_of(body: str, quotes: Iterable[str]) -> set[str]:
    """What one article adds to the statistics: its words, and the phrases of its quotes."""
    terms = set(content_words(body))
    for quote in quotes:
        terms |= phrase_terms(quote)
    return terms
