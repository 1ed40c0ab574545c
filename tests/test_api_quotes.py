"""/api/quotes/: filters, search, ordering, CSV, caching, the detail and curator corrections."""

import csv
import datetime
import io

import pytest
from django.db import connection

from quotes.models import Claim, Quote, Source, Speaker
from quotes.services.quotes import mark_not_quote

ERDOGAN = "recep-tayyip-erdogan"
MOSCOW_LINE = "This is our sovereign right"


def ids(response) -> list[int]:
    return [row["id"] for row in response.json()["results"]]


def date_key(row):
    return (row["said_on"] is None, row["said_on"] or "")


def first_quote(text: str) -> Quote:
    return Quote.objects.filter(text__contains=text).order_by("pk").first()


def test_each_quote_carries_its_text_offsets_speaker_source_and_claims(api):
    """A row has the documented fields, with brief speaker and source."""
    quote = first_quote(MOSCOW_LINE)
    row = next(
        r
        for r in api.get("/api/quotes/", {"page_size": 500}).json()["results"]
        if r["id"] == quote.pk
    )
    assert set(row) == {
        "id", "text", "kind", "cue", "start", "end", "said_on", "verified",
        "speaker", "source", "claims",
    }  # fmt: skip
    assert row["text"] == quote.text
    assert (row["start"], row["end"]) == (quote.start, quote.end)
    assert set(row["speaker"]) == {"slug", "name"}
    assert set(row["source"]) == {"id", "title", "publisher", "origin", "published_on"}
    assert all(set(claim) == {"slug", "text", "relation"} for claim in row["claims"])
    assert row["claims"], "the Moscow line belongs to a claim"


def test_it_lists_exactly_erdogans_quotes_from_every_article_in_date_order(api):
    """speaker=<slug> returns that speaker's quotes, all of them, oldest first."""
    response = api.get("/api/quotes/", {"speaker": ERDOGAN, "page_size": 500})
    assert response.status_code == 200
    expected = Quote.objects.filter(speaker__slug=ERDOGAN, is_quote=True)
    assert sorted(ids(response)) == sorted(expected.values_list("pk", flat=True))
    rows = response.json()["results"]
    assert {row["speaker"]["slug"] for row in rows} == {ERDOGAN}
    assert rows == sorted(rows, key=date_key)
    assert len({row["source"]["id"] for row in rows}) == 5


def test_the_speaker_filter_can_be_repeated(api):
    """speaker=a&speaker=b returns the quotes of either."""
    response = api.get("/api/quotes/", {"speaker": [ERDOGAN, "vladimir-putin"], "page_size": 500})
    expected = Quote.objects.filter(speaker__slug__in=[ERDOGAN, "vladimir-putin"], is_quote=True)
    assert sorted(ids(response)) == sorted(expected.values_list("pk", flat=True))


def test_an_unknown_speaker_is_a_400_that_names_the_parameter(api):
    response = api.get("/api/quotes/", {"speaker": "nobody-at-all"})
    assert response.status_code == 400
    assert "speaker" in response.json()["error"]["fields"]


def test_it_filters_by_source(api):
    source = Source.objects.get(origin__contains="001_")
    response = api.get("/api/quotes/", {"source": source.pk, "page_size": 500})
    assert sorted(ids(response)) == sorted(
        source.quotes.filter(is_quote=True).values_list("pk", flat=True)
    )


def test_it_filters_by_claim(api):
    """claim=<slug> returns the quotes publicly linked to it."""
    claim = first_quote(MOSCOW_LINE).claims.first()
    response = api.get("/api/quotes/", {"claim": claim.slug, "page_size": 500})
    expected = claim.links.filter(status__in=["automatic", "confirmed"], quote__is_quote=True)
    assert sorted(ids(response)) == sorted(expected.values_list("quote_id", flat=True))


def test_the_claim_filter_leaves_out_suggested_links(api):
    """A suggestion is not (yet) a public link."""
    quote = Quote.objects.filter(is_quote=True).exclude(claims__isnull=False).first()
    claim = Claim.objects.first()
    claim.links.create(quote=quote, method="paraphrase", status="suggested", score=0.5)
    response = api.get("/api/quotes/", {"claim": claim.slug, "page_size": 500})
    assert quote.pk not in ids(response)


def test_it_filters_by_kind(api):
    response = api.get("/api/quotes/", {"kind": "direct", "page_size": 500})
    assert response.json()["count"] == Quote.objects.filter(kind="direct", is_quote=True).count()
    assert {row["kind"] for row in response.json()["results"]} == {"direct"}


def test_it_filters_by_verified(api):
    quote = first_quote(MOSCOW_LINE)
    Quote.objects.filter(pk=quote.pk).update(verified=True)
    assert ids(api.get("/api/quotes/", {"verified": "true"})) == [quote.pk]
    assert quote.pk not in ids(api.get("/api/quotes/", {"verified": "false", "page_size": 500}))


def test_it_filters_by_date_range(api):
    """said_after and said_before are inclusive bounds on said_on."""
    first, second = Quote.objects.filter(is_quote=True).order_by("pk")[:2]
    Quote.objects.filter(pk=first.pk).update(said_on=datetime.date(2019, 4, 8))
    Quote.objects.filter(pk=second.pk).update(said_on=datetime.date(2021, 3, 24))
    dated = Quote.objects.filter(is_quote=True, said_on__isnull=False)
    day = datetime.date(2019, 4, 8)
    response = api.get("/api/quotes/", {"said_after": day, "said_before": day, "page_size": 500})
    assert sorted(ids(response)) == sorted(dated.filter(said_on=day).values_list("pk", flat=True))
    later = api.get("/api/quotes/", {"said_after": "2100-01-01"})
    assert later.json()["count"] == 0


@pytest.mark.parametrize(
    "params",
    [
        {"said_after": "yesterday"},
        {"said_before": "2021-13-45"},
        {"verified": "maybe"},
        {"kind": "shouted"},
        {"source": "abc"},
        {"source": "99999999999999999999999"},
        {"claim": "no-such-claim"},
        {"ordering": "text"},
        {"page": "0"},
        {"page_size": "-5"},
    ],
)
def test_a_bad_filter_value_is_a_400_that_names_the_parameter(api, params):
    response = api.get("/api/quotes/", params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == 400
    assert list(error["fields"]) == list(params)


def test_a_search_finds_quotes_by_their_words(api):
    """q="sovereign right" (words) matches both outlets' report of the Moscow line."""
    response = api.get("/api/quotes/", {"q": "sovereign right"})
    texts = [row["text"] for row in response.json()["results"]]
    assert texts and all("sovereign right" in text for text in texts)


def test_a_quoted_phrase_finds_both_outlets_reports_of_the_moscow_line(api):
    """q='"sovereign right"' is a phrase search; the 2019 line appears in two sources."""
    response = api.get("/api/quotes/", {"q": '"sovereign right"'})
    rows = response.json()["results"]
    assert len({row["source"]["id"] for row in rows}) == 2
    assert {row["speaker"]["slug"] for row in rows} == {ERDOGAN}
    assert all(MOSCOW_LINE in row["text"] for row in rows)


def test_a_phrase_does_not_match_the_same_words_apart(api):
    """'"right sovereign"' matches nothing; the words in that order never occur."""
    assert api.get("/api/quotes/", {"q": '"right sovereign"'}).json()["count"] == 0


def add_filler_quotes(count: int) -> None:
    """Many public quotes with other words, so the planner costs the table as a real one."""
    words = [f"filler{n:05d}" for n in range(count)]
    body = " ".join(words)
    source = Source.objects.create(title="Filler", body=body, content_hash="filler")
    starts, offset = [], 0
    for word in words:
        starts.append(offset)
        offset += len(word) + 1
    Quote.objects.bulk_create(
        Quote(source=source, text=w, start=st, end=st + len(w), kind="direct")
        for w, st in zip(words, starts, strict=True)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE quotes_quote")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL only")
def test_the_search_uses_the_gin_index_on_postgresql(api):
    """With few hits the filter compiles to the indexed expression, and with a table of real
    size the planner reads the GIN index of public quotes rather than any other."""
    from quotes.selectors import ordered_quotes, search_quotes

    add_filler_quotes(5000)
    plan = search_quotes(ordered_quotes(), "sovereign right").explain()
    assert "quote_public_text_fts" in plan


def test_a_search_lists_its_hits_in_the_lists_order(api):
    """With q and no ordering, hits come oldest first, as every quote list does."""
    rows = api.get("/api/quotes/", {"q": "deal", "page_size": 500}).json()["results"]
    assert rows and all("deal" in row["text"].lower() for row in rows)
    assert rows == sorted(rows, key=date_key)


@pytest.fixture
def small_memory(monkeypatch):
    """Counts remembered from 1 row up, and searches that walk from 1 hit up."""
    from quotes import selectors

    monkeypatch.setattr(selectors, "COUNT_REMEMBER_MIN", 1)
    monkeypatch.setattr(selectors, "SEARCH_WALK_DEPTH", 0)
    selectors.forget_counts()
    yield selectors
    selectors.forget_counts()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL only")
@pytest.mark.parametrize("params", [{}, {"ordering": "-said_on"}, {"speaker": ERDOGAN}])
def test_a_search_walking_the_lists_order_finds_what_the_gin_index_finds(api, small_memory, params):
    """Many hits: the page is read by walking the list's order and testing each row's stored
    tsvector; it holds the same rows, in the same order, with the same count."""
    from quotes.selectors import ordered_quotes, search_quotes

    query = {"q": "deal", "page_size": 500, **params}
    small_memory.SEARCH_WALK_DEPTH = 10**9  # never walk
    small_memory.forget_counts()
    fetched = api.get("/api/quotes/", query).json()
    small_memory.SEARCH_WALK_DEPTH = 0  # always walk
    small_memory.forget_counts()
    assert "search_vector" in str(search_quotes(ordered_quotes(), "deal").query)
    walked = api.get("/api/quotes/", query).json()
    assert fetched["count"] > 0
    assert walked == fetched


def test_a_large_count_is_remembered_for_a_minute_and_a_small_one_never(
    api, small_memory, monkeypatch
):
    """A remembered count lags a change until it expires; below the threshold counts are exact."""
    before = api.get("/api/quotes/").json()["count"]
    mark_not_quote(quotes=[first_quote(MOSCOW_LINE)])
    assert api.get("/api/quotes/").json()["count"] == before
    later = small_memory.clock() + small_memory.COUNT_SECONDS + 1
    monkeypatch.setattr(small_memory, "clock", lambda: later)
    assert api.get("/api/quotes/").json()["count"] == before - 1
    monkeypatch.setattr(small_memory, "COUNT_REMEMBER_MIN", 10**9)
    small_memory.forget_counts()
    assert api.get("/api/quotes/").json()["count"] == before - 1
    mark_not_quote(quotes=[Quote.objects.filter(is_quote=True).order_by("pk").first()])
    assert api.get("/api/quotes/").json()["count"] == before - 2


def test_list_rows_equal_the_quote_serializers_output_for_every_quote(api):
    """The list builds its rows from values() (serializers.quote_rows); QuoteSerializer, which
    documents the shape and writes the CSV, says the same thing about every quote."""
    from quotes.api.serializers import QuoteSerializer
    from quotes.selectors import quote_list

    listed = api.get("/api/quotes/", {"page_size": 500}).json()["results"]
    assert len(listed) == Quote.objects.filter(is_quote=True).count()
    by_serializer = {row["id"]: row for row in QuoteSerializer(quote_list(), many=True).data}
    assert any(row["claims"] for row in listed)
    assert listed == [by_serializer[row["id"]] for row in listed]


def test_it_orders_by_said_on_either_way(api):
    forward = api.get("/api/quotes/", {"ordering": "said_on", "page_size": 500}).json()["results"]
    backward = api.get("/api/quotes/", {"ordering": "-said_on", "page_size": 500}).json()["results"]
    dated = [row["said_on"] for row in forward if row["said_on"]]
    assert dated == sorted(dated)
    assert [row["said_on"] for row in backward if row["said_on"]] == sorted(dated, reverse=True)


def test_quotes_marked_not_a_quote_are_hidden_everywhere(api):
    """List, detail, filters and search all leave a curator's false positive out."""
    quote = first_quote(MOSCOW_LINE)
    mark_not_quote(quotes=[quote])
    assert quote.pk not in ids(api.get("/api/quotes/", {"page_size": 500}))
    assert quote.pk not in ids(api.get("/api/quotes/", {"q": "sovereign right"}))
    assert api.get(f"/api/quotes/{quote.pk}/").status_code == 404


def test_the_list_takes_three_queries_whatever_the_page_size(api, django_assert_num_queries):
    """count, the page (with speaker and source joined), the claims of the page's quotes."""
    for size in (1, 10, 500):
        with django_assert_num_queries(3):
            api.get("/api/quotes/", {"page_size": size})


def test_a_speakers_quotes_through_the_filter_take_four_queries(api, django_assert_num_queries):
    """speaker=<slug>: the speaker (one query for a plain slug), count, page, claims."""
    for size in (1, 500):
        with django_assert_num_queries(4):
            api.get("/api/quotes/", {"speaker": ERDOGAN, "page_size": size})


def test_a_page_size_above_the_maximum_is_cut_to_the_maximum(api):
    response = api.get("/api/quotes/", {"page_size": 100000})
    assert response.status_code == 200
    assert len(response.json()["results"]) == min(500, Quote.objects.filter(is_quote=True).count())


def test_a_page_past_the_end_is_a_404(api):
    response = api.get("/api/quotes/", {"page": 9999})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_the_list_exports_as_csv_with_the_same_filters(api):
    """?format=csv gives one row per quote, with dotted columns for nested fields."""
    response = api.get("/api/quotes/", {"format": "csv", "speaker": ERDOGAN, "page_size": 500})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = csv_rows(response)
    assert len(rows) == Quote.objects.filter(speaker__slug=ERDOGAN, is_quote=True).count()
    assert {row["speaker.slug"] for row in rows} == {ERDOGAN}
    assert {"text", "source.title", "claims"} <= set(rows[0])


def test_a_csv_export_holds_every_matching_row_not_one_page(api):
    """71 quotes with the default page of 50: the export streams all of them."""
    response = api.get("/api/quotes/", {"format": "csv"})
    public = Quote.objects.filter(is_quote=True).count()
    assert public > 50
    assert len(csv_rows(response)) == public == int(response["X-Total-Count"])
    assert 'filename="quote.csv"' in response["Content-Disposition"]


def test_a_csv_export_over_the_cap_is_refused_naming_format(api, monkeypatch):
    from quotes.api import mixins

    monkeypatch.setattr(mixins, "CSV_MAX_ROWS", 10)
    response = api.get("/api/quotes/", {"format": "csv"})
    assert response.status_code == 400
    assert "narrow the filters" in response.json()["error"]["fields"]["format"][0]


def test_a_csv_request_with_a_bad_filter_gets_a_json_error(api):
    response = api.get("/api/quotes/", {"format": "csv", "kind": "shouted"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "kind" in response.json()["error"]["fields"]


def test_reads_carry_an_etag_and_a_matching_request_gets_304(api):
    """ConditionalGetMiddleware answers If-None-Match; caches may keep reads for a minute."""
    response = api.get("/api/quotes/", {"speaker": ERDOGAN})
    assert response["ETag"]
    assert "max-age=60" in response["Cache-Control"]
    again = api.get("/api/quotes/", {"speaker": ERDOGAN}, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_the_detail_adds_the_sentence_and_paragraph_around_the_quote(api):
    quote = first_quote(MOSCOW_LINE)
    response = api.get(f"/api/quotes/{quote.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert quote.text in body["sentence"]
    assert body["sentence"] in body["paragraph"]
    assert body["paragraph"] in quote.source.body
    assert "\n" not in body["paragraph"]


def test_the_detail_lists_the_same_utterance_in_another_outlet(api):
    """Erdogan's Moscow line, reported by Bloomberg and by RFE/RL, points at each other."""
    quotes = Quote.objects.filter(text__contains=MOSCOW_LINE, speaker__slug=ERDOGAN).order_by("pk")
    first, second = quotes[0], quotes[1]
    body = api.get(f"/api/quotes/{first.pk}/").json()
    also = {row["id"]: row for row in body["also_reported_as"]}
    assert second.pk in also
    assert also[second.pk]["source"]["id"] != first.source_id
    assert also[second.pk]["relation"] == "same_utterance"
    assert first.pk not in {row["id"] for row in body["related"]}


def test_the_detail_lists_repetitions_and_echoes_as_related(api):
    """Cavusoglu's "done deal" (2021) echoes Erdogan's (2019)."""
    erdogan = Quote.objects.get(text__startswith="If we sign a deal")
    related = api.get(f"/api/quotes/{erdogan.pk}/").json()["related"]
    assert related, "the done-deal line was echoed"
    assert {row["relation"] for row in related} <= {"repetition", "echo"}
    echoes = [row for row in related if row["relation"] == "echo"]
    assert "mevlut-cavusoglu" in {row["speaker"]["slug"] for row in echoes if row["speaker"]}


def test_an_unknown_quote_is_a_404_in_the_error_shape(api):
    for pk in ("999999", "abc", "99999999999999999999999"):
        response = api.get(f"/api/quotes/{pk}/")
        assert response.status_code == 404
        assert response.json()["error"] == {
            "status": 404,
            "code": "not_found",
            "message": "Not found.",
            "fields": {},
        }


def test_the_detail_takes_three_queries(api, django_assert_num_queries):
    """The quote with speaker and source, its claims, the quotes sharing a claim with it."""
    quote = first_quote(MOSCOW_LINE)
    with django_assert_num_queries(3):
        api.get(f"/api/quotes/{quote.pk}/")


# --- curator corrections ------------------------------------------------------


def test_staff_can_correct_a_quotes_speaker_and_kind(staff_api):
    """PATCH goes through update_quote, which marks the quote curated."""
    quote = first_quote(MOSCOW_LINE)
    response = staff_api.patch(
        f"/api/quotes/{quote.pk}/", {"speaker": "vladimir-putin", "kind": "partial"}
    )
    assert response.status_code == 200, response.content
    assert response.json()["speaker"]["slug"] == "vladimir-putin"
    quote.refresh_from_db()
    assert (quote.speaker.slug, quote.kind, quote.curated) == ("vladimir-putin", "partial", True)


def test_staff_can_correct_a_span_and_the_text_follows_the_body(staff_api):
    quote = first_quote(MOSCOW_LINE)
    response = staff_api.patch(
        f"/api/quotes/{quote.pk}/", {"start": quote.start, "end": quote.end - 1}
    )
    assert response.status_code == 200
    quote.refresh_from_db()
    assert quote.text == quote.source.body[quote.start : quote.end]
    assert response.json()["text"] == quote.text


def test_staff_can_verify_a_quote(staff_api):
    quote = first_quote(MOSCOW_LINE)
    assert (
        staff_api.patch(f"/api/quotes/{quote.pk}/", {"verified": True}).json()["verified"] is True
    )
    quote.refresh_from_db()
    assert quote.verified and quote.curated


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"kind": "shouted"}, "kind"),
        ({"speaker": "no-such-speaker"}, "speaker"),
        ({"start": -1}, "start"),
        ({"start": 0, "end": 10**8}, "start"),
        ({"verified": "perhaps"}, "verified"),
    ],
)
def test_a_bad_correction_is_a_400_that_names_the_field(staff_api, payload, field):
    quote = first_quote(MOSCOW_LINE)
    response = staff_api.patch(f"/api/quotes/{quote.pk}/", payload)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


def test_quotes_cannot_be_replaced_created_or_deleted(staff_api):
    """Quotes come from the importer; the API only corrects them."""
    quote = first_quote(MOSCOW_LINE)
    assert staff_api.put(f"/api/quotes/{quote.pk}/", {"kind": "direct"}).status_code == 405
    assert staff_api.delete(f"/api/quotes/{quote.pk}/").status_code == 405
    assert staff_api.post("/api/quotes/", {"text": "x"}).status_code == 405


def test_a_correction_needs_staff_rights(api, bob):
    quote = first_quote(MOSCOW_LINE)
    assert api.patch(f"/api/quotes/{quote.pk}/", {"kind": "partial"}).status_code == 401
    api.force_authenticate(bob)
    assert api.patch(f"/api/quotes/{quote.pk}/", {"kind": "partial"}).status_code == 403
    assert Speaker.objects.exists()
    quote.refresh_from_db()
    assert not quote.curated


def test_a_form_correction_that_leaves_out_verified_keeps_the_quote_verified(staff_api):
    """HTML forms omit unticked fields; a PATCH changes only what it sends."""
    quote = Quote.objects.filter(is_quote=True).first()
    staff_api.patch(f"/api/quotes/{quote.pk}/", {"verified": True})
    response = staff_api.patch(f"/api/quotes/{quote.pk}/", {"kind": "partial"}, format="multipart")
    assert response.status_code == 200, response.content
    quote.refresh_from_db()
    assert (quote.verified, quote.kind) == (True, "partial")


def test_a_multipart_body_that_is_not_multipart_is_a_400(staff_api):
    quote = Quote.objects.filter(is_quote=True).first()
    response = staff_api.generic(
        "PATCH",
        f"/api/quotes/{quote.pk}/",
        b"garbage",
        content_type="multipart/form-data; boundary=xyz",
    )
    assert response.status_code == 400
