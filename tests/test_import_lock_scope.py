"""What an import computes from the text alone is computed before its transaction (#20).

The catalogue lock makes writers take turns, so work done under it is work the
other workers wait for. The corpus terms of an article depend on its body and its
quotes' texts only, and so do its quotes' units and their retrieval keys: they are
computed with the extraction, outside the lock.
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


@pytest.mark.django_db(transaction=True)
def test_an_import_keys_its_quotes_units_before_opening_its_transaction(monkeypatch):
    """Splitting quotes into units and keying them needs no stored row either."""
    from quotes import matching
    from quotes.models import MatchKey

    in_transaction = []
    index_keys = matching.index_keys

    def spy(text):
        in_transaction.append(connection.in_atomic_block)
        return index_keys(text)

    monkeypatch.setattr(matching, "index_keys", spy)
    outcome = import_source(body=BODY, origin="ferry.txt")
    assert outcome.created and in_transaction and not any(in_transaction)
    stored = set(MatchKey.objects.values_list("key", flat=True))
    texts = outcome.source.quotes.filter(is_quote=True).values_list("text", flat=True)
    assert stored == {
        key
        for text in texts
        for unit in matching.split_units(text)
        for key in index_keys(unit.text)
    }
