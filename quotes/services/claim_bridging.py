"""Joining machine claims that a new quote bridges, without re-deriving them.

When a new unit pairs automatically with units of two claims, the two become
one component, and `derive_claims` would re-read both claims and every pair
among their quotes to say so. The outcome is simple to state: each quote keeps
the strongest of its links in either claim (automatic beats suggested), the
earliest first appearance anchors the relations, and the earliest
full-sentence quote names the claim. `join_claims` writes exactly that,
reading only the links of the claims that are folded into the one whose first
appearance is earliest, so its relations stay as they are.

Claims a curator has touched (a rating, a text, a pattern, decided links) are
left to `derive_claims`, which knows how merges and decisions interact.
"""

from django.utils import timezone

from quotes import matching
from quotes.choices import CURATED_STATUSES
from quotes.models import Claim, ClaimQuote, SlugRedirect
from quotes.services import claim_text
from quotes.services.claim_groups import LinkSpec, strength
from quotes.services.claim_links import chronological, link_fields, relation_between
from quotes.services.history import delete_quietly, update_quietly
from quotes.services.redirects import record_redirects


class CannotJoin(Exception):
    """The claims need derive_claims (curated, or stored state this module cannot read)."""


def stored_spec(link: ClaimQuote) -> LinkSpec:
    """The spec a stored machine link was written from."""
    if link.matched_quote_id is None or link.status in CURATED_STATUSES:
        raise CannotJoin
    unit = (link.unit_start, link.unit_end)
    return LinkSpec(link.status, link.method, link.score, link.matched_quote_id, unit)


def join_claims(claim_ids: set[int], anchors: dict, holders: dict) -> int:
    """Fold machine claims into the one whose first appearance is earliest; returns its id.

    `anchors` and `holders` are each claim's first public appearance and the
    link of the quote that names it (`claim_extension._anchors_and_holders`).
    Raises CannotJoin, having written nothing, when a claim is curated. A link
    of the kept claim whose matched quote was deleted raises it mid-way; the
    caller then derives the region from its pairs, which undoes nothing it needs.
    """
    claims = Claim.objects.in_bulk(list(claim_ids))
    if len(claims) != len(claim_ids) or any(c.is_curated for c in claims.values()):
        raise CannotJoin
    if any(c not in anchors or c not in holders for c in claim_ids):
        raise CannotJoin
    keep = min(claim_ids, key=lambda c: (chronological(anchors[c].quote), c))
    others = claim_ids - {keep}
    if ClaimQuote.objects.filter(claim_id__in=others, matched_quote__isnull=True).exists():
        raise CannotJoin  # a matched quote was deleted: the stored specs are incomplete
    for chunk in _strongest_per_quote(others):
        kept = ClaimQuote.objects.filter(claim_id=keep, quote_id__in=chunk).order_by()
        _write_join(keep, anchors[keep].quote, chunk, kept)
    delete_quietly(ClaimQuote.objects.filter(claim_id__in=others))
    folded = [claims[c] for c in others]
    record_redirects(kind=SlugRedirect.Kind.CLAIM, removed=folded, target=claims[keep])
    Claim.objects.filter(pk__in=others).delete()
    candidates = [
        claim_text.candidate(h.quote, (h.unit_start, h.unit_end))
        for c, h in holders.items()
        if c in claim_ids
    ]
    claim_text.name_claim(claims[keep], matching.choose_canonical(candidates))
    return keep


def _strongest_per_quote(claim_ids: set[int], size: int = 2000):
    """The folded claims' links, the strongest per quote, in chunks of `size` quotes.

    Chunks keep memory small however large the folded claims are; each chunk is
    read after the previous one was written, by quote ids that writing leaves alone.
    """
    rows = ClaimQuote.objects.filter(claim_id__in=claim_ids).order_by()
    quote_ids = sorted(set(rows.values_list("quote_id", flat=True)))
    for index in range(0, len(quote_ids), size):
        chunk = {}
        links = rows.filter(quote_id__in=quote_ids[index : index + size])
        for link in links.select_related("quote__source").defer("quote__source__body"):
            current = chunk.get(link.quote_id)
            if current is None or strength(stored_spec(link)) > strength(stored_spec(current)):
                chunk[link.quote_id] = link
        yield chunk


def _write_join(keep: int, anchor, best: dict, kept) -> None:
    """Move each folded quote's strongest link into `keep`, or strengthen the link it has there."""
    kept = {link.quote_id: link for link in kept}
    moved, now = [], timezone.now()
    for quote_id, link in best.items():
        spec = stored_spec(link)
        there = kept.get(quote_id)
        if there is None:
            link.claim_id, link.updated_at = keep, now
            link.relation = relation_between(anchor, link.quote)
            moved.append(link)
        elif strength(spec) > strength(stored_spec(there)):
            update_quietly(there, link_fields(spec))
    # Links moved in bulk leave no history rows, like every machine write.
    ClaimQuote.objects.bulk_update(moved, ["claim", "relation", "updated_at"], batch_size=500)
