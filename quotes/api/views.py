"""One viewset per resource. Reads come from `quotes.selectors`, writes go to `quotes.services`."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle

from quotes import selectors
from quotes.api import serializers as s
from quotes.api.errors import ServiceUnavailable
from quotes.api.jsonld import CLAIM_REVIEW_SCHEMA, claim_review
from quotes.api.mixins import (
    CatalogueViewSet,
    FilterOnlyWithParamsMixin,
    IdLookupMixin,
    SlugRedirectMixin,
    id_or_404,
)
from quotes.api.parsers import PARSER_CLASSES
from quotes.api.permissions import QuotePermissions, staff_with
from quotes.api.renderers import JSONLDRenderer
from quotes.choices import Rating
from quotes.filters import ClaimFilterSet, QuoteFilterSet, SourceFilterSet, SpeakerFilterSet
from quotes.models import ClaimQuote, ImportJob, SlugRedirect
from quotes.services.claims import (
    create_claim,
    link_quote_to_claim,
    merge_claims,
    set_link_status,
    unlink_quote_from_claim,
    update_claim,
)
from quotes.services.jobs import BrokerError, enqueue_import
from quotes.services.quotes import update_quote
from quotes.services.speakers import merge_speakers


def _validated(serializer_class, request, **kwargs) -> dict:
    serializer = serializer_class(data=request.data, **kwargs)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def _is_staff(request) -> bool:
    return bool(request.user and request.user.is_staff)


def _quote_page(view, quotes):
    """A page of quotes as QuoteSerializer shapes them, built from values() rows
    (serializers.quote_rows): count, page, and the page's claims, three queries."""
    page = view.paginate_queryset(selectors.quote_rows(view.filter_queryset(quotes)))
    claims = selectors.public_claims_of([row["id"] for row in page])
    return view.get_paginated_response(s.quote_rows(page, claims))


class SpeakerViewSet(FilterOnlyWithParamsMixin, SlugRedirectMixin, CatalogueViewSet):
    """People and organisations quoted in the sources, with their aliases and quote counts."""

    redirect_kind = SlugRedirect.Kind.SPEAKER
    queryset = selectors.speaker_list()
    serializer_class = s.SpeakerSerializer
    filterset_class = SpeakerFilterSet
    lookup_field = "slug"

    @extend_schema(
        summary="A speaker's quotes, oldest first",
        parameters=[OpenApiParameter("slug", str, OpenApiParameter.PATH)],
        responses=s.QuoteSerializer(many=True),
    )
    @action(
        detail=True, queryset=selectors.quote_list(), serializer_class=s.QuoteSerializer,
        filterset_class=QuoteFilterSet,
    )  # fmt: skip
    def quotes(self, request, slug=None):
        speaker = selectors.plain_speakers().filter(slug=slug).first() or self.moved_or_404()
        return _quote_page(self, selectors.ordered_quotes().filter(speaker=speaker))

    @extend_schema(
        summary="Fold other speakers into this one",
        request=s.SpeakerMergeSerializer,
        responses=s.SpeakerSerializer,
    )
    @action(
        detail=True,
        methods=["post"],
        permission_classes=[staff_with("quotes.change_speaker", "quotes.merge_speaker")],
    )
    def merge(self, request, slug=None):
        speaker = self.get_object()
        merge_speakers(
            target=speaker, others=_validated(s.SpeakerMergeSerializer, request)["others"]
        )
        return Response(self.get_serializer(self.get_object()).data)


class QuoteViewSet(FilterOnlyWithParamsMixin, IdLookupMixin, CatalogueViewSet):
    """Quotes from every source; a curator can correct or verify one."""

    queryset = selectors.quote_list()
    serializer_class = s.QuoteSerializer
    filterset_class = QuoteFilterSet
    permission_classes = [QuotePermissions]

    def get_queryset(self):
        return selectors.quote_list(with_body=self.detail)

    def get_serializer_class(self):
        return s.QuoteSerializer if self.action == "list" else s.QuoteDetailSerializer

    def list(self, request, *args, **kwargs):
        if getattr(request.accepted_renderer, "format", None) == "csv":
            return super().list(request, *args, **kwargs)
        return _quote_page(self, selectors.ordered_quotes())

    def retrieve(self, request, *args, **kwargs):
        quote = self.get_object()
        quote.context = selectors.quote_context(quote)
        return Response(self.get_serializer(quote).data)

    @extend_schema(
        summary="Correct a quote's speaker, kind or span, or verify it",
        request=s.QuoteUpdateSerializer,
        responses=s.QuoteDetailSerializer,
    )
    def partial_update(self, request, *args, **kwargs):
        data = _validated(s.QuoteUpdateSerializer, request, partial=True)  # a form omits fields
        update_quote(quote=self.get_object(), **data)
        return self.retrieve(request, *args, **kwargs)


class ClaimViewSet(FilterOnlyWithParamsMixin, SlugRedirectMixin, CatalogueViewSet):
    """Claims: what quotes assert, how often and by whom, and their fact-check rating."""

    redirect_kind = SlugRedirect.Kind.CLAIM
    queryset = selectors.claim_list()
    serializer_class = s.ClaimSerializer
    filterset_class = ClaimFilterSet
    lookup_field = "slug"

    def get_serializer_class(self):
        return s.ClaimSerializer if self.action == "list" else s.ClaimDetailSerializer

    def retrieve(self, request, *args, **kwargs):
        claim = self.get_object()
        claim.timeline = selectors.claim_timeline(claim, staff=_is_staff(request))
        return Response(s.ClaimDetailSerializer(claim).data)

    @extend_schema(
        summary="Create a claim",
        request=s.ClaimWriteSerializer,
        responses={201: s.ClaimDetailSerializer},
    )
    def create(self, request, *args, **kwargs):
        claim = create_claim(**_validated(s.ClaimWriteSerializer, request))
        self.kwargs["slug"] = claim.slug
        response = self.retrieve(request, *args, **kwargs)
        response.status_code = status.HTTP_201_CREATED
        return response

    @extend_schema(
        summary="Edit a claim's text, pattern or rating",
        request=s.ClaimWriteSerializer,
        responses=s.ClaimDetailSerializer,
    )
    def partial_update(self, request, *args, **kwargs):
        data = _validated(s.ClaimWriteSerializer, request, partial=True)
        update_claim(claim=self.get_object(), **data)
        return self.retrieve(request, *args, **kwargs)

    @extend_schema(
        summary="Link a quote to this claim (confirmed)",
        request=s.ClaimLinkSerializer,
        responses={201: s.ClaimLinkResultSerializer},
    )
    @action(detail=True, methods=["post"], permission_classes=[staff_with("quotes.add_claimquote")])
    def links(self, request, slug=None):
        quote = _validated(s.ClaimLinkSerializer, request)["quote"]
        link = link_quote_to_claim(quote=quote, claim=self.get_object())
        return Response(s.ClaimLinkResultSerializer(link).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Confirm or reject a link",
        request=s.LinkStatusSerializer,
        responses=s.ClaimLinkResultSerializer,
    )
    @action(
        detail=True,
        methods=["patch"],
        url_path=r"links/(?P<quote_id>[0-9]+)",
        permission_classes=[staff_with("quotes.change_claimquote")],
    )
    def link(self, request, slug=None, quote_id=None):
        link = self._link(quote_id)
        new_status = _validated(s.LinkStatusSerializer, request)["status"]
        return Response(
            s.ClaimLinkResultSerializer(set_link_status(link=link, status=new_status)).data
        )

    @extend_schema(summary="Unlink a quote (kept as rejected)", request=None, responses={204: None})
    @link.mapping.delete
    def unlink(self, request, slug=None, quote_id=None):
        link = self._link(quote_id)
        unlink_quote_from_claim(quote=link.quote, claim=link.claim)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _link(self, quote_id) -> ClaimQuote:
        links = selectors.links_of_claim(self.get_object())
        return get_object_or_404(links, quote_id=id_or_404(quote_id))

    @extend_schema(
        summary="Fold other claims into this one",
        request=s.ClaimMergeSerializer,
        responses=s.ClaimDetailSerializer,
    )
    @action(
        detail=True,
        methods=["post"],
        permission_classes=[staff_with("quotes.change_claim", "quotes.merge_claim")],
    )
    def merge(self, request, slug=None):
        merge_claims(
            target=self.get_object(), others=_validated(s.ClaimMergeSerializer, request)["others"]
        )
        return self.retrieve(request, slug=slug)

    @extend_schema(
        summary="schema.org ClaimReview (JSON-LD) of a rated claim",
        description="A ClaimReview is a verdict: an unrated claim has none and answers 404.",
        responses={
            (200, media_type): OpenApiResponse(CLAIM_REVIEW_SCHEMA)
            for media_type in ("application/ld+json", "application/json")  # ?format=json
        },
    )
    @action(detail=True, renderer_classes=[JSONLDRenderer, JSONRenderer], pagination_class=None)
    def claimreview(self, request, slug=None):
        claim = self.get_object()
        if claim.rating == Rating.UNRATED:
            raise NotFound("This claim is unrated, so it has no ClaimReview.")
        quotes = [link.quote for link in selectors.claim_links(claim)]
        url = request.build_absolute_uri(reverse("claim-detail", kwargs={"slug": claim.slug}))
        return Response(claim_review(claim, quotes=quotes, url=url))


class SourceViewSet(IdLookupMixin, CatalogueViewSet):
    """Articles and documents: metadata, and in detail the body with its quotes' offsets.

    Staff with `add_source` submit articles, as a newsroom's CMS or scraper would:
    each becomes an import job that a worker runs (at once, here, without a broker).
    """

    queryset = selectors.source_list()
    serializer_class = s.SourceSerializer
    filterset_class = SourceFilterSet

    def get_queryset(self):
        return selectors.source_detail() if self.detail else selectors.source_list()

    def get_serializer_class(self):
        if self.request and self.request.method == "POST":
            return s.SourceSubmitSerializer  # also the browsable API's form
        return s.SourceDetailSerializer if self.detail else s.SourceSerializer

    @extend_schema(
        summary="Submit an article for import",
        description="The answer is 202 with the job (its URL also in `Location`); the job's "
        "`source` links the stored article once its `state` is done. An article whose text is "
        "already stored ends done with that source, and `new_source` false.",
        request=s.SourceSubmitSerializer,
        responses={
            202: s.ImportJobSerializer,
            503: OpenApiResponse(description="The job queue cannot be reached; try again later."),
        },
        parameters=[
            OpenApiParameter(
                "Location", str, OpenApiParameter.HEADER, response=[202], description="The job"
            )
        ],
    )
    def create(self, request, *args, **kwargs):
        data = _validated(s.SourceSubmitSerializer, request)
        try:
            job = enqueue_import(body=data.pop("text"), origin=data.get("url", ""), **data)
        except BrokerError:
            raise ServiceUnavailable(
                "The job queue cannot be reached (CELERY_BROKER_URL); the job was recorded as "
                "failed. Submit the article again later."
            ) from None
        body = s.ImportJobSerializer(job, context=self.get_serializer_context()).data
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]})


class JobViewSet(IdLookupMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Import jobs: an article submitted to POST /api/sources/, and what became of it.

    Only staff see jobs; to anyone else a job does not exist (404), as its article
    may not be published here yet, or at all.
    """

    queryset = ImportJob.objects.all()
    serializer_class = s.ImportJobSerializer

    def get_queryset(self):
        return ImportJob.objects.all() if _is_staff(self.request) else ImportJob.objects.none()


class TokenView(ObtainAuthToken):
    """Exchange a username and password for an API token; throttled by the "login" scope."""

    authentication_classes = []
    parser_classes = PARSER_CLASSES
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "login"
    renderer_classes = [JSONRenderer]

    @extend_schema(
        summary="Obtain an API token", request=AuthTokenSerializer, responses=s.TokenSerializer
    )
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)
