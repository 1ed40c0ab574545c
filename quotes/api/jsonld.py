"""schema.org ClaimReview for a rated claim, as JSON-LD.

A ClaimReview is a verdict, so an unrated claim has none: the endpoint answers
404 rather than publishing an empty or placeholder review that search engines
might index. `ratingValue` follows the order of `Rating` (best first): "true"
is the best rating and "unverifiable" the worst, with `alternateName` giving
the verdict in words.
"""

from quotes.choices import Rating, SpeakerKind
from quotes.models import Claim, Quote, Speaker

SCALE = [value for value in Rating.values if value != Rating.UNRATED]


def rating_value(rating: str) -> int:
    """1 (worst) to len(SCALE) (best)."""
    return len(SCALE) - SCALE.index(rating)


def _author(speaker: Speaker | None) -> dict | None:
    if speaker is None:
        return None
    kind = "Organization" if speaker.kind == SpeakerKind.ORGANISATION else "Person"
    author = {"@type": kind, "name": speaker.name}
    if speaker.wikidata_id:
        author["sameAs"] = f"https://www.wikidata.org/wiki/{speaker.wikidata_id}"
    return author


def _appearance(quote: Quote) -> dict:
    source = quote.source
    work = {"@type": "CreativeWork", "headline": source.title}
    if source.url:
        work["url"] = source.url
    if source.publisher:
        work["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.published_on:
        work["datePublished"] = source.published_on.isoformat()
    return work


def claim_review(claim: Claim, *, quotes: list[Quote], url: str) -> dict:
    """The ClaimReview of a rated claim; `quotes` are its public quotes, earliest first
    (the first TIMELINE_CAP of them: a verdict names where the claim was made, not every
    repeat)."""
    item = {"@type": "Claim"}
    if quotes:
        first = quotes[0]
        if author := _author(first.speaker):
            item["author"] = author
        if first.said_on:
            item["datePublished"] = first.said_on.isoformat()
        item["firstAppearance"] = _appearance(first)
        articles = {}  # one appearance per article, however many of its quotes assert it
        for quote in quotes:
            articles.setdefault(quote.source_id, quote)
        item["appearance"] = [_appearance(quote) for quote in articles.values()]
    reviewed = claim.reviewed_at or claim.updated_at
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim.text,
        "datePublished": reviewed.date().isoformat(),
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating_value(claim.rating),
            "bestRating": len(SCALE),
            "worstRating": 1,
            "alternateName": claim.get_rating_display(),
        },
    }


_THING = {"type": "object", "additionalProperties": True}
_WORK = {
    "type": "object",
    "properties": {
        "@type": {"type": "string"},
        "headline": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "publisher": _THING,
        "datePublished": {"type": "string", "format": "date"},
    },
    "required": ["@type", "headline"],
}

# The OpenAPI schema of `claim_review`'s result, for the API documentation.
CLAIM_REVIEW_SCHEMA = {
    "type": "object",
    "properties": {
        "@context": {"type": "string"},
        "@type": {"type": "string", "enum": ["ClaimReview"]},
        "url": {"type": "string", "format": "uri"},
        "claimReviewed": {"type": "string"},
        "datePublished": {"type": "string", "format": "date"},
        "itemReviewed": {
            "type": "object",
            "properties": {
                "@type": {"type": "string", "enum": ["Claim"]},
                "author": _THING,
                "datePublished": {"type": "string", "format": "date"},
                "firstAppearance": _WORK,
                "appearance": {"type": "array", "items": _WORK},
            },
            "required": ["@type"],
        },
        "reviewRating": {
            "type": "object",
            "properties": {
                "@type": {"type": "string", "enum": ["Rating"]},
                "ratingValue": {"type": "integer", "minimum": 1, "maximum": len(SCALE)},
                "bestRating": {"type": "integer"},
                "worstRating": {"type": "integer"},
                "alternateName": {"type": "string"},
            },
            "required": ["@type", "ratingValue", "alternateName"],
        },
    },
    "required": [
        "@context",
        "@type",
        "claimReviewed",
        "datePublished",
        "itemReviewed",
        "reviewRating",
    ],
}
