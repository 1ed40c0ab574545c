"""Curator writes on claims and their links. Automatic matching lives in `quotes.services.matching`.

A curator's decision is a link with status confirmed or rejected; rebuilds and
re-imports only ever touch automatic and suggested links, so decisions last.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from quotes.choices import (
    CURATED_STATUSES,
    PUBLIC_STATUSES,
    LinkStatus,
    MatchMethod,
    Rating,
    Relation,
)
from quotes.models import Claim, ClaimQuote, Quote
from quotes.services.speakers import create_with_slug


def new_claim(*, text: str, text_is_curated: bool = False, pattern: str = "") -> Claim:
    """Create a claim with a readable slug taken from its text."""
    text = " ".join(text.split())
    if not text:
        raise ValidationError({"text": "a claim needs text"})
    return create_with_slug(
        Claim, text, max_length=80, text=text, text_is_curated=text_is_curated, pattern=pattern
    )


@transaction.atomic
def create_claim(
    *, text: str, pattern: str = "", rating: str = Rating.UNRATED, rating_explanation: str = ""
) -> Claim:
    """A curator's claim; with a pattern, every stored quote that matches is linked at once."""
    claim = new_claim(text=text, text_is_curated=True)
    return update_claim(
        claim=claim, pattern=pattern, rating=rating, rating_explanation=rating_explanation
    )


@transaction.atomic
def update_claim(
    *,
    claim: Claim,
    text: str | None = None,
    pattern: str | None = None,
    rating: str | None = None,
    rating_explanation: str | None = None,
) -> Claim:
    """Edit a claim's text, pattern or rating; a new rating stamps `reviewed_at`."""
    from quotes.services.matching import apply_claim_pattern, validate_pattern

    if text is not None and text.strip() and text != claim.text:
        claim.text, claim.text_is_curated = " ".join(text.split()), True
    if rating is not None and rating != claim.rating:
        if rating not in Rating.values:
            raise ValidationError({"rating": f"must be one of {', '.join(Rating.values)}"})
        claim.rating, claim.reviewed_at = rating, timezone.now()
    if rating_explanation is not None:
        claim.rating_explanation = rating_explanation
    pattern_changed = pattern is not None and pattern != claim.pattern
    if pattern_changed:
        validate_pattern(pattern)
        claim.pattern = pattern
    claim.save()
    if pattern_changed and claim.pattern:
        apply_claim_pattern(claim=claim)
    return claim


def relation_to_claim(*, claim: Claim, quote: Quote) -> str:
    """How `quote` stands to the claim's first public appearance."""
    from quotes.services.matching import relation_between

    anchor = first_appearance(claim, exclude=quote)
    if anchor is None:
        return Relation.ORIGINAL
    return relation_between(anchor, quote)


def first_appearance(claim: Claim, *, exclude: Quote | None = None) -> Quote | None:
    """The earliest quote publicly linked to the claim (undated quotes last)."""
    links = claim.links.filter(status__in=PUBLIC_STATUSES).select_related("quote__source")
    if exclude is not None:
        links = links.exclude(quote=exclude)
    from quotes.services.matching import chronological

    quotes = [link.quote for link in links]
    return min(quotes, key=chronological, default=None)


@transaction.atomic
def link_quote_to_claim(
    *,
    quote: Quote,
    claim: Claim,
    method: str = MatchMethod.CURATOR,
    status: str = LinkStatus.CONFIRMED,
    score: float = 1.0,
    matched_quote: Quote | None = None,
    unit: tuple[int, int] | None = None,
) -> ClaimQuote:
    """Link a quote to a claim, or update the link.

    Machines (automatic or suggested status) never overwrite a curator's decision.
    """
    link = ClaimQuote.objects.filter(claim=claim, quote=quote).first()
    machine = status not in CURATED_STATUSES
    if link and machine and link.status in CURATED_STATUSES:
        return link
    start, end = unit or (0, len(quote.text))
    fields = {
        "method": method,
        "status": status,
        "score": round(min(max(score, 0.0), 1.0), 4),
        "matched_quote": matched_quote,
        "unit_start": start,
        "unit_end": end,
        "relation": relation_to_claim(claim=claim, quote=quote),
    }
    if link is None:
        return ClaimQuote.objects.create(claim=claim, quote=quote, **fields)
    for name, value in fields.items():
        setattr(link, name, value)
    link.save()
    return link


@transaction.atomic
def set_link_status(*, link: ClaimQuote, status: str) -> ClaimQuote:
    """Confirm or reject a link (a suggestion, usually); the decision is then permanent."""
    if status not in LinkStatus.values:
        raise ValidationError({"status": f"must be one of {', '.join(LinkStatus.values)}"})
    if link.status != status:
        link.status = status
        link.save(update_fields=["status", "updated_at"])
    return link


def unlink_quote_from_claim(*, quote: Quote, claim: Claim) -> ClaimQuote | None:
    """Unlinking is a rejection, kept so that no rebuild links the pair again."""
    link = ClaimQuote.objects.filter(claim=claim, quote=quote).first()
    if link is None:
        return None
    return set_link_status(link=link, status=LinkStatus.REJECTED)


@transaction.atomic
def merge_claims(*, target: Claim, others) -> Claim:
    """Fold `others` into `target`; every link of the result is confirmed.

    The merge is a curator's decision about the whole group, so no rebuild may
    split it again. Links are saved one by one so each change has its history.
    """
    for link in target.links.filter(status__in=(LinkStatus.AUTOMATIC, LinkStatus.SUGGESTED)):
        set_link_status(link=link, status=LinkStatus.CONFIRMED)
    for other in [c for c in others if c.pk != target.pk]:
        for link in other.links.select_related("quote"):
            existing = target.links.filter(quote=link.quote).first()
            if existing is None:
                link.claim = target
                if link.status != LinkStatus.REJECTED:
                    link.status = LinkStatus.CONFIRMED
                link.save()
            elif existing.status not in CURATED_STATUSES and link.status != LinkStatus.REJECTED:
                set_link_status(link=existing, status=LinkStatus.CONFIRMED)
        if not target.pattern and other.pattern:
            target.pattern = other.pattern
        other.delete()
    target.save()
    return target
