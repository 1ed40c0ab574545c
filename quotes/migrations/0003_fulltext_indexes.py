"""GIN indexes for full-text search on PostgreSQL (`?q=` on quotes and claims).

The indexed expression is exactly what `SearchVector(field, config="english")`
compiles to, so the planner can use it. SQLite has no such index; the API falls
back to containment there.
"""

from django.db import migrations

INDEXES = {
    "quotes_quote_text_fts": ("quotes_quote", "text"),
    "quotes_claim_text_fts": ("quotes_claim", "text"),
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (table, column) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin (to_tsvector('english'::regconfig, COALESCE({column}, '')))"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("quotes", "0002_quote_text_trigger")]
    operations = [migrations.RunPython(forwards, backwards)]
