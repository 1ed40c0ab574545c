"""Read-side queries shared by the API and the admin.

Visibility rules live here and nowhere else: a quote a curator marked "not a
quote" (`is_quote=False`) is never shown; a claim link counts publicly only when
it is automatic or confirmed; suggested links are shown to staff only and never
counted; rejected links are never shown. Every list query has a fixed number of
queries, whatever the page size (select_related for single rows, one prefetch
for each many-valued field).
"""

import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Count, F, Max, Min, Prefetch, Q, QuerySet, Window
from django.db.models.functions import RowNumber

from quotes.choices import PUBLIC_STATUSES, LinkStatus, Relation
from quotes.extraction.names import normalise_alias
from quotes.models import Claim, ClaimQuote, Quote, SlugRedirect, Source, Speaker
from quotes.services.claim_links import relation_between

# Statuses a reader may see: staff also see the matcher's suggestions.
STAFF_STATUSES = (*PUBLIC_STATUSES, LinkStatus.SUGGESTED)

# A link counts when it is public and its quote has not been marked "not a quote".
_PUBLIC_LINK = Q(links__status__in=PUBLIC_STATUSES, links__quote__is_quote=True)


def visible_statuses(*, staff: bool) -> tuple[str, ...]:
    return STAFF_STATUSES if staff else PUBLIC_STATUSES


def public_quotes() -> QuerySet[Quote]:
    """Every quote a reader may see."""
    return Quote.objects.filter(is_quote=True)


def quote_list(*, with_body: bool = False) -> QuerySet[Quote]:
    """Quotes with their speaker, source and public claim links: two queries a page.

    Lists leave out the source body (a few kilobytes a row); a detail view needs it
    for the sentence and paragraph around the quote.
    """
    links = ClaimQuote.objects.filter(status__in=PUBLIC_STATUSES).select_related("claim")
    quotes = (
        public_quotes()
        .order_by(F("said_on").asc(nulls_last=True), "source_id", "start")
        .select_related("speaker", "source")
    )
    if with_body:
        return quotes.prefetch_related(
            Prefetch("claim_links", queryset=links, to_attr="public_links")
        )
    # A list reads only what it shows: on a page of 50 the unused columns cost
    # more to fetch and turn into objects than the queries themselves.
    links = links.only("quote_id", "relation", "claim__slug", "claim__text")
    return quotes.only(*LIST_FIELDS).prefetch_related(
        Prefetch("claim_links", queryset=links, to_attr="public_links")
    )


LIST_FIELDS = (
    "text", "kind", "cue", "start", "end", "said_on", "verified", "source_id", "speaker_id",
    "speaker__slug", "speaker__name", "source__title", "source__publisher", "source__origin",
    "source__published_on",
)  # fmt: skip


# --- full-text search -------------------------------------------------------


def _phrase_or_words(text: str) -> list[str]:
    """Split a search the way websearch does: "quoted phrases" stay whole, other words split."""
    phrases = re.findall(r'"([^"]+)"', text)
    rest = re.sub(r'"[^"]*"?', " ", text)
    return [p.strip() for p in phrases if p.strip()] + rest.split()


def search(queryset: QuerySet, text: str, *, field_name: str = "text") -> QuerySet:
    """Rows whose `field_name` matches `text`, best match first.

    PostgreSQL: websearch syntax ("done deal" is a phrase, -word excludes) on
    `to_tsvector('english', COALESCE(text, ''))`, the expression the GIN
    indexes of migration 0003 cover, ranked by ts_rank. Elsewhere: every word
    or quoted phrase must be contained, case-insensitively.
    """
    if connection.vendor == "postgresql":
        vector = SearchVector(field_name, config="english")
        query = SearchQuery(text, search_type="websearch", config="english")
        ordering = queryset.query.order_by or queryset.model._meta.ordering
        return (
            queryset.alias(search_document=vector)
            .filter(search_document=query)
            .annotate(search_rank=SearchRank(vector, query))
            .order_by("-search_rank", *ordering)
        )
    for term in _phrase_or_words(text):
        queryset = queryset.filter(**{f"{field_name}__icontains": term})
    return queryset


# --- speakers ---------------------------------------------------------------


def plain_speakers() -> QuerySet[Speaker]:
    """Speaker rows alone, for finding one by its slug (one query, nothing joined)."""
    return Speaker.objects.all()


def speaker_list() -> QuerySet[Speaker]:
    """Speakers with their aliases and the number of quotes a reader can see."""
    return (
        Speaker.objects.annotate(quote_count=Count("quotes", filter=Q(quotes__is_quote=True)))
        .prefetch_related("aliases")
        .order_by("name", "pk")
    )


def search_speakers(queryset: QuerySet[Speaker], text: str) -> QuerySet[Speaker]:
    """Speakers whose name or any alias contains `text`."""
    by_alias = Speaker.objects.filter(aliases__alias__icontains=text).values("pk")
    return queryset.filter(Q(name__icontains=text) | Q(pk__in=by_alias))


# --- claims -----------------------------------------------------------------


def claim_list() -> QuerySet[Claim]:
    """Claims with public counts and the span of dates they were said on; one query a page.

    An occasion is a distinct date: two outlets reporting the same speech count once.
    Where dates are unknown, a link the matcher judged a repetition by the same
    speaker is the evidence of another occasion.
    """
    return Claim.objects.annotate(
        quote_count=Count("links__quote", filter=_PUBLIC_LINK, distinct=True),
        speaker_count=Count("links__quote__speaker", filter=_PUBLIC_LINK, distinct=True),
        source_count=Count("links__quote__source", filter=_PUBLIC_LINK, distinct=True),
        occasion_count=Count("links__quote__said_on", filter=_PUBLIC_LINK, distinct=True),
        repetition_count=Count(
            "links", filter=_PUBLIC_LINK & Q(links__relation=Relation.REPETITION), distinct=True
        ),
        first_said_on=Min("links__quote__said_on", filter=_PUBLIC_LINK),
        last_said_on=Max("links__quote__said_on", filter=_PUBLIC_LINK),
    ).order_by("pk")


def claims_said_by(queryset: QuerySet[Claim], speaker: Speaker) -> QuerySet[Claim]:
    links = ClaimQuote.objects.filter(
        status__in=PUBLIC_STATUSES, quote__is_quote=True, quote__speaker=speaker
    )
    return queryset.filter(pk__in=links.values("claim_id"))


def repeated_claims(queryset: QuerySet[Claim], repeated: bool) -> QuerySet[Claim]:
    """Claims made on at least two occasions or by at least two speakers (or, if False, not)."""
    condition = Q(occasion_count__gte=2) | Q(speaker_count__gte=2) | Q(repetition_count__gte=1)
    return queryset.filter(condition) if repeated else queryset.exclude(condition)


def quotes_of_claim(queryset: QuerySet[Quote], claim: Claim) -> QuerySet[Quote]:
    links = ClaimQuote.objects.filter(claim=claim, status__in=PUBLIC_STATUSES)
    return queryset.filter(pk__in=links.values("quote_id"))


TIMELINE_CAP = 100  # links shown per relation; the rest are a click away in the quotes list

_IN_DATE_ORDER = (F("quote__said_on").asc(nulls_last=True), "quote__source_id", "quote__start")


def _visible_links(claim: Claim, *, staff: bool) -> QuerySet[ClaimQuote]:
    return (
        claim.links.filter(status__in=visible_statuses(staff=staff), quote__is_quote=True)
        .select_related("quote__speaker", "quote__source")
        .defer("quote__source__body")
    )


def claim_links(claim: Claim, *, staff: bool = False, cap: int | None = None) -> list[ClaimQuote]:
    """The claim's first `cap` (TIMELINE_CAP) visible links in date order, with quote,
    speaker and source."""
    links = _visible_links(claim, staff=staff).order_by(*_IN_DATE_ORDER)
    return list(links[: cap or TIMELINE_CAP])


@dataclass
class TimelineGroup:
    """The links of one relation, oldest first."""

    relation: str
    label: str
    links: list[ClaimQuote] = field(default_factory=list)
    count: int = 0  # all the group's links; `links` may hold only the first of them


def links_of_claim(claim: Claim) -> QuerySet[ClaimQuote]:
    """Every link of a claim, whatever its status, with its quote and claim (one-link writes)."""
    return ClaimQuote.objects.filter(claim=claim).select_related("quote", "claim")


def claim_timeline(
    claim: Claim, *, staff: bool = False, cap: int | None = None
) -> list[TimelineGroup]:
    """The claim's quotes grouped by relation, in the order of `Relation`; empty groups kept.

    Each group holds its first `cap` (TIMELINE_CAP) links and counts them all: a claim quoted
    two thousand times answers with a bounded page, and the quotes list filtered
    by the claim has the rest. One query: the rank and the count are window
    functions over each relation.
    """
    groups = {value: TimelineGroup(value, label) for value, label in Relation.choices}
    links = _visible_links(claim, staff=staff).annotate(
        rank=Window(RowNumber(), partition_by=F("relation"), order_by=_IN_DATE_ORDER),
        in_relation=Window(Count("pk"), partition_by=F("relation")),
    )
    for link in links.filter(rank__lte=cap or TIMELINE_CAP).order_by("rank"):
        group = groups[link.relation]
        group.links.append(link)
        group.count = link.in_relation
    return list(groups.values())


def first_public_link(claim: Claim) -> ClaimQuote | None:
    """The claim's first public appearance (earliest dated quote)."""
    links = claim_links(claim, staff=False)
    return links[0] if links else None


# --- one quote --------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«(]*[A-Z0-9])")


def paragraph_span(body: str, start: int, end: int) -> tuple[int, int]:
    """The line(s) of `body` that hold [start, end): articles put one paragraph per line."""
    p_start = body.rfind("\n", 0, start) + 1
    p_end = body.find("\n", end)
    return p_start, len(body) if p_end == -1 else p_end


def sentence_span(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) of the paragraph that hold [start, end)."""
    p_start, p_end = paragraph_span(body, start, end)
    s_start, s_end = p_start, p_end
    for match in _SENTENCE_END.finditer(body, p_start, p_end):
        if match.end() <= start:
            s_start = match.end()
        elif match.start() >= end:
            s_end = match.end()
            break
    return s_start, s_end


@dataclass
class QuoteContext:
    """What surrounds a quote in its article, and where else it appears."""

    sentence: str
    paragraph: str
    also_reported_as: list[Quote]
    related: list[Quote]


def quote_context(quote: Quote) -> QuoteContext:
    """Sentence and paragraph around the quote, and the quotes that share a public claim with it.

    Each other quote's relation to this one comes from the matcher's
    `relation_between`, the rule that sets link relations: the same utterance in
    another outlet goes to `also_reported_as`, repetitions and echoes to `related`.
    """
    body = quote.source.body
    s_start, s_end = sentence_span(body, quote.start, quote.end)
    p_start, p_end = paragraph_span(body, quote.start, quote.end)
    also, related = [], []
    for other in _quotes_sharing_a_claim(quote):
        other.relation = relation_between(quote, other)
        (also if other.relation == Relation.SAME_UTTERANCE else related).append(other)
    return QuoteContext(
        sentence=body[s_start:s_end].strip(),
        paragraph=body[p_start:p_end].strip(),
        also_reported_as=also,
        related=related,
    )


def _quotes_sharing_a_claim(quote: Quote) -> list[Quote]:
    claims = ClaimQuote.objects.filter(quote=quote, status__in=PUBLIC_STATUSES).values("claim_id")
    others = ClaimQuote.objects.filter(claim_id__in=claims, status__in=PUBLIC_STATUSES).values(
        "quote_id"
    )
    return list(
        public_quotes()
        .filter(pk__in=others)
        .exclude(pk=quote.pk)
        .select_related("speaker", "source")
        .defer("source__body")
    )


# --- sources ----------------------------------------------------------------


def source_list() -> QuerySet[Source]:
    """Sources without their body, with the number of visible quotes."""
    return (
        Source.objects.defer("body")
        .annotate(quote_count=Count("quotes", filter=Q(quotes__is_quote=True)))
        .order_by(F("published_on").desc(nulls_last=True), "pk")
    )


def source_detail() -> QuerySet[Source]:
    """Sources with their body and visible quotes in reading order."""
    quotes = public_quotes().select_related("speaker").order_by("start")
    return Source.objects.annotate(
        quote_count=Count("quotes", filter=Q(quotes__is_quote=True))
    ).prefetch_related(Prefetch("quotes", queryset=quotes, to_attr="visible_quotes"))


def redirected_slug(kind: str, slug: str) -> str | None:
    """The current slug of the row an old `slug` was merged into, if a merge recorded one."""
    model = {SlugRedirect.Kind.SPEAKER: Speaker, SlugRedirect.Kind.CLAIM: Claim}[kind]
    target = SlugRedirect.objects.filter(kind=kind, old_slug=slug).values("target_id")
    return model.objects.filter(pk__in=target).values_list("slug", flat=True).first()


def speaker_slugs(values: list[str]) -> list[str]:
    """Each value as a speaker's slug: a slug as it is, else the speaker with that alias
    ("erdogan", "tayyip-erdogan"), else the survivor of a merge that removed that slug.
    A value that names no speaker is returned unchanged, for the filter to refuse (one
    with a NUL character is never looked up: PostgreSQL cannot even compare it)."""
    usable = [value for value in values if "\x00" not in value]
    known = set(Speaker.objects.filter(slug__in=usable).values_list("slug", flat=True))
    return [
        value if value in known or value not in usable else _speaker_slug_for(value) or value
        for value in values
    ]


def _speaker_slug_for(value: str) -> str | None:
    key = normalise_alias(value.replace("-", " "))
    by_alias = Speaker.objects.filter(aliases__normalised=key).values_list("slug", flat=True)
    return by_alias.first() or redirected_slug(SlugRedirect.Kind.SPEAKER, value)
