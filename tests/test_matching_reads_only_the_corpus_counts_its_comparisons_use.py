"""An import reads the corpus counts in rounds (`pair_scoring`): words and phrases first, the
words around a quote only for the pairs that look at them. The verdicts are those of one read
of every count, as the matcher made before (issue #20)."""

from datetime import date
from itertools import combinations

import pytest

from quotes import matching
from quotes.matching import AUTOMATIC, CorpusStats, Occurrence
from quotes.matching.evidence import name_stems, speaker_names
from quotes.matching.scoring import features
from quotes.matching.stats import DOCUMENTS, phrase_terms, phrase_terms_of
from quotes.models import Quote
from quotes.services import corpus, pair_scoring
from quotes.services.occurrences import facts_of

# A thousand articles; "Hale" is printed by most of them, so printing it beside a quote ties
# nobody to it (tests/test_matching_one_source_phrase.py). Only the context holds "hale".
STORED = {DOCUMENTS: 1000, "hale": 700} | {term: 40 for term in phrase_terms("grossly negligent")}


def quoted(name: str, row: str, around: frozenset = frozenset()) -> Occurrence:
    return Occurrence(
        text="grossly negligent",
        marked=True,
        speaker=row,
        said_on=date(2022, 3, 2),
        context=frozenset({"audit", "ministry", "ledger"}) | around,
        names=name_stems("grossly negligent"),
        speaker_names=speaker_names(name),
    )


def every_term(occurrences) -> set[str]:
    terms = set()
    for occ in occurrences:
        sequence = features(occ.text).sequence
        terms |= set(sequence) | phrase_terms_of(sequence) | occ.context
    return terms


@pytest.fixture
def reads(monkeypatch) -> list[set[str]]:
    """The term lists read, in order, from the counts in STORED."""
    done = []

    def counts_of(terms):
        done.append(set(terms))
        return {t: n for t, n in STORED.items() if t in set(terms) | {DOCUMENTS}}

    monkeypatch.setattr(corpus, "counts_of", counts_of)
    return done


def test_a_context_word_is_weighed_by_its_stored_count_though_the_first_read_leaves_it_out(
    reads,
):
    """'Hale' beside the other quote: read late, still weighed as common, so no link; the
    verdicts are `compare`'s under every count read at once."""
    hale = quoted("Tom Hale", "hale-row")
    other = quoted("Pablo Vidal", "vidal-row", around=frozenset({"hale"}))
    found = pair_scoring.verdicts([(hale, other)], {hale, other})
    everything = CorpusStats(documents=1000, df={k: v for k, v in STORED.items() if k})
    assert found == {(hale, other): matching.compare(hale, other, everything)}
    assert found[(hale, other)] is None or found[(hale, other)].decision != AUTOMATIC
    assert "hale" not in reads[0] and "hale" in reads[1]


def test_pairs_decided_on_their_words_read_no_context_at_all(reads):
    """One full sentence word for word, credited to two rows: decided on its words alone."""
    text = "The investigation found no evidence of wrongdoing by the ministry officials."
    one = Occurrence(text=text, marked=True, speaker="a", context=frozenset({"audit"}))
    two = Occurrence(text=text, marked=True, speaker="b", context=frozenset({"ledger"}))
    found = pair_scoring.verdicts([(one, two)], {one, two})
    assert found[(one, two)].decision == AUTOMATIC
    assert len(reads) == 1 and not reads[0] & {"audit", "ledger"}


@pytest.mark.django_db
def test_the_seed_verdicts_are_those_of_one_read_of_every_stored_count(seeded):
    """Every pair of units of the seed quotes, against the real stored counts."""
    facts = facts_of(set(Quote.objects.values_list("pk", flat=True)))
    occurrences = [
        facts[pk].unit(unit.start, unit.end)
        for pk in sorted(facts)
        for unit in matching.split_units(facts[pk].text)
    ]
    pairs = list(combinations(occurrences, 2))
    stats = corpus.stats_for(every_term(occurrences))
    expected = {pair: matching.compare(*pair, stats) for pair in pairs}
    assert pair_scoring.verdicts(pairs, set(occurrences)) == expected
    assert any(expected.values())
