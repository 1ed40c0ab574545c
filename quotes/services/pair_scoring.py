"""Scoring an import's candidate pairs while reading only the corpus counts they use.

`matching.compare` weighs words by the corpus statistics. Every term a
comparison of the import's occurrences may read (their words, key phrases and
the words around them) used to be read up front: some four thousand counts per
article, of which the comparisons read about one in seven, because most pairs
are decided on their words and key phrases without looking at the context.

So the counts are read in rounds: first the words and phrases of every
occurrence; then, for the pairs that asked for a term not read yet, every term
of their two occurrences; finally, should a pair still miss one, every term.
A term outside that whole set weighs 0, as when it was not read up front. All
rounds run under the catalogue lock, the only writers' lock on the counts, so
every round reads the same counts and each verdict is the one a single read
of every term gives.
"""

from __future__ import annotations

from quotes import matching
from quotes.matching.scoring import features
from quotes.matching.stats import CorpusStats, phrase_terms_of
from quotes.services import corpus


class _Unread(Exception):
    """A comparison asked for the count of a term that has not been read yet."""


class _Counts(dict):
    """The counts read so far, as `CorpusStats.df`: a term still to read raises `_Unread`."""

    def __init__(self, every: set[str]):
        super().__init__()
        self.unread = set(every)

    def read(self, terms: set[str]) -> int:
        """Read the counts of `terms` that are still unread; return the article count."""
        wanted = terms & self.unread
        self.unread -= wanted
        found = corpus.counts_of(wanted)
        documents = found.pop(corpus.DOCUMENTS, 0)
        self.update(found)
        return documents

    def get(self, term, default=None):
        value = dict.get(self, term)
        if value is None and term in self.unread:
            raise _Unread(term)
        return default if value is None else value


def verdicts(pairs, occurrences) -> dict:
    """`matching.compare` of each distinct (occurrence, occurrence) pair, keyed by the pair.

    `occurrences` are all the import's occurrences, the pairs' among them: the
    terms of all of them are the ones that may be read (`_Counts`). A popular
    statement's candidates are often the same occurrence many times over (one
    wire story printed by several outlets), so each distinct pair is scored once.
    """
    pairs = list(dict.fromkeys(pairs))
    if not pairs:
        return {}
    words = {occ: _word_terms(occ) for occ in occurrences}
    counts = _Counts(set().union(*words.values(), *(occ.context for occ in occurrences)))
    first = {term for pair in pairs for occ in pair for term in words[occ]}
    stats = CorpusStats(documents=counts.read(first), df=counts)
    found = {}
    pending = _score(pairs, stats, found)
    if pending:
        counts.read(_every_term(pending, words))
        pending = _score(pending, stats, found)
    if pending:
        counts.read(set(counts.unread))
        _score(pending, stats, found)
    return found


def _score(pairs, stats: CorpusStats, found: dict) -> list:
    """Score the pairs not in `found` yet; return those that asked for an unread count."""
    pending = []
    for pair in pairs:
        if pair in found:
            continue
        try:
            found[pair] = matching.compare(*pair, stats)
        except _Unread:
            pending.append(pair)
    return pending


def _every_term(pairs, words: dict) -> set[str]:
    """Every term the comparison of these pairs may read (their words, phrases, contexts)."""
    return {term for pair in pairs for occ in pair for term in words[occ] | occ.context}


def _word_terms(occ) -> set[str]:
    """The words of an occurrence's text and its key phrases (adjacent word pairs)."""
    sequence = features(occ.text).sequence
    return set(sequence) | phrase_terms_of(sequence)
