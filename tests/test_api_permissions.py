"""API writes need the admin's model permissions, so `curators` means the same in both."""

import pytest
from django.contrib.auth.models import Group, Permission

from quotes.models import Quote, Speaker
from tests.test_api_auth import ERDOGAN, write_endpoints


@pytest.fixture
def quote(seeded):
    return Quote.objects.filter(is_quote=True).order_by("pk").first()


def grant(user, *codenames):
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="quotes", codename__in=codenames)
    )


def test_the_curators_group_holds_the_custom_permissions(db):
    """The migrations give curators merge and verify, on top of add and change."""
    codenames = set(
        Group.objects.get(name="curators").permissions.values_list("codename", flat=True)
    )
    assert {"merge_speaker", "merge_claim", "verify_quote"} <= codenames
    assert {"add_claim", "change_claim", "change_quote", "add_claimquote"} <= codenames
    assert not any(codename.startswith("delete_") for codename in codenames)


def test_staff_without_permissions_gets_403_on_every_write(api, dave, quote):
    """A staff account whose admin shows no models can write nothing through the API either."""
    api.force_authenticate(dave)
    for method, url, payload in write_endpoints(quote):
        response = getattr(api, method)(url, payload)
        assert response.status_code == 403, url
        assert response.json()["error"]["code"] == "permission_denied"
    quote.refresh_from_db()
    assert not quote.verified


def test_a_curator_can_correct_a_quote_create_a_claim_and_merge_speakers(api, alice, quote):
    """Staff in the curators group get through, as in the admin."""
    api.force_authenticate(alice)
    assert api.patch(f"/api/quotes/{quote.pk}/", {"verified": True}).status_code == 200
    assert api.post("/api/claims/", {"text": "A claim by a curator."}).status_code == 201
    Speaker.objects.create(name="R. T. Erdogan", slug="r-t-erdogan", kind="person")
    response = api.post(f"/api/speakers/{ERDOGAN}/merge/", {"others": ["r-t-erdogan"]})
    assert response.status_code == 200, response.content


def test_the_curators_group_without_staff_is_not_enough(api, bob, quote):
    """is_staff is still required for any write, as for the admin."""
    bob.groups.add(Group.objects.get(name="curators"))
    api.force_authenticate(bob)
    assert api.patch(f"/api/quotes/{quote.pk}/", {"kind": "partial"}).status_code == 403


def test_verifying_a_quote_needs_the_verify_permission(api, dave, quote):
    """change_quote lets staff correct a quote; setting `verified` also needs verify_quote."""
    grant(dave, "change_quote")
    api.force_authenticate(dave)
    assert api.patch(f"/api/quotes/{quote.pk}/", {"kind": "partial"}).status_code == 200
    assert api.patch(f"/api/quotes/{quote.pk}/", {"verified": True}).status_code == 403
    grant(dave, "verify_quote")
    api.force_authenticate(type(dave).objects.get(pk=dave.pk))  # a fresh permission cache
    assert api.patch(f"/api/quotes/{quote.pk}/", {"verified": True}).status_code == 200


def test_merging_speakers_needs_the_merge_permission(api, dave, seeded):
    """change_speaker alone does not merge: merging folds whole speakers away."""
    grant(dave, "change_speaker")
    api.force_authenticate(dave)
    Speaker.objects.create(name="R. T. Erdogan", slug="r-t-erdogan", kind="person")
    url, payload = f"/api/speakers/{ERDOGAN}/merge/", {"others": ["r-t-erdogan"]}
    assert api.post(url, payload).status_code == 403
    grant(dave, "merge_speaker")
    api.force_authenticate(type(dave).objects.get(pk=dave.pk))
    assert api.post(url, payload).status_code == 200


def test_reads_stay_open_to_anonymous_clients(api, quote):
    """Model permissions apply to writes only."""
    for url in (f"/api/quotes/{quote.pk}/", "/api/claims/", f"/api/speakers/{ERDOGAN}/quotes/"):
        assert api.get(url).status_code == 200, url
