"""What the catalogue's viewsets share: hardened parsing, id and slug look-ups, read caching,
filters only when asked, and CSV export. `CatalogueViewSet` is the read-only base they build on."""

from django.http import Http404, StreamingHttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from rest_framework import status, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import SAFE_METHODS

from quotes import selectors
from quotes.api import serializers as s
from quotes.api.errors import Moved
from quotes.api.parsers import PARSER_CLASSES
from quotes.api.renderers import CSVRenderer, stream_csv

CACHE_SECONDS = 60


def id_or_404(raw: str) -> int:
    """An id from a URL: plain ASCII digits in range, so `١`, `1_0` and `+1` name no row.

    Python's int() accepts all three; and an id past 64 bits overflows SQLite (a 500)
    in a foreign-key lookup, where Django does not guard the range as it does for pk.
    """
    if raw.isascii() and raw.isdigit() and int(raw) <= s.MAX_ID:
        return int(raw)
    raise NotFound()


class HardenedParsersMixin:
    """Views with write bodies parse them with the hardened parsers (quotes.api.parsers)."""

    parser_classes = PARSER_CLASSES


class IdLookupMixin:
    """Detail views looked up by id refuse an id that is not a plain in-range number."""

    def get_object(self):
        lookup = self.lookup_url_kwarg or self.lookup_field
        self.kwargs[lookup] = str(id_or_404(self.kwargs[lookup]))
        return super().get_object()


class SlugRedirectMixin:
    """An old slug, recorded by a merge, answers 301 (308 for a write) to the survivor."""

    redirect_kind: str

    def get_object(self):
        try:
            return super().get_object()
        except Http404:
            self.moved_or_404()

    def moved_or_404(self):
        """Raise Moved when a merge recorded where the slug went, else Http404."""
        slug = self.kwargs[self.lookup_field]
        current = selectors.redirected_slug(self.redirect_kind, slug)
        if current is None:
            raise Http404
        location = self.request.get_full_path().replace(f"/{slug}/", f"/{current}/", 1)
        raise Moved(location, keep_method=self.request.method not in SAFE_METHODS)


class ReadCachingMixin:
    """Successful reads may be cached briefly; ConditionalGetMiddleware adds the ETag and 304s.

    Staff see suggested links that others do not, so the response varies on the
    credentials and is private when there are any.
    """

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == status.HTTP_200_OK:
            if request.user.is_authenticated:
                patch_cache_control(response, private=True, max_age=CACHE_SECONDS)
            else:
                patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
            patch_vary_headers(response, ["Authorization", "Cookie"])
        return response


class FilterOnlyWithParamsMixin:
    """Without query parameters the FilterSet filters nothing, so it is not built at all.

    DRF filters a detail lookup too, and building and validating a FilterSet (a deep
    copy of its filters, a form) costs more than a claim's whole detail query.
    """

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset) if self.request.query_params else queryset


CSV_MAX_ROWS = 100_000  # an export larger than this is refused: narrow the filters


class CSVListMixin:
    """Lists can also be downloaded as CSV (`?format=csv`), with the same filters.

    A CSV export is every matching row, not one page: it is streamed, a chunk of
    rows at a time, and refused (400 naming `format`) above CSV_MAX_ROWS rows.
    `page` and `page_size` do not apply to it, but a malformed one is still a 400.
    """

    def get_renderers(self):
        renderers = super().get_renderers()
        return [*renderers, CSVRenderer()] if self.action == "list" else renderers

    def list(self, request, *args, **kwargs):
        if getattr(request.accepted_renderer, "format", None) != "csv":
            return super().list(request, *args, **kwargs)
        self.paginator.check_query_params(request)
        rows = self.filter_queryset(self.get_queryset())
        total = rows.count()
        if total > CSV_MAX_ROWS:
            raise ValidationError(
                {"format": [f"A CSV export holds at most {CSV_MAX_ROWS:,} rows and this one "
                            f"would hold {total:,}: narrow the filters."]}
            )  # fmt: skip
        serializer = self.get_serializer_class()
        lines = stream_csv(
            serializer(row, context=self.get_serializer_context()).data
            for row in rows.iterator(chunk_size=500)
        )
        response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.basename}.csv"'
        response["X-Total-Count"] = str(total)
        return response


class CatalogueViewSet(
    HardenedParsersMixin, ReadCachingMixin, CSVListMixin, viewsets.ReadOnlyModelViewSet
):
    """A read-only resource of the catalogue, with writes as explicit actions on top."""
