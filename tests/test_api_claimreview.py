"""/api/claims/{slug}/claimreview/: schema.org ClaimReview as JSON-LD, for rated claims only."""

import pytest

from quotes.models import Claim, Quote
from quotes.services.claims import update_claim

ERDOGAN = "recep-tayyip-erdogan"


@pytest.fixture
def done_deal() -> Claim:
    return Quote.objects.get(text__startswith="If we sign a deal").claims.get(
        text__icontains="done deal"
    )


def test_an_unrated_claim_has_no_claimreview(api, done_deal):
    """A ClaimReview is a verdict; with none yet the answer is 404, not an empty review."""
    response = api.get(f"/api/claims/{done_deal.slug}/claimreview/")
    assert response.status_code == 404
    assert "unrated" in response.json()["error"]["message"]


def test_a_rated_claim_is_published_as_a_claimreview(api, done_deal):
    update_claim(claim=done_deal, rating="true")
    response = api.get(f"/api/claims/{done_deal.slug}/claimreview/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    review = response.json()
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == done_deal.text
    assert review["url"].endswith(f"/api/claims/{done_deal.slug}/")
    assert review["datePublished"] == done_deal.reviewed_at.date().isoformat()
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 7,
        "bestRating": 7,
        "worstRating": 1,
        "alternateName": "True",
    }  # fmt: skip


def test_the_item_reviewed_names_its_author_and_appearances(api, done_deal):
    """The first public quote is the firstAppearance and names the author; each article
    that makes the claim is one appearance, however many of its quotes do."""
    update_claim(claim=done_deal, rating="false")
    item = api.get(f"/api/claims/{done_deal.slug}/claimreview/").json()["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Recep Tayyip Erdogan"}
    public = done_deal.links.filter(status__in=["automatic", "confirmed"], quote__is_quote=True)
    assert len(item["appearance"]) == public.values("quote__source").distinct().count()
    assert item["firstAppearance"] == item["appearance"][0]
    assert {"@type", "headline"} <= set(item["firstAppearance"])


@pytest.mark.parametrize(
    ("rating", "value"),
    [("true", 7), ("mostly_true", 6), ("half_true", 5), ("false", 3), ("unverifiable", 1)],
)
def test_the_rating_value_follows_the_order_of_ratings(api, done_deal, rating, value):
    update_claim(claim=done_deal, rating=rating)
    rating_json = api.get(f"/api/claims/{done_deal.slug}/claimreview/").json()["reviewRating"]
    assert rating_json["ratingValue"] == value
    assert rating_json["alternateName"] == done_deal.get_rating_display()


def test_an_unknown_claim_has_no_claimreview(api):
    assert api.get("/api/claims/no-such-claim/claimreview/").status_code == 404
