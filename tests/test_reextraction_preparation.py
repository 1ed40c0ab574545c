"""Re-extraction runs the engine before its transaction, as an import does (issue #20).

The engine needs no database; running it inside the transaction kept the catalogue
lock, and so every other writer, waiting for it. The article's date is the one
input a curator can change meanwhile: it is checked again under the lock.
"""

from datetime import date

import pytest
from django.db import connection

from quotes.models import Source
from quotes.services import sources
from quotes.services.sources import import_source, reextract_source

BODY = (
    "Harbour Authority chair Mira Olsen said the new ferry terminal would open in spring. "
    "“We are on schedule and on budget,” Olsen said. "
    "Councillor Tom Reyes said the budget had “doubled since the first plan”."
)


@pytest.fixture
def extraction_spy(monkeypatch):
    """Each call of the engine, as (whether a transaction was open, the date it was given)."""
    calls = []
    real = sources.extract

    def spy(body, **kwargs):
        calls.append((connection.in_atomic_block, kwargs.get("published_on")))
        return real(body, **kwargs)

    monkeypatch.setattr(sources, "extract", spy)
    return calls


@pytest.mark.django_db(transaction=True)
def test_re_extraction_runs_the_engine_before_opening_its_transaction(extraction_spy):
    source = import_source(body=BODY, origin="ferry.txt", published_on=date(2024, 3, 4)).source
    extraction_spy.clear()
    reextract_source(source=source)
    assert extraction_spy == [(False, date(2024, 3, 4))]


@pytest.mark.django_db(transaction=True)
def test_a_date_corrected_during_re_extraction_is_extracted_again_with_the_new_date(
    extraction_spy, monkeypatch
):
    """The first pass saw the old date; under the lock the stored one wins, and dates the quotes."""
    old, new = date(2024, 3, 4), date(2024, 5, 6)
    source = import_source(body=BODY, origin="ferry.txt", published_on=old).source
    extraction_spy.clear()
    spy = sources.extract

    def corrected_meanwhile(body, **kwargs):
        if not extraction_spy:  # a curator corrects the date while the engine runs
            Source.objects.filter(pk=source.pk).update(published_on=new)
        return spy(body, **kwargs)

    monkeypatch.setattr(sources, "extract", corrected_meanwhile)
    reextract_source(source=source)
    assert extraction_spy == [(False, old), (True, new)]
    assert set(source.quotes.values_list("said_on", flat=True)) == {new}
