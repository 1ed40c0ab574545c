"""New rows sent to PostgreSQL as one JSON parameter: `bulk_create` for an import's writes.

Django binds parameters on the client, and its PostgreSQL `bulk_create` sends one
array per column, whose every element psycopg then quotes on its own in Python:
an article's quotes cost about 280 conversions and as many quotings, more than
the insert costs the server. Written out by `json.dumps` (C) as one string, and
taken apart by the server (`json_array_elements`), the same rows cost a fraction
of that. Unlike the joined lists of `sql_lists`, JSON carries NULLs and any text.

Same rows, same ids: the fields' own `pre_save` fills the timestamps, values go
to the columns unchanged (text columns are cast to `text`, so a value too long
for its `varchar` fails as an insert of it does, rather than being cut), and
they are inserted in list order, the order `bulk_create` inserts and reads the
ids back in. No signal is sent and no history is written, as with `bulk_create`.
Only the services call it, inside their transaction.
"""

import json
from datetime import date

from django.db import connection

_TEXT_TYPES = {"CharField", "TextField", "SlugField"}


def insert_rows(model, objs: list) -> list:
    """`model.objects.bulk_create(objs)` for new rows with an automatic id; returns `objs`.

    SQLite, and rows with a text that JSON cannot carry to PostgreSQL (NUL), go
    through `bulk_create` itself.
    """
    if not objs:
        return objs
    if connection.vendor != "postgresql":
        return model.objects.bulk_create(objs)
    for obj in objs:  # a row made before its speaker was saved takes the speaker's new id
        obj._prepare_related_fields_for_save(operation_name="bulk_create")
    fields = [f for f in model._meta.concrete_fields if f is not model._meta.pk]
    rows = json.dumps(
        [[f.pre_save(obj, True) for f in fields] for obj in objs],
        default=_iso,
        ensure_ascii=False,
        check_circular=False,
    )
    if "\\u0000" in rows:
        return model.objects.bulk_create(objs)
    with connection.cursor() as cursor:
        cursor.execute(_insert_sql(model, fields), [rows])
        ids = [pk for (pk,) in cursor.fetchall()]
    for obj, pk in zip(objs, ids, strict=True):
        obj.pk = pk
        obj._state.adding = False
        obj._state.db = connection.alias
    return objs


def _iso(value):
    if isinstance(value, date):  # and datetime: aware, ISO 8601, read back exactly
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not a column value")


def _insert_sql(model, fields) -> str:
    """INSERT of the rows of one JSON array of arrays, in order, returning their ids."""
    q = connection.ops.quote_name
    columns = ", ".join(q(f.column) for f in fields)
    values = ", ".join(f"(r->>{n})::{_cast(f)}" for n, f in enumerate(fields))
    return (
        f"INSERT INTO {q(model._meta.db_table)} ({columns}) SELECT {values} "
        "FROM json_array_elements(%s::json) WITH ORDINALITY AS e(r, n) ORDER BY n "
        f"RETURNING {q(model._meta.pk.column)}"
    )


def _cast(field) -> str:
    if field.get_internal_type() in _TEXT_TYPES:
        return "text"
    return field.cast_db_type(connection)
