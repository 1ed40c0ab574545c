"""A role the article never names stays that article's speaker; names are shared (issue #21)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quotes.extraction.names import is_same_speaker
from quotes.models import Quote, Source, SpeakerAlias
from quotes.services.sources import import_source
from quotes.services.speaker_resolution import names_nobody, resolve_speaker

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


def test_a_role_that_speaks_for_a_named_person_names_nobody():
    """ "a spokesman for Hillary Clinton" is the spokesman, someone the phrase leaves unnamed."""
    role = "spokesman for Democratic presidential candidate Hillary Clinton"
    assert names_nobody(role)
    assert names_nobody("aide to Bernie Sanders")
    assert not is_same_speaker(role, "Hillary Clinton")
    assert not names_nobody("Secretary of State John Kerry")


@pytest.mark.django_db
def test_a_spokesmans_quote_is_not_filed_under_the_person_he_speaks_for():
    """The person's speaker keeps its quotes and its name; the spokesman is the article's own."""
    source = _source("a")
    clinton, _ = resolve_speaker(name="Hillary Clinton", kind="person", source=source)
    spokesman, created = resolve_speaker(
        name="spokesman for Democratic presidential candidate Hillary Clinton",
        kind="person",
        source=source,
    )
    clinton.refresh_from_db()
    assert created and spokesman.pk != clinton.pk
    assert clinton.name == "Hillary Clinton"


@pytest.mark.django_db
def test_a_description_before_a_name_never_becomes_the_speakers_display_name():
    """ "Billionaire Donald Trump" is longer than "Donald Trump" but no name of his."""
    trump, _ = resolve_speaker(name="Donald Trump", kind="person", source=_source("a"))
    again, created = resolve_speaker(
        name="Billionaire Donald Trump", kind="person", source=_source("b")
    )
    trump.refresh_from_db()
    assert again.pk == trump.pk and not created
    assert trump.name == "Donald Trump"


@pytest.mark.django_db
def test_resolving_a_speaker_reads_the_aliases_once_however_many_spellings_it_brings():
    """The exact-spelling look-up also tells which spellings are owned: one read, not one each."""
    spellings = ["Dr Helen Marsh", "Helen Marsh", "H. Marsh", "Marsh"]
    first, created = resolve_speaker(name="Helen Marsh", kind="person", aliases=spellings)
    assert created
    with CaptureQueriesContext(connection) as queries:
        again, created = resolve_speaker(name="Helen Marsh", kind="person", aliases=spellings)
    assert (again, created) == (first, False)
    alias_reads = [  # PostgreSQL brackets each read of a UNION (the slugs come along)
        q
        for q in queries
        if q["sql"].lstrip("(").startswith("SELECT") and "speakeralias" in q["sql"]
    ]
    assert len(alias_reads) == 1, [q["sql"] for q in queries]
    owned = set(SpeakerAlias.objects.filter(speaker=first).values_list("alias", flat=True))
    assert owned == set(spellings)
