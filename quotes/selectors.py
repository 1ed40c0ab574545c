"""Read-side queries shared by the API and the admin.

Visibility rules live here and nowhere else: a quote a curator marked "not a
quote" (`is_quote=False`) is never shown; a claim link counts publicly only when
it is automatic or confirmed; suggested links are shown to staff only and never
counted; rejected links are never shown. Every list query has a fixed number of
queries, whatever the page size (select_related for single rows, one prefetch
for each many-valued field).
"""

import hashlib
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, SearchVectorField
from django.db import connection
from django.db.models import Count, Expression, F, Max, Min, Prefetch, Q, QuerySet

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
    quotes = ordered_quotes().select_related("speaker", "source")
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


# The list's order: oldest first, undated last (the indexes of 0007 and 0016 follow it).
DATE_ORDER = (F("said_on").asc(nulls_last=True), "source_id", "start")

# The columns of a list row, read with values(): a page of 50 built from dicts costs a
# fraction of one built from model instances and DRF fields (quotes.api.serializers.quote_rows).
QUOTE_ROW_FIELDS = (
    "id", "text", "kind", "cue", "start", "end", "said_on", "verified", "speaker_id",
    "speaker__slug", "speaker__name", "source_id", "source__title", "source__publisher",
    "source__origin", "source__published_on",
)  # fmt: skip


def ordered_quotes() -> QuerySet[Quote]:
    """Public quotes in the list's order, to filter and then read with quote_rows."""
    return public_quotes().order_by(*DATE_ORDER)


def quote_rows(queryset: QuerySet[Quote]) -> QuerySet[dict]:
    """The list's columns of each quote, speaker and source joined (one query a page)."""
    return queryset.values(*QUOTE_ROW_FIELDS)


def public_claims_of(quote_ids: list[int]) -> dict[int, list[dict]]:
    """The public claims of these quotes, each quote's by claim id (one query)."""
    claims: dict[int, list[dict]] = {}
    links = (
        ClaimQuote.objects.filter(quote_id__in=quote_ids, status__in=PUBLIC_STATUSES)
        .order_by("quote_id", "claim_id")
        .values_list("quote_id", "claim__slug", "claim__text", "relation")
    )
    for quote_id, slug, text, relation in links:
        claims.setdefault(quote_id, []).append({"slug": slug, "text": text, "relation": relation})
    return claims


LIST_FIELDS = (
    "text", "kind", "cue", "start", "end", "said_on", "verified", "source_id", "speaker_id",
    "speaker__slug", "speaker__name", "source__title", "source__publisher", "source__origin",
    "source__published_on",
)  # fmt: skip


# --- counts -----------------------------------------------------------------

# A count of at least this many rows is remembered, by each worker, for COUNT_SECONDS.
# Counting is the one part of a page whose cost grows with the result (65,000 quotes
# of one speaker, 33,000 hits of a search: 10 to 400 ms at a million quotes), and
# responses are already public for a minute (Cache-Control max-age=60), so a count
# as old as the page a proxy may serve is no new staleness. Smaller counts are
# cheap and always exact.
COUNT_REMEMBER_MIN = 10_000
COUNT_SECONDS = 60
_COUNT_SLOTS = 512
_counts: OrderedDict[str, tuple[float, int]] = OrderedDict()
_counts_lock = threading.Lock()
clock = time.monotonic  # tests move it


def _count_key(queryset: QuerySet) -> str:
    """The SQL and parameters of the rows counted (ordering and selected columns left out)."""
    query = queryset.order_by().values("pk").query
    sql, params = query.get_compiler(queryset.db).as_sql()
    return hashlib.sha256(repr((queryset.db, sql, params)).encode()).hexdigest()


def _remembered(key: str) -> int | None:
    with _counts_lock:
        known = _counts.get(key)
    return known[1] if known and known[0] > clock() else None


def count_of(queryset: QuerySet) -> int:
    """queryset.count(), remembered for COUNT_SECONDS when it is COUNT_REMEMBER_MIN or more."""
    key = _count_key(queryset)
    count = _remembered(key)
    if count is not None:
        return count
    count = queryset.count()
    remember_count(queryset, count, key=key)
    return count


def remember_count(queryset: QuerySet, count: int, *, key: str | None = None) -> None:
    """Let count_of(queryset) answer `count` (if large) without counting again."""
    if count < COUNT_REMEMBER_MIN:
        return
    key = key or _count_key(queryset)
    with _counts_lock:
        _counts[key] = (clock() + COUNT_SECONDS, count)
        _counts.move_to_end(key)
        while len(_counts) > _COUNT_SLOTS:
            _counts.popitem(last=False)


def forget_counts() -> None:
    with _counts_lock:
        _counts.clear()


# --- full-text search -------------------------------------------------------


def _phrase_or_words(text: str) -> list[str]:
    """Split a search the way websearch does: "quoted phrases" stay whole, other words split."""
    phrases = re.findall(r'"([^"]+)"', text)
    rest = re.sub(r'"[^"]*"?', " ", text)
    return [p.strip() for p in phrases if p.strip()] + rest.split()


def _contains_every_term(queryset: QuerySet, text: str, field_name: str) -> QuerySet:
    for term in _phrase_or_words(text):
        queryset = queryset.filter(**{f"{field_name}__icontains": term})
    return queryset


def search(queryset: QuerySet, text: str, *, field_name: str = "text") -> QuerySet:
    """Rows whose `field_name` matches `text`, best match first (claims).

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
    return _contains_every_term(queryset, text, field_name)


class StoredSearchVector(Expression):
    """`quotes_quote.search_vector`, the stored tsvector of migration 0016 (not a model field)."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        alias = compiler.query.get_initial_alias()
        return f"{compiler.quote_name_unless_alias(alias)}.search_vector", []


# A search reads its page by walking the list's order when that visits fewer rows than
# fetching every hit would, counting on readers going about this many rows deep.
SEARCH_WALK_DEPTH = 500


def search_quotes(queryset: QuerySet[Quote], text: str) -> QuerySet[Quote]:
    """Public quotes matching `text`, in the list's order (oldest first, or `ordering`).

    PostgreSQL: websearch syntax ("done deal" is a phrase, -word excludes). Hits are
    ordered by date, not ranked: ranking reads every hit (ts_rank), and at a million
    quotes a common pair of words has 30,000 of them (1.5 s a request); in date order
    a page costs what it shows. The page is read the cheaper of two ways, chosen from
    the number of hits (counted once through the GIN index, then remembered with the
    other large counts, see count_of):

    - few hits: all of them through the GIN index on the search expression
      (`quote_public_text_fts`), then sorted;
    - many: walk the quotes in the list's order (an index of 0007 or 0016) and test
      each row's stored tsvector (`search_vector`), stopping at the page's end. A
      walk visits about depth x rows / hits rows, so it is chosen when that is less
      than the hits, taking a depth of SEARCH_WALK_DEPTH rows.

    Both read the same rows in the same order. Elsewhere (SQLite): every word or
    quoted phrase must be contained, case-insensitively.
    """
    if connection.vendor != "postgresql":
        return _contains_every_term(queryset, text, "text")
    query = SearchQuery(text, search_type="websearch", config="english")
    indexed = queryset.alias(search_document=SearchVector("text", config="english")).filter(
        search_document=query
    )
    hits = _remembered(_count_key(indexed))
    if hits is None and indexed.order_by()[:COUNT_REMEMBER_MIN].count() < COUNT_REMEMBER_MIN:
        return indexed  # at most that many hits to fetch: no walk would be much cheaper
    hits = hits or count_of(indexed)
    if hits * hits < SEARCH_WALK_DEPTH * count_of(queryset):
        return indexed
    walking = queryset.alias(search_document=StoredSearchVector()).filter(search_document=query)
    remember_count(walking, hits)  # the same rows: never count them without the index
    return walking


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
    links: list[dict] = field(default_factory=list)
    count: int = 0  # all the group's links; `links` may hold only the first of them


def links_of_claim(claim: Claim) -> QuerySet[ClaimQuote]:
    """Every link of a claim, whatever its status, with its quote and claim (one-link writes)."""
    return ClaimQuote.objects.filter(claim=claim).select_related("quote", "claim")


# The timeline's rows, ranked within each relation in date order (undated last) and
# counted per relation by window functions: one query, written out because compiling
# the ORM's form of it (a window filter becomes a nested query) cost more than running it.
_TIMELINE_SQL = """
SELECT * FROM (
    SELECT cq.relation, cq.status, cq.method, cq.score, q.id AS quote_id, q.text, q.kind,
        q.said_on, q.speaker_id, sp.slug AS speaker_slug, sp.name AS speaker_name,
        q.source_id, s.title, s.publisher, s.origin, s.published_on,
        ROW_NUMBER() OVER (PARTITION BY cq.relation
            ORDER BY q.said_on IS NULL, q.said_on, q.source_id, q.start) AS link_rank,
        COUNT(*) OVER (PARTITION BY cq.relation) AS in_relation
    FROM quotes_claimquote cq
    JOIN quotes_quote q ON q.id = cq.quote_id
    LEFT JOIN quotes_speaker sp ON sp.id = q.speaker_id
    JOIN quotes_source s ON s.id = q.source_id
    WHERE cq.claim_id = %s AND q.is_quote AND cq.status IN ({statuses})
) ranked
WHERE link_rank <= %s
ORDER BY link_rank, relation
"""
# Named as quote_rows names the same columns, so one serializer helper reads both.
TIMELINE_COLUMNS = (
    "relation", "status", "method", "score", "quote_id", "text", "kind", "said_on",
    "speaker_id", "speaker__slug", "speaker__name", "source_id", "source__title",
    "source__publisher", "source__origin", "source__published_on", "rank", "in_relation",
)  # fmt: skip


def claim_timeline(
    claim: Claim, *, staff: bool = False, cap: int | None = None
) -> list[TimelineGroup]:
    """The claim's quotes grouped by relation, in the order of `Relation`; empty groups kept.

    Each group holds its first `cap` (TIMELINE_CAP) links and counts them all: a claim quoted
    two thousand times answers with a bounded page, and the quotes list filtered
    by the claim has the rest. One query (_TIMELINE_SQL), read as plain rows
    (TIMELINE_COLUMNS): a timeline is up to four hundred links, which as model
    instances cost more than the query. Dates come back as dates (PostgreSQL) or ISO
    strings (SQLite), which serialize alike.
    """
    groups = {value: TimelineGroup(value, label) for value, label in Relation.choices}
    statuses = visible_statuses(staff=staff)
    sql = _TIMELINE_SQL.format(statuses=", ".join(["%s"] * len(statuses)))
    with connection.cursor() as cursor:
        cursor.execute(sql, [claim.pk, *statuses, cap or TIMELINE_CAP])
        rows = cursor.fetchall()
    for row in rows:
        link = dict(zip(TIMELINE_COLUMNS, row, strict=True))
        group = groups[link["relation"]]
        group.links.append(link)
        group.count = link["in_relation"]
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
