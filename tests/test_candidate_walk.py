"""On PostgreSQL an article's candidate walks are one LATERAL statement over arrays.

It must find exactly what the portable per-key statements find: per key, only
older quotes, newest first, at most CANDIDATE_CAP postings.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quotes import matching
from quotes.importing.batch import import_batch
from quotes.importing.readers import Document
from quotes.models import MatchKey, Quote
from quotes.services.matching import (
    CANDIDATE_CAP,
    _candidates,
    _lateral_sql,
    _walk_lateral,
    _walk_union,
)
from quotes.services.sql_lists import joined

pytestmark = pytest.mark.django_db

REPEATS = CANDIDATE_CAP + 4


def library_article(n: int) -> Document:
    """The secretary's library line, reported again from another town."""
    body = (
        f"Library plan for Village {n}\n"
        f"Councillors in Village {n} met on Tuesday to discuss the new reading room. "
        "The culture secretary, Maria Lopez, told reporters: "
        "“The new library will open its doors in March and every child gets a free card.” "
        f"Parents in Village {n} welcomed the news."
    )
    return Document(body=body, origin=f"library-{n}.txt")


@pytest.fixture
def walks():
    """Every key of every library quote, oldest quote first, each bounded by its own id."""
    if connection.vendor != "postgresql":
        pytest.skip("the LATERAL walk is PostgreSQL's; SQLite runs the per-key statements")
    assert import_batch([library_article(n) for n in range(REPEATS)]).failed == 0
    quotes = list(Quote.objects.filter(is_quote=True, text__contains="library").order_by("pk"))
    assert len(quotes) == REPEATS
    return [
        (n, key, quote.pk)
        for n, quote in enumerate(quotes)
        for key in sorted(matching.index_keys(quote.text))
    ]


def test_the_lateral_walk_finds_the_same_postings_as_one_statement_per_key(walks):
    assert sorted(_walk_lateral(walks)) == sorted(_walk_union(walks))


def test_the_lateral_walk_stops_at_the_cap_and_skips_newer_quotes(walks):
    """The newest quote meets CANDIDATE_CAP of its older repeats per key; the oldest meets none."""
    rows = _walk_lateral(walks)
    newest = REPEATS - 1
    key = walks[-1][1]
    assert MatchKey.objects.filter(key=key).count() == REPEATS
    per_key = [row for row in rows if row[0] == newest]
    assert len(per_key) == CANDIDATE_CAP * len([w for w in walks if w[0] == newest])
    assert not [row for row in rows if row[0] == 0]
    older = {q for _, q, _, _ in per_key}
    assert max(older) < walks[-1][2]
    assert len(older) == CANDIDATE_CAP and min(older) > walks[0][2]


def test_an_article_on_postgresql_looks_its_sentences_up_in_one_lateral_statement(walks):
    lookups = [(walks[-1][2], {w[1] for w in walks if w[0] == REPEATS - 1})]
    with CaptureQueriesContext(connection) as queries:
        found = _candidates(lookups)
    assert len(queries) == 1 and "LATERAL" in queries[0]["sql"]
    assert len(found[0]) == CANDIDATE_CAP


def test_the_lateral_walk_reads_postings_from_the_index_alone_without_sorting(walks):
    """Each walk is the covering index scan of the per-key statement, not a sort of all postings."""
    params = [joined(column) for column in zip(*walks[:3], strict=True)]  # as _walk_lateral sends
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        # A tiny test table makes a sort look as cheap as the index: ask the
        # planner whether the order can come from an index without one at all.
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("SET LOCAL enable_incremental_sort = off")
        cursor.execute("EXPLAIN " + _lateral_sql(), params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        # Index-only or not depends on the visibility map (autovacuum), not on our SQL.
        assert "Scan using matchkey_walk" in plan, plan
    assert "Sort" not in plan, plan
