"""Curated claim patterns: a curator's regex links every quote it matches to the claim."""

from django.core.exceptions import ValidationError
from django.db import connection

from quotes import matching
from quotes.choices import MACHINE_STATUSES, LinkStatus, MatchMethod
from quotes.models import Claim, Quote
from quotes.services.claim_links import link_quote_to_claim, refresh_claims
from quotes.services.locks import catalogue_write


def validate_pattern(pattern: str) -> None:
    """Refuse a curator pattern that does not compile, with the reason."""
    if not pattern:
        return
    try:
        matching.compile_pattern(pattern)
    except ValueError as exc:
        raise ValidationError({"pattern": str(exc)}) from None


def _patterns() -> list[tuple[int, str]]:
    """(claim id, pattern) of every claim with a pattern, in id order.

    Every import asks, and almost always no claim has one: two columns in plain
    SQL cost a fraction of the ORM's query, and no claim is built unless it matches.
    """
    q = connection.ops.quote_name
    sql = (
        f"SELECT {q('id')}, {q('pattern')} FROM {q(Claim._meta.db_table)} "
        f"WHERE {q('pattern')} <> %s ORDER BY {q('id')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [""])
        return cursor.fetchall()


def _link_by_pattern(claim: Claim, quote: Quote) -> None:
    link_quote_to_claim(
        quote=quote, claim=claim, method=MatchMethod.PATTERN, status=LinkStatus.AUTOMATIC, score=1.0
    )


def apply_patterns_to(quotes) -> None:
    """Link new quotes to every curated claim whose pattern they match."""
    compiled_patterns = [(pk, matching.compile_pattern(pattern)) for pk, pattern in _patterns()]
    for claim_id, compiled in compiled_patterns:
        matched = [q for q in quotes if matching.pattern_matches(compiled, q.text)]
        if not matched:
            continue
        claim = Claim.objects.get(pk=claim_id)
        for quote in matched:
            _link_by_pattern(claim, quote)
        refresh_claims([claim.pk])


@catalogue_write
def apply_claim_pattern(*, claim: Claim) -> int:
    """Re-link every stored quote to `claim` by its pattern; returns the number linked."""
    compiled = matching.compile_pattern(claim.pattern) if claim.pattern else None
    linked = set()
    for quote in (
        Quote.objects.filter(is_quote=True).select_related("source").iterator(chunk_size=2000)
    ):
        if compiled and matching.pattern_matches(compiled, quote.text):
            _link_by_pattern(claim, quote)
            linked.add(quote.pk)
    claim.links.filter(method=MatchMethod.PATTERN, status__in=MACHINE_STATUSES).exclude(
        quote_id__in=linked
    ).delete()
    refresh_claims([claim.pk])
    return len(linked)
