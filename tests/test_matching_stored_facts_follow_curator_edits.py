"""The matcher's view of a stored quote follows a curator's edits between imports.

`services.occurrences` keeps the facts of stored rows by the row's value, so a
popular statement's candidates are decoded once across imports. These tests
read the same quotes before and after an edit, as two imports would in one
worker process, and show the second read carries the edit, not the cached facts.
"""

import pytest

from quotes.choices import QuoteKind, SpeakerKind
from quotes.matching.evidence import encode_terms, speaker_names
from quotes.models import Quote, Source, Speaker
from quotes.services.occurrences import facts_of
from quotes.services.quotes import update_quote
from quotes.services.speakers import update_speaker

LINE = "the audit was grossly negligent"


@pytest.fixture
def stored_quote(db):
    """A quote stored as an import stores it: with its context and its article's names."""
    source = Source.objects.create(
        title="Audit", body=LINE, content_hash="audit", match_names=encode_terms(frozenset())
    )
    speaker = Speaker.objects.create(name="Pilar Ferris", slug="pilar-ferris")
    return Quote.objects.create(
        source=source,
        speaker=speaker,
        text=LINE,
        start=0,
        end=len(LINE),
        kind=QuoteKind.DIRECT,
        match_context=encode_terms(frozenset({"audit"})),
    )


def _speaker_of(quote: Quote):
    facts = facts_of({quote.pk})[quote.pk]
    return facts.speaker_id, facts.unit(0, len(LINE)).speaker_names


def test_a_quote_moved_to_another_speaker_is_matched_under_the_new_one(stored_quote):
    first = stored_quote.speaker
    assert _speaker_of(stored_quote) == (first.pk, speaker_names("Pilar Ferris"))
    other = Speaker.objects.create(name="Greta Lindqvist", slug="greta-lindqvist")
    update_quote(quote=stored_quote, speaker=other)
    assert _speaker_of(stored_quote) == (other.pk, speaker_names("Greta Lindqvist"))


def test_a_renamed_speaker_s_quotes_are_matched_under_the_new_name(stored_quote):
    assert _speaker_of(stored_quote)[1] == speaker_names("Pilar Ferris")
    update_speaker(speaker=stored_quote.speaker, name="Pilar Ferris-Hale")
    assert _speaker_of(stored_quote)[1] == speaker_names("Pilar Ferris-Hale")


def test_an_organisation_filed_as_a_person_speaks_for_its_body_once_corrected(stored_quote):
    speaker = stored_quote.speaker
    update_speaker(speaker=speaker, name="NSB inquiry")
    assert facts_of({stored_quote.pk})[stored_quote.pk].speaker_body == frozenset()
    update_speaker(speaker=speaker, kind=SpeakerKind.ORGANISATION)
    assert facts_of({stored_quote.pk})[stored_quote.pk].speaker_body == {"nsb"}
