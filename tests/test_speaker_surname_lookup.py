"""A surname finds the stored speakers whose name ends with it, by index on PostgreSQL (#20).

An article that names "Smith" must find a stored "Mary Ann Smith" (one person under a
shorter form) and not "Anna Goldsmith". The look-up is for spellings that end in
" smith"; it reads them as reversed spellings that start with "htims ", which an index
serves, so its cost does not grow with the catalogue.
"""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from quotes.extraction.types import ArticleSpeaker
from quotes.services.speaker_resolution import _orm_read, _raw_read, resolve_speakers
from quotes.services.speakers import create_speaker

pytestmark = pytest.mark.django_db


def resolve(name: str):
    with transaction.atomic():
        [(speaker, created)] = resolve_speakers(speakers=[ArticleSpeaker(name=name, kind="person")])
    return speaker, created


def test_a_surname_finds_the_one_stored_person_whose_name_ends_with_it():
    mary = create_speaker(name="Mary Ann Smith", kind="person")
    create_speaker(name="Anna Goldsmith", kind="person")
    assert resolve("Smith") == (mary, False)


def test_a_surname_inside_a_longer_word_finds_nobody():
    create_speaker(name="Anna Goldsmith", kind="person")
    speaker, created = resolve("Smith")
    assert created and speaker.name == "Smith"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index")
def test_the_surname_look_up_is_served_by_the_reversed_spelling_index():
    create_speaker(name="Mary Ann Smith", kind="person")
    with CaptureQueriesContext(connection) as queries:
        resolve("Smith")
    [lookup] = [q["sql"] for q in queries if "REVERSE(" in q["sql"].upper()]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the test table is tiny
        cursor.execute(f"EXPLAIN {lookup}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "speakeralias_reversed" in plan, plan


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the written-out read")
def test_the_written_out_read_gives_the_rows_of_the_queryset():
    create_speaker(name="Mary Ann Smith", kind="person")
    create_speaker(name="Anna Goldsmith", kind="person")
    create_speaker(name="Smith_ 100%", kind="organisation")
    people = [ArticleSpeaker(name=n, kind="person") for n in ("Smith", "Jo 100%", "Mary Ann Smith")]
    labels = [p.name for p in people]
    assert sorted(_raw_read(people, labels), key=repr) == sorted(
        _orm_read(people, labels), key=repr
    )
    assert _raw_read([], []) == [] == list(_orm_read([], []))
