"""What an import computes from the text alone is computed before its transaction (#20).

The catalogue lock makes writers take turns, so work done under it is work the
other workers wait for. The corpus terms of an article depend on its body and its
quotes' texts only: they are computed with the extraction, outside the lock.
"""

import pytest
from django.db import connection

from quotes.matching.stats import DOCUMENTS, terms_of
from quotes.models import CorpusTerm
from quotes.services import sources
from quotes.services.sources import import_source

BODY = (
    "Harbour Authority chair Mira Olsen said the new ferry terminal would open in spring. "
    "“We are on schedule and on budget,” Olsen said."
)


@pytest.mark.django_db(transaction=True)
def test_an_import_computes_its_corpus_terms_before_opening_its_transaction(monkeypatch):
    in_transaction = []

    def spy(body, quotes):
        in_transaction.append(connection.in_atomic_block)
        return terms_of(body, quotes)

    monkeypatch.setattr(sources, "terms_of", spy)
    outcome = import_source(body=BODY, origin="ferry.txt")
    assert outcome.created and in_transaction == [False]
    quotes = list(outcome.source.quotes.values_list("text", flat=True))
    counted = set(CorpusTerm.objects.exclude(term=DOCUMENTS).values_list("term", flat=True))
    assert quotes and counted == terms_of(BODY, quotes)
