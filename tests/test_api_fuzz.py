"""Schemathesis fuzzes every operation of /api/schema/, in process, on the seeded database.

Each operation runs twice, as an anonymous reader (writes must be a documented
401) and as a staff curator with a token (writes are fuzzed too, and may be a
400, 404 or 415 but never a 500). Every response must be a documented status
with a documented content type and body. Schemathesis sends valid and invalid
input (its positive and negative modes) through its coverage and fuzzing
phases, with at least 100 fuzzed cases per operation, and the schema and the
server must agree both ways: a request the schema allows is not a 400, and one
it forbids is not a 2xx. Hypothesis is derandomized and keeps no example
database, so CI replays the same cases on every run.

Each case runs in a savepoint that is rolled back, so every request sees the
seed import (plus one rated claim, for the ClaimReview), whatever earlier
cases wrote; the throttle counters are cleared before each request.
"""

import json
import zlib
from pathlib import Path

import pytest
import regex
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
    negative_data_rejection,
    positive_data_acceptance,
    response_schema_conformance,
    status_code_conformance,
)

from factcheck.wsgi import application
from quotes.choices import Rating
from quotes.models import Claim

SEEDS = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "seeds.json").read_text())
RATED_CLAIM_PK = 1
STAFF_TOKEN = "f" * 40
STAFF_LOGIN = {"username": "alice", "password": "correct horse battery"}  # conftest's alice
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    positive_data_acceptance,
    negative_data_rejection,
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
        {
            "others": st.lists(
                st.sampled_from(_seed_values("quotes.claim", "slug")), min_size=1, max_size=3
            )
        }
    ),
    "/api/speakers/{slug}/merge/": st.fixed_dictionaries(
        {
            "others": st.lists(
                st.sampled_from(_seed_values("quotes.speaker", "slug")), min_size=1, max_size=3
            )
        }
    ),
}


# What a valid request must name but the schema cannot say: rows that exist, a span
# inside the quote's source body (and no other quote's), a user's real password, a
# claim pattern that compiles and does not match every quote.
SPEAKERS = _seed_values("quotes.speaker", "slug")
CLAIMS = _seed_values("quotes.claim", "slug")
SOURCES = _seed_values("quotes.source")
QUOTES = _seed_values("quotes.quote")
BODY_LENGTHS = {
    row["pk"]: len(row["fields"]["body"]) for row in SEEDS if row["model"] == "quotes.source"
}
SPANS = {
    row["pk"]: (row["fields"]["source"], row["fields"]["start"], row["fields"]["end"])
    for row in SEEDS
    if row["model"] == "quotes.quote"
}
REFERENCES = {"speaker": SPEAKERS, "claim": CLAIMS, "source": SOURCES, "quote": QUOTES}
MERGED = {"/api/claims/{slug}/merge/": CLAIMS, "/api/speakers/{slug}/merge/": SPEAKERS}
CLAIM_PATTERN_MAX = 500


def _existing(value, rows: list):
    """`value` if it names one of `rows` (or is empty: no filter), else a row picked by its hash."""
    if isinstance(value, list):
        return [_existing(item, rows) for item in value]
    if value == "" or str(value) in map(str, rows):
        return value
    return rows[zlib.crc32(repr(value).encode()) % len(rows)]


def _literal_pattern(value: str) -> str:
    """`value` as a pattern matching it literally: it compiles, and never matches ""."""
    text = value.strip()
    while len(regex.escape(text)) > CLAIM_PATTERN_MAX:
        text = text[:-1].rstrip()
    return regex.escape(text)


def _span_in_body(quote_id, body: dict) -> None:
    """Move a generated span into the quote's source body, clear of the other quotes' spans."""
    source, start, end = SPANS[quote_id]
    start = start if body.get("start") in (None, "") else body["start"]
    end = end if body.get("end") in (None, "") else body["end"]
    start = min(start, BODY_LENGTHS[source] - 1)
    end = min(max(end, start + 1), BODY_LENGTHS[source])
    taken = {span for pk, span in SPANS.items() if pk != quote_id}
    body["start"], body["end"] = (
        (start, end) if (source, start, end) not in taken else SPANS[quote_id][1:]
    )


@schema.hook
def map_case(context, case):
    """Positive cases name existing rows, as only negative ones may be refused.

    The schema says what shape a slug, an id, a span or a password has, never which
    exist: a well-formed reference to nothing is a 400 (the server is right, and the
    schema cannot say otherwise), which `positive_data_acceptance` would report. So
    a positive case's references are moved onto the seed's rows (a span into the
    quote's body, a login onto alice's); negative cases keep theirs, so unknown
    references still reach the server. Likewise a claim pattern must be a regex
    that compiles and does not match the empty string, which no JSON Schema can
    say: a positive one matches its generated text literally.
    """
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return case
    path, method = case.operation.path, case.method.upper()
    for name, value in (case.query or {}).items():
        if name in REFERENCES:
            case.query[name] = _existing(value, REFERENCES[name])
    if not isinstance(case.body, dict):
        return case
    if path == "/api/auth/token/":
        case.body.update(STAFF_LOGIN)
    elif path in MERGED and "others" in case.body:
        case.body["others"] = _existing(case.body["others"], MERGED[path])
    for name in ("speaker", "quote"):
        if name in case.body:
            case.body[name] = _existing(case.body[name], REFERENCES[name])
    if path.startswith("/api/claims/") and isinstance(case.body.get("pattern"), str):
        case.body["pattern"] = _literal_pattern(case.body["pattern"])
    quote_id = str((case.path_parameters or {}).get("id", ""))
    spanned = {"start", "end"} & set(case.body)
    if method == "PATCH" and spanned and quote_id.isdigit() and int(quote_id) in SPANS:
        _span_in_body(int(quote_id), case.body)
    return case


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
