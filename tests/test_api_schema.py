"""/api/schema/ and /api/docs/: an OpenAPI 3 schema that validates with no warnings."""

import functools
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


# --- the schema and the server agree (schemathesis checks both ways) ---------


@functools.cache
def cached_schema() -> dict:
    return generate_schema()


def parameter(path: str, name: str) -> dict:
    parameters = cached_schema()["paths"][path]["get"]["parameters"]
    return next(p for p in parameters if p["name"] == name)


def request_schema(component: str) -> dict:
    return cached_schema()["components"]["schemas"][component]


def form_schema(path: str, method: str) -> dict:
    content = cached_schema()["paths"][path][method]["requestBody"]["content"]
    return content["multipart/form-data"]["schema"]


def test_page_and_page_size_declare_the_minimum_of_1_that_the_server_enforces(api):
    for name in ("page", "page_size"):
        assert parameter("/api/quotes/", name)["schema"]["minimum"] == 1
        assert api.get("/api/quotes/", {name: 0}).status_code == 400


def test_a_malformed_page_is_refused_by_a_csv_export_too(api):
    """The export ignores paging, but `page=0` is as invalid there as the schema says."""
    for name in ("page", "page_size"):
        response = api.get("/api/claims/", {"format": "csv", name: "0"})
        assert response.status_code == 400
        assert name in response.json()["error"]["fields"]


def test_filters_declare_that_an_empty_value_means_no_filter_as_the_server_reads_it(api):
    """HTML filter forms send untouched fields empty; the schema says they are accepted."""
    for name in ("format", "kind", "source", "claim", "verified", "said_after", "q"):
        assert parameter("/api/quotes/", name).get("allowEmptyValue") is True, name
    assert "" in parameter("/api/quotes/", "ordering")["schema"]["items"]["enum"]
    assert api.get("/api/quotes/?format=&kind=&ordering=&said_after=&source=").status_code == 200


def test_parameters_that_refuse_an_empty_value_do_not_declare_one(api):
    for name in ("page", "page_size"):
        assert "allowEmptyValue" not in parameter("/api/quotes/", name)
        assert api.get(f"/api/quotes/?{name}=").status_code == 400
    assert parameter("/api/quotes/", "speaker")["schema"]["items"]["minLength"] == 1
    assert api.get("/api/quotes/?speaker=").status_code == 400


def test_min_quotes_is_declared_a_whole_number_within_its_bounds(api):
    assert parameter("/api/claims/", "min_quotes")["schema"] == {
        "type": "integer",
        "minimum": 0,
        "maximum": 1_000_000,
    }
    assert api.get("/api/claims/", {"min_quotes": "1.5"}).status_code == 400


def test_a_number_is_not_accepted_for_a_string_field_of_a_write_body(staff_api):
    response = staff_api.post(
        "/api/claims/", {"text": "A claim", "rating_explanation": 0}, format="json"
    )
    assert response.status_code == 400
    assert "rating_explanation" in response.json()["error"]["fields"]


def test_a_string_padded_past_its_max_length_is_refused_as_the_schema_says(staff_api):
    assert request_schema("ClaimWriteRequest")["properties"]["text"]["maxLength"] == 5000
    padded = "A claim" + " " * 5000
    response = staff_api.post("/api/claims/", {"text": padded}, format="json")
    assert response.status_code == 400
    assert "text" in response.json()["error"]["fields"]


def test_claim_text_of_nothing_but_whitespace_is_declared_invalid_as_it_is_refused(staff_api):
    """DRF trims text, so a blank one is refused: the pattern says so, with Python's spaces."""
    pattern = request_schema("ClaimWriteRequest")["properties"]["text"]["pattern"]
    blank = " \t\x1c\u3000"
    assert not re.search(pattern, blank) and re.search(pattern, " done deal ")
    response = staff_api.post("/api/claims/", {"text": blank}, format="json")
    assert response.status_code == 400


def test_strings_declare_that_a_nul_character_is_refused(api):
    """Every CharField refuses NUL; the schema's free-text strings say so."""
    pattern = parameter("/api/quotes/", "q")["schema"]["pattern"]
    assert re.search(pattern, "done deal") and not re.search(pattern, "done\x00deal")
    login = request_schema("AuthTokenRequest")["properties"]["username"]["pattern"]
    assert not re.search(login, "al\x00ice")
    assert api.get("/api/quotes/", {"q": "done\x00deal"}).status_code == 400


def test_a_merge_body_declares_at_least_one_slug_as_the_server_requires(staff_api, seeded):
    assert request_schema("ClaimMergeRequest")["properties"]["others"]["minItems"] == 1
    response = staff_api.post(
        "/api/claims/this-is-our-sovereign-right-no-one-can-ask-us-to-back-down/merge/",
        {"others": []},
        format="json",
    )
    assert response.status_code == 400


def test_a_quote_correction_declares_its_speaker_a_slug(staff_api, seeded):
    speaker = request_schema("PatchedQuoteUpdateRequest")["properties"]["speaker"]
    assert speaker["pattern"] == "^[-a-zA-Z0-9_]+$" and speaker["maxLength"] == 220
    response = staff_api.patch("/api/quotes/1/", {"speaker": "not a slug"}, format="json")
    assert response.status_code == 400


def test_a_link_decision_declares_its_status_required_as_the_view_requires_it(staff_api, seeded):
    link = cached_schema()["paths"]["/api/claims/{slug}/links/{quote_id}/"]["patch"]
    ref = link["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert request_schema(ref.rsplit("/", 1)[1])["required"] == ["status"]
    slug = "this-is-our-sovereign-right-no-one-can-ask-us-to-back-down"
    response = staff_api.patch(f"/api/claims/{slug}/links/5/", {}, format="json")
    assert response.status_code == 400


def test_form_bodies_declare_an_empty_optional_field_as_not_given(staff_api, seeded):
    """DRF skips an optional form field sent empty (HTML forms send every field).

    Not a field the serializer requires, which a PATCH only makes optional: a claim's
    `text` sent empty is refused, form or JSON.
    """
    kind = form_schema("/api/quotes/{id}/", "patch")["properties"]["kind"]
    assert {"type": "string", "enum": [""]} in kind["anyOf"]
    assert staff_api.patch("/api/quotes/1/", {"kind": ""}, format="multipart").status_code == 200
    assert staff_api.patch("/api/quotes/1/", {"kind": ""}, format="json").status_code == 400
    text = form_schema("/api/claims/{slug}/", "patch")["properties"]["text"]
    assert "anyOf" not in text and text["minLength"] == 1
    slug = "this-is-our-sovereign-right-no-one-can-ask-us-to-back-down"
    response = staff_api.patch(f"/api/claims/{slug}/", {"text": ""}, format="multipart")
    assert response.status_code == 400
