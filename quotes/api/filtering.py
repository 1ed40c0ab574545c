"""The filter backend: django-filter's, refusing query parameters a list does not take.

A misspelt or guessed filter (`?search=erdogan`, `?speaker_slug=...`) would
otherwise be ignored, and the client would read the whole list as the answer to
its question: for a fact-checker, a silent wrong answer. So a parameter that is
neither one of the view's filters nor paging (`page`, `page_size`) nor the
format override (`format`) is a 400 that names it and lists what the view takes.
"""

from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError
from rest_framework.settings import api_settings


class KnownParametersFilterBackend(DjangoFilterBackend):
    def filter_queryset(self, request, queryset, view):
        known = self.known_parameters(view, queryset)
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            takes = ", ".join(sorted(known))
            raise ValidationError(
                {unknown[0]: [f"Unknown parameter; this endpoint takes: {takes}."]}
            )
        return super().filter_queryset(request, queryset, view)

    def known_parameters(self, view, queryset) -> set[str]:
        filterset_class = self.get_filterset_class(view, queryset)
        known = set(filterset_class.base_filters) if filterset_class else set()
        known.add(api_settings.URL_FORMAT_OVERRIDE)
        paginator = getattr(view, "paginator", None)
        for name in ("page_query_param", "page_size_query_param"):
            if getattr(paginator, name, None):
                known.add(getattr(paginator, name))
        return known
