"""An article's import sends a fixed, small number of statements (#20).

Each statement is a round trip, and a one-process import of real news spent a
third of its time on writes other than matching. These tests pin what was cut, so
that a read coming back is seen: no look-up of the role speakers of a source the
import has just created (it holds no quote yet), the slugs read with the aliases,
one catalogue lock statement however many writers the import runs, and a fixed
count for all the writes but matching's (`match_quotes`, counted by its own tests).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quotes.models import Quote
from quotes.services import sources
from quotes.services.sources import import_source

ROLE_ARTICLE = (
    "Ferry fares rise in spring\n"
    '"We will not back down on the tariffs," a senior official said on Monday. '
    "Harbour Authority chair Mira Olsen said the new terminal would open in May. "
    '"The talks collapsed because nobody came prepared," the senior official added.'
)


@pytest.mark.django_db
def test_importing_an_article_with_a_role_speaker_reads_no_role_speakers_of_the_new_source():
    with CaptureQueriesContext(connection) as queries:
        outcome = import_source(body=ROLE_ARTICLE, origin="fares.txt")
    speakers = set(
        Quote.objects.filter(source=outcome.source).values_list("speaker__name", flat=True)
    )
    assert "senior official" in speakers  # the article has a role speaker
    role_reads = [
        q["sql"]
        for q in queries
        if q["sql"].startswith('SELECT "quotes_speaker"') and '"quotes_quote"' in q["sql"]
    ]
    assert role_reads == []


def _import_counted(body: str, origin: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        import_source(body=body, origin=origin)
    return [q["sql"] for q in queries]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL lock")
def test_an_import_asks_for_the_catalogue_lock_once_though_matching_is_a_writer_too():
    statements = _import_counted(ROLE_ARTICLE, "fares.txt")
    assert sum("pg_advisory_xact_lock" in sql for sql in statements) == 1


@pytest.mark.django_db
def test_the_writes_of_an_import_but_matching_take_eleven_statements(monkeypatch):
    """Hash check, lock, source and its history row, speakers (aliases and the slugs
    new ones could take in one read, speakers and aliases written), quotes, corpus
    counts, and the savepoint this test's transaction makes of the import's own."""
    monkeypatch.setattr(sources, "match_quotes", lambda *, quotes, **_: None)
    statements = _import_counted(ROLE_ARTICLE, "fares.txt")
    assert any(sql.startswith('INSERT INTO "quotes_speakeralias"') for sql in statements)
    assert len(statements) <= 11, statements
