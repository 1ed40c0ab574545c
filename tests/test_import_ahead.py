"""Preparing the next articles in a thread while one is written (`quotes.importing.ahead`).

The writes still run in order in the importing thread; these tests hold the
thread to what it may change: nothing stored, only when the work is done.
"""

import threading
from datetime import date

import pytest

from quotes.extraction import ExtractionTimeout
from quotes.importing.ahead import AHEAD, prepared, prepared_ahead
from quotes.importing.batch import import_batch
from quotes.importing.readers import Document, ReadError
from quotes.models import Quote
from quotes.services import sources
from quotes.services.sources import import_source, prepare_article

BODIES = [
    "Harbour chair Mira Olsen said the ferry terminal would open in spring. "
    "“We are on schedule and on budget,” Olsen said.",
    "Councillor Tom Reyes said the budget had “doubled since the first plan”. "
    "“Nobody told the council,” Reyes said on Tuesday.",
    "“The bridge will carry trams by 2030,” transport minister Ana Ruiz told reporters.",
    "Union leader Sam Okafor said: “Drivers will strike if the rota stays.”",
]


def documents(bodies=BODIES):
    return [
        Document(origin=f"article-{n}.txt", body=body, published_on=date(2024, 5, n + 1))
        for n, body in enumerate(bodies)
    ]


def article(item):
    return None if isinstance(item, ReadError) else (item.body, item.published_on)


def quote_rows():
    rows = Quote.objects.order_by("source__origin", "start").values_list(
        "source__origin", "start", "end", "text", "speaker__name", "kind"
    )
    return list(rows)


@pytest.mark.django_db(transaction=True)
def test_a_batch_prepared_ahead_stores_what_articles_imported_one_by_one_store():
    for doc in documents():
        import_source(body=doc.body, origin=doc.origin, published_on=doc.published_on)
    one_by_one = quote_rows()
    Quote.objects.all().delete()
    sources.Source.objects.all().delete()

    summary = import_batch(documents())

    assert summary.new == len(BODIES) and summary.failed == 0
    assert quote_rows() == one_by_one
    assert len(one_by_one) >= len(BODIES)


@pytest.mark.django_db
def test_each_item_comes_back_in_order_with_its_own_preparation():
    items = documents()
    seen = list(prepared_ahead(items, article=article))

    assert [item for item, _ in seen] == items
    for item, future in seen:
        expected = prepare_article(body=item.body, published_on=item.published_on)
        assert prepared(future) == expected


@pytest.mark.django_db
def test_a_text_already_stored_is_not_prepared_again():
    stored, new = documents()[:2]
    import_source(body=stored.body, origin=stored.origin)

    futures = dict(prepared_ahead([stored, new], article=article))

    assert futures[stored] is None
    assert futures[new] is not None


@pytest.mark.django_db
def test_a_read_error_passes_through_without_a_preparation():
    error = ReadError(origin="broken.jsonl", message="not JSON", line=3)
    items = [documents()[0], error]

    futures = list(prepared_ahead(items, article=article))

    assert futures[1] == (error, None)


@pytest.mark.django_db
def test_preparation_runs_outside_the_importing_thread_and_at_most_a_few_articles_ahead(
    monkeypatch,
):
    threads, yielded = [], []
    real = sources.prepare_article

    def watched(**kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(**kwargs)

    monkeypatch.setattr("quotes.importing.ahead.prepare_article", watched)
    items = documents(BODIES * 3)
    for count, (_, future) in enumerate(prepared_ahead(items, article=article), start=1):
        prepared(future)
        yielded.append((count, len(threads)))

    assert threads and not any(threads)
    assert all(started <= count + AHEAD for count, started in yielded)


@pytest.mark.django_db
def test_a_preparation_that_fails_raises_when_its_own_item_asks_for_it(settings):
    settings.EXTRACTION_SECONDS = 1e-9
    items = documents()[:2]

    futures = list(prepared_ahead(items, article=article))

    for _, future in futures:
        with pytest.raises(ExtractionTimeout):
            prepared(future)
