"""Corpus counts kept between reads are used only while the stored table is unchanged (#20).

The matcher reads about a thousand counts per article, most of them read before,
so each thread keeps what it read and wrote (`quotes.services.corpus_cache`). A
count another process wrote, or one a rolled-back transaction wrote, must never
come from the kept ones: these tests write with a real second process and a real
rollback, and compare every answer with the table itself.
"""

import multiprocessing

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from quotes.matching.stats import DOCUMENTS
from quotes.models import CorpusTerm
from quotes.services.corpus import count_terms, counts_of
from quotes.services.sources import import_source
from tests import concurrent_writers
from tests.shared_database import database_url

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="counts are kept on PostgreSQL only"
)


def stored(terms):
    return dict(
        CorpusTerm.objects.filter(term__in=[*terms, DOCUMENTS]).values_list("term", "documents")
    )


@pytest.mark.django_db
def test_counts_read_again_in_the_same_state_are_not_asked_for_again():
    count_terms(terms={"ferry", "tariff"})
    assert counts_of({"ferry", "tariff", "unheard"}) == stored({"ferry", "tariff"})
    with CaptureQueriesContext(connection) as queries:
        again = counts_of({"ferry", "tariff", "unheard"})
    assert again == stored({"ferry", "tariff"})
    assert (
        len(queries) == 1
        and "ferry" not in queries[0]["sql"]
        and "unheard" not in queries[0]["sql"]
    )


@pytest.mark.django_db(transaction=True)
def test_a_count_another_process_wrote_is_read_afresh():
    count_terms(terms={"ferry", "tariff"})
    assert counts_of({"ferry"})["ferry"] == 1  # now kept
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(1) as pool:
        pool.apply(concurrent_writers.count_terms_in, (database_url(), ["ferry", "harbour"]))
    assert counts_of({"ferry", "tariff", "harbour"}) == stored({"ferry", "tariff", "harbour"})
    assert counts_of({"ferry"})["ferry"] == 2


@pytest.mark.django_db(transaction=True)
def test_a_count_written_in_a_transaction_rolled_back_is_not_kept():
    count_terms(terms={"ferry"})
    with pytest.raises(RuntimeError), transaction.atomic():
        count_terms(terms={"ferry"})
        assert counts_of({"ferry"})["ferry"] == 2  # read inside: kept, in a state never committed
        raise RuntimeError("roll back")
    assert counts_of({"ferry", DOCUMENTS}) == stored({"ferry"}) == {"ferry": 1, DOCUMENTS: 1}


@pytest.mark.django_db
def test_after_importing_the_seeds_every_count_answers_as_the_table_does(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        import_source(body=path.read_text(encoding="utf-8"), origin=path.name)
    terms = set(CorpusTerm.objects.values_list("term", flat=True))
    half = set(sorted(terms)[::2])
    assert counts_of(half) == stored(half)  # some kept, the rest read
    assert counts_of(terms | {"unheard"}) == stored(terms)


@pytest.mark.django_db(transaction=True)
def test_a_write_after_another_process_wrote_keeps_none_of_the_counts_read_before():
    count_terms(terms={"ferry", "tariff"})
    assert counts_of({"ferry", "tariff"}) == {"ferry": 1, "tariff": 1, DOCUMENTS: 1}
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(1) as pool:
        pool.apply(concurrent_writers.count_terms_in, (database_url(), ["tariff"]))
    count_terms(terms={"ferry"})  # this write starts from the other process's state
    assert counts_of({"ferry", "tariff"}) == stored({"ferry", "tariff"})
    assert counts_of({"tariff"})["tariff"] == 2
