"""An index on the reversed spelling of every speaker alias, on PostgreSQL.

An import looks up the stored speakers who share a surname with the article's
speakers ("Mary Ann Smith" for "Smith"): spellings that END in " smith". A
b-tree cannot search by suffix, so that read scanned every alias, a cost per
article that grew with the catalogue. Reversed, the suffix is a prefix
(`reverse(normalised) LIKE 'htims %'`), which this index serves; the
`text_pattern_ops` class lets LIKE use it whatever the database's collation.
SQLite, the embedded database of small catalogues, keeps the scan.
"""

from django.db import migrations

INDEX = "speakeralias_reversed"
TABLE = "quotes_speakeralias"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} (reverse(normalised) text_pattern_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("quotes", "0019_unlogged_cache_table")]

    operations = [migrations.RunPython(create, drop)]
