"""Fewer indexes for an import to keep up: one on each retrieval key, none for LIKE on terms.

An import files some 300 retrieval keys per article and adds a few thousand
corpus counts, and each row it writes updates every index of its table.

- MatchKey had a unique constraint on (key, quote, start) and the walk index on
  (key, quote DESC, start, end). The walk index, made unique, guards the same
  rows (the units of a quote never share a start), so one index is kept.
- CorpusTerm's primary key is a string, for which Django also builds a
  `varchar_pattern_ops` index on PostgreSQL, for LIKE 'prefix%'. No query
  looks terms up by prefix; the index only cost every upsert a second write.
"""

from django.db import migrations, models


def _like_indexes(cursor) -> list[str]:
    cursor.execute(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'quotes_corpusterm' "
        "AND indexdef LIKE '%%varchar_pattern_ops%%'"
    )
    return [name for (name,) in cursor.fetchall()]


def drop_term_like_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in _like_indexes(cursor):
            schema_editor.execute(f'DROP INDEX "{name}"')


def create_term_like_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            'CREATE INDEX "quotes_corpusterm_term_b8dac635_like" '
            'ON "quotes_corpusterm" ("term" varchar_pattern_ops)'
        )


class Migration(migrations.Migration):
    dependencies = [("quotes", "0020_speakeralias_reverse_index")]

    operations = [
        migrations.RemoveConstraint(model_name="matchkey", name="matchkey_unique"),
        migrations.RemoveIndex(model_name="matchkey", name="matchkey_walk"),
        migrations.AddConstraint(
            model_name="matchkey",
            constraint=models.UniqueConstraint(
                models.F("key"),
                models.OrderBy(models.F("quote"), descending=True),
                models.F("start"),
                models.F("end"),
                name="matchkey_walk",
            ),
        ),
        migrations.RunPython(drop_term_like_index, create_term_like_index),
    ]
