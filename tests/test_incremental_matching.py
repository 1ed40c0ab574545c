"""A new quote extends the claims it joins without re-reading them, as a rebuild would."""

import io

import pytest
from django.core.management import call_command
from django.db.models.signals import post_init

from bench.corpus import generate
from quotes.choices import LinkStatus
from quotes.importing.batch import import_batch
from quotes.importing.readers import Document
from quotes.models import Claim, ClaimQuote
from tests.claims_snapshot import claims_snapshot

pytestmark = pytest.mark.django_db

CITIES = [f"Town {n}" for n in range(200)]


def repeat_article(n: int) -> Document:
    """The minister's bridge line, reported again from another town."""
    body = (
        f"Bridge plan reaches {CITIES[n]}\n"
        f"Officials in {CITIES[n]} met on Monday to discuss the regional transport plan. "
        "The transport minister, Alice Brown, told reporters: "
        "“The new bridge will be finished by next spring and the budget is secure.” "
        f"Residents of {CITIES[n]} said they hoped the work would start soon."
    )
    return Document(body=body, origin=f"bridge-{n}.txt")


def links_read_while_importing(doc: Document) -> int:
    """How many ClaimQuote rows the import loads from the database."""
    loaded = []

    def count(sender, instance, **kwargs):
        loaded.append(instance)

    post_init.connect(count, sender=ClaimQuote)
    try:
        assert import_batch([doc]).failed == 0
    finally:
        post_init.disconnect(count, sender=ClaimQuote)
    return len(loaded)


def bridge_claim() -> Claim:
    return Claim.objects.get(text__contains="new bridge will be finished")


def test_a_repeat_of_a_large_claim_reads_no_more_links_than_a_repeat_of_a_smaller_one():
    """The cost of joining a claim does not grow with the claim."""
    import_batch([repeat_article(n) for n in range(30)])
    small = links_read_while_importing(repeat_article(30))
    import_batch([repeat_article(n) for n in range(31, 90)])
    large = links_read_while_importing(repeat_article(90))
    claim = bridge_claim()
    assert claim.links.filter(status=LinkStatus.AUTOMATIC).count() == 91
    assert large <= small < 40


def test_the_claim_keeps_its_first_quote_as_text_and_relates_every_repeat_to_it():
    import_batch([repeat_article(n) for n in range(12)])
    claim = bridge_claim()
    relations = list(claim.links.order_by("quote_id").values_list("relation", flat=True))
    assert relations[0] == "original"
    assert set(relations[1:]) == {"same_utterance"}
    assert claim.named_by_id == claim.links.order_by("quote_id").first().quote_id


BRIDGE = "The new bridge over the river will be finished by next spring."
HOSPITAL = "The budget for the regional hospital is secure until next year."


def statement_article(n: int, words: str) -> Document:
    body = (
        f"Council news from {CITIES[n]}\n"
        f"Officials in {CITIES[n]} met on Monday. The mayor, Tom Green, told reporters: "
        f"“{words}” Residents of {CITIES[n]} welcomed the news."
    )
    return Document(body=body, origin=f"statement-{n}.txt")


def test_a_quote_that_makes_both_claims_joins_them_as_a_rebuild_would():
    """A sentence close to two claims bridges them: one claim, the same as from scratch."""
    import_batch([statement_article(n, BRIDGE) for n in range(4)])
    import_batch([statement_article(n, HOSPITAL) for n in range(4, 8)])
    assert Claim.objects.count() == 2
    bridge = f"{BRIDGE[:-1]}, and t{HOSPITAL[1:]}"
    assert import_batch([statement_article(8, bridge)]).failed == 0
    joined = claims_snapshot()
    assert len(joined) == 1
    (claim,) = Claim.objects.all()
    assert claim.links.filter(status=LinkStatus.AUTOMATIC).count() == 9
    assert claim.text == BRIDGE, "named by its first full sentence"
    rebuild()
    assert claims_snapshot() == joined


def rebuild() -> None:
    call_command("rebuild_claims", stdout=io.StringIO())


@pytest.mark.parametrize("seed", [3, 7])
def test_incremental_import_agrees_with_a_rebuild_on_a_corpus_where_claims_merge(seed):
    """120 generated articles: claims grow, merge and gather suggestions along the way."""
    docs = [
        Document(body=d["text"], origin=d["id"], publisher=d["publisher"])
        for d in generate(120, seed=seed)
    ]
    assert import_batch(docs).failed == 0
    incremental = claims_snapshot()
    assert len(incremental) >= 20
    assert ClaimQuote.objects.filter(status=LinkStatus.SUGGESTED).exists()
    rebuild()
    assert claims_snapshot() == incremental


def test_links_written_by_matching_leave_no_history_rows():
    """Machine links are recomputable; history is kept for curators' decisions."""
    import_batch([repeat_article(n) for n in range(3)])
    assert ClaimQuote.objects.count() == 3
    assert ClaimQuote.history.count() == 0
