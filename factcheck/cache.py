"""Django's database cache, with `set` as one statement.

Without Redis the throttle counters live in the database (see CACHES in
factcheck/settings.py), and every API request sets one of them. Django's
`DatabaseCache.set` spends five statements and a transaction on it: a
`COUNT(*)` of the whole table to decide whether to cull, then a SELECT, then
an UPDATE or INSERT. Here a set is one `INSERT … ON CONFLICT DO UPDATE`
(PostgreSQL and SQLite both have it), atomic on its own, and the table is
counted for culling once every `CULL_EVERY` sets of a process instead of on
each. Reads, `add`, `touch`, deletes and culling are Django's.
"""

import base64
import pickle
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router
from django.utils.timezone import now as tz_now

# A process counts the table (and culls it when over MAX_ENTRIES) on its first set
# and then once per this many sets: the table may overshoot MAX_ENTRIES by at most
# this many rows per process between counts.
CULL_EVERY = 100


class UpsertDatabaseCache(DatabaseCache):
    """A DatabaseCache whose `set` is one upsert; see the module docstring."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._sets = 0

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote = connection.ops.quote_name
        table, key_column = quote(self._table), quote("cache_key")
        value_column, expires_column = quote("value"), quote("expires")
        pickled = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
        expires = connection.ops.adapt_datetimefield_value(self._expiry(timeout))
        with connection.cursor() as cursor:
            self._cull_now_and_then(db, cursor)
            cursor.execute(
                f"INSERT INTO {table} ({key_column}, {value_column}, {expires_column}) "
                f"VALUES (%s, %s, %s) ON CONFLICT ({key_column}) DO UPDATE SET "
                f"{value_column} = EXCLUDED.{value_column}, "
                f"{expires_column} = EXCLUDED.{expires_column}",
                [key, pickled, expires],
            )

    def _expiry(self, timeout) -> datetime:
        """When an entry set now with `timeout` expires, to the second, as Django stores it."""
        timeout = self.get_backend_timeout(timeout)
        if timeout is None:
            return datetime.max.replace(microsecond=0)
        zone = UTC if settings.USE_TZ else None
        return datetime.fromtimestamp(timeout, tz=zone).replace(microsecond=0)

    def _cull_now_and_then(self, db, cursor) -> None:
        self._sets += 1
        if self._sets % CULL_EVERY != 1:
            return
        cursor.execute(f"SELECT COUNT(*) FROM {connections[db].ops.quote_name(self._table)}")
        count = cursor.fetchone()[0]
        if count > self._max_entries:
            self._cull(db, cursor, tz_now().replace(microsecond=0), count)
