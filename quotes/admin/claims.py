"""Claims and their links to quotes: rate, merge, and review the matcher's suggestions.

A curator's decision on a link is a status, confirmed or rejected, set through
`set_link_status`; rebuilds never touch those. Nothing here deletes a link.
"""

from django import forms
from django.contrib import admin
from django.contrib.auth import get_permission_codename
from django.db.models import Count, Q
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from quotes.admin.display import outlet_and_date, quote_link
from quotes.admin.filters import HasSuggestionsFilter, LinkStatusFilter
from quotes.admin.intermediate import confirmation_page, submitted
from quotes.choices import PUBLIC_STATUSES, LinkStatus
from quotes.models import Claim, ClaimQuote
from quotes.models.claims import SuggestedLink
from quotes.services.claim_patterns import validate_pattern
from quotes.services.claims import (
    claim_with_text,
    create_claim,
    merge_claims,
    set_link_status,
    update_claim,
)


def _set_status(links, status: str) -> int:
    """Decide each link through `set_link_status`; returns how many changed."""
    links = [link for link in links if link.status != status]
    for link in links:
        set_link_status(link=link, status=status)
    return len(links)


class ClaimForm(forms.ModelForm):
    """Text, pattern and rating; the pattern is checked before anything is saved."""

    class Meta:
        model = Claim
        fields = ["text", "pattern", "rating", "rating_explanation"]

    def clean_text(self):
        """One claim per text: name the stored one rather than fail on save."""
        text = self.cleaned_data.get("text", "")
        existing = claim_with_text(text)
        if existing is not None and existing.pk != self.instance.pk:
            raise forms.ValidationError(f"A claim with this text exists: {existing.slug}")
        return text

    def clean_pattern(self):
        pattern = self.cleaned_data.get("pattern", "")
        if pattern:
            validate_pattern(pattern)
        return pattern


class ClaimQuoteInline(admin.TabularInline):
    """The claim's quotes: who said each, where and when, and how it was linked.

    For "same utterance, another outlet" the outlet and the date are the point. A curator
    sets the status here. The template leaves out Django's row caption, the link's own
    name ("5 → 5 (original)"), which says nothing the columns do not.
    """

    model = ClaimQuote
    fk_name = "claim"
    template = "admin/quotes/claim/link_inline.html"
    verbose_name_plural = "quotes"
    fields = ["quote_text", "speaker", "outlet_and_date", "relation", "method", "score", "status"]
    readonly_fields = fields[:-1]
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("quote__speaker", "quote__source")
            .defer("quote__source__body")
        )

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="quote")
    def quote_text(self, link):
        return quote_link(link.quote, 100)

    @admin.display(description="speaker")
    def speaker(self, link):
        return link.quote.speaker or "—"

    @admin.display(description="outlet, date")
    def outlet_and_date(self, link):
        return outlet_and_date(link.quote)


class MergeClaimsForm(forms.Form):
    """Which of the selected claims to keep."""

    target = forms.ModelChoiceField(
        queryset=Claim.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text="The claim to keep. The others' links move to it, confirmed; then they go.",
    )

    def __init__(self, *args, claims, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = claims
        self.fields["target"].label_from_instance = lambda c: (
            f"{Truncator(c.text).chars(100)} ({c.public_links} quotes)"
        )


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    """Claims and their ratings. Duplicates are merged rather than deleted."""

    form = ClaimForm
    list_display = ["short_text", "rating", "quote_count", "suggestion_count", "reviewed_at"]
    list_filter = ["rating", HasSuggestionsFilter, "text_is_curated"]
    ordering = ["id"]  # explicit: the annotated (grouped) queryset drops Meta.ordering
    search_fields = ["text", "slug", "pattern"]
    fieldsets = [
        (None, {"fields": ["text", "slug", "text_is_curated", "pattern"]}),
        ("Rating", {"fields": ["rating", "rating_explanation", "reviewed_at"]}),
        (None, {"fields": ["created_at", "updated_at"]}),
    ]
    readonly_fields = ["slug", "text_is_curated", "reviewed_at", "created_at", "updated_at"]
    inlines = [ClaimQuoteInline]
    actions = ["merge_selected", "confirm_suggestions", "reject_suggestions"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                public_links=Count("links", filter=Q(links__status__in=PUBLIC_STATUSES)),
                suggested_links=Count("links", filter=Q(links__status=LinkStatus.SUGGESTED)),
            )
        )

    def has_delete_permission(self, request, obj=None):
        return False

    def get_inlines(self, request, obj):
        return self.inlines if obj else []

    def save_model(self, request, obj, form, change):
        """Create or edit through the claim services (a pattern links its quotes at once)."""
        data = {name: form.cleaned_data[name] for name in ClaimForm.Meta.fields}
        if change:
            stored = Claim.objects.get(pk=obj.pk)
            update_claim(claim=stored, **data)
        else:
            obj.pk = create_claim(**data).pk
            obj._state.adding = False
        obj.refresh_from_db()

    def save_formset(self, request, form, formset, change):
        """Status changes in the inline go through `set_link_status`, one per changed row."""
        changed = []
        for link_form in formset.forms:
            if link_form.instance.pk and "status" in link_form.changed_data:
                stored = ClaimQuote.objects.get(pk=link_form.instance.pk)
                _set_status([stored], link_form.cleaned_data["status"])
                changed.append((stored, ["status"]))
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], changed, []

    @admin.display(description="claim", ordering="text")
    def short_text(self, claim):
        return Truncator(claim.text).chars(100)

    @admin.display(description="quotes", ordering="public_links")
    def quote_count(self, claim):
        return claim.public_links

    @admin.display(description="suggested", ordering="suggested_links")
    def suggestion_count(self, claim):
        return claim.suggested_links

    def has_merge_permission(self, request):
        """The API's rule too: merging needs change_claim and merge_claim (curators)."""
        return request.user.has_perms(["quotes.change_claim", "quotes.merge_claim"])

    @admin.action(description="Merge selected claims…", permissions=["merge"])
    def merge_selected(self, request, queryset):
        """Ask which claim to keep (preselected: the one with most quotes), then merge."""
        claims = queryset.order_by("-public_links", "pk")
        if claims.count() < 2:
            self.message_user(request, "Select at least two claims to merge.", level="warning")
            return None
        form = MergeClaimsForm(
            request.POST if submitted(request) else None,
            claims=claims,
            initial={"target": claims.first()},
        )
        if not form.is_valid():
            return confirmation_page(
                self,
                request,
                claims,
                form=form,
                action="merge_selected",
                title="Merge claims",
                intro="These claims will become one; their quotes move to the claim you keep.",
                submit="Merge",
            )
        target = form.cleaned_data["target"]
        others = [c for c in claims if c.pk != target.pk]
        merge_claims(target=target, others=others)
        self.message_user(
            request, f"Merged {len(others)} claim(s) into “{target}”.", level="success"
        )
        return None

    @admin.action(
        description="Confirm the selected claims' suggested links", permissions=["change"]
    )
    def confirm_suggestions(self, request, queryset):
        links = ClaimQuote.objects.filter(claim__in=queryset, status=LinkStatus.SUGGESTED)
        count = _set_status(links, LinkStatus.CONFIRMED)
        self.message_user(request, f"Confirmed {count} suggested link(s).", level="success")

    @admin.action(description="Reject the selected claims' suggested links", permissions=["change"])
    def reject_suggestions(self, request, queryset):
        links = ClaimQuote.objects.filter(claim__in=queryset, status=LinkStatus.SUGGESTED)
        count = _set_status(links, LinkStatus.REJECTED)
        self.message_user(request, f"Rejected {count} suggested link(s).", level="success")


class LinkStatusForm(forms.ModelForm):
    class Meta:
        model = ClaimQuote
        fields = ["status"]


# The history admin finds ClaimQuote's history through this name, which a proxy lacks.
SuggestedLink._meta.simple_history_manager_attribute = (
    ClaimQuote._meta.simple_history_manager_attribute
)


@admin.register(SuggestedLink)
class SuggestedLinkAdmin(SimpleHistoryAdmin):
    """Every link between a quote and a claim; it opens on the suggestions waiting for review.

    The proxy only names the screen: the rows, their history and the permissions asked
    are ClaimQuote's, as in the API.
    """

    form = LinkStatusForm
    list_display = [
        "quote_text",
        "speaker",
        "outlet_and_date",
        "claim_text",
        "relation",
        "method",
        "score",
        "status",
    ]
    list_select_related = ["quote__speaker", "quote__source", "claim"]
    list_filter = [LinkStatusFilter, "method", "relation"]
    # The queue is ranked: the matcher's most likely suggestions come first.
    ordering = ["-score", "id"]
    search_fields = ["quote__text", "claim__text", "quote__speaker__name"]
    fields = [
        "claim",
        "quote",
        "matched_quote",
        "relation",
        "method",
        "score",
        "unit_start",
        "unit_end",
        "status",
        "created_at",
        "updated_at",
    ]
    readonly_fields = [f for f in fields if f != "status"]
    actions = ["confirm", "reject"]

    def get_queryset(self, request):
        """ClaimQuote's own rows: simple_history records saves of a ClaimQuote, not of a proxy."""
        links = ClaimQuote._default_manager.defer("quote__source__body")
        return links.order_by(*self.get_ordering(request))

    def _has_link_perm(self, request, action):
        codename = get_permission_codename(action, ClaimQuote._meta)
        return request.user.has_perm(f"quotes.{codename}")

    def has_view_permission(self, request, obj=None):
        return self._has_link_perm(request, "view") or self._has_link_perm(request, "change")

    def has_change_permission(self, request, obj=None):
        return self._has_link_perm(request, "change")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        """The status is the one thing a curator sets here, through `set_link_status`."""
        _set_status([ClaimQuote.objects.get(pk=obj.pk)], form.cleaned_data["status"])
        obj.refresh_from_db()

    @admin.display(description="quote", ordering="quote__text")
    def quote_text(self, link):
        return Truncator(link.quote.text).chars(80)

    @admin.display(description="speaker", ordering="quote__speaker__name")
    def speaker(self, link):
        return link.quote.speaker or "—"

    @admin.display(description="outlet, date", ordering="quote__said_on")
    def outlet_and_date(self, link):
        return outlet_and_date(link.quote)

    @admin.display(description="claim", ordering="claim__text")
    def claim_text(self, link):
        return Truncator(link.claim.text).chars(80)

    @admin.action(description="Confirm selected links", permissions=["change"])
    def confirm(self, request, queryset):
        count = _set_status(queryset, LinkStatus.CONFIRMED)
        self.message_user(request, f"Confirmed {count} link(s).", level="success")

    @admin.action(description="Reject selected links", permissions=["change"])
    def reject(self, request, queryset):
        count = _set_status(queryset, LinkStatus.REJECTED)
        self.message_user(request, f"Rejected {count} link(s).", level="success")
