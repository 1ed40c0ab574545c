"""Read speed at a million quotes (PostgreSQL only; SQLite keeps its containment search).

- `quotes_quote.search_vector`: the quote's tsvector, stored (a generated column), so
  a search that walks quotes in date order tests each row without re-parsing its text.
  Django does not map it: `quotes.selectors.StoredSearchVector` names it in queries.
- `quote_public_text_fts`: the GIN index of the search expression over public quotes
  only (it replaces 0003's index over every quote): a search counts and fetches its
  hits through it.
- `quote_public_by_date`: public quotes in the list's order (said_on, source, start),
  for the first page of the unfiltered list and for the date-order walk of a search.

Adding the column rewrites the table once (about 1.5 minutes at a million quotes).
"""

from django.db import migrations

FORWARDS = [
    "ALTER TABLE quotes_quote ADD COLUMN IF NOT EXISTS search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english'::regconfig, COALESCE(text, ''))) STORED",
    "DROP INDEX IF EXISTS quotes_quote_text_fts",
    "CREATE INDEX IF NOT EXISTS quote_public_text_fts ON quotes_quote "
    "USING gin (to_tsvector('english'::regconfig, COALESCE(text, ''))) WHERE is_quote",
    "CREATE INDEX IF NOT EXISTS quote_public_by_date ON quotes_quote "
    "(said_on, source_id, start) WHERE is_quote",
]
BACKWARDS = [
    "DROP INDEX IF EXISTS quote_public_by_date",
    "DROP INDEX IF EXISTS quote_public_text_fts",
    "CREATE INDEX IF NOT EXISTS quotes_quote_text_fts ON quotes_quote "
    "USING gin (to_tsvector('english'::regconfig, COALESCE(text, '')))",
    "ALTER TABLE quotes_quote DROP COLUMN IF EXISTS search_vector",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARDS:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARDS:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("quotes", "0016_import_jobs")]
    operations = [migrations.RunPython(forwards, backwards)]
