"""/api/sources/: metadata in the list; body and quotes with offsets in the detail."""

import pytest

from quotes.models import Quote, Source


def test_the_list_gives_metadata_and_quote_counts_without_bodies(api):
    response = api.get("/api/sources/")
    assert response.json()["count"] == Source.objects.count() == 5
    row = response.json()["results"][0]
    assert set(row) == {
        "id",
        "title",
        "publisher",
        "url",
        "origin",
        "published_on",
        "language",
        "quote_count",
    }
    source = Source.objects.get(pk=row["id"])
    assert row["quote_count"] == source.quotes.filter(is_quote=True).count()


def test_the_list_takes_two_queries_whatever_the_page_size(api, django_assert_num_queries):
    """count, the page with quote counts."""
    for size in (1, 500):
        with django_assert_num_queries(2):
            api.get("/api/sources/", {"page_size": size})


def test_the_detail_gives_the_body_and_each_quote_at_its_offsets(api):
    source = Source.objects.get(origin__contains="000_")
    body = api.get(f"/api/sources/{source.pk}/").json()
    assert body["body"] == source.body
    assert [q["id"] for q in body["quotes"]] == list(
        source.quotes.filter(is_quote=True).order_by("start").values_list("pk", flat=True)
    )
    for quote in body["quotes"]:
        assert body["body"][quote["start"] : quote["end"]] == quote["text"]


def test_the_detail_leaves_out_quotes_marked_not_a_quote(api):
    source = Source.objects.get(origin__contains="000_")
    hidden = source.quotes.first()
    Quote.objects.filter(pk=hidden.pk).update(is_quote=False)
    body = api.get(f"/api/sources/{source.pk}/").json()
    assert hidden.pk not in [q["id"] for q in body["quotes"]]
    assert body["quote_count"] == len(body["quotes"])


def test_the_detail_takes_two_queries(api, django_assert_num_queries):
    """the source with its quote count, its quotes with their speakers."""
    source = Source.objects.first()
    with django_assert_num_queries(2):
        api.get(f"/api/sources/{source.pk}/")


def test_it_filters_by_publisher(api):
    source = Source.objects.exclude(publisher="").first()
    rows = api.get("/api/sources/", {"publisher": source.publisher}).json()["results"]
    assert rows and {row["publisher"] for row in rows} == {source.publisher}


def test_it_filters_and_orders_by_publication_date(api):
    assert api.get("/api/sources/", {"published_after": "2100-01-01"}).json()["count"] == 0
    rows = api.get("/api/sources/", {"ordering": "published_on"}).json()["results"]
    dates = [row["published_on"] for row in rows if row["published_on"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize("params", [{"published_after": "soon"}, {"ordering": "body"}])
def test_a_bad_filter_value_is_a_400_that_names_the_parameter(api, params):
    response = api.get("/api/sources/", params)
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == list(params)


def test_an_unknown_source_is_a_404(api):
    for pk in ("999999", "abc"):
        assert api.get(f"/api/sources/{pk}/").status_code == 404


def test_sources_are_added_only_through_the_importer(api, alice):
    """A POST is an import job (tests/test_api_jobs.py); a source is never edited or deleted."""
    api.force_authenticate(alice)
    source = Source.objects.first()
    assert api.delete(f"/api/sources/{source.pk}/").status_code == 405
    assert api.patch(f"/api/sources/{source.pk}/", {"title": "x"}).status_code == 405
