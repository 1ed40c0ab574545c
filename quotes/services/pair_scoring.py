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

from functools import lru_cache

from quotes import matching
from quotes.matching.scoring import features
from quotes.matching.stats import CorpusStats, phrase_terms_of
from quotes.services import corpus


class _Unread(Exception):
    """A comparison asked for the count of a term that has not been read yet."""


class _Counts(dict):
    """The counts read so far, as `CorpusStats.df`: a term still to read raises `_Unread`.

    The terms that may be read are the union of `parts` (each occurrence's words and
    context), never built unless every one is to be read: asking whether a term is
    in one of them costs less, and is needed only for a term not read yet.
    """

    def __init__(self, parts: list[frozenset[str]]):
        super().__init__()
        self.parts = parts
        self.done: set[str] = set()

    def read(self, terms: set[str]) -> int:
        """Read the counts of those of `terms` (some of the parts' terms) not read yet;
        return the article count."""
        wanted = terms - self.done
        self.done |= wanted
        found = corpus.counts_of(wanted)
        documents = found.pop(corpus.DOCUMENTS, 0)
        self.update(found)
        return documents

    def unread(self) -> set[str]:
        """The terms that may be read and are not read yet."""
        return set().union(*self.parts) - self.done

    def get(self, term, default=None):
        value = dict.get(self, term)
        if value is not None:
            return value
        if term not in self.done and any(term in part for part in self.parts):
            raise _Unread(term)
        return default


def verdicts(pairs, occurrences) -> dict:
    """`matching.compare` of each distinct (occurrence, occurrence) pair, keyed by the pair.

    `occurrences` are all the import's occurrences, the pairs' among them: the
    terms of all of them are the ones that may be read (`_Counts`).
    """
    pairs = list(dict.fromkeys(pairs))
    return dict(zip(pairs, verdict_list(pairs, occurrences), strict=True))


def verdict_list(pairs, occurrences) -> list:
    """`verdicts` as a list, one verdict per pair in order, equal pairs included.

    A popular statement's candidates are often the same occurrence many times
    over (one wire story printed by several outlets), so each distinct pair is
    scored once. Occurrences are told apart by value once each, then by
    number: hashing a pair of them costs a tuple of every field, and an import
    looked pairs up a dozen times each.
    """
    number, distinct = _numbered([occ for pair in pairs for occ in pair] + list(occurrences))
    numbered = [(number[id(a)], number[id(b)]) for a, b in pairs]
    wanted = list(dict.fromkeys(numbered))
    found = _verdicts_of([(distinct[a], distinct[b]) for a, b in wanted], distinct)
    by_pair = dict(zip(wanted, found, strict=True))
    return [by_pair[pair] for pair in numbered]


def _numbered(occurrences) -> tuple[dict[int, int], list]:
    """Per object (by id), the number of its value; and the distinct values in that order."""
    number, values = {}, {}
    for occ in occurrences:
        if id(occ) not in number:
            number[id(occ)] = values.setdefault(occ, len(values))
    return number, list(values)


def _verdicts_of(pairs: list, occurrences: list) -> list:
    """The verdicts of distinct pairs of distinct occurrences, read in rounds (module docstring)."""
    if not pairs:
        return []
    words = {id(occ): _word_terms(occ.text) for occ in occurrences}
    parts = [*words.values(), *(occ.context for occ in occurrences)]
    counts = _Counts(list({id(part): part for part in parts}.values()))  # each set once
    paired = {id(occ) for pair in pairs for occ in pair}
    first = set().union(*(words[n] for n in paired))
    stats = CorpusStats(documents=counts.read(first), df=counts)
    found = [None] * len(pairs)
    pending = _score(pairs, range(len(pairs)), stats, found)
    if pending:
        counts.read(_every_term([pairs[n] for n in pending], words))
        pending = _score(pairs, pending, stats, found)
    if pending:
        counts.read(counts.unread())
        _score(pairs, pending, stats, found)
    return found


def _score(pairs: list, numbers, stats: CorpusStats, found: list) -> list[int]:
    """Score the pairs numbered `numbers` into `found`; return the numbers of those that
    asked for an unread count."""
    pending = []
    for n in numbers:
        try:
            found[n] = matching.compare(*pairs[n], stats)
        except _Unread:
            pending.append(n)
    return pending


def _every_term(pairs, words: dict) -> set[str]:
    """Every term the comparison of these pairs may read (their words, phrases, contexts)."""
    return {term for pair in pairs for occ in pair for term in words[id(occ)] | occ.context}


@lru_cache(maxsize=65536)
def _word_terms(text: str) -> frozenset[str]:
    """The words of a unit's text and its key phrases (adjacent word pairs): text alone
    decides them, and a popular statement's units come back import after import."""
    sequence = features(text).sequence
    return frozenset(sequence) | phrase_terms_of(sequence)
