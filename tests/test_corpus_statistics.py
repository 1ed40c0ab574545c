"""Corpus statistics: every import, deletion and rebuild keeps the word and phrase counts exact."""

import io
from collections import Counter

import pytest
from django.core.management import call_command

from quotes.importing.batch import import_batch
from quotes.importing.readers import Document
from quotes.matching.stats import DOCUMENTS, terms_of
from quotes.models import CorpusTerm, Source
from quotes.services.corpus import count_terms, stats_for
from quotes.services.sources import delete_source
from quotes.services.sql_lists import SEPARATOR, joined

pytestmark = pytest.mark.django_db


def expected_counts() -> Counter:
    """What the counts must be: each stored article counted once, from its body and quotes."""
    counts = Counter()
    for source in Source.objects.prefetch_related("quotes"):
        counts.update(terms_of(source.body, [q.text for q in source.quotes.all()]))
        counts[DOCUMENTS] += 1
    return counts


def stored_counts() -> Counter:
    return Counter(
        dict(CorpusTerm.objects.filter(documents__gt=0).values_list("term", "documents"))
    )


def import_seeds(seeds_dir):
    docs = [Document(body=p.read_text(), origin=p.name) for p in sorted(seeds_dir.glob("*.txt"))]
    return import_batch(docs)


def test_an_import_counts_each_article_once_for_each_of_its_words_and_quoted_phrases(seeds_dir):
    """Five seed articles: five documents, and every term as often as the articles use it."""
    import_seeds(seeds_dir)
    assert stored_counts()[DOCUMENTS] == 5
    assert stored_counts() == expected_counts()


def test_importing_the_same_text_again_counts_nothing_twice(seeds_dir):
    """A known text is "unchanged": the statistics do not move."""
    import_seeds(seeds_dir)
    before = stored_counts()
    import_seeds(seeds_dir)
    assert stored_counts() == before


def test_deleting_a_source_takes_its_counts_away(seeds_dir):
    """The statistics describe the articles stored, not every article ever seen."""
    import_seeds(seeds_dir)
    delete_source(source=Source.objects.order_by("pk").first())
    assert stored_counts()[DOCUMENTS] == 4
    assert stored_counts() == expected_counts()


def test_a_rebuild_recounts_the_corpus_from_what_is_stored(seeds_dir):
    """Counts lost or corrupted are recomputed by rebuild_claims."""
    import_seeds(seeds_dir)
    CorpusTerm.objects.filter(term__startswith="p:").delete()
    CorpusTerm.objects.filter(term=DOCUMENTS).update(documents=99)
    call_command("rebuild_claims", stdout=io.StringIO())
    assert stored_counts() == expected_counts()


def test_the_matcher_reads_back_exactly_the_counts_stored_for_the_terms_it_asks_about(seeds_dir):
    """`stats_for` has its own SQL on PostgreSQL (one joined string): on either backend it
    returns every asked term's stored count, the article count apart, and nothing it was not
    asked about; a term no article uses is simply absent (weighed as count 0)."""
    import_seeds(seeds_dir)
    stored = expected_counts()
    asked = [*sorted(t for t in stored if t != DOCUMENTS)[::7], "never-seen-term"]
    stats = stats_for(asked)
    assert stats.documents == 5
    assert dict(stats.df) == {t: stored[t] for t in asked if t in stored}
    assert "never-seen-term" not in stats.df


def test_a_term_list_travels_as_one_string_split_at_a_character_no_term_holds():
    """On PostgreSQL a term list is one string split at a control character: the tokenizer
    never keeps one in a term, the article count's empty term survives the split even
    alone, and a list whose term did hold the separator is refused, never miscounted."""
    text = "alpha\x1fbeta gamma\x1f delta, \x1fepsilon"
    assert {"alpha", "beta", "gamma", "delta", "epsilon"} <= terms_of(text, [text])
    assert not any(SEPARATOR in term for term in terms_of(text, [text]))
    count_terms(terms=[])
    assert stats_for([]).documents == 1
    with pytest.raises(ValueError):
        joined(["alpha", f"beta{SEPARATOR}gamma"])
