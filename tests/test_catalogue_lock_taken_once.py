"""A catalogue writer called by another asks PostgreSQL for no second lock (#20).

An import's `match_quotes` is a catalogue writer inside `_create_source`, which
holds the lock already: asking again cost a round trip per article. The callee
still runs in its own savepoint; the lock, taken by the caller before anything the
callee can roll back to, is held to the end of the caller's transaction.
"""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from quotes.services.locks import CATALOGUE_LOCK, catalogue_write, hold_catalogue_lock

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL lock")


def _lock_statements(queries) -> int:
    return sum("pg_advisory_xact_lock" in q["sql"] for q in queries)


def _held() -> bool:
    """Does PostgreSQL say this connection holds the catalogue lock?"""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
            " AND pid = pg_backend_pid() AND (classid::bigint << 32 | objid::bigint) = %s",
            [CATALOGUE_LOCK],
        )
        return cursor.fetchone()[0] > 0


@catalogue_write
def _inner() -> bool:
    return _held()


@catalogue_write
def _outer(*, fail_inside: bool = False) -> list[bool]:
    seen = [_inner()]
    if fail_inside:
        with pytest.raises(ZeroDivisionError):
            _failing()
    seen.append(_inner())
    return seen


@catalogue_write
def _failing() -> None:
    hold_catalogue_lock()
    raise ZeroDivisionError


@pytest.mark.django_db(transaction=True)
def test_writers_called_by_a_writer_send_no_second_lock_statement_and_hold_the_lock():
    with CaptureQueriesContext(connection) as queries:
        assert _outer() == [True, True]
    assert _lock_statements(queries) == 1
    assert not _held()  # gone with the transaction


@pytest.mark.django_db(transaction=True)
def test_a_callee_rolled_back_to_its_savepoint_leaves_the_callers_lock_held():
    with CaptureQueriesContext(connection) as queries:
        assert _outer(fail_inside=True) == [True, True]
    assert _lock_statements(queries) == 1


@pytest.mark.django_db(transaction=True)
def test_each_transaction_asks_for_the_lock_again():
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert _inner()
        assert _lock_statements(queries) == 1
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        hold_catalogue_lock()  # outside any writer: asked for
        assert _held()
    assert _lock_statements(queries) == 1
