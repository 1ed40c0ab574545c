"""A minimal hand-written Django view per benchmarked API query, returning the same rows.

Same rows, order and page size as the API (the first page of 50 and the total
count), built with `.values()` and JsonResponse: no DRF, no serializers, no
filters, no throttling. Served by gunicorn with bench.minimal_settings.
"""

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Count, F, Max, Min, Q
from django.http import Http404, JsonResponse
from django.urls import path

from quotes.choices import PUBLIC_STATUSES
from quotes.models import Claim, ClaimQuote, Quote, Speaker

PAGE = 50
QUOTE_FIELDS = (
    "id", "text", "kind", "cue", "start", "end", "said_on", "verified",
    "speaker__slug", "speaker__name", "source_id", "source__title", "source__publisher",
    "source__origin", "source__published_on",
)  # fmt: skip

CLAIM_FIELDS = (
    "id", "slug", "text", "rating", "rating_explanation", "reviewed_at", "pattern",
    "quote_count", "speaker_count", "source_count", "first_said_on", "last_said_on",
)  # fmt: skip
LINK_FIELDS = (
    "relation", "status", "method", "score", "quote_id", "quote__text", "quote__kind",
    "quote__said_on", "quote__speaker__slug", "quote__speaker__name", "quote__source_id",
    "quote__source__title", "quote__source__publisher", "quote__source__origin",
    "quote__source__published_on",
)  # fmt: skip


def _page(queryset) -> dict:
    rows = list(queryset.values(*QUOTE_FIELDS)[:PAGE])
    claims: dict[int, list] = {}
    links = ClaimQuote.objects.filter(
        quote_id__in=[r["id"] for r in rows], status__in=PUBLIC_STATUSES
    ).values_list("quote_id", "claim__slug", "claim__text", "relation")
    for quote_id, slug, text, relation in links:
        claims.setdefault(quote_id, []).append({"slug": slug, "text": text, "relation": relation})
    for row in rows:
        row["claims"] = claims.get(row["id"], [])
    return {"count": queryset.count(), "results": rows}


def _ordered():
    return Quote.objects.filter(is_quote=True).order_by(
        F("said_on").asc(nulls_last=True), "source_id", "start"
    )


def quotes(request):
    queryset = _ordered()
    if "speaker" in request.GET:
        # The slug first, then the quotes by speaker id: the planner then knows the speaker.
        speaker = Speaker.objects.filter(slug=request.GET["speaker"]).values("pk").first()
        if speaker is None:
            raise Http404
        queryset = queryset.filter(speaker_id=speaker["pk"])
    if "q" in request.GET:
        if connection.vendor == "postgresql":
            # The API's rows: every hit, in the list's order (quotes.selectors.search_quotes).
            vector = SearchVector("text", config="english")
            query = SearchQuery(request.GET["q"], search_type="websearch", config="english")
            queryset = queryset.alias(document=vector).filter(document=query)
        else:
            for word in request.GET["q"].split():
                queryset = queryset.filter(text__icontains=word)
    return JsonResponse(_page(queryset))


def claim(request, slug):
    public = Q(links__status__in=PUBLIC_STATUSES, links__quote__is_quote=True)
    row = (
        Claim.objects.filter(slug=slug)
        .annotate(
            quote_count=Count("links__quote", filter=public, distinct=True),
            speaker_count=Count("links__quote__speaker", filter=public, distinct=True),
            source_count=Count("links__quote__source", filter=public, distinct=True),
            first_said_on=Min("links__quote__said_on", filter=public),
            last_said_on=Max("links__quote__said_on", filter=public),
        )
        .values(*CLAIM_FIELDS)
        .first()
    )
    if row is None:
        raise Http404
    row["timeline"] = list(
        ClaimQuote.objects.filter(
            claim_id=row.pop("id"), status__in=PUBLIC_STATUSES, quote__is_quote=True
        )
        .order_by(F("quote__said_on").asc(nulls_last=True), "quote__source_id", "quote__start")
        .values(*LINK_FIELDS)
    )
    return JsonResponse(row)


urlpatterns = [
    path("min/quotes/", quotes),
    path("min/claims/<slug:slug>/", claim),
]
