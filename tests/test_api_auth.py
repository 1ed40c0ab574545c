"""Access: open reads, staff writes by token or by session with CSRF, and throttles."""

import pytest
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle, ScopedRateThrottle

from quotes.models import Quote

ERDOGAN = "recep-tayyip-erdogan"
PASSWORD = "correct horse battery"
CSRF = "a" * 32


@pytest.fixture
def quote(seeded):
    return Quote.objects.filter(is_quote=True).order_by("pk").first()


def write_endpoints(quote):
    claim = Quote.objects.filter(claims__isnull=False).first().claims.first()
    return [
        ("patch", f"/api/quotes/{quote.pk}/", {"verified": True}),
        ("post", "/api/claims/", {"text": "A new claim."}),
        ("patch", f"/api/claims/{claim.slug}/", {"rating": "true"}),
        ("post", f"/api/claims/{claim.slug}/links/", {"quote": quote.pk}),
        ("patch", f"/api/claims/{claim.slug}/links/{quote.pk}/", {"status": "confirmed"}),
        ("delete", f"/api/claims/{claim.slug}/links/{quote.pk}/", None),
        ("post", f"/api/claims/{claim.slug}/merge/", {"others": []}),
        ("post", f"/api/speakers/{ERDOGAN}/merge/", {"others": ["vladimir-putin"]}),
    ]


def test_reads_are_open_to_anyone(api):
    for url in ("/api/", "/api/quotes/", "/api/claims/", "/api/speakers/", "/api/sources/"):
        assert api.get(url).status_code == 200, url


def test_anonymous_clients_get_401_on_every_write(api, quote):
    for method, url, payload in write_endpoints(quote):
        response = getattr(api, method)(url, payload)
        assert response.status_code == 401, url
        assert response["WWW-Authenticate"] == "Token"
        assert response.json()["error"]["code"] == "not_authenticated"


def test_a_user_without_staff_rights_gets_403_on_every_write(api, bob, quote):
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=bob).key}")
    for method, url, payload in write_endpoints(quote):
        response = getattr(api, method)(url, payload)
        assert response.status_code == 403, url
        assert response.json()["error"]["code"] == "permission_denied"


def test_staff_can_write_with_a_token(api, alice, quote):
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=alice).key}")
    assert api.patch(f"/api/quotes/{quote.pk}/", {"verified": True}).status_code == 200


def test_a_bad_token_is_a_401_even_on_reads(api):
    api.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert api.get("/api/quotes/").status_code == 401


def test_a_session_write_without_a_csrf_token_is_refused(alice, quote):
    client = APIClient(enforce_csrf_checks=True)
    client.login(username="alice", password=PASSWORD)
    response = client.patch(f"/api/quotes/{quote.pk}/", {"verified": True})
    assert response.status_code == 403
    assert "CSRF" in response.json()["error"]["message"]
    quote.refresh_from_db()
    assert not quote.verified


def test_a_session_write_with_a_csrf_token_is_accepted(alice, quote):
    client = APIClient(enforce_csrf_checks=True)
    client.login(username="alice", password=PASSWORD)
    client.cookies["csrftoken"] = CSRF
    response = client.patch(f"/api/quotes/{quote.pk}/", {"verified": True}, HTTP_X_CSRFTOKEN=CSRF)
    assert response.status_code == 200, response.content
    quote.refresh_from_db()
    assert quote.verified


def test_a_user_obtains_a_token_with_username_and_password(api, alice):
    response = api.post("/api/auth/token/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 200
    assert response.json() == {"token": Token.objects.get(user=alice).key}


def test_a_wrong_password_gets_no_token(api, alice):
    response = api.post("/api/auth/token/", {"username": "alice", "password": "wrong"})
    assert response.status_code == 400
    assert "non_field_errors" in response.json()["error"]["fields"]


def test_obtaining_tokens_is_throttled_by_the_login_scope(api, alice, monkeypatch):
    monkeypatch.setitem(ScopedRateThrottle.THROTTLE_RATES, "login", "3/minute")
    codes = [
        api.post("/api/auth/token/", {"username": "alice", "password": "guess"}).status_code
        for _ in range(4)
    ]
    assert codes == [400, 400, 400, 429]
    response = api.post("/api/auth/token/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "throttled"
    assert int(response["Retry-After"]) > 0


def test_anonymous_clients_are_throttled(api, monkeypatch):
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "3/minute")
    codes = [api.get("/api/speakers/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_signed_in_users_are_not_held_to_the_anonymous_rate(api, bob, monkeypatch):
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "3/minute")
    api.force_authenticate(bob)
    assert {api.get("/api/speakers/").status_code for _ in range(5)} == {200}


def test_staff_reads_are_private_to_caches(api, alice):
    """Staff see suggestions, so shared caches must not keep their responses."""
    assert "public" in api.get("/api/claims/")["Cache-Control"]
    api.force_authenticate(alice)
    response = api.get("/api/claims/")
    assert "private" in response["Cache-Control"]
    assert "Authorization" in response["Vary"]


def test_an_anonymous_request_is_counted_once_by_address(api, shared_cache):
    """Only the anonymous rate counts it: one counter, not DRF's user counter as well."""
    api.get("/api/speakers/")
    with CaptureQueriesContext(connection) as queries:
        assert api.get("/api/speakers/").status_code == 200
    on_the_counters = [q for q in queries if "factcheck_cache" in q["sql"]]
    if isinstance(shared_cache, DatabaseCache):  # not Redis (REDIS_URL)
        assert len(on_the_counters) == 2  # read the counter, write it back (factcheck/cache.py)
    assert shared_cache.get("throttle_anon_127.0.0.1")
    assert shared_cache.get("throttle_user_127.0.0.1") is None


def test_a_signed_in_request_is_counted_by_account(api, bob, shared_cache):
    api.force_authenticate(bob)
    assert api.get("/api/speakers/").status_code == 200
    assert shared_cache.get(f"throttle_user_{bob.pk}")
    assert shared_cache.get("throttle_anon_127.0.0.1") is None
