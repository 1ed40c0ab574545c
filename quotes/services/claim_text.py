"""A claim's machine text: the sentence of its earliest full-sentence quote.

The choice itself is the pure `quotes.matching.choose_canonical`; this module
reads the quotes it needs and remembers which quote won (`Claim.named_by`), so a
new quote is weighed against that one quote instead of the whole claim.
"""

from quotes import matching
from quotes.models import Claim, Quote
from quotes.services.history import save_quietly


def candidate(quote: Quote, unit: tuple[int, int]) -> matching.CanonicalCandidate:
    """A quote's matched unit widened to its sentence, as a candidate for the claim's text.

    Widening makes "that’s a done deal." read "If we sign a deal on an issue,
    that’s a done deal."
    """
    start, end = unit
    unit = matching.Unit(quote.text[start:end], start, end)
    sentence = matching.enclosing_sentence(quote.text, unit)
    return matching.CanonicalCandidate(
        text=sentence.text,
        said_on=quote.said_on,
        order=(quote.source_id, quote.start),
        ref=quote.pk,
    )


def choose(units: dict[int, tuple[int, int]]) -> matching.CanonicalCandidate:
    """The winning candidate among quotes (by id) and their matched units."""
    quotes = Quote.objects.filter(pk__in=units).only("text", "said_on", "source_id", "start")
    return matching.choose_canonical(candidate(q, units[q.pk]) for q in quotes)


def canonical_text(units: dict[int, tuple[int, int]]) -> str:
    """The readable text for quotes (by id) and their matched units."""
    return matching.display_text(choose(units))


def name_claim(claim: Claim, winner: matching.CanonicalCandidate) -> None:
    """Give a machine claim the winner's text, writing only if something changed."""
    text = matching.display_text(winner)
    if (claim.text, claim.named_by_id) != (text, winner.ref):
        claim.text, claim.named_by_id = text, winner.ref
        save_quietly(claim, update_fields=["text", "named_by", "updated_at"])
