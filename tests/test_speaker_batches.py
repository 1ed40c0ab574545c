"""An article's speakers are resolved together, in a few queries, exactly as one by one (#20).

Resolving one speaker at a time cost about ten statements per new name, a quarter
of an import. `resolve_speakers` reads the store once, resolves each name in memory
against that read plus what the earlier names added, and writes the new speakers and
aliases in one insert each. These tests hold it to the old rule: the same speakers,
display names, slugs and aliases as one call after another.
"""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from quotes.extraction.types import ArticleSpeaker
from quotes.models import Quote, Source, Speaker, SpeakerAlias
from quotes.services.speaker_resolution import resolve_speaker, resolve_speakers, unique_slugs
from quotes.services.speakers import create_speaker, unique_slug, update_speaker

BODY = "We will act soon, a senior official said."

# Names that lean on each other: a surname after its full name, a fuller name after
# a shorter one, a role phrase, a spelling shared with a stored speaker, slugs taken.
NAMES = [
    ArticleSpeaker(name="Helen Marsh", kind="person", aliases=("Dr Helen Marsh", "Marsh")),
    ArticleSpeaker(name="Marsh", kind="person"),
    ArticleSpeaker(name="Tayyip Erdogan", kind="person", description="Turkish President"),
    ArticleSpeaker(name="Recep Tayyip Erdogan", kind="person"),
    ArticleSpeaker(name="senior official", kind="person"),
    ArticleSpeaker(name="Ivanka Trump", kind="person"),
    ArticleSpeaker(name="Trump", kind="unknown"),
    ArticleSpeaker(name="John Smith", kind="person"),
    ArticleSpeaker(name="Jon Smith", kind="person", aliases=("J. Smith",)),
    ArticleSpeaker(name="State Department", kind="organisation"),
    ArticleSpeaker(name="Marsh", kind="person", description="scientist"),
]


def _stored_catalogue(source: Source) -> None:
    """What an earlier import left: a person, a role quoted in the source, slugs in use."""
    create_speaker(name="Donald Trump", kind="person")
    create_speaker(name="Department of State", kind="organisation")
    role = Speaker.objects.create(name="senior official", slug="senior-official", kind="person")
    Quote.objects.create(
        source=source, speaker=role, text="We will act soon,", start=0, end=17, kind="direct"
    )
    for n in range(2, 14):  # john-smith ... john-smith-13: more than one window of suffixes
        Speaker.objects.create(name=f"Smith {n}", slug=f"john-smith-{n}")
    Speaker.objects.create(name="J Smith", slug="john-smith")


def _outcome(resolved) -> list[tuple]:
    """What a caller sees, without primary keys (a rolled-back run used other ids)."""
    rows = []
    for speaker, created in resolved:
        speaker.refresh_from_db()
        aliases = sorted(speaker.aliases.values_list("alias", flat=True))
        fields = (speaker.name, speaker.slug, speaker.kind, speaker.description)
        rows.append((*fields, tuple(aliases), created))
    return rows


@pytest.mark.django_db
def test_an_articles_speakers_resolved_together_match_resolving_them_one_after_another():
    """Same speakers, names, slugs, aliases and "created" flags as one call per name."""
    source = Source.objects.create(title="t", body=BODY, content_hash="a")
    _stored_catalogue(source)
    with transaction.atomic():
        point = transaction.savepoint()
        one_by_one = _outcome(
            [
                resolve_speaker(
                    name=s.name,
                    kind=s.kind,
                    description=s.description,
                    aliases=s.aliases,
                    source=source,
                )
                for s in NAMES
            ]
        )
        transaction.savepoint_rollback(point)
    together = _outcome(resolve_speakers(speakers=NAMES, source=source))
    assert together == one_by_one
    by_name = {row[0]: row for row in together}
    assert by_name["Recep Tayyip Erdogan"][1] == "tayyip-erdogan"  # fuller name, first slug
    assert together[4][1] == "senior-official" and not together[4][-1]  # the source's role
    assert {together[7][1], together[8][1]} == {"john-smith-14", "jon-smith"}


@pytest.mark.django_db
def test_resolving_an_articles_speakers_takes_as_many_queries_for_ten_names_as_for_two():
    """The store is read and written a fixed number of times, not once or more per name."""

    def queries_for(names: list[str]) -> int:
        speakers = [ArticleSpeaker(name=n, kind="person") for n in names]
        with CaptureQueriesContext(connection) as queries:
            resolved = resolve_speakers(speakers=speakers, source=None)
        assert all(created for _, created in resolved)
        return len(queries)

    two = queries_for(["Alma Reyes", "Boris Quint"])
    firsts = ["Cara", "Dov", "Eli", "Fay", "Gus", "Hal", "Ida", "Jo", "Kit", "Lu"]
    ten = queries_for([f"{first} Vale{n}" for n, first in enumerate(firsts)])
    assert ten == two <= 5, (two, ten)


@pytest.mark.django_db
def test_a_batch_of_new_speakers_takes_the_lowest_free_slugs_in_order():
    """Gaps are reused first and two new rows never share a slug, as one by one would give."""
    for slug in ["ann-lee", "ann-lee-2", "ann-lee-4", *(f"ann-lee-{n}" for n in range(6, 30))]:
        Speaker.objects.create(name="Ann Lee", slug=slug)
    assert unique_slugs(Speaker, ["Ann Lee", "Ann Lee", "Bo Ek", "Ann Lee"]) == [
        "ann-lee-3",
        "ann-lee-5",
        "bo-ek",
        "ann-lee-30",
    ]
    assert unique_slug(Speaker, "Ann Lee") == "ann-lee-3"


@pytest.mark.django_db
def test_imported_speakers_have_no_history_until_a_curator_changes_one():
    """Machine rows carry no history; the first edit records the importer's state, then the edit."""
    [(speaker, created)] = resolve_speakers(speakers=[ArticleSpeaker(name="Mira Olsen")])
    assert created and not speaker.history.exists()
    assert not SpeakerAlias.history.filter(speaker_id=speaker.pk).exists()
    update_speaker(speaker=speaker, description="Harbour Authority chair")
    records = list(speaker.history.order_by("history_id"))
    assert [r.history_type for r in records] == ["+", "~"]
    assert records[0].description == "" and records[1].description == "Harbour Authority chair"
