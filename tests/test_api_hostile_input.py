"""Hostile input: huge parameters, injection attempts, NUL bytes, odd unicode, odd bodies.

Each is a JSON 400 (or 404 for a path that names no row), or a 200 when a search
for odd text is simply a search that finds nothing; never a 500. The client
raises any server exception instead of turning it into a 500 page, so a
failure shows the traceback. Complements tests/test_api_errors.py.

The seed import takes most of a test's time, so each test loops over its hostile
values, and tests whose answer does not depend on the rows use an empty database.
"""

import json

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from quotes.models import Claim, Quote, Speaker

ERDOGAN = "recep-tayyip-erdogan"
SEARCHES = ["/api/quotes/", "/api/claims/", "/api/speakers/", f"/api/speakers/{ERDOGAN}/quotes/"]
SQL_INJECTIONS = [
    "' OR '1'='1",
    "' OR 1=1 --",
    "1) OR (1=1",
    "'; DROP TABLE quotes_claim; --",
    "\\'; SELECT pg_sleep(5); --",
    "1 UNION SELECT NULL, version() --",
    "%' OR 'x' LIKE '%",
]
# Characters that mean something to LIKE, to regular expressions or to tsquery.
PATTERN_INJECTIONS = ["%", "_", "%%", "\\", "\\%", ".*", "(a+)+$", "[", "^$", "a|b", "':*", "!&|"]
ODD_UNICODE = [
    "\u202eevil\u202c",  # right-to-left override
    "e\u0301\u0301\u0301",  # a letter under a stack of combining accents
    "\u200b\u200d\ufeff",  # zero-width characters
    "\U0001f680\U0001f1f9\U0001f1f7",  # emoji and a flag
    "\uff11\uff12",  # fullwidth digits
    "\u0663",  # an Arabic-Indic digit
    "\ufffd",  # the replacement character
    "İ" * 50,  # lower-cases to two code points each
]


@pytest.fixture
def bare_api(db):
    """An anonymous client on an empty database, for checks where the rows do not matter."""
    cache.clear()
    return APIClient(raise_request_exception=True)


def assert_error(response, *statuses):
    assert response.status_code in statuses, (response.status_code, response.content[:300])
    assert response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert error["status"] == response.status_code
    assert error["code"] and error["message"]
    return error


def results(response) -> list:
    assert response.status_code == 200, (response.status_code, response.content[:300])
    return response.json()["results"]


# --- huge parameters --------------------------------------------------------


@pytest.mark.parametrize("url", SEARCHES)
def test_an_overlong_search_is_a_400_naming_q(api, url):
    for size in [201, 100_000, 1_000_000]:
        error = assert_error(api.get(url, {"q": "x" * size}), 400)
        assert set(error["fields"]) == {"q"}


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/quotes/", "speaker"),
        ("/api/quotes/", "claim"),
        ("/api/quotes/", "ordering"),
        ("/api/quotes/", "said_before"),
        ("/api/claims/", "speaker"),
        ("/api/claims/", "rating"),
        ("/api/claims/", "repeated"),
        ("/api/speakers/", "kind"),
        ("/api/sources/", "publisher"),
        ("/api/sources/", "published_after"),
    ],
)
def test_a_100_kb_filter_value_is_a_400_naming_it(bare_api, url, param):
    error = assert_error(bare_api.get(url, {param: "a" * 100_000}), 400)
    assert set(error["fields"]) == {param}


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("page", str(10**12)),
        ("page", "1" * 13),
        ("page_size", "1" * 13),
        ("page", "-1"),
        ("page", "0"),
        ("page_size", "0"),
        ("page", "1e3"),
        ("page", "\uff11"),
        ("source", str(2**63)),
        ("source", "-1"),
        ("source", "1e3"),
    ],
)
def test_an_out_of_range_number_is_a_client_error(api, param, value):
    """A page past the end is a 404; anything else out of range or malformed is a 400."""
    error = assert_error(api.get("/api/quotes/", {param: value}), 400, 404)
    if error["status"] == 400:
        assert set(error["fields"]) == {param}


@pytest.mark.parametrize("prefix", ["/api/quotes/", "/api/sources/"])
def test_an_out_of_range_or_odd_id_in_a_path_is_a_404(api, prefix):
    """Ids are plain ASCII numbers: `٣`, `1_0` and `+1` would otherwise alias rows 3, 10 and 1."""
    for value in [str(2**63), str(10**40), "-1", "0", "+1", "1_0", "\u0663", "\uff11", " 1"]:
        assert_error(api.get(f"{prefix}{value}/"), 404)


def test_an_out_of_range_quote_id_in_a_link_path_is_a_404(staff_api):
    claim = Claim.objects.order_by("pk").first()
    url = f"/api/claims/{claim.slug}/links/{10**40}/"
    assert_error(staff_api.patch(url, {"status": "confirmed"}), 404)
    assert_error(staff_api.delete(url), 404)


# --- injection attempts -----------------------------------------------------


@pytest.mark.parametrize("url", SEARCHES)
def test_sql_in_a_search_finds_nothing_and_breaks_nothing(api, url):
    for text in SQL_INJECTIONS:
        assert results(api.get(url, {"q": text})) == [], text
    assert Quote.objects.exists() and Claim.objects.exists()


@pytest.mark.parametrize("url", SEARCHES)
def test_pattern_characters_in_a_search_are_literal(api, url):
    """`%` and `_` are not LIKE wildcards, nor `.*` a regular expression: nothing matches."""
    for text in PATTERN_INJECTIONS:
        assert results(api.get(url, {"q": text})) == [], text


def test_a_search_still_finds_what_it_should(api):
    """The escaping does not break ordinary searches (the control for the tests above)."""
    assert results(api.get("/api/quotes/", {"q": "sovereign"}))
    assert results(api.get("/api/speakers/", {"q": "erdo"}))


@pytest.mark.parametrize(
    "template",
    [
        "/api/speakers/{}/",
        "/api/speakers/{}/quotes/",
        "/api/claims/{}/",
        "/api/claims/{}/claimreview/",
    ],
)
def test_an_injection_attempt_in_a_slug_is_a_404(api, template):
    for text in [*SQL_INJECTIONS, *PATTERN_INJECTIONS]:
        assert_error(api.get(template.format(text.replace("/", ""))), 404)


@pytest.mark.parametrize(
    ("url", "param"),
    [("/api/quotes/", "speaker"), ("/api/quotes/", "claim"), ("/api/claims/", "speaker")],
)
def test_an_injection_attempt_in_a_slug_filter_is_a_400(api, url, param):
    for text in [*SQL_INJECTIONS, *PATTERN_INJECTIONS]:
        error = assert_error(api.get(url, {param: text}), 400)
        assert set(error["fields"]) == {param}, text


@pytest.mark.parametrize("prefix", [f"/api/speakers/{ERDOGAN}/", "/api/claims/{claim}/"])
def test_an_injection_attempt_in_a_merge_is_a_400(staff_api, prefix):
    url = prefix.format(claim=Claim.objects.order_by("pk").first().slug) + "merge/"
    for text in [*SQL_INJECTIONS, *PATTERN_INJECTIONS]:
        error = assert_error(staff_api.post(url, {"others": [text]}), 400)
        assert set(error["fields"]) == {"others"}, text
    assert Speaker.objects.count() > 1 and Claim.objects.count() > 1


def test_an_injected_publisher_is_just_text(api):
    """`publisher` is an exact match: quotes and wildcards in it match no publisher."""
    for text in ["%", "_", *SQL_INJECTIONS]:
        assert results(api.get("/api/sources/", {"publisher": text})) == []


# --- NUL bytes --------------------------------------------------------------


@pytest.mark.parametrize("url", SEARCHES)
def test_a_nul_byte_in_a_search_is_a_400(api, url):
    error = assert_error(api.get(url, {"q": "deal\x00"}), 400)
    assert set(error["fields"]) == {"q"}


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/quotes/", "speaker"),
        ("/api/quotes/", "claim"),
        ("/api/quotes/", "source"),
        ("/api/quotes/", "kind"),
        ("/api/quotes/", "ordering"),
        ("/api/quotes/", "verified"),
        ("/api/quotes/", "page"),
        ("/api/claims/", "speaker"),
        ("/api/claims/", "min_quotes"),
        ("/api/sources/", "publisher"),
        ("/api/sources/", "published_before"),
    ],
)
def test_a_nul_byte_in_a_filter_is_a_400(bare_api, url, param):
    error = assert_error(bare_api.get(url, {param: "1\x00"}), 400)
    assert set(error["fields"]) == {param}


@pytest.mark.parametrize("prefix", ["/api/speakers/", "/api/claims/", "/api/quotes/"])
def test_a_nul_byte_in_a_path_is_a_client_error(api, prefix):
    assert_error(api.get(f"{prefix}1%00/"), 400, 404)


@pytest.mark.parametrize(
    ("url", "body", "field"),
    [
        ("/api/claims/", {"text": "A claim\x00"}, "text"),
        ("/api/claims/", {"text": "A claim", "pattern": "deal\x00"}, "pattern"),
        ("/api/claims/", {"text": "A claim", "rating_explanation": "\x00"}, "rating_explanation"),
        (f"/api/speakers/{ERDOGAN}/merge/", {"others": ["vladimir-putin\x00"]}, "others"),
    ],
)
def test_a_nul_byte_in_a_body_is_a_400(staff_api, url, body, field):
    count = Claim.objects.count()
    error = assert_error(staff_api.post(url, body), 400)
    assert set(error["fields"]) == {field}
    assert Claim.objects.count() == count


# --- odd unicode ------------------------------------------------------------


@pytest.mark.parametrize("url", SEARCHES)
def test_odd_unicode_in_a_search_is_just_text(api, url):
    for text in ODD_UNICODE:
        assert results(api.get(url, {"q": text})) == [], text


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/quotes/", "speaker"),
        ("/api/quotes/", "kind"),
        ("/api/quotes/", "said_after"),
        ("/api/quotes/", "page_size"),
        ("/api/claims/", "rating"),
        ("/api/claims/", "repeated"),
    ],
)
def test_odd_unicode_in_a_filter_is_a_400(bare_api, url, param):
    for text in ODD_UNICODE:
        error = assert_error(bare_api.get(url, {param: text}), 400)
        assert set(error["fields"]) == {param}, text


@pytest.mark.parametrize("prefix", ["/api/speakers/", "/api/claims/", "/api/sources/"])
def test_odd_unicode_in_a_path_is_a_404(api, prefix):
    for text in ODD_UNICODE:
        assert_error(api.get(prefix + text + "/"), 404)


def test_invalid_utf8_in_a_query_string_is_just_text(api):
    """Django decodes an invalid byte as U+FFFD; the search then finds nothing."""
    assert results(api.get("/api/quotes/?q=%ff%fe%ed%a0%80")) == []


def test_a_claim_whose_text_has_no_slug_characters_still_gets_a_slug(staff_api):
    response = staff_api.post("/api/claims/", {"text": "\U0001f680 \u202e \u0663"})
    assert response.status_code == 201, response.content
    assert response.json()["slug"]
    assert staff_api.get(f"/api/claims/{response.json()['slug']}/").status_code == 200


# --- odd bodies -------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"text": ' * 100_000 + "1" + "}" * 100_000,
        '{"text": "A claim", "text": NaN}',
        '{"text": Infinity}',
        b'{"text": "\xff\xfe"}',
        '{"text": "\\ud800"}',
        "",
        "\x00",
    ],
    ids=[
        "deep-array",
        "deep-object",
        "nan",
        "infinity",
        "bad-utf8",
        "lone-surrogate",
        "empty",
        "nul",
    ],
)
def test_a_hostile_json_body_is_a_400(staff_api, body):
    count = Claim.objects.count()
    response = staff_api.generic("POST", "/api/claims/", body, content_type="application/json")
    assert_error(response, 400)
    assert Claim.objects.count() == count


@pytest.mark.parametrize(
    "quote", [10**40, 2**63, -1, 1e308, 1.5, "1; DROP TABLE quotes_quote", [1], {"id": 1}]
)
def test_an_odd_quote_id_in_a_link_body_is_a_400(staff_api, quote):
    claim = Claim.objects.order_by("pk").first()
    response = staff_api.post(f"/api/claims/{claim.slug}/links/", {"quote": quote}, format="json")
    error = assert_error(response, 400)
    assert set(error["fields"]) == {"quote"}


@pytest.mark.parametrize("speaker", ["\ud800", "a\x00", "' OR 1=1 --", "x" * 100_000, 1, None, []])
def test_an_odd_speaker_in_a_quote_correction_is_a_400(staff_api, speaker):
    quote = Quote.objects.filter(is_quote=True).order_by("pk").first()
    # json.dumps escapes a lone surrogate as \ud800, which DRF's test client cannot encode.
    body = json.dumps({"speaker": speaker})
    response = staff_api.generic(
        "PATCH", f"/api/quotes/{quote.pk}/", body, content_type="application/json"
    )
    error = assert_error(response, 400)
    assert set(error["fields"]) == {"speaker"}


@pytest.mark.parametrize("value", [10**40, 2**63, -(2**63) - 1, 1e308])
def test_an_out_of_range_span_is_a_400(staff_api, value):
    quote = Quote.objects.filter(is_quote=True).order_by("pk").first()
    response = staff_api.patch(f"/api/quotes/{quote.pk}/", {"start": value}, format="json")
    error = assert_error(response, 400)
    assert set(error["fields"]) == {"start"}


def test_a_form_body_with_too_many_fields_is_a_400(staff_api):
    body = "&".join(f"f{n}=1" for n in range(1100))
    response = staff_api.generic(
        "POST", "/api/claims/", body, content_type="application/x-www-form-urlencoded"
    )
    assert_error(response, 400)


def test_an_unsupported_body_type_is_a_415(staff_api):
    response = staff_api.generic("POST", "/api/claims/", "text=x", content_type="text/plain")
    assert_error(response, 415)
