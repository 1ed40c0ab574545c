"""Bad input anywhere is a JSON 400 or 404 that names the problem; a bug is a JSON 500."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory
from rest_framework.test import APIClient

from factcheck.views import server_error
from quotes.api import views
from quotes.models import Quote

INJECTIONS = [
    "' OR '1'='1",
    "1; DROP TABLE quotes_quote; --",
    '" OR ""="',
    "%' AND 1=0 UNION SELECT username, password FROM auth_user --",
    "<script>alert(1)</script>",
    "${7*7}{{7*7}}",
    "!!! & | :* <-> ()",
    "Erdoğan 🚀 ٣",
]


@pytest.fixture
def bare_api(db):
    """The same client on an empty database: for checks where the rows do not matter."""
    cache.clear()
    return APIClient(raise_request_exception=True)


def assert_client_error(response, *statuses):
    assert response.status_code in statuses, (response.status_code, response.content[:300])
    if response.status_code >= 400:
        error = response.json()["error"]
        assert error["status"] == response.status_code
        assert error["code"] and error["message"]


@pytest.mark.parametrize("text", INJECTIONS)
@pytest.mark.parametrize("url", ["/api/quotes/", "/api/claims/", "/api/speakers/"])
def test_an_injection_attempt_in_a_search_is_just_words(api, url, text):
    """q is bound as a parameter: odd characters find nothing or something, and break nothing."""
    assert_client_error(api.get(url, {"q": text}), 200)
    assert Quote.objects.exists()


@pytest.mark.parametrize("text", INJECTIONS)
@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/quotes/", "speaker"),
        ("/api/quotes/", "claim"),
        ("/api/quotes/", "source"),
        ("/api/quotes/", "said_after"),
        ("/api/quotes/", "ordering"),
        ("/api/claims/", "speaker"),
        ("/api/claims/", "min_quotes"),
        ("/api/claims/", "rating"),
        ("/api/speakers/", "kind"),
        ("/api/quotes/", "page"),
        ("/api/quotes/", "page_size"),
    ],
)
def test_an_injection_attempt_in_a_filter_is_a_400_naming_it(bare_api, url, param, text):
    response = bare_api.get(url, {param: text})
    assert_client_error(response, 400)
    assert param in response.json()["error"]["fields"]


@pytest.mark.parametrize("text", [*INJECTIONS, "a" * 5000])
@pytest.mark.parametrize(
    "prefix", ["/api/speakers/", "/api/claims/", "/api/quotes/", "/api/sources/"]
)
def test_an_odd_lookup_value_is_a_404(bare_api, prefix, text):
    response = bare_api.get(prefix + text.replace("/", "") + "/")
    assert_client_error(response, 404)


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/quotes/", {"q": "x" * 100_000}),
        ("/api/claims/", {"q": "deal " * 1000}),
        ("/api/quotes/", {"speaker": ["recep-tayyip-erdogan"] * 900}),
        ("/api/quotes/", {"page": "9" * 5000}),
        ("/api/quotes/", {"page_size": "9" * 5000}),
        ("/api/claims/", {"min_quotes": "9" * 5000}),
        ("/api/quotes/", {"said_after": "99999-01-01"}),
        ("/api/quotes/", {"source": "9" * 30}),
    ],
)
def test_a_huge_parameter_is_a_400(api, url, params):
    response = api.get(url, params)
    assert_client_error(response, 400)
    assert set(response.json()["error"]["fields"]) == set(params)


def test_too_many_parameters_is_a_400(api):
    """Django refuses over DATA_UPLOAD_MAX_NUMBER_FIELDS parameters; the API says so in JSON."""
    query = "&".join(f"p{n}=1" for n in range(1100))
    response = api.get(f"/api/quotes/?{query}")
    assert_client_error(response, 400)


@pytest.mark.parametrize("param", ["q", "speaker", "said_before"])
def test_a_nul_byte_is_a_400(api, param):
    response = api.get("/api/quotes/", {param: "sovereign\x00right"})
    assert_client_error(response, 400)


def test_a_nul_byte_in_a_lookup_is_a_client_error(api):
    """SQLite looks the slug up and finds nothing (404); PostgreSQL refuses the value (400)."""
    assert_client_error(api.get("/api/speakers/erdogan%00/"), 400, 404)


@pytest.mark.parametrize(
    "body",
    ['{"rating": ', "[1, 2, 3]", '{"text": "' + "x" * 6000 + '"}', '"just a string"'],
)
def test_a_malformed_write_body_is_a_400(api, alice, body):
    api.force_authenticate(alice)
    response = api.post("/api/claims/", body, content_type="application/json")
    assert_client_error(response, 400)


def test_an_unsupported_format_is_a_404(api):
    assert_client_error(api.get("/api/speakers/", {"format": "xml"}), 404)


def test_every_list_exports_as_csv(api):
    for url in ("/api/speakers/", "/api/quotes/", "/api/claims/", "/api/sources/"):
        response = api.get(url, {"format": "csv"})
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("text/csv")


def test_every_error_carries_fields_even_when_empty(api):
    """401, 404 and 429 have the same four keys as a 400, so clients parse one shape."""
    unauthenticated = api.post("/api/claims/", {"text": "x"})
    missing = api.get("/api/claims/no-such-claim/")
    for response in (unauthenticated, missing):
        assert set(response.json()["error"]) == {"status", "code", "message", "fields"}
        assert response.json()["error"]["fields"] == {}


def test_a_failed_token_login_says_why_in_its_message(api):
    response = api.post("/api/auth/token/", {"username": "nobody", "password": "wrong"})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Unable to log in with provided credentials."


def test_a_value_outside_a_fixed_list_names_the_valid_ones(api):
    response = api.get("/api/quotes/", {"kind": "shouted"})
    assert response.json()["error"]["fields"]["kind"] == ["Use one of: direct, partial, indirect."]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="websearch syntax is PostgreSQL only")
def test_websearch_syntax_never_breaks_the_query_on_postgresql(api):
    for text in ['"unclosed', "-", "or or or", "!(", "'&|"]:
        assert_client_error(api.get("/api/quotes/", {"q": text}), 200)


def test_an_unexpected_error_in_an_api_view_is_a_json_500(seeded, monkeypatch):
    """A bug answers in the documented error shape, without a traceback, not Django's HTML page."""

    def broken(quote):
        raise RuntimeError("secret detail of a bug")

    monkeypatch.setattr(views.selectors, "quote_context", broken)
    quote = Quote.objects.filter(is_quote=True).first()
    response = Client(raise_request_exception=False).get(f"/api/quotes/{quote.pk}/")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "error": {
            "status": 500,
            "code": "server_error",
            "message": "A server error occurred.",
            "fields": {},
        }
    }


def test_a_server_error_outside_the_api_keeps_the_html_page():
    """The admin and other pages keep Django's plain HTML 500 page."""
    response = server_error(RequestFactory().get("/admin/"))
    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html")
