"""/api/speakers/: search by name or alias, kind, ordering, a speaker's quotes, and merging."""

import pytest
from django.core.cache import cache

from quotes.models import Quote, Speaker, SpeakerAlias

ERDOGAN = "recep-tayyip-erdogan"


def slugs(response) -> list[str]:
    return [row["slug"] for row in response.json()["results"]]


def test_each_speaker_carries_its_aliases_and_quote_count(api):
    rows = {
        row["slug"]: row for row in api.get("/api/speakers/", {"page_size": 500}).json()["results"]
    }
    erdogan = rows[ERDOGAN]
    assert set(erdogan) == {
        "slug",
        "name",
        "kind",
        "description",
        "wikidata_id",
        "aliases",
        "quote_count",
    }
    assert "Erdogan" in erdogan["aliases"]
    assert (
        erdogan["quote_count"] == Quote.objects.filter(speaker__slug=ERDOGAN, is_quote=True).count()
    )


def test_the_quote_count_leaves_out_quotes_marked_not_a_quote(api):
    quote = Quote.objects.filter(speaker__slug=ERDOGAN).first()
    before = api.get(f"/api/speakers/{ERDOGAN}/").json()["quote_count"]
    Quote.objects.filter(pk=quote.pk).update(is_quote=False)
    cache.clear()
    assert api.get(f"/api/speakers/{ERDOGAN}/").json()["quote_count"] == before - 1


def test_it_finds_a_speaker_by_part_of_the_name(api):
    assert ERDOGAN in slugs(api.get("/api/speakers/", {"q": "recep"}))


def test_it_finds_a_speaker_by_an_alias_once(api):
    """ "Tayyip Erdogan" is an alias; the speaker is listed once even when several aliases match."""
    SpeakerAlias.objects.get_or_create(
        normalised="tayyip erdogan",
        defaults={"speaker": Speaker.objects.get(slug=ERDOGAN), "alias": "Tayyip Erdogan"},
    )
    found = slugs(api.get("/api/speakers/", {"q": "Erdogan"}))
    assert found.count(ERDOGAN) == 1
    assert ERDOGAN in slugs(api.get("/api/speakers/", {"q": "tayyip"}))


def test_it_filters_by_kind(api):
    rows = api.get("/api/speakers/", {"kind": "person", "page_size": 500}).json()["results"]
    assert rows and {row["kind"] for row in rows} == {"person"}
    assert len(rows) == Speaker.objects.filter(kind="person").count()


def test_it_orders_by_name_or_by_quote_count(api):
    by_name = [
        row["name"]
        for row in api.get("/api/speakers/", {"ordering": "name", "page_size": 500}).json()[
            "results"
        ]
    ]
    assert by_name == sorted(by_name)
    by_count = api.get("/api/speakers/", {"ordering": "-quote_count", "page_size": 500}).json()[
        "results"
    ]
    counts = [row["quote_count"] for row in by_count]
    assert counts == sorted(counts, reverse=True)
    assert by_count[0]["slug"] == ERDOGAN


@pytest.mark.parametrize("params", [{"kind": "robot"}, {"ordering": "slug"}, {"q": "x" * 201}])
def test_a_bad_filter_value_is_a_400_that_names_the_parameter(api, params):
    response = api.get("/api/speakers/", params)
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == list(params)


def test_the_list_takes_three_queries_whatever_the_page_size(api, django_assert_num_queries):
    """count, the page with quote counts, the aliases of the page's speakers."""
    for size in (1, 500):
        with django_assert_num_queries(3):
            api.get("/api/speakers/", {"page_size": size})


def test_a_speaker_is_found_by_slug(api):
    response = api.get(f"/api/speakers/{ERDOGAN}/")
    assert response.status_code == 200
    assert response.json()["name"] == Speaker.objects.get(slug=ERDOGAN).name


def test_an_unknown_speaker_is_a_404(api):
    response = api.get("/api/speakers/no-such-person/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_a_speakers_quotes_are_listed_oldest_first(api):
    response = api.get(f"/api/speakers/{ERDOGAN}/quotes/", {"page_size": 500})
    assert response.status_code == 200
    rows = response.json()["results"]
    expected = Quote.objects.filter(speaker__slug=ERDOGAN, is_quote=True)
    assert sorted(row["id"] for row in rows) == sorted(expected.values_list("pk", flat=True))
    dates = [row["said_on"] for row in rows if row["said_on"]]
    assert dates == sorted(dates)


def test_a_speakers_quotes_take_the_quote_filters(api):
    rows = api.get(f"/api/speakers/{ERDOGAN}/quotes/", {"kind": "direct", "page_size": 500}).json()[
        "results"
    ]
    assert (
        len(rows)
        == Quote.objects.filter(speaker__slug=ERDOGAN, kind="direct", is_quote=True).count()
    )
    assert api.get(f"/api/speakers/{ERDOGAN}/quotes/", {"kind": "x"}).status_code == 400


def test_the_quotes_of_an_unknown_speaker_are_a_404(api):
    assert api.get("/api/speakers/no-such-person/quotes/").status_code == 404


def test_a_speakers_quotes_take_four_queries_whatever_the_page_size(api, django_assert_num_queries):
    """the speaker, count, the page, the claims of the page's quotes."""
    for size in (1, 500):
        with django_assert_num_queries(4):
            api.get(f"/api/speakers/{ERDOGAN}/quotes/", {"page_size": size})


# --- merging ------------------------------------------------------------------


def test_staff_can_merge_speakers(staff_api):
    """merge_speakers moves the quotes and aliases and deletes the others."""
    other = Speaker.objects.create(name="R. T. Erdogan", slug="r-t-erdogan", kind="person")
    moved = Quote.objects.filter(speaker__slug="vladimir-putin").first()
    Quote.objects.filter(pk=moved.pk).update(speaker=other)
    response = staff_api.post(f"/api/speakers/{ERDOGAN}/merge/", {"others": ["r-t-erdogan"]})
    assert response.status_code == 200, response.content
    assert not Speaker.objects.filter(slug="r-t-erdogan").exists()
    moved.refresh_from_db()
    assert moved.speaker.slug == ERDOGAN
    assert "R. T. Erdogan" in response.json()["aliases"]


@pytest.mark.parametrize(
    "payload", [{"others": []}, {"others": ["no-such-speaker"]}, {}, {"others": ["a"] * 101}]
)
def test_a_bad_merge_is_a_400_naming_others(staff_api, payload):
    response = staff_api.post(f"/api/speakers/{ERDOGAN}/merge/", payload)
    assert response.status_code == 400
    assert "others" in response.json()["error"]["fields"]


def test_merging_needs_staff_rights(api, bob):
    assert (
        api.post(f"/api/speakers/{ERDOGAN}/merge/", {"others": ["vladimir-putin"]}).status_code
        == 401
    )
    api.force_authenticate(bob)
    assert (
        api.post(f"/api/speakers/{ERDOGAN}/merge/", {"others": ["vladimir-putin"]}).status_code
        == 403
    )
    assert Speaker.objects.filter(slug="vladimir-putin").exists()


def test_speakers_cannot_be_created_or_deleted_through_the_api(staff_api):
    assert staff_api.post("/api/speakers/", {"name": "X"}).status_code == 405
    assert staff_api.delete(f"/api/speakers/{ERDOGAN}/").status_code == 405


def _merge_away(staff_api, name: str, slug: str, into: str = ERDOGAN) -> None:
    Speaker.objects.create(name=name, slug=slug, kind="person")
    response = staff_api.post(f"/api/speakers/{into}/merge/", {"others": [slug]})
    assert response.status_code == 200, response.content


def test_a_merged_speaker_s_old_address_answers_301_to_the_survivor(staff_api, api):
    _merge_away(staff_api, "R. T. Erdogan", "r-t-erdogan")
    response = api.get("/api/speakers/r-t-erdogan/")
    assert response.status_code == 301
    assert response["Location"] == f"/api/speakers/{ERDOGAN}/"
    quotes = api.get("/api/speakers/r-t-erdogan/quotes/?page_size=2")
    assert quotes["Location"] == f"/api/speakers/{ERDOGAN}/quotes/?page_size=2"


def test_a_chain_of_merges_still_leads_from_the_first_slug_to_the_last_survivor(staff_api, api):
    _merge_away(staff_api, "R. T. Erdogan", "r-t-erdogan", into="vladimir-putin")
    _merge_away(staff_api, "Placeholder", "vladimir-putin-2", into=ERDOGAN)
    staff_api.post(f"/api/speakers/{ERDOGAN}/merge/", {"others": ["vladimir-putin"]})
    assert api.get("/api/speakers/r-t-erdogan/")["Location"] == f"/api/speakers/{ERDOGAN}/"
    assert api.get("/api/speakers/vladimir-putin/")["Location"] == f"/api/speakers/{ERDOGAN}/"


def test_an_unknown_slug_is_still_a_404(api):
    assert api.get("/api/speakers/nobody-ever/").status_code == 404


def test_quotes_filter_by_a_known_alias_as_by_the_slug(api):
    by_slug = api.get("/api/quotes/", {"speaker": ERDOGAN, "page_size": 500}).json()
    for alias in ("erdogan", "Tayyip Erdogan", "tayyip-erdogan"):
        by_alias = api.get("/api/quotes/", {"speaker": alias, "page_size": 500}).json()
        assert by_alias["count"] == by_slug["count"] > 0
    claims = api.get("/api/claims/", {"speaker": "erdogan"})
    assert claims.status_code == 200
    assert api.get("/api/quotes/", {"speaker": "nobody-ever"}).status_code == 400
