"""The rule that an import extracts its article before it writes, outside any transaction.

Extraction needs no database, so two workers can run it at the same time; only the
writes take turns under the catalogue lock. These tests watch where extraction runs
(a spy that records the connection's state and calls the real engine) and that an
article prepared ahead is stored exactly as one that prepares itself.
"""

from datetime import date

import pytest
from django.db import connection

from quotes.models import ImportJob, Source
from quotes.services import sources
from quotes.services.jobs import enqueue_import, run_import_job
from quotes.services.sources import delete_source, import_source, prepare_article

BODY = (
    "Harbour Authority chair Mira Olsen said on Monday that the new ferry terminal "
    "would open in spring. “We are on schedule and on budget,” Olsen said. "
    "Councillor Tom Reyes said the budget had “doubled since the first plan”."
)


@pytest.fixture
def extraction_spy(monkeypatch):
    """Each call of the engine, as whether a transaction was open when it ran."""
    in_transaction = []
    real = sources.extract

    def spy(*args, **kwargs):
        in_transaction.append(connection.in_atomic_block)
        return real(*args, **kwargs)

    monkeypatch.setattr(sources, "extract", spy)
    return in_transaction


@pytest.mark.django_db(transaction=True)
def test_a_job_extracts_its_article_before_opening_its_transaction(extraction_spy):
    job = ImportJob.objects.create(body=BODY, origin="ferry.txt")
    assert run_import_job(job_id=job.pk).state == ImportJob.State.DONE
    assert extraction_spy == [False]


@pytest.mark.django_db(transaction=True)
def test_a_plain_import_extracts_its_article_before_opening_its_transaction(extraction_spy):
    assert import_source(body=BODY, origin="ferry.txt").created
    assert extraction_spy == [False]


@pytest.mark.django_db(transaction=True)
def test_a_finished_job_delivered_again_is_not_extracted_again(extraction_spy):
    job = enqueue_import(body=BODY, origin="ferry.txt")
    run_import_job(job_id=job.pk)
    assert extraction_spy == [False]
    assert Source.objects.count() == 1


def stored_quotes(source: Source) -> list[tuple]:
    return [
        (q.start, q.end, q.text, q.speaker.name if q.speaker else "", q.match_context, q.said_on)
        for q in source.quotes.order_by("start")
    ]


@pytest.mark.django_db
def test_an_article_prepared_ahead_is_stored_as_one_that_prepares_itself():
    day = date(2024, 3, 4)
    prepared = prepare_article(body=BODY, published_on=day)
    ahead = import_source(body=BODY, origin="ahead.txt", published_on=day, prepared=prepared)
    expected, names = stored_quotes(ahead.source), ahead.source.match_names
    delete_source(source=ahead.source)
    itself = import_source(body=BODY, origin="itself.txt", published_on=day)
    assert expected and stored_quotes(itself.source) == expected
    assert itself.source.match_names == names
