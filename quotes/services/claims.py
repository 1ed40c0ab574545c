"""Curator writes on claims and their links. Automatic matching lives in `quotes.services.matching`.

A curator's decision is a link with status confirmed or rejected; rebuilds and
re-imports only ever touch automatic and suggested links, so decisions last.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone

from quotes.choices import (
    CURATED_STATUSES,
    LinkStatus,
    Rating,
)
from quotes.models import Claim, ClaimQuote, Quote, SlugRedirect
from quotes.services.claim_links import (
    first_appearance,
    link_quote_to_claim,
    new_claim,
    relation_to_claim,
)
from quotes.services.claim_patterns import apply_claim_pattern, validate_pattern
from quotes.services.conflicts import AlreadyExists
from quotes.services.history import record_baseline
from quotes.services.locks import catalogue_write
from quotes.services.redirects import record_redirects

__all__ = [
    "claim_with_text",
    "create_claim",
    "first_appearance",
    "link_quote_to_claim",
    "merge_claims",
    "new_claim",
    "relation_to_claim",
    "set_link_status",
    "unlink_quote_from_claim",
    "update_claim",
]


def claim_with_text(text: str) -> Claim | None:
    """The stored claim whose text is `text` up to case and spacing, if any."""
    return Claim.objects.filter(text__iexact=" ".join(text.split())).order_by("pk").first()


def _refuse_duplicate(text: str, *, claim: Claim | None = None) -> None:
    existing = claim_with_text(text)
    if existing is not None and existing != claim:
        raise AlreadyExists(f"A claim with this text exists: {existing.slug}", existing=existing)


@catalogue_write
def create_claim(
    *, text: str, pattern: str = "", rating: str = Rating.UNRATED, rating_explanation: str = ""
) -> Claim:
    """A curator's claim; with a pattern, every stored quote that matches is linked at once.

    One claim per text: a text that differs from a stored claim's only in case
    and spacing raises AlreadyExists naming that claim. The catalogue lock makes
    the check and the insert one step, so concurrent posts cannot both pass.
    """
    _refuse_duplicate(text)
    claim = new_claim(text=text, text_is_curated=True)
    return update_claim(
        claim=claim, pattern=pattern, rating=rating, rating_explanation=rating_explanation
    )


@catalogue_write
def update_claim(
    *,
    claim: Claim,
    text: str | None = None,
    pattern: str | None = None,
    rating: str | None = None,
    rating_explanation: str | None = None,
) -> Claim:
    """Edit a claim's text, pattern or rating; a new rating stamps `reviewed_at`."""
    record_baseline([claim])
    if text is not None and text.strip() and text != claim.text:
        _refuse_duplicate(text, claim=claim)
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


@catalogue_write
def set_link_status(*, link: ClaimQuote, status: str) -> ClaimQuote:
    """Confirm or reject a link (a suggestion, usually); the decision is then permanent."""
    if status not in LinkStatus.values:
        raise ValidationError({"status": f"must be one of {', '.join(LinkStatus.values)}"})
    if link.status != status:
        record_baseline([link])
        link.status = status
        link.save(update_fields=["status", "updated_at"])
    return link


@catalogue_write
def unlink_quote_from_claim(*, quote: Quote, claim: Claim) -> ClaimQuote | None:
    """Unlinking is a rejection, kept so that no rebuild links the pair again."""
    link = ClaimQuote.objects.filter(claim=claim, quote=quote).first()
    if link is None:
        return None
    return set_link_status(link=link, status=LinkStatus.REJECTED)


@catalogue_write
def merge_claims(*, target: Claim, others) -> Claim:
    """Fold `others` into `target`; every link of the result is confirmed.

    The merge is a curator's decision about the whole group, so no rebuild may
    split it again. Links are saved one by one so each change has its history.
    """
    record_baseline([target])
    record_baseline(ClaimQuote.objects.filter(claim__in=[target, *others]))
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
        record_redirects(kind=SlugRedirect.Kind.CLAIM, removed=[other], target=target)
        other.delete()
    target.save()
    return target
