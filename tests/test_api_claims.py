"""/api/claims/: counts, filters, ordering, CSV, the timeline, and a curator's edits."""

import csv
import datetime
import io

import pytest
from django.core.cache import cache
from django.db import connection
from rest_framework.test import APIClient

from quotes.models import Claim, ClaimQuote, Quote

ERDOGAN = "recep-tayyip-erdogan"
CAVUSOGLU = "mevlut-cavusoglu"


@pytest.fixture
def done_deal() -> Claim:
    """The claim that Erdogan made in Moscow (2019) and Cavusoglu repeated in Brussels (2021)."""
    return Quote.objects.get(text__startswith="If we sign a deal").claims.get(
        text__icontains="done deal"
    )


def slugs(response) -> list[str]:
    return [row["slug"] for row in response.json()["results"]]


def public(claim: Claim):
    return claim.links.filter(status__in=["automatic", "confirmed"], quote__is_quote=True)


def test_each_claim_carries_its_counts_and_dates(api, done_deal):
    rows = {
        row["slug"]: row for row in api.get("/api/claims/", {"page_size": 500}).json()["results"]
    }
    row = rows[done_deal.slug]
    assert set(row) == {
        "slug", "text", "rating", "rating_explanation", "reviewed_at",
        "quote_count", "speaker_count", "source_count", "first_said_on", "last_said_on",
    }  # fmt: skip
    links = public(done_deal)
    assert row["quote_count"] == links.count()
    assert row["speaker_count"] == links.values("quote__speaker").distinct().count()
    assert row["source_count"] == links.values("quote__source").distinct().count()
    dates = sorted(d for d in links.values_list("quote__said_on", flat=True) if d)
    assert row["first_said_on"] == (dates[0].isoformat() if dates else None)
    assert row["last_said_on"] == (dates[-1].isoformat() if dates else None)


def test_a_search_for_done_deal_finds_the_claim_of_erdogan_and_cavusoglu(api, done_deal):
    response = api.get("/api/claims/", {"q": "done deal"})
    assert done_deal.slug in slugs(response)
    speakers = set(public(done_deal).values_list("quote__speaker__slug", flat=True))
    assert {ERDOGAN, CAVUSOGLU} <= speakers


def test_the_done_deal_claim_runs_from_erdogan_in_2019_to_cavusoglu_in_2021(api, done_deal):
    """Given the dates a dated feed supplies (seed texts state none), it spans 2019-2021."""
    links = public(done_deal).select_related("quote__speaker")
    for link in links:
        year = 2019 if link.quote.speaker.slug == ERDOGAN else 2021
        Quote.objects.filter(pk=link.quote_id).update(said_on=datetime.date(year, 4, 8))
    rows = api.get("/api/claims/", {"q": "done deal"}).json()["results"]
    row = next(row for row in rows if row["slug"] == done_deal.slug)
    assert (row["first_said_on"][:4], row["last_said_on"][:4]) == ("2019", "2021")
    timeline = api.get(f"/api/claims/{done_deal.slug}/").json()["timeline"]
    original = next(group for group in timeline if group["relation"] == "original")["quotes"]
    assert original[0]["speaker"]["slug"] == ERDOGAN


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL only")
def test_the_claim_search_uses_the_gin_index_on_postgresql(api):
    from quotes.selectors import claim_list, search

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = search(claim_list(), "done deal").explain()
    assert "quotes_claim_text_fts" in plan


def test_it_filters_by_speaker(api, done_deal):
    found = slugs(api.get("/api/claims/", {"speaker": CAVUSOGLU, "page_size": 500}))
    assert done_deal.slug in found
    expected = Claim.objects.filter(
        links__quote__speaker__slug=CAVUSOGLU, links__status__in=["automatic", "confirmed"]
    ).distinct()
    assert sorted(found) == sorted(expected.values_list("slug", flat=True))


def test_it_filters_by_rating(api, done_deal):
    Claim.objects.filter(pk=done_deal.pk).update(rating="true")
    assert slugs(api.get("/api/claims/", {"rating": "true"})) == [done_deal.slug]


def test_it_filters_by_a_minimum_number_of_quotes(api, done_deal):
    count = public(done_deal).count()
    rows = api.get("/api/claims/", {"min_quotes": count, "page_size": 500}).json()["results"]
    assert done_deal.slug in [row["slug"] for row in rows]
    assert all(row["quote_count"] >= count for row in rows)
    assert done_deal.slug not in slugs(api.get("/api/claims/", {"min_quotes": count + 1}))


def test_repeated_claims_were_made_on_two_occasions_or_by_two_speakers(api, done_deal):
    """Echoes (two speakers) and repetitions count; one statement in two outlets does not."""
    repeated = api.get("/api/claims/", {"repeated": "true", "page_size": 500}).json()["results"]
    assert done_deal.slug in [row["slug"] for row in repeated]
    for row in repeated:
        relations = set(
            public(Claim.objects.get(slug=row["slug"])).values_list("relation", flat=True)
        )
        assert (
            row["speaker_count"] >= 2
            or "repetition" in relations
            or (row["first_said_on"] != row["last_said_on"])
        )
    syria = Claim.objects.get(links__relation="repetition")
    assert syria.slug in [row["slug"] for row in repeated]
    once = slugs(api.get("/api/claims/", {"repeated": "false", "page_size": 500}))
    assert done_deal.slug not in once
    sovereign = Claim.objects.get(text__startswith="This is our sovereign right")
    assert sovereign.slug in once
    assert len(once) + len(repeated) == Claim.objects.count()


def test_suggested_and_rejected_links_are_never_counted(api, done_deal):
    before = api.get(f"/api/claims/{done_deal.slug}/").json()["quote_count"]
    unlinked = Quote.objects.filter(is_quote=True).exclude(claims=done_deal)[:2]
    done_deal.links.create(quote=unlinked[0], method="paraphrase", status="suggested", score=0.5)
    done_deal.links.create(quote=unlinked[1], method="paraphrase", status="rejected", score=0.5)
    cache.clear()
    assert api.get(f"/api/claims/{done_deal.slug}/").json()["quote_count"] == before


@pytest.mark.parametrize(
    "ordering", ["quote_count", "-quote_count", "first_said_on", "-last_said_on"]
)
def test_it_orders_by_quote_count_and_dates(api, ordering):
    rows = api.get("/api/claims/", {"ordering": ordering, "page_size": 500}).json()["results"]
    key = ordering.lstrip("-")
    values = [row[key] for row in rows if row[key] is not None]
    assert values == sorted(values, reverse=ordering.startswith("-"))


@pytest.mark.parametrize(
    "params",
    [
        {"rating": "pants-on-fire"},
        {"min_quotes": "many"},
        {"min_quotes": "-1"},
        {"min_quotes": "1e9999"},
        {"repeated": "yes please"},
        {"speaker": "no-such-speaker"},
        {"ordering": "text"},
        {"q": "deal " * 100},
    ],
)
def test_a_bad_filter_value_is_a_400_that_names_the_parameter(api, params):
    response = api.get("/api/claims/", params)
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == list(params)


def test_the_list_takes_two_queries_whatever_the_page_size(api, django_assert_num_queries):
    """count, the page with its counts and dates."""
    for size in (1, 500):
        with django_assert_num_queries(2):
            api.get("/api/claims/", {"page_size": size})


def test_the_list_exports_as_csv_with_the_same_filters(api, done_deal):
    response = api.get("/api/claims/", {"format": "csv", "q": "done deal"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert done_deal.slug in [row["slug"] for row in rows]
    assert {"quote_count", "first_said_on", "last_said_on"} <= set(rows[0])


# --- the detail: a timeline grouped by relation -------------------------------


def test_the_detail_shows_the_quotes_as_a_timeline_grouped_by_relation(api, done_deal):
    response = api.get(f"/api/claims/{done_deal.slug}/")
    assert response.status_code == 200
    timeline = response.json()["timeline"]
    assert [group["relation"] for group in timeline] == [
        "original",
        "same_utterance",
        "repetition",
        "echo",
    ]
    shown = {quote["id"]: group["relation"] for group in timeline for quote in group["quotes"]}
    assert shown == dict(public(done_deal).values_list("quote_id", "relation"))
    for group in timeline:
        dates = [quote["said_on"] for quote in group["quotes"] if quote["said_on"]]
        assert dates == sorted(dates)
    echoes = next(group for group in timeline if group["relation"] == "echo")["quotes"]
    assert CAVUSOGLU in {quote["speaker"]["slug"] for quote in echoes}


def test_suggested_links_are_shown_to_staff_only(api, staff_api, done_deal, alice):
    quote = Quote.objects.filter(is_quote=True).exclude(claims=done_deal).first()
    done_deal.links.create(quote=quote, method="paraphrase", status="suggested", score=0.5)

    def shown(client):
        timeline = client.get(f"/api/claims/{done_deal.slug}/").json()["timeline"]
        return {q["id"]: q["status"] for group in timeline for q in group["quotes"]}

    anonymous = APIClient()
    assert quote.pk not in shown(anonymous)
    staff = APIClient()
    staff.force_authenticate(alice)
    assert shown(staff)[quote.pk] == "suggested"


def test_a_claim_quoted_more_often_than_the_cap_shows_the_first_and_counts_them_all(
    api, monkeypatch
):
    """A claim with thousands of quotes answers a bounded page; the quotes list has the rest."""
    from quotes import selectors
    from quotes.services.claims import create_claim, link_quote_to_claim, update_claim

    claim = create_claim(text="Every seed quote, for the size of the answer.")
    quotes = list(Quote.objects.filter(is_quote=True).order_by("pk")[:12])
    for quote in quotes:
        link_quote_to_claim(claim=claim, quote=quote)
    monkeypatch.setattr(selectors, "TIMELINE_CAP", 5)
    body = api.get(f"/api/claims/{claim.slug}/").json()
    shown = sum(len(group["quotes"]) for group in body["timeline"])
    counted = sum(group["count"] for group in body["timeline"])
    assert counted == 12 and shown < counted
    assert all(len(group["quotes"]) <= 5 for group in body["timeline"])
    listed = api.get(body["quotes_url"] + "&page_size=50").json()
    assert listed["count"] == 12
    update_claim(claim=claim, rating="false")
    review = api.get(f"/api/claims/{claim.slug}/claimreview/").json()
    assert len(review["itemReviewed"]["appearance"]) <= 5


def test_the_detail_takes_two_queries(api, done_deal, django_assert_num_queries):
    """the claim with its counts, its links with quote, speaker and source."""
    with django_assert_num_queries(2):
        api.get(f"/api/claims/{done_deal.slug}/")


@pytest.mark.parametrize("as_staff", [False, True])
def test_timeline_rows_equal_the_timeline_serializers_output(api, alice, done_deal, as_staff):
    """The detail builds its timeline from plain rows (serializers.timeline_row);
    TimelineQuoteSerializer, which documents them, says the same about every link."""
    from quotes.api.serializers import TimelineQuoteSerializer
    from quotes.selectors import claim_links

    if as_staff:
        api.force_authenticate(alice)
    body = api.get(f"/api/claims/{done_deal.slug}/").json()
    shown = {row["id"]: row for group in body["timeline"] for row in group["quotes"]}
    links = claim_links(done_deal, staff=as_staff)
    assert len(shown) == len(links) > 1
    assert shown == {link.quote_id: TimelineQuoteSerializer(link).data for link in links}


def test_an_unknown_claim_is_a_404(api):
    assert api.get("/api/claims/no-such-claim/").status_code == 404


# --- curator writes -----------------------------------------------------------


def test_posting_a_claim_text_again_answers_409_naming_the_stored_claim(staff_api):
    first = staff_api.post("/api/claims/", {"text": "Turkey bought the S-400."})
    again = staff_api.post("/api/claims/", {"text": "  turkey bought   the s-400. "})
    assert first.status_code == 201, first.content
    assert again.status_code == 409, again.content
    error = again.json()["error"]
    assert error["code"] == "conflict"
    assert first.json()["slug"] in error["message"]
    assert Claim.objects.filter(text__iexact="Turkey bought the S-400.").count() == 1


def test_renaming_a_claim_to_another_claims_text_answers_409(staff_api):
    taken = staff_api.post("/api/claims/", {"text": "Turkey bought the S-400."}).json()
    other = staff_api.post("/api/claims/", {"text": "The deal is done."}).json()
    response = staff_api.patch(
        f"/api/claims/{other['slug']}/", {"text": "TURKEY bought the S-400."}
    )
    assert response.status_code == 409, response.content
    assert taken["slug"] in response.json()["error"]["message"]
    assert Claim.objects.get(slug=other["slug"]).text == "The deal is done."


def test_staff_can_create_a_rated_claim(staff_api):
    response = staff_api.post(
        "/api/claims/",
        {
            "text": "Turkey bought the S-400.",
            "rating": "true",
            "rating_explanation": "Delivered 2019.",
        },
    )
    assert response.status_code == 201, response.content
    claim = Claim.objects.get(slug=response.json()["slug"])
    assert (claim.rating, claim.text_is_curated) == ("true", True)
    assert claim.reviewed_at is not None


def test_staff_can_edit_a_claims_text_and_rating(staff_api, done_deal):
    response = staff_api.patch(f"/api/claims/{done_deal.slug}/", {"rating": "mostly_true"})
    assert response.status_code == 200, response.content
    assert response.json()["rating"] == "mostly_true"
    done_deal.refresh_from_db()
    assert done_deal.rating == "mostly_true" and done_deal.reviewed_at is not None
    staff_api.patch(
        f"/api/claims/{done_deal.slug}/", {"text": "The S-400 purchase is a done deal."}
    )
    done_deal.refresh_from_db()
    assert done_deal.text == "The S-400 purchase is a done deal." and done_deal.text_is_curated


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"rating": "pants-on-fire"}, "rating"),
        ({"pattern": "(unclosed"}, "pattern"),
        ({"text": ""}, "text"),
    ],
)
def test_a_bad_claim_edit_is_a_400_that_names_the_field(staff_api, done_deal, payload, field):
    response = staff_api.patch(f"/api/claims/{done_deal.slug}/", payload)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


def test_a_claim_needs_text(staff_api):
    response = staff_api.post("/api/claims/", {"rating": "true"})
    assert response.status_code == 400
    assert "text" in response.json()["error"]["fields"]


def test_staff_can_link_a_quote_to_a_claim(staff_api, done_deal):
    quote = Quote.objects.filter(is_quote=True).exclude(claims=done_deal).first()
    response = staff_api.post(f"/api/claims/{done_deal.slug}/links/", {"quote": quote.pk})
    assert response.status_code == 201, response.content
    link = ClaimQuote.objects.get(claim=done_deal, quote=quote)
    assert (link.status, link.method) == ("confirmed", "curator")
    assert response.json() == {
        "claim": done_deal.slug, "quote": quote.pk, "status": "confirmed",
        "method": "curator", "relation": link.relation, "score": 1.0,
    }  # fmt: skip


def test_a_link_to_an_unknown_or_hidden_quote_is_a_400(staff_api, done_deal):
    hidden = Quote.objects.exclude(claims=done_deal).first()
    Quote.objects.filter(pk=hidden.pk).update(is_quote=False)
    for quote in (hidden.pk, 10**9, "abc"):
        response = staff_api.post(f"/api/claims/{done_deal.slug}/links/", {"quote": quote})
        assert response.status_code == 400
        assert "quote" in response.json()["error"]["fields"]


def test_staff_can_confirm_or_reject_a_suggested_link(staff_api, done_deal):
    quote = Quote.objects.filter(is_quote=True).exclude(claims=done_deal).first()
    done_deal.links.create(quote=quote, method="paraphrase", status="suggested", score=0.5)
    url = f"/api/claims/{done_deal.slug}/links/{quote.pk}/"
    assert staff_api.patch(url, {"status": "confirmed"}).json()["status"] == "confirmed"
    assert staff_api.patch(url, {"status": "rejected"}).json()["status"] == "rejected"
    assert ClaimQuote.objects.get(claim=done_deal, quote=quote).status == "rejected"
    assert staff_api.patch(url, {"status": "automatic"}).status_code == 400


def test_unlinking_keeps_the_link_as_rejected(staff_api, done_deal):
    """So no rebuild links the pair again."""
    link = public(done_deal).first()
    response = staff_api.delete(f"/api/claims/{done_deal.slug}/links/{link.quote_id}/")
    assert response.status_code == 204
    link.refresh_from_db()
    assert link.status == "rejected"
    cache.clear()
    timeline = staff_api.get(f"/api/claims/{done_deal.slug}/").json()["timeline"]
    assert link.quote_id not in {q["id"] for group in timeline for q in group["quotes"]}


def test_an_unknown_link_is_a_404(staff_api, done_deal):
    other = Quote.objects.exclude(claims=done_deal).first()
    assert staff_api.delete(f"/api/claims/{done_deal.slug}/links/{other.pk}/").status_code == 404
    assert (
        staff_api.patch(
            f"/api/claims/no-such-claim/links/{other.pk}/", {"status": "confirmed"}
        ).status_code
        == 404
    )


def test_staff_can_merge_claims(staff_api, done_deal):
    """merge_claims moves the links (confirmed) and deletes the others."""
    other = Claim.objects.exclude(pk=done_deal.pk).first()
    moved = list(other.links.values_list("quote_id", flat=True))
    response = staff_api.post(f"/api/claims/{done_deal.slug}/merge/", {"others": [other.slug]})
    assert response.status_code == 200, response.content
    assert not Claim.objects.filter(pk=other.pk).exists()
    assert set(moved) <= set(done_deal.links.values_list("quote_id", flat=True))


def test_a_merge_with_an_unknown_claim_is_a_400(staff_api, done_deal):
    response = staff_api.post(f"/api/claims/{done_deal.slug}/merge/", {"others": ["no-such-claim"]})
    assert response.status_code == 400
    assert "others" in response.json()["error"]["fields"]


def test_claim_writes_need_staff_rights(api, bob, done_deal):
    writes = [
        ("post", "/api/claims/", {"text": "x"}),
        ("patch", f"/api/claims/{done_deal.slug}/", {"rating": "true"}),
        ("post", f"/api/claims/{done_deal.slug}/links/", {"quote": 1}),
        ("patch", f"/api/claims/{done_deal.slug}/links/1/", {"status": "confirmed"}),
        ("delete", f"/api/claims/{done_deal.slug}/links/1/", None),
        ("post", f"/api/claims/{done_deal.slug}/merge/", {"others": []}),
    ]
    for method, url, payload in writes:
        assert getattr(api, method)(url, payload).status_code == 401, url
    api.force_authenticate(bob)
    for method, url, payload in writes:
        assert getattr(api, method)(url, payload).status_code == 403, url
    done_deal.refresh_from_db()
    assert done_deal.rating == "unrated"


def test_a_claim_folded_into_another_answers_301_and_a_write_to_it_308(staff_api, done_deal):
    """Bookmarks survive a merge; a client's write is sent on with its method (308)."""
    other = Claim.objects.exclude(pk=done_deal.pk).first()
    staff_api.post(f"/api/claims/{done_deal.slug}/merge/", {"others": [other.slug]})
    read = staff_api.get(f"/api/claims/{other.slug}/")
    assert read.status_code == 301
    assert read["Location"] == f"/api/claims/{done_deal.slug}/"
    assert read.json()["error"]["code"] == "moved"
    write = staff_api.patch(f"/api/claims/{other.slug}/", {"rating": "false"})
    assert write.status_code == 308
    assert write["Location"] == f"/api/claims/{done_deal.slug}/"
