"""`insert_rows` stores what `bulk_create` stores: NULLs, any text, dates, floats, ids in order."""

from datetime import date

import pytest
from django.db import DataError, connection, transaction

from quotes.models import Quote, Source, Speaker, SpeakerAlias
from quotes.services.json_rows import insert_rows

BODY = 'She said "it\'s a \\ test — ☃ 😀" and then "nothing\x1fmore" ok.'


def _quotes(source, speaker):
    spans = [
        (BODY.index('"') + 1, BODY.index('" and')),
        (BODY.index("nothing"), BODY.index('" ok')),
    ]
    return [
        Quote(
            source=source,
            speaker=speaker if n == 0 else None,
            text=BODY[start:end],
            start=start,
            end=end,
            kind="direct",
            cue="said",
            mention_start=0 if n == 0 else None,
            mention_end=3 if n == 0 else None,
            speaker_mention="She" if n == 0 else "",
            said_on=date(2016, 2, 29) if n == 0 else None,
            confidence=0.1 + 0.2,
            match_context=None if n else "ctx",
        )
        for n, (start, end) in enumerate(spans)
    ]


def _row(quote):
    skip = {"id", "created_at", "updated_at", "search_vector"}
    return {k: v for k, v in Quote.objects.filter(pk=quote.pk).values()[0].items() if k not in skip}


@pytest.mark.django_db
def test_the_ids_come_back_in_list_order_and_a_new_speaker_s_id_reaches_its_alias():
    """On SQLite this is `bulk_create`'s own contract, which the fallback must keep."""
    source = Source.objects.create(title="t", body=BODY, content_hash="x" * 64)
    speaker = Speaker(name="Jo Doe", slug="jo-doe")
    insert_rows(Speaker, [speaker])
    alias = SpeakerAlias(speaker=speaker, alias="Jo Doe", normalised="jo doe")
    inserted = insert_rows(Quote, _quotes(source, speaker))
    insert_rows(SpeakerAlias, [alias])  # made while its speaker was new: takes its id
    assert [q.pk for q in inserted] == sorted(q.pk for q in inserted)
    assert all(not q._state.adding and q.created_at for q in inserted)
    assert SpeakerAlias.objects.get().speaker_id == speaker.pk


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite takes bulk_create itself")
def test_the_rows_are_those_bulk_create_stores():
    source = Source.objects.create(title="t", body=BODY, content_hash="x" * 64)
    speaker = Speaker(name="Jo Doe", slug="jo-doe")
    insert_rows(Speaker, [speaker])
    with transaction.atomic():
        stored = [_row(q) for q in insert_rows(Quote, _quotes(source, speaker))]
        Quote.objects.filter(source=source).delete()
        again = [_row(q) for q in Quote.objects.bulk_create(_quotes(source, speaker))]
    assert stored == again
    assert stored[0]["confidence"] == 0.1 + 0.2 and stored[1]["match_context"] is None


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite takes bulk_create itself")
def test_a_value_too_long_for_its_column_fails_rather_than_being_cut():
    with pytest.raises(DataError):
        insert_rows(Speaker, [Speaker(name="x" * 201, slug="x")])
