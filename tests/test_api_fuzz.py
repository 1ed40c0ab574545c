"""Schemathesis fuzzes every operation of /api/schema/, in process, on the seeded database.

Each operation runs twice, as an anonymous reader (writes must be a documented
401) and as a staff curator with a token (writes are fuzzed too, and may be a
400, 404 or 415 but never a 500). Every response must be a documented status
with a documented content type and body. Schemathesis sends valid and invalid
input (its positive and negative modes) through its coverage and fuzzing
phases, with at least 100 fuzzed cases per operation. Hypothesis is
derandomized and keeps no example database, so CI replays the same cases on
every run.

Each case runs in a savepoint that is rolled back, so every request sees the
seed import (plus one rated claim, for the ClaimReview), whatever earlier
cases wrote; the throttle counters are cleared before each request.
"""

import json
from pathlib import Path

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from factcheck.wsgi import application
from quotes.choices import Rating
from quotes.models import Claim

SEEDS = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "seeds.json").read_text())
RATED_CLAIM_PK = 1
STAFF_TOKEN = "f" * 40
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


def _seed_values(model: str, field: str | None = None) -> list:
    return [row["fields"][field] if field else row["pk"] for row in SEEDS if row["model"] == model]


# Path parameters drawn from the seed half the time, so the fuzzer reaches real rows
# (and their write paths) instead of only ever finding 404s.
KNOWN_PATH_VALUES = {
    "/api/speakers/{slug}": _seed_values("quotes.speaker", "slug"),
    "/api/claims/{slug}": _seed_values("quotes.claim", "slug"),
    "/api/quotes/{id}": _seed_values("quotes.quote"),
    "/api/sources/{id}": _seed_values("quotes.source"),
}
CLAIM_SLUGS = {row["pk"]: row["fields"]["slug"] for row in SEEDS if row["model"] == "quotes.claim"}
KNOWN_LINKS = [
    (CLAIM_SLUGS[row["fields"]["claim"]], row["fields"]["quote"])
    for row in SEEDS
    if row["model"] == "quotes.claimquote"
]


def _known_path_parameters(path: str) -> st.SearchStrategy | None:
    if "{quote_id}" in path:
        return st.sampled_from(KNOWN_LINKS).map(lambda link: {"slug": link[0], "quote_id": link[1]})
    for prefix, values in KNOWN_PATH_VALUES.items():
        if path.startswith(prefix):
            name = prefix.rsplit("{", 1)[1].rstrip("}")
            return st.sampled_from(values).map(lambda value, name=name: {name: value})
    return None


# Write bodies that name real rows half the time: a quote to link, rows to merge.
KNOWN_BODIES = {
    "/api/claims/{slug}/links/": st.fixed_dictionaries(
        {"quote": st.sampled_from(_seed_values("quotes.quote"))}
    ),
    "/api/claims/{slug}/merge/": st.fixed_dictionaries(
        {"others": st.lists(st.sampled_from(_seed_values("quotes.claim", "slug")), max_size=3)}
    ),
    "/api/speakers/{slug}/merge/": st.fixed_dictionaries(
        {"others": st.lists(st.sampled_from(_seed_values("quotes.speaker", "slug")), max_size=3)}
    ),
}


@schema.hook
def before_generate_path_parameters(context, strategy):
    known = _known_path_parameters(context.operation.path)
    return strategy if known is None else st.one_of(strategy, known)


@schema.hook
def before_generate_body(context, strategy):
    known = KNOWN_BODIES.get(context.operation.path)
    return strategy if known is None else st.one_of(strategy, known)


@pytest.fixture
def fuzz_db(seeded, settings):
    """The seed import, with one claim rated so that its ClaimReview exists.

    Passwords hash with MD5 here: every fuzzed login runs the hasher (Django hashes even
    for an unknown user), and PBKDF2 would make the token endpoint take most of the time.
    """
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    Claim.objects.filter(pk=RATED_CLAIM_PK).update(rating=Rating.MOSTLY_FALSE)


@pytest.fixture
def in_test_transaction():
    """Keep the database connection open across requests, as Django's test client does.

    The WSGI handler closes "old" connections when a request starts and finishes; inside
    the test's transaction that would close the connection and lose the transaction.
    """
    signals = (request_started, request_finished)
    for signal in signals:
        signal.disconnect(close_old_connections)
    yield
    for signal in signals:
        signal.connect(close_old_connections)


@pytest.fixture(params=["anonymous", "staff"])
def credentials(request, fuzz_db, alice, in_test_transaction) -> dict:
    if request.param == "anonymous":
        return {}
    Token.objects.create(user=alice, key=STAFF_TOKEN)
    return {"Authorization": f"Token {STAFF_TOKEN}"}


FUZZ_SETTINGS = settings(
    max_examples=100,
    derandomize=True,
    database=None,
    deadline=None,
    # The fixtures set up the database once per test; each case rolls its own writes back.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@schema.parametrize()
@FUZZ_SETTINGS
def test_the_api_conforms_to_its_schema(case, credentials):
    cache.clear()
    with transaction.atomic():
        case.call_and_validate(headers=credentials, checks=CHECKS)
        transaction.set_rollback(True)
