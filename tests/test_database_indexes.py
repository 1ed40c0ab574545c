"""Every index of ours does work no other index does (migration 0022).

An import writes a dozen quotes, their links and some 300 retrieval keys per
article, and each row it writes updates every index of its table. Django gives
each foreign key an index of its own even where a wider index already starts
with that column; such an index serves no query the wider one cannot. This test
finds them in the migrated schema, so a new foreign key or index that repeats
another fails here rather than slowing every import quietly.
"""

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="reads PostgreSQL's catalogue"),
]

# A plain btree index (not unique, not partial, on columns not expressions) whose
# columns and operator classes are the first ones of another plain btree index
# of the same table.
_COVERED = """
WITH ix AS (
    SELECT c.relname AS tbl, i.relname AS idx, x.indkey::text AS cols,
           x.indclass::text AS ops, x.indisunique AS uniq,
           x.indpred IS NOT NULL AS partial, x.indexprs IS NOT NULL AS expr
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class c ON c.oid = x.indrelid
    JOIN pg_am am ON am.oid = i.relam AND am.amname = 'btree'
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relname LIKE 'quotes\\_%%'
)
SELECT a.tbl, a.idx, b.idx
FROM ix a JOIN ix b ON a.tbl = b.tbl AND a.idx <> b.idx
WHERE NOT (a.uniq OR a.partial OR a.expr OR b.partial OR b.expr)
  AND b.cols || ' ' LIKE a.cols || ' %%' AND b.ops || ' ' LIKE a.ops || ' %%'
ORDER BY 1, 2
"""


def test_no_index_of_ours_only_repeats_the_first_columns_of_another():
    with connection.cursor() as cursor:
        cursor.execute(_COVERED)
        covered = cursor.fetchall()
    assert covered == []


def test_the_check_finds_an_index_that_repeats_another():
    """The query above is no tautology: a narrow copy of a wide index is found."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE INDEX quotes_probe_idx ON quotes_quote (source_id, start)")
        cursor.execute(_COVERED)
        covered = cursor.fetchall()
    assert covered == [("quotes_quote", "quotes_probe_idx", "quote_span_unique")]


def test_the_claims_with_a_pattern_are_read_through_their_own_index():
    """The import's question (`pattern <> ''`) is one the partial index can answer.

    Sequential scans are switched off for the plan: on a test database's few rows
    the planner would rightly prefer one, and the question here is whether the
    index's condition covers the query's, not which plan is cheapest today.
    """
    from quotes.services import claim_patterns

    sql = _pattern_read_sql(claim_patterns)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", [""])
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "claim_with_pattern" in plan


def _pattern_read_sql(claim_patterns) -> str:
    """The statement `_patterns` sends, caught as it runs."""
    seen = []

    def catch(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(catch):
        claim_patterns._patterns()
    [sql] = seen
    return sql
