"""Quotes: verify, mark as not a quote, re-attribute, link to a claim, or correct on the form.

Every write goes through `quotes.services.quotes` (and `link_quote_to_claim`), which
marks the quote curated so re-extraction leaves it as the curator left it.
"""

import re

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from quotes.admin.display import outlet_and_date
from quotes.admin.filters import (
    AttributionRuleFilter,
    AutocompleteFilter,
    ConfidenceBandFilter,
    HasClaimFilter,
)
from quotes.admin.intermediate import ask
from quotes.choices import PUBLIC_STATUSES
from quotes.models import Claim, ClaimQuote, Quote, Speaker
from quotes.services.claims import link_quote_to_claim
from quotes.services.quotes import (
    mark_not_quote,
    reattribute_quotes,
    restore_quotes,
    update_quote,
    verify_quotes,
)

CONTEXT_CHARS = 200
LIST_TEXT_CHARS = 240
# Where an excerpt may begin: a word after a space, not the stop or comma that ends
# the sentence before (an excerpt must not read "…. The minister said").
WORD_START = re.compile(r"(?<=\s)[^\s.,;:!?)\]}”’»]")


def context_excerpt(body: str, start: int, end: int) -> tuple[str, str]:
    """The text around a span, cut at whole words; an ellipsis marks each cut.

    Returns (before, after). A cut falls at most CONTEXT_CHARS from the span, and
    never starts on punctuation that belongs to the previous sentence.
    """
    before, after = "", ""
    low = max(start - CONTEXT_CHARS, 0)
    if low == 0:
        before = body[:start]
    elif found := WORD_START.search(body, low, start):
        before = "… " + body[found.start() : start]
    high = end + CONTEXT_CHARS
    if high >= len(body):
        after = body[end:]
    else:
        cut = max(body.rfind(" ", end, high), body.rfind("\n", end, high))
        after = (body[end:cut] if cut > end else "").rstrip() + " …"
    return before, after


class QuoteForm(forms.ModelForm):
    """The editable fields; the text follows the span, so it is never typed in."""

    not_a_quote = forms.BooleanField(
        required=False,
        label="Not a quote",
        help_text="Hidden from the API but kept, so the extractor can learn from it. "
        "Untick to restore it.",
    )

    class Meta:
        model = Quote
        fields = ["speaker", "kind", "start", "end", "verified"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["not_a_quote"] = not self.instance.is_quote

    def clean_speaker(self):
        speaker = self.cleaned_data.get("speaker")
        if speaker is None and self.instance.speaker_id is not None:
            raise forms.ValidationError(
                "A quote keeps a speaker once it has one: pick the right speaker instead."
            )
        return speaker

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start is None or end is None:
            return data
        body = self.instance.source.body
        clash = Quote.objects.filter(source_id=self.instance.source_id, start=start, end=end)
        if not 0 <= start < end <= len(body):
            self._refuse_span(f"The span must lie within the body (0 to {len(body)}).")
        elif clash.exclude(pk=self.instance.pk).exists():
            self._refuse_span("Another quote of this source already has this span.")
        else:
            # The model checks text == body[start:end]; the service re-derives it on save.
            self.instance.text = body[start:end]
        return data

    def _refuse_span(self, message):
        # Both offsets leave cleaned_data, so the model's own check sees the stored span.
        self.add_error("end", message)
        self.cleaned_data.pop("start", None)


class SpeakerChoiceForm(forms.Form):
    """The speaker to give the selected quotes to."""

    speaker = forms.ModelChoiceField(
        queryset=Speaker.objects.all(),
        widget=AutocompleteSelect(Quote._meta.get_field("speaker"), admin.site),
    )


class ClaimChoiceForm(forms.Form):
    """The claim to link the selected quotes to."""

    claim = forms.ModelChoiceField(
        queryset=Claim.objects.all(),
        widget=AutocompleteSelect(ClaimQuote._meta.get_field("claim"), admin.site),
    )


def _public_link_count():
    links = (
        ClaimQuote.objects.filter(quote=OuterRef("pk"), status__in=PUBLIC_STATUSES)
        .order_by()
        .values("quote")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(links, output_field=IntegerField()), 0)


@admin.register(Quote)
class QuoteAdmin(SimpleHistoryAdmin):
    """Extracted quotes. A false positive is marked "not a quote", not deleted: we learn from it."""

    form = QuoteForm
    # What the editor works with, in one screen width at 1366 px (admin.css sets the
    # widths): the text wraps in the widest column. Kind and confidence are filters.
    list_display = ["short_text", "speaker", "outlet_and_date", "verified", "claim_count"]
    list_select_related = ["speaker", "source"]
    list_filter = [
        ("speaker", AutocompleteFilter),
        ("source", AutocompleteFilter),
        "kind",
        "verified",
        "is_quote",
        HasClaimFilter,
        ConfidenceBandFilter,
        AttributionRuleFilter,
    ]
    search_fields = ["text", "speaker__name", "speaker__aliases__alias"]
    autocomplete_fields = ["speaker"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "source",
                    "in_context",
                    "text",
                    "speaker",
                    "kind",
                    "verified",
                    "not_a_quote",
                ]
            },
        ),
        ("Claims", {"fields": ["claim_list"]}),
        ("Span", {"fields": ["start", "end", "speaker_mention", "cue", "group"]}),
        (
            "Extraction",
            {
                "fields": [
                    "said_on",
                    "confidence",
                    "attribution_rule",
                    "curated",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
    readonly_fields = [
        "source",
        "in_context",
        "text",
        "speaker_mention",
        "cue",
        "group",
        "said_on",
        "confidence",
        "attribution_rule",
        "curated",
        "created_at",
        "updated_at",
        "claim_list",
    ]
    actions = ["verify", "mark_not_quote", "restore_quote", "reattribute", "link_to_claim"]

    @property
    def media(self):
        own = forms.Media(css={"all": ["quotes/admin.css"]})
        return super().media + AutocompleteFilter.media() + own

    def get_queryset(self, request):
        quotes = super().get_queryset(request).annotate(public_claims=_public_link_count())
        match = request.resolver_match
        if match and match.url_name == "quotes_quote_changelist":
            quotes = quotes.defer("source__body")  # the list shows no article
        return quotes

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        """Apply the form through `update_quote`, and "not a quote" through its own services.

        Every one of them marks the quote curated, so re-extraction keeps it as it is.
        """
        stored = Quote.objects.select_related("source").get(pk=obj.pk)
        data = form.cleaned_data
        update_quote(
            quote=stored,
            speaker=data.get("speaker"),
            kind=data.get("kind"),
            start=data.get("start"),
            end=data.get("end"),
            verified=data.get("verified"),
        )
        if data.get("not_a_quote") and stored.is_quote:
            mark_not_quote(quotes=[stored])
        elif not data.get("not_a_quote") and not stored.is_quote:
            restore_quotes(quotes=[stored])
        obj.refresh_from_db()

    @admin.display(description="text", ordering="text")
    def short_text(self, quote):
        text = Truncator(quote.text).chars(LIST_TEXT_CHARS)
        if quote.is_quote:
            return text
        return format_html('<span class="not-a-quote">{}</span> (not a quote)', text)

    @admin.display(description="outlet, date", ordering="said_on")
    def outlet_and_date(self, quote):
        return outlet_and_date(quote)

    # Not named `claims`: the admin would show the model's reverse many-to-many of that
    # name ("quotes.Claim.None") instead of this column.
    @admin.display(description="claims", ordering="public_claims")
    def claim_count(self, quote):
        if not quote.public_claims:
            return 0
        url = reverse("admin:quotes_suggestedlink_changelist")
        return format_html(
            '<a href="{}?quote__id__exact={}&amp;status=all">{}</a>',
            url,
            quote.pk,
            quote.public_claims,
        )

    @admin.display(description="in context")
    def in_context(self, quote):
        before, after = context_excerpt(quote.source.body, quote.start, quote.end)
        return format_html(
            '<div class="source-body">{}<mark>{}</mark>{}</div>', before, quote.text, after
        )

    @admin.display(description="links")
    def claim_list(self, quote):
        """Every claim the quote is linked to, with how and how sure: each opens its claim."""
        links = quote.claim_links.select_related("claim").order_by("claim_id")
        if not links:
            return "No claims."
        items = format_html_join(
            "",
            '<li><a href="{}">{}</a> — {}, {}</li>',
            (
                (
                    reverse("admin:quotes_claim_change", args=[link.claim_id]),
                    Truncator(link.claim.text).chars(120),
                    link.get_relation_display(),
                    link.get_status_display(),
                )
                for link in links
            ),
        )
        return format_html('<ul class="quote-claims">{}</ul>', items)

    def has_verify_permission(self, request):
        """The API's rule too: verifying needs change_quote and verify_quote (curators)."""
        return request.user.has_perms(["quotes.change_quote", "quotes.verify_quote"])

    @admin.action(description="Verify selected quotes", permissions=["verify"])
    def verify(self, request, queryset):
        quotes = list(queryset.select_related("source"))
        count = verify_quotes(quotes=quotes)
        self.message_user(request, f"Verified {count} quote(s).", level="success")

    @admin.action(description="Mark selected as not a quote (hidden, kept)", permissions=["change"])
    def mark_not_quote(self, request, queryset):
        quotes = list(queryset)
        count = mark_not_quote(quotes=quotes)
        self.message_user(
            request,
            f"Marked {count} quote(s) as not a quote. They are hidden from the API and kept.",
            level="success",
        )

    @admin.action(
        description="Restore selected as quotes (undo not a quote)", permissions=["change"]
    )
    def restore_quote(self, request, queryset):
        quotes = list(queryset)
        count = restore_quotes(quotes=quotes)
        self.message_user(request, f"Restored {count} quote(s).", level="success")

    @admin.action(
        description="Re-attribute selected quotes to another speaker…", permissions=["change"]
    )
    def reattribute(self, request, queryset):
        data, page = ask(
            self,
            request,
            queryset,
            SpeakerChoiceForm,
            action="reattribute",
            title="Re-attribute quotes",
            intro="Give these quotes to another speaker:",
            submit="Re-attribute",
        )
        if page:
            return page
        speaker = data["speaker"]
        quotes = list(queryset.select_related("source"))
        count = reattribute_quotes(quotes=quotes, speaker=speaker)
        self.message_user(
            request, f"Re-attributed {count} quote(s) to {speaker.name}.", level="success"
        )
        return None

    @admin.action(description="Link selected quotes to a claim…", permissions=["change"])
    def link_to_claim(self, request, queryset):
        data, page = ask(
            self,
            request,
            queryset,
            ClaimChoiceForm,
            action="link_to_claim",
            title="Link quotes to a claim",
            intro="These quotes assert the claim you pick; the links are confirmed.",
            submit="Link",
        )
        if page:
            return page
        claim = data["claim"]
        quotes = list(queryset)
        for quote in quotes:
            link_quote_to_claim(quote=quote, claim=claim)
        self.message_user(request, f"Linked {len(quotes)} quote(s) to “{claim}”.", level="success")
        return None
