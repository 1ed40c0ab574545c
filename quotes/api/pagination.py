from django.core.paginator import Paginator
from django.utils.functional import cached_property
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination

from quotes import selectors

MAX_DIGITS = 12  # a longer number is refused before int() parses it


def _positive_int(raw: str, name: str, cap: int | None = None) -> int:
    if raw.isascii() and raw.isdigit() and len(raw) <= MAX_DIGITS and int(raw) > 0:
        return min(int(raw), cap) if cap else int(raw)
    raise ValidationError({name: ["Must be a whole number of 1 or more."]})


class RememberingPaginator(Paginator):
    """Django's paginator, counting through selectors.count_of (large counts are remembered)."""

    @cached_property
    def count(self) -> int:
        return selectors.count_of(self.object_list)


class Pagination(PageNumberPagination):
    """Page numbers with a client-chosen size, capped so no request can dump the table.

    A malformed `page` or `page_size` is a 400 naming the parameter (DRF would
    ignore a bad size and call a bad page "not found"); a page past the end is
    still a 404, and a size above the maximum is cut to the maximum.
    """

    django_paginator_class = RememberingPaginator
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        return _positive_int(raw, self.page_size_query_param, cap=self.max_page_size)

    def get_page_number(self, request, paginator):
        raw = request.query_params.get(self.page_query_param)
        if raw is None or raw in self.last_page_strings:
            return super().get_page_number(request, paginator)
        return _positive_int(raw, self.page_query_param)

    def check_query_params(self, request) -> None:
        """Refuse a malformed `page` or `page_size` where nothing is paginated (a CSV export)."""
        self.get_page_size(request)
        raw = request.query_params.get(self.page_query_param)
        if raw is not None and raw not in self.last_page_strings:
            _positive_int(raw, self.page_query_param)

    def get_schema_operation_parameters(self, view):
        """DRF's two parameters, with the bounds `_positive_int` enforces: 1 to 12 digits."""
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"].update(minimum=1, maximum=10**MAX_DIGITS - 1)
        return parameters
