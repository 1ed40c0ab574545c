"""The test database as a URL, for the child processes the concurrency tests start.

A child is a real second client (a worker, an importer, a process holding a lock), so it
connects on its own, to the very database the test process is using.
"""

from django.db import connection


def database_url() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
