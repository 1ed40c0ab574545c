"""Link-level facts and writes shared by every service that touches claims.

The lowest layer of the claim services: it imports the matching engine, the
models and the two helpers below it (`history`, `claim_text`), and no other
service, so `matching`, `claims`, `claim_extension`, `claim_bridging`,
`claim_patterns` and the read-side selectors can all build on it without an
import cycle. It holds what they share: the order of first appearances, the
relation of a quote to a claim, how a machine link is written, and how a
claim's text and relations are refreshed.
"""

import copy

from django.core.exceptions import ValidationError

from quotes import matching
from quotes.choices import (
    CURATED_STATUSES,
    PUBLIC_STATUSES,
    LinkStatus,
    MatchMethod,
    QuoteKind,
    Relation,
)
from quotes.models import Claim, ClaimQuote, Quote
from quotes.services import claim_text
from quotes.services.claim_groups import Group
from quotes.services.history import record_baseline, save_link, save_quietly, update_quietly
from quotes.services.json_rows import insert_rows
from quotes.services.locks import catalogue_write
from quotes.services.speakers import create_with_slug, unique_slugs


def new_claim(*, text: str, text_is_curated: bool = False, pattern: str = "") -> Claim:
    """Create a claim with a readable slug taken from its text."""
    text = " ".join(text.split())
    if not text:
        raise ValidationError({"text": "a claim needs text"})
    return create_with_slug(
        Claim, text, max_length=80, text=text, text_is_curated=text_is_curated, pattern=pattern
    )


def new_machine_claim(group: Group) -> Claim:
    """A claim the matcher founds for a new group, named by its earliest full sentence."""
    return new_claim(
        text=claim_text.canonical_text({q: link.unit for q, link in group.links.items()})
    )


def create_machine_claims(groups: list[Group]) -> list[int]:
    """Found a claim for each new group, all in a few bulk inserts; returns the ids.

    The result is what `new_machine_claim`, `write_link` per member and then
    `refresh_claims` give (the import used to do exactly that), but the cost
    does not grow with the claims and links: one read of the members, one of
    the slugs, one insert each for the claims, their creation history and their
    links. A new claim can gather as many stored quotes as retrieval offers, so
    per-link statements made the matching cost per new quote grow with the
    store. Relations are measured against the group's first public appearance,
    the claim is named by its public units, as `refresh_claims` would. Most
    imports found no claim: they return before Django builds the empty queries.
    """
    if not groups:
        return []
    wanted = {quote_id for group in groups for quote_id in group.links}
    quotes = Quote.objects.filter(pk__in=wanted).select_related("source").only(*_FOUNDING_FIELDS)
    quotes = {quote.pk: quote for quote in quotes}
    claims = _founded_claims(groups, quotes)
    rows = [
        row
        for claim, group in zip(claims, groups, strict=True)
        for row in _founding_links(claim, group, quotes)
    ]
    insert_rows(ClaimQuote, rows)
    return [claim.pk for claim in claims]


# What naming a claim (`claim_text.candidate`) and relating its links (`chronological`,
# `relation_between`) read of a quote: not its context or a source's text and names.
_FOUNDING_FIELDS = (
    "text",
    "said_on",
    "source_id",
    "start",
    "speaker_id",
    "kind",
    "source__publisher",
)


def _founded_claims(groups: list[Group], quotes: dict[int, Quote]) -> list[Claim]:
    """The groups' claims, stored as `new_machine_claim` and then `claim_text.name_claim` left
    them one by one: slugged and first titled by the earliest full sentence of all units,
    renamed by that of the public units, with one creation history row (the first title)."""
    labels = [_label(group, quotes) for group in groups]
    claims = [
        Claim(slug=slug, text=label)
        for label, slug in zip(labels, unique_slugs(Claim, labels, max_length=80), strict=True)
    ]
    for claim, group in zip(claims, groups, strict=True):
        public = _public_units(group)
        if public:
            winner = _winner(public, quotes)
            claim.text, claim.named_by_id = matching.display_text(winner), winner.ref
    Claim.objects.bulk_create(claims)
    first = [copy.copy(claim) for claim in claims]
    for snapshot, label in zip(first, labels, strict=True):
        snapshot.text, snapshot.named_by_id = label, None
    Claim.history.bulk_history_create(first, default_change_reason=None)
    return claims


def _label(group: Group, quotes: dict[int, Quote]) -> str:
    """`new_machine_claim`'s text: the earliest full sentence of all the group's units."""
    winner = _winner({q: link.unit for q, link in group.links.items()}, quotes)
    text = " ".join(matching.display_text(winner).split())
    if not text:
        raise ValidationError({"text": "a claim needs text"})
    return text


def _public_units(group: Group) -> dict[int, tuple[int, int]]:
    """The non-empty units of the group's public links: what names a claim."""
    return {
        quote_id: spec.unit
        for quote_id, spec in group.links.items()
        if spec.status in PUBLIC_STATUSES and spec.unit[1] > spec.unit[0]
    }


def _winner(units: dict[int, tuple[int, int]], quotes: dict[int, Quote]):
    """`claim_text.choose` over quotes already read (in id order, should two tie)."""
    return matching.choose_canonical(
        claim_text.candidate(quotes[q], units[q]) for q in sorted(units)
    )


def _founding_links(claim: Claim, group: Group, quotes: dict[int, Quote]) -> list[ClaimQuote]:
    """The links of a claim just founded for `group`, related to its first public appearance."""
    specs = sorted(group.links.items())
    public = [(quote_id, spec) for quote_id, spec in specs if spec.status in PUBLIC_STATUSES]
    anchor = min((quotes[q] for q, _ in public), key=chronological, default=None)
    rows = []
    for quote_id, spec in specs:
        if anchor is None or quote_id == anchor.pk:
            relation = Relation.ORIGINAL
        else:
            relation = relation_between(anchor, quotes[quote_id])
        rows.append(
            ClaimQuote(claim=claim, quote_id=quote_id, relation=relation, **link_fields(spec))
        )
    return rows


def link_fields(spec) -> dict:
    """The stored fields of a machine link made from a LinkSpec."""
    return {
        "method": spec.method,
        "score": spec.score,
        "status": spec.status,
        "matched_quote_id": spec.matched_quote,
        "unit_start": spec.unit[0],
        "unit_end": spec.unit[1],
    }


def write_link(claim: Claim, quote_id: int, spec, current: ClaimQuote | None) -> bool:
    """Create or update one machine link; returns whether anything was written."""
    if current and current.status in CURATED_STATUSES:
        return False
    fields = link_fields(spec)
    if current is None:
        save_quietly(ClaimQuote(claim=claim, quote_id=quote_id, **fields))
        return True
    return update_quietly(current, fields)


def refresh_claims(claim_ids) -> None:
    """Recompute texts and relations of the given claims; drop claims nobody needs any more."""
    for claim in Claim.objects.filter(pk__in=claim_ids).order_by("pk"):
        links = list(claim.links.select_related("quote__source").defer("quote__source__body"))
        if not links and not claim.is_curated:
            claim.delete()
            continue
        public = [lk.quote for lk in links if lk.status in PUBLIC_STATUSES]
        units = {
            lk.quote_id: (lk.unit_start, lk.unit_end)
            for lk in links
            if lk.status in PUBLIC_STATUSES and lk.unit_end > lk.unit_start
        }
        if not claim.text_is_curated and units:
            claim_text.name_claim(claim, claim_text.choose(units))
        _refresh_relations(links, public)


def chronological(quote: Quote):
    """Sort key for a claim's first appearance: by date (undated last), then source and offset."""
    return (quote.said_on is None, quote.said_on, quote.source_id, quote.start)


def _refresh_relations(links: list[ClaimQuote], public: list[Quote]) -> None:
    """Relate every link to the claim's first public appearance.

    When the first appearance is unchanged (it is still marked original), only
    links not yet related are computed; an earlier quote joining re-relates all.
    """
    anchor = min(public, key=chronological, default=None)
    anchor_link = next((lk for lk in links if anchor and lk.quote_id == anchor.pk), None)
    moved = anchor_link is not None and anchor_link.relation != Relation.ORIGINAL
    for link in links:
        if link.quote_id == getattr(anchor, "pk", None) or anchor is None:
            relation = Relation.ORIGINAL
        elif moved or link.relation == Relation.ORIGINAL:
            relation = relation_between(anchor, link.quote)
        else:
            continue
        if relation != link.relation:
            link.relation = relation
            save_link(link, update_fields=["relation", "updated_at"])


def relation_between(anchor: Quote, quote: Quote) -> str:
    """Same utterance, repetition or echo, from speakers, dates, outlets, marks and wording."""
    if anchor.pk == quote.pk:
        return Relation.ORIGINAL
    best, shared = matching.wording_closeness(anchor.text, quote.text)
    return matching.relation(
        same_speaker=anchor.speaker_id is not None and anchor.speaker_id == quote.speaker_id,
        a_date=anchor.said_on,
        b_date=quote.said_on,
        a_publisher=anchor.source.publisher,
        b_publisher=quote.source.publisher,
        score=best,
        both_marked=QuoteKind.INDIRECT not in (anchor.kind, quote.kind),
        shared_words=shared,
    )


def relation_to_claim(*, claim: Claim, quote: Quote) -> str:
    """How `quote` stands to the claim's first public appearance."""
    anchor = first_appearance(claim, exclude=quote)
    if anchor is None:
        return Relation.ORIGINAL
    return relation_between(anchor, quote)


def first_appearance(claim: Claim, *, exclude: Quote | None = None) -> Quote | None:
    """The earliest quote publicly linked to the claim (undated quotes last)."""
    links = claim.links.filter(status__in=PUBLIC_STATUSES).select_related("quote__source")
    if exclude is not None:
        links = links.exclude(quote=exclude)
    quotes = [link.quote for link in links]
    return min(quotes, key=chronological, default=None)


@catalogue_write
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
    if link and not machine:
        record_baseline([link])
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
