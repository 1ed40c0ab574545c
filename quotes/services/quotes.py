"""Curator corrections to quotes.

Every change marks the quote `curated`, so it survives re-extraction.
"""

from django.core.exceptions import ValidationError

from quotes.choices import QuoteKind
from quotes.matching.evidence import context_around, encode_terms
from quotes.models import Quote, Speaker
from quotes.services.history import record_baseline
from quotes.services.locks import catalogue_write
from quotes.services.matching import forget_quotes, match_quotes, rematch


@catalogue_write
def update_quote(
    *,
    quote: Quote,
    speaker: Speaker | None = None,
    kind: str | None = None,
    start: int | None = None,
    end: int | None = None,
    verified: bool | None = None,
) -> Quote:
    """Correct a quote's speaker, kind or span, or verify it.

    A new span takes its text from the source body, so the offsets and the text
    can never disagree.
    """
    record_baseline([quote])
    changed = []
    if speaker is not None and speaker.pk != quote.speaker_id:
        quote.speaker, changed = speaker, [*changed, "speaker"]
    if kind is not None and kind != quote.kind:
        if kind not in QuoteKind.values:
            raise ValidationError({"kind": f"must be one of {', '.join(QuoteKind.values)}"})
        quote.kind, changed = kind, [*changed, "kind"]
    if start is not None or end is not None:
        changed += _respan(
            quote, quote.start if start is None else start, quote.end if end is None else end
        )
    if verified is not None and verified != quote.verified:
        quote.verified, changed = verified, [*changed, "verified"]
    if changed:
        quote.curated = True
        quote.save(update_fields=[*changed, "curated", "updated_at"])
    return quote


def _respan(quote: Quote, start: int, end: int) -> list[str]:
    body = quote.source.body
    if not 0 <= start < end <= len(body):
        raise ValidationError({"start": f"the span must lie within the body (0 to {len(body)})"})
    if (start, end) == (quote.start, quote.end):
        return []
    if (
        Quote.objects.filter(source_id=quote.source_id, start=start, end=end)
        .exclude(pk=quote.pk)
        .exists()
    ):
        raise ValidationError({"start": "another quote already has this span"})
    quote.start, quote.end, quote.text = start, end, body[start:end]
    quote.match_context = encode_terms(context_around(body, start, end, quote.text))
    return ["start", "end", "text", "match_context"]


def verify_quotes(*, quotes) -> int:
    """Mark quotes as checked by a curator; returns how many changed."""
    return sum(1 for q in quotes if not q.verified and update_quote(quote=q, verified=True))


@catalogue_write
def mark_not_quote(*, quotes) -> int:
    """Hide false positives from the API but keep them, so the extractor can learn from them.

    The quote also leaves the matching index, so it no longer holds claims together.
    """
    hidden = []
    record_baseline([q for q in quotes if q.is_quote])
    for quote in quotes:
        if quote.is_quote:
            quote.is_quote, quote.curated = False, True
            quote.save(update_fields=["is_quote", "curated", "updated_at"])
            hidden.append(quote.pk)
    if hidden:
        rematch(changed=[], neighbours=forget_quotes(set(hidden)))
    return len(hidden)


@catalogue_write
def reattribute_quotes(*, quotes, speaker: Speaker) -> int:
    """Give quotes to another speaker."""
    return sum(
        1 for q in quotes if q.speaker_id != speaker.pk and update_quote(quote=q, speaker=speaker)
    )


@catalogue_write
def restore_quotes(*, quotes) -> int:
    """Undo "not a quote": the quote is public again and goes back into matching."""
    restored = []
    record_baseline([q for q in quotes if not q.is_quote])
    for quote in quotes:
        if not quote.is_quote:
            quote.is_quote, quote.curated = True, True
            quote.save(update_fields=["is_quote", "curated", "updated_at"])
            restored.append(quote)
    match_quotes(quotes=restored, new=False)
    return len(restored)
