"""A comparable picture of all claims: which quotes each groups, and how each is linked.

Claim ids and slugs can differ between an incremental import and a rebuild;
the grouping and the link attributes must not.
"""

from quotes.models import ClaimQuote


def quote_key(quote) -> tuple:
    return (quote.source.content_hash[:12], quote.start, quote.text[:40])


def claims_snapshot(*, score_digits: int = 3) -> set:
    claims = {}
    links = ClaimQuote.objects.select_related("quote__source", "claim")
    for link in links:
        entry = (
            quote_key(link.quote),
            link.relation,
            link.method,
            link.status,
            round(link.score, score_digits),
        )
        claims.setdefault(link.claim_id, (link.claim.text, set()))[1].add(entry)
    return {(text, frozenset(entries)) for text, entries in claims.values()}
