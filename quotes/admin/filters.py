"""Custom change-list filters for the curation screens."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.db.models import Exists, OuterRef

from quotes.choices import PUBLIC_STATUSES, LinkStatus
from quotes.extraction import RULE_NAMES
from quotes.models import ClaimQuote, Source

# Confidence bands as an editor thinks of them; the bounds are half-open [low, high).
CONFIDENCE_BANDS = {
    "low": ("Low (under 0.5)", 0.0, 0.5),
    "medium": ("Medium (0.5 to 0.8)", 0.5, 0.8),
    "high": ("High (0.8 and over)", 0.8, 1.01),
}


class AutocompleteFilter(admin.RelatedFieldListFilter):
    """A related filter with a search box: type a few letters, pick one, the list narrows.

    Django's related filter lists every speaker or every title, which is unusable at a
    few thousand. This one lists nothing: the admin's autocomplete widget asks the
    related admin's search (a speaker's aliases too) as the editor types, and it keeps
    Django's parameter (`speaker__id__exact`), so links and bookmarks still work.
    The ModelAdmin adds the widget's media (`AutocompleteFilter.media`).
    """

    template = "admin/quotes/autocomplete_filter.html"

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        self.admin_site = model_admin.admin_site
        # The rest of the query, kept as hidden inputs when the editor picks a value.
        own = {self.lookup_kwarg, self.lookup_kwarg_isnull, "p"}
        self.other_params = [
            (name, value)
            for name, values in request.GET.lists()
            if name not in own
            for value in values
        ]

    @staticmethod
    def media():
        """What a page with this filter needs: the admin's select2, set up for autocomplete.

        The widget's media depend on the language only, not on a field or site.
        """
        return AutocompleteSelect(None, None).media

    def field_choices(self, field, request, model_admin):
        return []  # nothing is listed: the widget searches

    def has_output(self):
        return True

    def search_box(self):
        """The autocomplete select, showing the chosen value (one query, only when set)."""
        related = self.field.remote_field.model
        choice = forms.ModelChoiceField(
            queryset=related._default_manager.all(),
            required=False,
            widget=AutocompleteSelect(
                self.field,
                self.admin_site,
                attrs={
                    "id": f"filter-{self.field_path}",
                    "data-width": "100%",
                    # An emptied box drops the parameter rather than send an empty id.
                    "onchange": "this.disabled = !this.value; this.form.submit()",
                },
            ),
        )
        value = self.lookup_val[-1] if self.lookup_val else None
        return choice.widget.render(self.lookup_kwarg, value)

    def choices(self, changelist):
        """ "All", and "No <field>" where the field may be empty; the search box does the rest."""
        yield {
            "selected": self.lookup_val is None and not self.lookup_val_isnull,
            "query_string": changelist.get_query_string(
                remove=[self.lookup_kwarg, self.lookup_kwarg_isnull]
            ),
            "display": "All",
        }
        if self.include_empty_choice:
            yield {
                "selected": bool(self.lookup_val_isnull),
                "query_string": changelist.get_query_string(
                    {self.lookup_kwarg_isnull: "True"}, [self.lookup_kwarg]
                ),
                "display": f"No {self.title}",
            }


class PublisherFilter(admin.SimpleListFilter):
    """Publishers present in the data, alphabetically (one query)."""

    title = "publisher"
    parameter_name = "publisher"

    def lookups(self, request, model_admin):
        publishers = (
            Source.objects.exclude(publisher="")
            .order_by("publisher")
            .values_list("publisher", flat=True)
            .distinct()
        )
        return [(p, p) for p in publishers]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(publisher=self.value())
        return queryset


class PublishedYearFilter(admin.SimpleListFilter):
    """News archives are browsed by year; "no date" finds sources the importer could not date."""

    title = "year published"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = Source.objects.filter(published_on__isnull=False).dates("published_on", "year")
        return [*((str(d.year), str(d.year)) for d in reversed(years)), ("none", "No date")]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.filter(published_on__isnull=True)
        if self.value() and self.value().isdigit():
            return queryset.filter(published_on__year=int(self.value()))
        return queryset


class HasClaimFilter(admin.SimpleListFilter):
    """Quotes by their claim links: public (automatic or confirmed), suggested, or none."""

    title = "has claim"
    parameter_name = "has_claim"

    def lookups(self, request, model_admin):
        return [
            ("yes", "Yes"),
            ("suggested", "Has a suggestion to review"),
            ("no", "No"),
        ]

    def queryset(self, request, queryset):
        public = Exists(ClaimQuote.objects.filter(quote=OuterRef("pk"), status__in=PUBLIC_STATUSES))
        suggested = Exists(
            ClaimQuote.objects.filter(quote=OuterRef("pk"), status=LinkStatus.SUGGESTED)
        )
        if self.value() == "yes":
            return queryset.filter(public)
        if self.value() == "suggested":
            return queryset.filter(suggested)
        if self.value() == "no":
            return queryset.filter(~public)
        return queryset


class ConfidenceBandFilter(admin.SimpleListFilter):
    """The extractor's confidence in three bands; low bands are where to start reviewing."""

    title = "confidence"
    parameter_name = "confidence"

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _, _) in CONFIDENCE_BANDS.items()]

    def queryset(self, request, queryset):
        if self.value() in CONFIDENCE_BANDS:
            _, low, high = CONFIDENCE_BANDS[self.value()]
            return queryset.filter(confidence__gte=low, confidence__lt=high)
        return queryset


class LinkStatusFilter(admin.SimpleListFilter):
    """Link status, defaulting to "suggested": the list opens on the review queue."""

    title = "status"
    parameter_name = "status"
    default = LinkStatus.SUGGESTED

    def lookups(self, request, model_admin):
        return [*LinkStatus.choices, ("all", "All")]

    def value(self):
        return super().value() or self.default

    def choices(self, changelist):
        # No "All" entry from the base class: ours is an explicit lookup, since an
        # empty value means "suggested".
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == str(lookup),
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() in LinkStatus.values:
            return queryset.filter(status=self.value())
        return queryset


class HasSuggestionsFilter(admin.SimpleListFilter):
    """Claims with suggested links still waiting for a curator."""

    title = "suggestions to review"
    parameter_name = "suggestions"

    def lookups(self, request, model_admin):
        return [("yes", "Yes"), ("no", "No")]

    def queryset(self, request, queryset):
        waiting = Exists(
            ClaimQuote.objects.filter(claim=OuterRef("pk"), status=LinkStatus.SUGGESTED)
        )
        if self.value() == "yes":
            return queryset.filter(waiting)
        if self.value() == "no":
            return queryset.filter(~waiting)
        return queryset


class AttributionRuleFilter(admin.SimpleListFilter):
    """Quotes by the extraction rule that chose their speaker, to review one rule at a time.

    The choices come from the engine's rule table, not from the rows: listing the
    distinct values would scan every quote on each page view.
    """

    title = "attribution rule"
    parameter_name = "attribution_rule"

    def lookups(self, request, model_admin):
        return [(name, name.replace("_", " ")) for name in RULE_NAMES]

    def queryset(self, request, queryset):
        if self.value() in RULE_NAMES:
            return queryset.filter(attribution_rule=self.value())
        return queryset
