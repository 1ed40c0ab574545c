"""`manage.py export_data OUT.json`: everything a fresh database needs, for `loaddata`.

The export holds the accounts (groups with their permissions, users, API
tokens) and every table of the quotes app: sources, speakers, quotes, claims,
their links, the matching index, the corpus statistics and the history tables.
It loads into an empty database of either backend:

    manage.py migrate && manage.py loaddata OUT.json

Rows are written as they are read (Django's JSON serializer on a file), so the
export never holds the catalogue in memory. Users and groups are written by
natural key (username, group name), and everything that points at them (history
rows, tokens, memberships) too, so they resolve in the new database whatever ids
it gives them; permissions are named by codename and content type, whose rows
`migrate` creates. Every other row keeps its primary key, so the history rows
still point at their objects; loaddata then resets PostgreSQL's sequences.
Timestamps keep their microseconds (Django's own encoder rounds to milliseconds).

Left out on purpose: content types and permissions (`migrate` makes them),
sessions, the admin's log and the cache table. The file holds password hashes
and API tokens: keep it as secret as the database.
"""

import datetime
import os
from collections import Counter
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, transaction

# Accounts first: groups, then the users in them, then their tokens.
ACCOUNT_MODELS = ["auth.Group", settings.AUTH_USER_MODEL, "authtoken.Token"]
DATA_APPS = ["quotes"]


def exported_models() -> list:
    """The models the export holds, each after the models its foreign keys point to."""
    models = [apps.get_model(label) for label in ACCOUNT_MODELS]
    for app_label in DATA_APPS:
        models += [
            model
            for model in apps.get_app_config(app_label).get_models()
            if model._meta.managed and not model._meta.proxy
        ]
    return dependency_order(models)


def dependency_order(models: list) -> list:
    """`models` reordered so that each follows the models it refers to; stable otherwise.

    loaddata defers foreign key checks to the end of its transaction, but not
    everything waits: on PostgreSQL a trigger checks each quote's text against
    its source's body as the quote is inserted, so sources must come first.
    """
    remaining = list(models)
    ordered = []
    while remaining:
        pending = set(remaining)
        ready = next(
            (
                model
                for model in remaining
                if not (
                    {f.related_model for f in model._meta.concrete_fields if f.is_relation}
                    & (pending - {model})
                )
            ),
            remaining[0],  # a cycle: leave it to loaddata's deferred checks
        )
        ordered.append(ready)
        remaining.remove(ready)
    return ordered


class ExactJSONEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder, but datetimes and times keep their microseconds."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        if isinstance(o, datetime.time) and o.utcoffset() is None:
            return o.isoformat()
        return super().default(o)


def _rows(models, using: str, counts: Counter):
    for model in models:
        queryset = model._base_manager.using(using).order_by(model._meta.pk.name)
        for obj in queryset.iterator(chunk_size=2000):
            counts[model._meta.label] += 1
            yield obj


class Command(BaseCommand):
    help = (
        "Write users, groups, API tokens and all catalogue and history data to a JSON file "
        "that `manage.py loaddata` restores into a fresh, migrated database."
    )

    def add_arguments(self, parser):
        parser.add_argument("output", help="The JSON file to write (replaced when complete).")
        parser.add_argument(
            "--indent", type=int, default=None, help="Indent the JSON by this many spaces."
        )
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="The database to export from."
        )

    def handle(self, *args, output, indent, database, **options):
        path = Path(output)
        if not path.parent.is_dir():
            raise CommandError(f"No such directory: {path.parent}")
        partial = path.with_name(f".{path.name}.partial")
        models = exported_models()
        counts = Counter()
        connection = connections[database]
        snapshot = not connection.in_atomic_block
        try:
            with transaction.atomic(using=database), partial.open("w", encoding="utf-8") as stream:
                if snapshot and connection.vendor == "postgresql":
                    # One snapshot for every table, so writers running meanwhile
                    # cannot leave a row pointing at one the export missed.
                    with connection.cursor() as cursor:
                        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                serializers.serialize(
                    "json",
                    _rows(models, database, counts),
                    stream=stream,
                    indent=indent,
                    cls=ExactJSONEncoder,
                    use_natural_foreign_keys=True,
                    use_natural_primary_keys=True,
                )
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        if options["verbosity"] >= 2:
            for model in models:
                self.stdout.write(f"  {model._meta.label}: {counts[model._meta.label]}")
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"Exported {counts.total()} rows of {len(models)} models to {path}; restore "
                f"into an empty database with `manage.py migrate && manage.py loaddata {path}`."
            )
