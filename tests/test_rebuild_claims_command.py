"""`manage.py rebuild_claims` recomputes automatic links and agrees with incremental matching."""

import io

import pytest
from django.core.management import call_command

from bench.corpus import generate
from quotes.choices import LinkStatus
from quotes.importing.batch import import_batch
from quotes.importing.readers import Document
from quotes.models import Claim, ClaimQuote
from quotes.services.claims import merge_claims, set_link_status
from tests.claims_snapshot import claims_snapshot

pytestmark = pytest.mark.django_db


def rebuild() -> str:
    out = io.StringIO()
    call_command("rebuild_claims", stdout=out)
    return out.getvalue()


def import_seeds(seeds_dir, reverse=False):
    paths = sorted(seeds_dir.glob("*.txt"), reverse=reverse)
    docs = [Document(body=p.read_text(), origin=p.name) for p in paths]
    return import_batch(docs)


def test_rebuild_gives_the_claims_that_incremental_import_gave_on_the_seeds(seeds_dir):
    """Importing article by article and rebuilding from scratch end in the same claims."""
    import_seeds(seeds_dir)
    incremental = claims_snapshot()
    assert incremental, "the seeds hold several repeated claims"
    assert "Rebuilt claims from" in rebuild()
    assert claims_snapshot() == incremental


def test_the_order_of_import_does_not_change_the_claims(seeds_dir):
    """Importing the seeds newest first gives the same claims as oldest first."""
    import_seeds(seeds_dir, reverse=True)
    backwards = claims_snapshot()
    rebuild()
    assert claims_snapshot() == backwards


@pytest.mark.parametrize("seed", [11, 23])
def test_rebuild_agrees_with_incremental_import_on_a_generated_corpus(seed):
    """On 40 generated articles with reworded repeats, both paths give the same claims."""
    docs = [
        Document(body=d["text"], origin=d["id"], publisher=d["publisher"])
        for d in generate(40, seed=seed)
    ]
    summary = import_batch(docs)
    assert summary.failed == 0
    incremental = claims_snapshot()
    assert len(incremental) >= 5
    rebuild()
    assert claims_snapshot() == incremental


def test_confirmed_and_rejected_links_survive_a_rebuild(seeds_dir):
    """A curator's decisions are not touched by a rebuild."""
    import_seeds(seeds_dir)
    first, second = ClaimQuote.objects.filter(status=LinkStatus.AUTOMATIC).order_by("pk")[:2]
    set_link_status(link=first, status=LinkStatus.CONFIRMED)
    set_link_status(link=second, status=LinkStatus.REJECTED)
    rebuild()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (LinkStatus.CONFIRMED, LinkStatus.REJECTED)


def test_a_merge_of_two_claims_survives_a_rebuild(seeds_dir):
    """Two claims a curator merged stay one claim after a rebuild."""
    import_seeds(seeds_dir)
    target, other = Claim.objects.order_by("pk")[:2]
    quotes = set(target.quotes.values_list("pk", flat=True)) | set(
        other.quotes.values_list("pk", flat=True)
    )
    merge_claims(target=target, others=[other])
    rebuild()
    assert not Claim.objects.filter(pk=other.pk).exists()
    target.refresh_from_db()
    assert quotes <= set(target.quotes.values_list("pk", flat=True))
