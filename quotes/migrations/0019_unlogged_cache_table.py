"""The database cache's table is UNLOGGED on PostgreSQL.

Without Redis every API request writes its throttle counter to this table, in
a transaction of its own. A logged table makes each of those commits wait for
the write-ahead log to reach the disk, a few milliseconds that were a fifth of
a fast request. Writes to an unlogged table are not in the log, so their
commit does not wait. The price is that PostgreSQL empties the table after a
crash, which for a cache of rate-limit counters is no loss. SQLite has no such
table kind, and there the step does nothing.
"""

from django.db import migrations

TABLE = "factcheck_cache"  # as in 0012_cache_table


def set_unlogged(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} SET UNLOGGED")


def set_logged(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} SET LOGGED")


class Migration(migrations.Migration):
    dependencies = [("quotes", "0018_matchkey_walk")]

    operations = [migrations.RunPython(set_unlogged, set_logged)]
