"""A query parameter an endpoint does not take is a 400 naming it, never silently ignored."""

import pytest


def _unknown(response, name):
    assert response.status_code == 400, (response.status_code, response.content[:300])
    error = response.json()["error"]
    assert list(error["fields"]) == [name]
    return error["fields"][name][0]


def test_a_guessed_search_parameter_is_refused_with_the_parameters_the_list_takes(api):
    message = _unknown(api.get("/api/speakers/", {"search": "erdogan"}), "search")
    assert "q" in message.split(": ", 1)[1].rstrip(".").split(", ")
    assert api.get("/api/speakers/", {"q": "erdogan"}).json()["count"] == 1


def test_a_misspelt_filter_does_not_return_the_whole_list(api):
    _unknown(api.get("/api/quotes/", {"speaker_slug": "recep-tayyip-erdogan"}), "speaker_slug")


@pytest.mark.parametrize("path", ["/api/quotes/", "/api/claims/", "/api/speakers/"])
def test_paging_and_the_format_override_are_taken_by_every_list(api, path):
    response = api.get(path, {"page": "1", "page_size": "2", "format": "json"})
    assert response.status_code == 200
    assert len(response.json()["results"]) <= 2


def test_a_speaker_s_quotes_take_the_quote_filters(api):
    response = api.get("/api/speakers/recep-tayyip-erdogan/quotes/", {"kind": "direct"})
    assert response.status_code == 200
    assert {quote["kind"] for quote in response.json()["results"]} == {"direct"}
    _unknown(api.get("/api/speakers/recep-tayyip-erdogan/quotes/", {"rating": "false"}), "rating")


def test_a_csv_export_refuses_an_unknown_parameter_before_streaming(api):
    _unknown(api.get("/api/claims/", {"format": "csv", "min_quote": "2"}), "min_quote")


def test_the_first_unknown_parameter_in_alphabetical_order_is_named(api):
    _unknown(api.get("/api/claims/", {"zeta": "1", "alpha": "1", "q": "deal"}), "alpha")
