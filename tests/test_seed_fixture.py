"""fixtures/seeds.json is exactly what importing seeds/ produces today.

When extraction or matching changes, this test fails with a readable diff of
quotes, speakers and claims; `make fixtures` then records the new output.
"""

import io
import json

import pytest
from django.core import serializers
from django.core.management import call_command

from tests.conftest import ROOT

FIXTURE = ROOT / "fixtures" / "seeds.json"
MODELS = [
    "quotes.quotematch",
    "quotes.source",
    "quotes.speaker",
    "quotes.speakeralias",
    "quotes.quote",
    "quotes.claim",
    "quotes.claimquote",
]


def natural(records: list[dict]) -> dict:
    """Rows keyed by what they mean, not by their ids or timestamps."""
    by = {model: {r["pk"]: r["fields"] for r in records if r["model"] == model} for model in MODELS}
    sources = {pk: f["origin"].rsplit("/", 1)[-1] for pk, f in by["quotes.source"].items()}
    speakers = {pk: f["slug"] for pk, f in by["quotes.speaker"].items()}
    quotes = {
        pk: (sources[f["source"]], f["start"], f["end"]) for pk, f in by["quotes.quote"].items()
    }
    claims = {pk: f["text"] for pk, f in by["quotes.claim"].items()}
    return {
        "sources": sorted(
            (sources[pk], f["title"], f["publisher"], f["published_on"], f["content_hash"])
            for pk, f in by["quotes.source"].items()
        ),
        "speakers": sorted(
            (f["slug"], f["name"], f["kind"], f["description"])
            for f in by["quotes.speaker"].values()
        ),
        "aliases": sorted(
            (speakers[f["speaker"]], f["normalised"]) for f in by["quotes.speakeralias"].values()
        ),
        "quotes": sorted(
            (
                *quotes[pk],
                f["kind"],
                speakers.get(f["speaker"]),
                f["speaker_mention"],
                f["cue"],
                f["said_on"],
            )
            for pk, f in by["quotes.quote"].items()
        ),
        "pairs": sorted(
            (
                *quotes[f["low"]],
                f["low_start"],
                *quotes[f["high"]],
                f["high_start"],
                f["decision"],
                f["score"],
            )
            for f in by["quotes.quotematch"].values()
        ),
        "claims": sorted(
            (claims[f["claim"]], *quotes[f["quote"]], f["relation"], f["method"], f["status"])
            for f in by["quotes.claimquote"].values()
        ),
    }


@pytest.mark.django_db
def test_a_fresh_import_of_the_seeds_matches_the_committed_fixture(seeds_dir):
    """Import seeds/ into an empty database and compare it with fixtures/seeds.json."""
    call_command("import_sources", str(seeds_dir), "--no-progress", stdout=io.StringIO())
    fresh = json.loads(serializers.serialize("json", _all_rows()))
    committed = json.loads(FIXTURE.read_text())
    expected, actual = natural(committed), natural(fresh)
    for part in expected:
        assert actual[part] == expected[part], (
            f"{part} differ: run `make fixtures` if the change is intended"
        )


def _all_rows():
    from django.apps import apps

    for label in MODELS:
        yield from apps.get_model(label).objects.order_by("pk")


@pytest.mark.django_db
def test_the_fixture_loads_and_every_quote_matches_its_source():
    """The committed fixture loads, and text == body[start:end] holds for every quote in it."""
    call_command("loaddata", "seeds", verbosity=0)
    from quotes.models import Quote

    quotes = Quote.objects.select_related("source")
    assert quotes.count() > 40
    for quote in quotes:
        assert quote.source.body[quote.start : quote.end] == quote.text
