"""Sources: read-only, with the body shown and every quote highlighted in place.

There is no service that edits a source, so the screen is for review; quotes are
corrected on their own screen, which each highlight links to.
"""

from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString
from simple_history.admin import SimpleHistoryAdmin

from quotes.admin.filters import PublishedYearFilter, PublisherFilter
from quotes.admin.readonly import ViewOnlyInline
from quotes.models import Quote, Source
from quotes.services.sources import update_source


def highlighted_body(body: str, quotes) -> SafeString:
    """The body as HTML, each quote span wrapped in a link to its quote.

    Every piece of article text goes through `escape` or `format_html`, so the
    result is safe by construction. Spans that overlap an earlier one are clipped
    to where it ends, so the text is shown once and in order.
    """
    pieces, cursor = [], 0
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        start = max(quote.start, cursor)
        if start >= quote.end:
            continue
        pieces.append(escape(body[cursor:start]))
        pieces.append(
            format_html(
                '<a class="quote-mark kind-{}{}" id="quote-{}" href="{}" title="{}">'
                "<mark>{}</mark></a>",
                quote.kind,
                "" if quote.is_quote else " not-a-quote",
                quote.pk,
                reverse("admin:quotes_quote_change", args=[quote.pk]),
                quote.speaker.name if quote.speaker else "no speaker",
                body[start : quote.end],
            )
        )
        cursor = quote.end
    pieces.append(escape(body[cursor:]))
    # Each piece is already escaped or built by format_html.
    return format_html('<div class="source-body">{}</div>', SafeString("".join(pieces)))


class QuoteInline(ViewOnlyInline, admin.TabularInline):
    """The source's quotes, in reading order, each linking to its change page."""

    model = Quote
    fields = ["start", "quote_link", "speaker", "kind", "confidence", "verified", "is_quote"]
    readonly_fields = fields
    ordering = ["start"]
    extra = 0
    show_change_link = True
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker")

    @admin.display(description="quote")
    def quote_link(self, quote):
        url = reverse("admin:quotes_quote_change", args=[quote.pk])
        return format_html('<a href="{}">{}</a>', url, quote.text)


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    """The importer's articles: metadata is corrected through `update_source`; the body never."""

    list_display = ["title", "publisher", "published_on", "quote_count"]
    list_filter = [PublisherFilter, PublishedYearFilter]
    ordering = ["-published_on", "id"]
    search_fields = ["title", "publisher", "url", "origin"]
    date_hierarchy = "published_on"
    fields = [
        "title",
        "publisher",
        "published_on",
        "url",
        "origin",
        "language",
        "content_hash",
        "created_at",
        "updated_at",
        "body_with_quotes",
    ]
    editable = ["title", "publisher", "published_on", "url", "language"]
    readonly_fields = ["origin", "content_hash", "created_at", "updated_at", "body_with_quotes"]
    inlines = [QuoteInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    class Media:
        css = {"all": ["quotes/admin.css"]}

    def get_queryset(self, request):
        sources = super().get_queryset(request).annotate(quote_total=Count("quotes"))
        match = request.resolver_match
        if match and match.url_name in ("quotes_source_changelist", "autocomplete"):
            sources = sources.defer("body")  # the list and the quote list's filter never show it
        return sources

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        """Corrections go through the service, which also re-dates quotes dated by the article."""
        stored = Source.objects.get(pk=obj.pk)
        update_source(source=stored, **{name: form.cleaned_data[name] for name in self.editable})

    @admin.display(description="quotes", ordering="quote_total")
    def quote_count(self, source):
        return source.quote_total

    @admin.display(description="body")
    def body_with_quotes(self, source):
        quotes = source.quotes.select_related("speaker").only(
            "pk", "start", "end", "kind", "is_quote", "speaker__name"
        )
        return highlighted_body(source.body, quotes)
