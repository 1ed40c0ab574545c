"""Deleting a source takes its quotes, and only what nothing else needs."""

import pytest

from quotes.choices import PUBLIC_STATUSES
from quotes.models import Claim, ClaimQuote, Quote, Source, Speaker
from quotes.services.claims import update_claim
from quotes.services.sources import delete_source

pytestmark = pytest.mark.django_db


def source(prefix: str) -> Source:
    return Source.objects.get(origin__contains=prefix)


def test_it_removes_the_quotes_but_keeps_speakers_and_shared_claims(seeded):
    """RFE/RL goes; Erdogan, Putin and the done-deal claim (Bloomberg, Al Jazeera) stay."""
    rfe = source("001_")
    done_deal = Claim.objects.get(text__contains="that’s a done deal")
    speakers = set(Speaker.objects.values_list("pk", flat=True))
    delete_source(source=rfe)
    assert not Quote.objects.filter(source_id=rfe.pk).exists()
    assert set(Speaker.objects.values_list("pk", flat=True)) == speakers
    assert Claim.objects.filter(pk=done_deal.pk).exists()
    assert done_deal.links.filter(status__in=PUBLIC_STATUSES).count() == 4


def test_a_claim_left_with_one_quote_goes_unless_a_curator_rated_it(seeded):
    """The Putin claims rest on Bloomberg and RFE/RL: without RFE/RL they are no claims."""
    weapons = Claim.objects.get(text__contains="joint development and production")
    projects = Claim.objects.get(text__contains="other promising projects")
    update_claim(claim=projects, rating="mostly_true")
    delete_source(source=source("001_"))
    assert not Claim.objects.filter(pk=weapons.pk).exists()
    assert Claim.objects.filter(pk=projects.pk).exists()
    assert not ClaimQuote.objects.filter(claim=weapons).exists()


def test_the_other_sources_claims_are_untouched(seeded):
    """Claims that do not involve the deleted article keep every link as it was."""
    syria = Claim.objects.get(links__relation="repetition")
    before = list(syria.links.order_by("pk").values_list("quote_id", "relation", "status", "score"))
    delete_source(source=source("001_"))
    assert (
        list(syria.links.order_by("pk").values_list("quote_id", "relation", "status", "score"))
        == before
    )
