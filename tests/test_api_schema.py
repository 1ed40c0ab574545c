"""/api/schema/ and /api/docs/: an OpenAPI 3 schema that validates with no warnings."""

import io
import re

import pytest
import yaml
from django.core.cache import cache
from django.core.management import call_command
from rest_framework.test import APIClient


@pytest.fixture
def api(db):
    cache.clear()
    return APIClient()


def generate_schema() -> dict:
    out = io.StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=out)
    return yaml.safe_load(out.getvalue())


def test_the_schema_validates_without_warnings():
    """`manage.py spectacular --validate --fail-on-warn` raises on any warning or error."""
    schema = generate_schema()
    assert schema["openapi"].startswith("3.")


def test_the_schema_documents_every_endpoint():
    paths = generate_schema()["paths"]
    assert {
        "/api/speakers/", "/api/speakers/{slug}/", "/api/speakers/{slug}/quotes/",
        "/api/speakers/{slug}/merge/", "/api/quotes/", "/api/quotes/{id}/",
        "/api/claims/", "/api/claims/{slug}/", "/api/claims/{slug}/claimreview/",
        "/api/claims/{slug}/links/", "/api/claims/{slug}/links/{quote_id}/",
        "/api/claims/{slug}/merge/", "/api/sources/", "/api/sources/{id}/", "/api/auth/token/",
    } <= set(paths)  # fmt: skip


def test_the_schema_documents_the_filters_and_write_bodies():
    schema = generate_schema()
    quote_params = {p["name"] for p in schema["paths"]["/api/quotes/"]["get"]["parameters"]}
    assert {
        "speaker", "source", "claim", "kind", "verified", "said_after", "said_before", "q",
        "ordering", "page", "page_size",
    } <= quote_params  # fmt: skip
    claim_params = {p["name"] for p in schema["paths"]["/api/claims/"]["get"]["parameters"]}
    assert {"q", "speaker", "rating", "min_quotes", "repeated", "ordering"} <= claim_params
    patch = schema["paths"]["/api/quotes/{id}/"]["patch"]
    body = patch["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert body.endswith("PatchedQuoteUpdateRequest")


def test_every_operation_documents_its_error_responses():
    """So a schema-driven test (schemathesis) accepts our 400s, 401s, 403s and 404s."""
    paths = generate_schema()["paths"]
    assert {"400", "404", "429"} <= set(paths["/api/quotes/"]["get"]["responses"])
    assert {"400", "401", "403", "404"} <= set(paths["/api/quotes/{id}/"]["patch"]["responses"])
    claimreview = paths["/api/claims/{slug}/claimreview/"]["get"]["responses"]
    assert "application/ld+json" in claimreview["200"]["content"]
    assert "404" in claimreview


def test_the_docs_load_their_assets_from_the_app_not_a_cdn(api):
    """Offline, /api/docs/ still works: Swagger UI comes from our own static files, pinned."""
    from django.contrib.staticfiles import finders

    html = api.get("/api/docs/").content.decode()
    assert "cdn.jsdelivr.net" not in html and "unpkg.com" not in html
    assets = re.findall(r'(?:src|href)="/static/([^"]+)"', html)
    assert any("swagger-ui" in path for path in assets), html[:500]
    assert all(finders.find(path.split("?")[0]) for path in assets)


def test_the_schema_and_the_docs_are_served(api):
    response = api.get("/api/schema/")
    assert response.status_code == 200
    assert b"openapi" in response.content
    docs = api.get("/api/docs/")
    assert docs.status_code == 200
    assert b"swagger" in docs.content.lower()
