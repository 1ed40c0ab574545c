"""Cells that several screens share: where and when a quote appeared, and its short text."""

from django.urls import reverse
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.text import Truncator

OUTLET_CHARS = 40


def outlet_and_date(quote) -> SafeString:
    """The outlet (the source's publisher) over the day the quote was said.

    For "same utterance, another outlet" the outlet and the date are the point; a
    full title is not, so it waits on the source's page, which the outlet links to
    (and shows on hover). A source without a publisher shows its title, cut short.
    """
    source = quote.source
    outlet = source.publisher or Truncator(source.title).chars(OUTLET_CHARS)
    said_on = format_date(quote.said_on, "j M Y") if quote.said_on else "no date"
    return format_html(
        '<a href="{}" title="{}">{}</a><br><span class="quiet">{}</span>',
        reverse("admin:quotes_source_change", args=[source.pk]),
        source.title,
        outlet,
        said_on,
    )


def quote_link(quote, chars: int) -> SafeString:
    """The quote's text, cut to `chars`, linking to its own page."""
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    return format_html('<a href="{}">{}</a>', url, Truncator(quote.text).chars(chars))
