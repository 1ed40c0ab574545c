"""A role the article never names stays that article's speaker; names are shared (issue #21)."""

import pytest

from quotes.models import Quote, Source, SpeakerAlias
from quotes.services.sources import import_source
from quotes.services.speakers import names_nobody, resolve_speaker

BODY = "We will act soon, a senior official said."


def _source(key: str) -> Source:
    return Source.objects.create(title=key, body=BODY, content_hash=key)


def _quote(source: Source, speaker) -> Quote:
    text = "We will act soon,"
    return Quote.objects.create(
        source=source, speaker=speaker, text=text, start=0, end=len(text), kind="direct"
    )


def test_role_phrases_are_told_from_names_and_organisations():
    """A phrase with no proper name names nobody; a person or an organisation does."""
    assert names_nobody("senior official")
    assert names_nobody("Florida senator")
    assert names_nobody("former New Mexico governor")
    assert not names_nobody("Gary Johnson")
    assert not names_nobody("Trump campaign")
    assert not names_nobody("State Department")
    assert not names_nobody("")


@pytest.mark.django_db
def test_a_role_phrase_in_two_articles_is_two_speakers():
    """ "a senior official" in two articles is two people, not one canonical speaker."""
    one, first_new = resolve_speaker(name="senior official", source=_source("a"))
    two, second_new = resolve_speaker(name="senior official", source=_source("b"))
    assert one.pk != two.pk and first_new and second_new
    assert not SpeakerAlias.objects.filter(normalised="senior official").exists()


@pytest.mark.django_db
def test_a_role_phrase_is_found_again_in_its_own_article():
    """Re-extracting an article keeps its role speaker rather than making another."""
    source = _source("a")
    speaker, _ = resolve_speaker(name="senior official", source=source)
    _quote(source, speaker)
    again, created = resolve_speaker(name="senior official", source=source)
    assert again.pk == speaker.pk and not created


@pytest.mark.django_db
def test_people_and_organisations_are_still_shared_across_articles():
    """Names keep resolving to one canonical speaker whatever the article."""
    first, second = _source("a"), _source("b")
    for name in ("Gary Johnson", "Trump campaign"):
        one, _ = resolve_speaker(name=name, source=first)
        two, created = resolve_speaker(name=name, source=second)
        assert one.pk == two.pk and not created
    surname, _ = resolve_speaker(name="Johnson", kind="person", source=second)
    assert surname.name == "Gary Johnson"


@pytest.mark.django_db
def test_importing_two_articles_quoting_an_unnamed_official_files_them_apart():
    """Through the importer, the same role phrase in two articles gives two speakers."""
    bodies = (
        '"We will not back down on the tariffs," a senior official said on Monday.',
        '"The talks collapsed because nobody came prepared," a senior official said.',
    )
    speakers = set()
    for body in bodies:
        outcome = import_source(body=body, origin="test", title="t")
        speakers |= set(outcome.source.quotes.values_list("speaker__name", "speaker_id"))
    assert len({pk for _, pk in speakers}) == 2, speakers
