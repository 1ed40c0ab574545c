"""The database cache's table, where throttle counters live when REDIS_URL is not set.

Every worker must see the same counters, so the cache is shared (CACHES in
factcheck/settings.py, which names this table). `migrate` creates it here, so a
fresh database, a test database and a deployment that only runs `migrate` all
have it, whichever cache the settings pick today. Creating it is idempotent.
"""

from django.core.management import call_command
from django.db import migrations

TABLE = "factcheck_cache"  # CACHES["default"]["LOCATION"] without REDIS_URL


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", TABLE, database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("quotes", "0011_curator_permissions")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
