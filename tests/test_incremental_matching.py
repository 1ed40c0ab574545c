"""A new quote extends the claims it joins without re-reading them, as a rebuild would."""

import io

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext

from bench.corpus import generate
from quotes import matching
from quotes.choices import LinkStatus
from quotes.importing.batch import import_batch
from quotes.importing.readers import Document
from quotes.models import Claim, ClaimQuote, Quote
from quotes.services.claim_groups import Group, LinkSpec
from quotes.services.claim_links import (
    create_machine_claims,
    new_machine_claim,
    refresh_claims,
    write_link,
)
from quotes.services.matching import CANDIDATE_CAP, _candidates, _candidates_sql
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


# --- the whole article at once ------------------------------------------------------


def _stored_quotes(count: int) -> list[Quote]:
    """`count` quotes of unrelated articles, in id order (no claim joins them)."""
    docs = [
        statement_article(n, f"The {CITIES[n]} library will open {n} new reading rooms.")
        for n in range(count)
    ]
    assert import_batch(docs).failed == 0
    return list(Quote.objects.filter(is_quote=True).order_by("pk"))


def _founding_group(quotes: list[Quote]) -> Group:
    """A group as `claim_extension` plans it: automatic links, the last quote suggested."""
    first = quotes[0]
    links = {}
    for n, quote in enumerate(quotes):
        status = LinkStatus.SUGGESTED if n == len(quotes) - 1 else LinkStatus.AUTOMATIC
        matched = quotes[1].pk if quote == first else first.pk
        links[quote.pk] = LinkSpec(status, "near_duplicate", 0.9, matched, (0, len(quote.text)))
    return Group(links=links)


def _founded_claim(found) -> tuple:
    """What founding a claim stored (slug, text, naming quote, links, history), undone after."""
    (stored,) = _founded_claims(found)
    return stored


def _founded_claims(found) -> list[tuple]:
    """`_founded_claim` of each claim `found` returns, in its order."""
    with transaction.atomic():
        stored = [_stored_claim(Claim.objects.get(pk=claim_id)) for claim_id in found()]
        transaction.set_rollback(True)
    return stored


def _stored_claim(claim: Claim) -> tuple:
    links = claim.links.order_by("quote_id").values_list(
        "quote_id", "status", "method", "score", "relation", "matched_quote_id",
        "unit_start", "unit_end",
    )  # fmt: skip
    history = claim.history.values_list(
        "history_type", "history_change_reason", "history_user", "text", "named_by", "slug"
    )
    return (claim.slug, claim.text, claim.named_by_id, list(links), list(history))


def _one_by_one(group: Group) -> list[int]:
    """The way the import founded claims before: a write per link, then a refresh."""
    claim = new_machine_claim(group)
    for quote_id, spec in sorted(group.links.items()):
        write_link(claim, quote_id, spec, None)
    refresh_claims([claim.pk])
    return [claim.pk]


def test_a_claim_founded_in_bulk_is_the_claim_founded_link_by_link():
    """Same slug, text, links, relations and creation history as one insert and one update
    per link."""
    group = _founding_group(_stored_quotes(5))
    bulk = _founded_claim(lambda: create_machine_claims([group]))
    assert bulk == _founded_claim(lambda: _one_by_one(group))
    relations = [link[4] for link in bulk[3]]
    assert relations.count("original") == 1


def test_claims_founded_together_take_the_slugs_they_take_founded_one_after_another():
    """Two new groups named by one sentence: the second takes the next free suffix."""
    quotes = _stored_quotes(4)
    groups = [_founding_group(quotes[:3]), _founding_group(quotes[:2])]
    bulk = _founded_claims(lambda: create_machine_claims(groups))
    assert bulk == _founded_claims(lambda: [pk for g in groups for pk in _one_by_one(g)])
    assert bulk[0][1] == bulk[1][1] and bulk[0][0] != bulk[1][0]


def test_founding_a_claim_costs_the_same_statements_however_many_quotes_it_gathers():
    """A new quote can meet as many stored partners as retrieval offers (KEY_POSTINGS_CAP)."""
    quotes = _stored_quotes(9)
    counts = []
    for size in (3, 9):
        group = _founding_group(quotes[:size])
        with CaptureQueriesContext(connection) as queries:
            _founded_claim(lambda group=group: create_machine_claims([group]))
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_founding_a_claim_reads_neither_the_quotes_contexts_nor_their_articles_text():
    """Naming and relating need a few fields of each quote; contexts and names are long."""
    group = _founding_group(_stored_quotes(3))
    queries = CaptureQueriesContext(connection)

    def found():
        with queries:
            return create_machine_claims([group])

    _founded_claim(found)
    reads = [q["sql"] for q in queries if q["sql"].startswith('SELECT "quotes_quote"')]
    assert len(reads) == 1
    assert not any(field in reads[0] for field in ("match_context", "match_names", "body"))


def test_an_article_looks_its_sentences_up_in_one_statement_with_the_same_candidates():
    """One round trip for every sentence of an import, each with its own cap and id bound."""
    import_batch([repeat_article(n) for n in range(CANDIDATE_CAP + 4)])
    import_batch([statement_article(n, BRIDGE) for n in range(3)])
    quotes = list(Quote.objects.filter(is_quote=True).order_by("-pk")[:6])
    lookups = [(q.pk, matching.index_keys(q.text)) for q in quotes]
    alone = [_candidates([lookup])[0] for lookup in lookups]
    with CaptureQueriesContext(connection) as queries:
        together = _candidates(lookups)
    assert len(queries) == 1
    assert together == alone
    assert max(len(found) for found in alone) == CANDIDATE_CAP


# --- what a new quote costs at scale ------------------------------------------------------

WIRE_LINE = "The harbour tunnel will carry forty thousand cars a day from next summer."
WIRE_TAIL = (
    " The project was approved after two years of hearings and several revised plans. "
    "Engineers expect the boring machines to reach the far shore within eighteen months, "
    "and the contractor has promised weekly updates on the progress of the works. "
    "Shipping traffic will continue during construction, with a small exclusion zone "
    "around the entry shafts on both banks. Local shops near the northern shaft have "
    "asked for compensation for the noise and the closed streets of the coming months. "
    "The council answered that a fund for affected businesses would be discussed "
    "at its next meeting, together with the final timetable for the works."
)


def wire_copy(n: int) -> Document:
    """One wire story as an outlet prints it: identical up to a line far below the quote."""
    body = (
        "Harbour tunnel on schedule\n"
        "The transport minister, Alice Brown, spoke at the harbour on Monday. "
        f"She told reporters: “{WIRE_LINE}”{WIRE_TAIL}\n"
        f"(filed by desk {n})"
    )
    return Document(body=body, origin=f"wire-{n}.txt")


def test_a_line_printed_by_several_wire_copies_is_scored_once_against_them_all(monkeypatch):
    """Candidates that are the same occurrence (words, speaker, date, story) get one verdict.

    A comparison that stops to have more corpus counts read (`pair_scoring`) gave no
    verdict: only finished comparisons count."""
    assert import_batch([wire_copy(n) for n in range(4)]).failed == 0
    calls, compare = [], matching.compare

    def counted(*args, **kwargs):
        verdict = compare(*args, **kwargs)
        calls.append(args[:2])
        return verdict

    monkeypatch.setattr(matching, "compare", counted)
    assert import_batch([wire_copy(4)]).failed == 0
    assert len(calls) == 1
    assert tunnel_claim().links.filter(status=LinkStatus.AUTOMATIC).count() == 5


def tunnel_claim() -> Claim:
    return Claim.objects.get(text__contains="harbour tunnel will carry")


def _plan_of_a_candidate_walk() -> str:
    """The plan of one key's walk (`_candidates`); on PostgreSQL index scans preferred."""
    sql = _candidates_sql()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_bitmapscan = off")
            # A tiny test table makes a sort look as cheap as the index: ask the
            # planner whether the order can come from an index without one at all.
            cursor.execute("SET LOCAL enable_sort = off")
            cursor.execute("SET LOCAL enable_incremental_sort = off")
            cursor.execute("EXPLAIN " + sql, ["kp:harbour tunnel", 10**9])
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, ["kp:harbour tunnel", 10**9])
        return "\n".join(" ".join(map(str, row)) for row in cursor.fetchall())


def test_a_candidate_walk_reads_postings_newest_first_from_the_index_alone():
    """No table row per posting and no sort, however many quotes share the key."""
    import_batch([wire_copy(n) for n in range(3)])
    plan = _plan_of_a_candidate_walk()
    if connection.vendor == "postgresql":
        # Index-only or not depends on the visibility map (autovacuum), not on our SQL.
        assert "Scan using matchkey_walk" in plan, plan
    else:
        assert "COVERING INDEX matchkey_walk" in plan, plan
    assert "Sort" not in plan and "TEMP B-TREE" not in plan, plan
