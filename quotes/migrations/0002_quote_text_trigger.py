"""On PostgreSQL, enforce `quote.text == source.body[start:end]` in the database.

A CHECK constraint cannot look at another table, so a trigger does it. SQLite
keeps the length check from 0001 and the check in code (`Quote.clean`).
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION quotes_quote_text_matches_body() RETURNS trigger AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM quotes_source s
        WHERE s.id = NEW.source_id AND substr(s.body, NEW.start + 1, NEW."end" - NEW.start) = NEW.text
    ) THEN
        RAISE EXCEPTION 'quote text does not match source body at [%, %)', NEW.start, NEW."end"
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER quotes_quote_text_matches_body
    BEFORE INSERT OR UPDATE OF text, start, "end", source_id ON quotes_quote
    FOR EACH ROW EXECUTE FUNCTION quotes_quote_text_matches_body();
"""

DROP = """
DROP TRIGGER IF EXISTS quotes_quote_text_matches_body ON quotes_quote;
DROP FUNCTION IF EXISTS quotes_quote_text_matches_body();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("quotes", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
