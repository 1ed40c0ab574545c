"""The database itself refuses rows that break the invariants the code relies on."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from quotes.models import Quote, Source, Speaker, SpeakerAlias

BODY = "Erdogan said: “This is our sovereign right.”"


@pytest.fixture
def source(db):
    return Source.objects.create(title="T", body=BODY, content_hash="h1")


def _quote(source, **overrides):
    start = BODY.index("This")
    text = "This is our sovereign right."
    fields = {"text": text, "start": start, "end": start + len(text), "kind": "direct"}
    return Quote(source=source, **{**fields, **overrides})


def test_a_quote_whose_text_matches_its_span_is_stored(source):
    """The ordinary case passes every check."""
    quote = _quote(source)
    quote.clean()
    quote.save()
    assert source.body[quote.start : quote.end] == quote.text


def test_the_database_refuses_a_span_whose_length_differs_from_the_text(source):
    """end - start must equal the length of the text."""
    with pytest.raises(IntegrityError), transaction.atomic():
        _quote(source, end=BODY.index("This") + 3).save()


def test_clean_refuses_a_text_that_is_not_the_body_at_its_span(source):
    """Same length, different words: caught in code on every backend."""
    quote = _quote(source, text="This is our sovereign wrong")
    quote.end = quote.start + len(quote.text)
    with pytest.raises(ValidationError):
        quote.clean()


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the body trigger exists on PostgreSQL only"
)
def test_postgresql_refuses_a_text_that_is_not_the_body_at_its_span(source):
    """On PostgreSQL a trigger compares the text with the body itself."""
    quote = _quote(source, text="This is our sovereign wrong.")
    with pytest.raises(IntegrityError), transaction.atomic():
        quote.save()


def test_two_sources_cannot_share_a_url_but_many_can_have_none(db):
    """url is unique when set; empty urls do not collide."""
    Source.objects.create(title="a", body="a", content_hash="a")
    Source.objects.create(title="b", body="b", content_hash="b")
    Source.objects.create(title="c", body="c", content_hash="c", url="https://example.org/x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(title="d", body="d", content_hash="d", url="https://example.org/x")


def test_the_same_text_is_never_stored_twice(db):
    """content_hash is unique."""
    Source.objects.create(title="a", body="a", content_hash="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(title="b", body="a", content_hash="same")


def test_an_alias_spelling_belongs_to_one_speaker_only(db):
    """The normalised alias is unique across speakers."""
    one = Speaker.objects.create(name="Donald Trump", slug="donald-trump")
    two = Speaker.objects.create(name="Ivanka Trump", slug="ivanka-trump")
    SpeakerAlias.objects.create(speaker=one, alias="Trump", normalised="trump")
    with pytest.raises(IntegrityError), transaction.atomic():
        SpeakerAlias.objects.create(speaker=two, alias="TRUMP", normalised="trump")


def test_a_speaker_with_quotes_cannot_be_deleted_by_accident(source):
    """Speakers are merged, not deleted, while quotes point at them."""
    speaker = Speaker.objects.create(name="Recep Tayyip Erdogan", slug="recep-tayyip-erdogan")
    _quote(source, speaker=speaker).save()
    with pytest.raises(IntegrityError), transaction.atomic():
        speaker.delete()


def test_a_slug_taken_by_a_concurrent_writer_is_retried(db, monkeypatch):
    """When another writer takes the slug between check and insert, the next slug is used."""
    from quotes.services import speakers

    real = speakers.unique_slug
    calls = []

    def stale_check(model, text, **kwargs):
        calls.append(text)
        if len(calls) == 1:
            Speaker.objects.create(name="Ned Price", slug="ned-price")  # the other writer
            return "ned-price"
        return real(model, text, **kwargs)

    monkeypatch.setattr(speakers, "unique_slug", stale_check)
    speaker = speakers.create_speaker(name="Ned Price")
    assert speaker.slug == "ned-price-2"
    assert len(calls) == 2
