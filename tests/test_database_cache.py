"""The database cache (the throttle counters' home without Redis) writes with one statement."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from factcheck import cache as cache_module

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "table": {
        "BACKEND": "factcheck.cache.UpsertDatabaseCache",
        "LOCATION": "factcheck_cache",
        "OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2},
    },
}


@pytest.fixture
def table(db):
    with override_settings(CACHES=CACHES):
        cache = caches["table"]
        cache.clear()
        cache._sets = 1  # past the first set's count, so each test starts mid-cycle
        yield cache
        cache.clear()


def test_a_set_after_the_first_is_one_statement(table):
    with CaptureQueriesContext(connection) as queries:
        table.set("k", {"n": 1}, 60)
    assert len(queries) == 1
    assert "ON CONFLICT" in queries[0]["sql"]
    assert table.get("k") == {"n": 1}


def test_setting_a_key_again_replaces_its_value_and_expiry(table):
    table.set("k", [1], 60)
    table.set("k", [1, 2], 60)
    assert table.get("k") == [1, 2]
    table.set("k", "gone", -1)  # already expired
    assert table.get("k") is None


def test_a_key_set_with_no_timeout_does_not_expire(table):
    table.set("k", "kept", None)
    assert table.get("k") == "kept"


def test_the_table_is_culled_once_every_cull_every_sets(table, monkeypatch):
    """Counting the table on each set was four of Django's five statements; it is now rare."""
    monkeypatch.setattr(cache_module, "CULL_EVERY", 5)
    table._sets = 0
    with CaptureQueriesContext(connection) as queries:
        for n in range(25):
            table.set(f"k{n}", n, 60)
    counts = [q["sql"] for q in queries if "COUNT(*)" in q["sql"]]
    assert len(counts) == 5  # sets 1, 6, 11, 16 and 21
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM factcheck_cache")
        assert cursor.fetchone()[0] <= 10 + 5  # MAX_ENTRIES plus one cycle's overshoot


def test_add_and_delete_keep_djangos_meaning(table):
    assert table.add("k", 1, 60)
    assert not table.add("k", 2, 60)
    assert table.get("k") == 1
    table.delete("k")
    assert table.get("k") is None


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL table kind")
def test_the_table_is_unlogged_so_a_counter_write_does_not_wait_for_the_log(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT relpersistence FROM pg_class WHERE relname = 'factcheck_cache'")
        assert cursor.fetchone() == ("u",)
