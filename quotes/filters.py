"""One FilterSet per API resource.

Every filter validates its value, so a bad one is a 400 that names the
parameter, never a silently ignored parameter or a 500: booleans accept only
true/false, numbers and text have bounds, slugs must exist, and `ordering`
accepts only the listed fields.
"""

import copy
from collections import OrderedDict

import django_filters as filters
from django import forms
from django_filters.fields import ModelChoiceField, ModelMultipleChoiceField
from django_filters.filters import FilterMethod
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from quotes import selectors
from quotes.choices import QuoteKind, Rating, SpeakerKind
from quotes.models import Claim, Quote, Source, Speaker

MAX_SEARCH_LENGTH = 200
MAX_COUNT = 1_000_000
MAX_VALUES = 50


@extend_schema_field(OpenApiTypes.BOOL)
class StrictBooleanFilter(filters.TypedChoiceFilter):
    """`true` or `false`; anything else is an error (django-filter ignores it by default)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [("true", "true"), ("false", "false")])
        kwargs.setdefault("coerce", lambda value: value == "true")
        super().__init__(*args, **kwargs)


class _BoundedMultipleChoiceField(ModelMultipleChoiceField):
    def clean(self, value):
        if value and len(value) > MAX_VALUES:
            raise forms.ValidationError(f"Give at most {MAX_VALUES} values.")
        return super().clean(value)


@extend_schema_field(OpenApiTypes.STR)
class SlugsFilter(filters.ModelMultipleChoiceFilter):
    """Rows by slug, repeatable (`?speaker=a&speaker=b`), at most MAX_VALUES of them."""

    field_class = _BoundedMultipleChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(*args, **kwargs)


@extend_schema_field(OpenApiTypes.STR)
class SlugFilter(filters.ModelChoiceFilter):
    """A row by its slug; an unknown slug is a 400."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(*args, **kwargs)


class _SpeakersField(_BoundedMultipleChoiceField):
    def _check_values(self, value):
        """Slugs, the usual case, in one query; aliases and old slugs are looked up after."""
        values = set(value)
        if all(isinstance(v, str) and "\x00" not in v for v in values):
            found = list(self.queryset.order_by().filter(slug__in=values))
            if len(found) == len(values):
                return found
        return super()._check_values(selectors.speaker_slugs(list(value)))


class _SpeakerField(ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values:
            value = selectors.speaker_slugs([str(value)])[0]
        return super().to_python(value)


class SpeakersFilter(SlugsFilter):
    """Speakers by slug, by a known alias (`?speaker=erdogan`) or by a merged speaker's old slug."""

    field_class = _SpeakersField


class SpeakerFilter(SlugFilter):
    """A speaker by slug, by a known alias or by a merged speaker's old slug."""

    field_class = _SpeakerField


class ChoiceFilter(filters.ChoiceFilter):
    """One of a fixed list; a value outside it is a 400 that lists the valid ones."""

    def __init__(self, *args, **kwargs):
        valid = ", ".join(str(value) for value, _ in kwargs["choices"])
        kwargs.setdefault("error_messages", {"invalid_choice": f"Use one of: {valid}."})
        super().__init__(*args, **kwargs)


class IntegerFilter(filters.NumberFilter):
    """A whole number, documented as one with its bounds (drf-spectacular says "number")."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        bounds = {"minimum": kwargs.get("min_value"), "maximum": kwargs.get("max_value")}
        schema = {"type": "integer", **{k: v for k, v in bounds.items() if v is not None}}
        extend_schema_field(schema)(self)


class OrderingFilter(filters.OrderingFilter):
    """`?ordering=field` or `-field`; ties fall back to the primary key so pages are stable."""

    def filter(self, qs, value):
        qs = super().filter(qs, value)
        return qs.order_by(*qs.query.order_by, "pk") if value else qs


class SearchFilter(filters.CharFilter):
    """`?q=`: full-text search, bounded in length."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", MAX_SEARCH_LENGTH)
        kwargs.setdefault("label", "Words to search for; a quoted phrase matches as a phrase.")
        super().__init__(*args, **kwargs)


class _CopiedFilters(OrderedDict):
    """A FilterSet's declared filters, which each FilterSet instance copies one by one.

    django-filter deep-copies them for every request, querysets and their queries
    included (about 2 ms a request); a filter's per-request state is only its `model`
    and `parent`, which the instance sets on its own copies (and a `method=` filter's
    FilterMethod, which must call the copy).
    """

    def __deepcopy__(self, memo):
        return OrderedDict((name, self._copy(filter_)) for name, filter_ in self.items())

    @staticmethod
    def _copy(filter_):
        copied = copy.copy(filter_)
        if isinstance(filter_.__dict__.get("filter"), FilterMethod):
            copied.filter = FilterMethod(copied)  # `method=` filters call their own parent
        return copied


class FilterSet(filters.FilterSet):
    """A FilterSet that copies its filters shallowly and builds its form class once.

    django-filter builds a new form class (a field per filter, through the form
    metaclass) for every request; ours do not depend on the request, and each form
    instance still deep-copies the class's fields, so one class serves them all.
    """

    @classmethod
    def get_filters(cls):
        return _CopiedFilters(super().get_filters())

    def get_form_class(self):
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class


class SpeakerFilterSet(FilterSet):
    q = SearchFilter(method="filter_q", label="Part of a name or alias.")
    kind = ChoiceFilter(choices=SpeakerKind.choices)
    ordering = OrderingFilter(fields=(("name", "name"), ("quote_count", "quote_count")))

    class Meta:
        model = Speaker
        fields = ["q", "kind", "ordering"]

    def filter_q(self, queryset, name, value):
        return selectors.search_speakers(queryset, value)


class QuoteFilterSet(FilterSet):
    speaker = SpeakersFilter(
        queryset=Speaker.objects.all(), method="filter_speakers", distinct=False,
        label="Speaker slug or a known alias (erdogan); repeat for several speakers.",
    )  # fmt: skip
    source = filters.ModelChoiceFilter(queryset=Source.objects.defer("body"), label="Source id.")
    claim = SlugFilter(queryset=Claim.objects.all(), method="filter_claim", label="Claim slug.")
    kind = ChoiceFilter(choices=QuoteKind.choices)
    verified = StrictBooleanFilter()
    said_after = filters.DateFilter(field_name="said_on", lookup_expr="gte", label="On or after.")
    said_before = filters.DateFilter(field_name="said_on", lookup_expr="lte", label="On or before.")
    q = SearchFilter(method="filter_q")
    ordering = OrderingFilter(fields=(("said_on", "said_on"),))

    class Meta:
        model = Quote
        fields = [
            "speaker", "source", "claim", "kind", "verified",
            "said_after", "said_before", "q", "ordering",
        ]  # fmt: skip

    def filter_speakers(self, queryset, name, value):
        """By speaker id: the slugs are already resolved, so no join and no DISTINCT."""
        return queryset.filter(speaker__in=value) if value else queryset

    def filter_claim(self, queryset, name, value):
        return selectors.quotes_of_claim(queryset, value)

    def filter_q(self, queryset, name, value):
        return selectors.search_quotes(queryset, value)


class ClaimFilterSet(FilterSet):
    q = SearchFilter(method="filter_q")
    speaker = SpeakerFilter(
        queryset=Speaker.objects.all(),
        method="filter_speaker",
        label="Slug of a speaker, or a known alias (erdogan).",
    )
    rating = ChoiceFilter(choices=Rating.choices)
    min_quotes = IntegerFilter(
        field_name="quote_count", lookup_expr="gte", min_value=0, max_value=MAX_COUNT,
        label="At least this many public quotes.",
    )  # fmt: skip
    repeated = StrictBooleanFilter(
        method="filter_repeated", label="Made on two or more dates, or by two or more speakers."
    )
    ordering = OrderingFilter(
        fields=(
            ("quote_count", "quote_count"),
            ("first_said_on", "first_said_on"),
            ("last_said_on", "last_said_on"),
        )
    )

    class Meta:
        model = Claim
        fields = ["q", "speaker", "rating", "min_quotes", "repeated", "ordering"]

    def filter_q(self, queryset, name, value):
        return selectors.search(queryset, value)

    def filter_speaker(self, queryset, name, value):
        return selectors.claims_said_by(queryset, value)

    def filter_repeated(self, queryset, name, value):
        return selectors.repeated_claims(queryset, value)


class SourceFilterSet(filters.FilterSet):
    publisher = filters.CharFilter(max_length=200)
    published_after = filters.DateFilter(field_name="published_on", lookup_expr="gte")
    published_before = filters.DateFilter(field_name="published_on", lookup_expr="lte")
    ordering = OrderingFilter(fields=(("published_on", "published_on"),))

    class Meta:
        model = Source
        fields = ["publisher", "published_after", "published_before", "ordering"]
