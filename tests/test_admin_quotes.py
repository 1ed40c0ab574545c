"""The Quotes screen: filters, search, actions and the change form, all through the services."""

import re
from datetime import date

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse

from quotes.choices import PUBLIC_STATUSES as PUBLIC
from quotes.choices import LinkStatus, QuoteKind
from quotes.models import Claim, ClaimQuote, MatchKey, Quote, Source, Speaker

CHANGELIST = "admin:quotes_quote_changelist"


@pytest.fixture
def editor(client, charlie):
    client.force_login(charlie)
    return client


def _rows(client, **params):
    response = client.get(reverse(CHANGELIST), params)
    assert response.status_code == 200, response.content[:500]
    return list(response.context["cl"].result_list)


def _act(client, action, quotes, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [q.pk for q in quotes], **extra}
    return client.post(reverse(CHANGELIST), data, follow=True)


def _change_data(quote, **overrides):
    data = {
        "speaker": quote.speaker_id or "",
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "verified": "on" if quote.verified else "",
    }
    return {**data, **overrides}


def _quote_with_speaker():
    return Quote.objects.filter(speaker__isnull=False).select_related("speaker").first()


def _filters(html):
    """The change list's filter sidebar."""
    return re.search(r'<nav id="changelist-filter".*?</nav>', html, re.DOTALL).group(0)


def test_the_list_shows_text_speaker_outlet_and_date_verified_and_claims(seeded, editor):
    """The editor's columns and no others; the claims column counts public links."""
    response = editor.get(reverse(CHANGELIST), {"all": ""})
    columns = response.context["cl"].list_display
    assert columns == [
        "action_checkbox",
        "short_text",
        "speaker",
        "outlet_and_date",
        "verified",
        "claim_count",
    ]
    rows = list(response.context["cl"].result_list)
    assert len(rows) == Quote.objects.count()
    for quote in rows:
        assert quote.public_claims == quote.claim_links.filter(status__in=PUBLIC).count()
    assert any(quote.public_claims for quote in rows)


def test_the_claims_column_shows_each_quote_s_count_not_the_related_manager(seeded, editor):
    """A quote in two claims shows 2, linked to its links; no cell reads "quotes.Claim.None"."""
    html = editor.get(reverse(CHANGELIST), {"all": ""}).content.decode()
    assert "Claim.None" not in html
    quote = max(Quote.objects.all(), key=lambda q: q.claim_links.filter(status__in=PUBLIC).count())
    count = quote.claim_links.filter(status__in=PUBLIC).count()
    assert count >= 2
    link = reverse("admin:quotes_suggestedlink_changelist") + f"?quote__id__exact={quote.pk}"
    assert f'{link}&amp;status=all">{count}</a>' in html


def test_the_list_shows_the_outlet_and_date_not_the_source_title(seeded, editor):
    """A long title would widen the list past the screen; it waits on the source's page."""
    quote = Quote.objects.select_related("source").first()
    source = quote.source
    Source.objects.filter(pk=source.pk).update(
        title="A headline long enough to push every other column off a laptop screen " * 3,
        publisher="Reuters",
    )
    Quote.objects.filter(source=source).update(said_on=date(2019, 7, 12))
    html = editor.get(reverse(CHANGELIST), {"source__id__exact": source.pk}).content.decode()
    cell = re.search(r'<td class="field-outlet_and_date">(.*?)</td>', html, re.DOTALL).group(1)
    assert ">Reuters</a>" in cell
    assert "12 Jul 2019" in cell
    assert reverse("admin:quotes_source_change", args=[source.pk]) in cell
    table = re.search(r'<table id="result_list">.*?</table>', html, re.DOTALL).group(0)
    assert ">A headline long enough" not in table


def test_the_list_marks_a_quote_that_is_not_a_quote_in_its_text(seeded, editor):
    """Without an is_quote column, the text says it, so "not a quote" shows after the action."""
    quote = Quote.objects.filter(is_quote=True).first()
    _act(editor, "mark_not_quote", [quote])
    html = editor.get(reverse(CHANGELIST), {"is_quote__exact": 0}).content.decode()
    assert '<span class="not-a-quote">' in html and "(not a quote)" in html


def test_the_speaker_and_source_filters_search_instead_of_listing_every_name(seeded, editor):
    """At thousands of speakers a list is unusable: each filter is an autocomplete box."""
    html = editor.get(reverse(CHANGELIST)).content.decode()
    sidebar = _filters(html)
    for field in ("speaker", "source"):
        assert f'data-field-name="{field}"' in sidebar
        assert f'name="{field}__id__exact"' in sidebar
    assert not [s.name for s in Speaker.objects.all() if f">{s.name}<" in sidebar]
    assert not [s.title for s in Source.objects.all() if s.title in sidebar]


def test_the_speaker_filter_shows_the_chosen_speaker_and_keeps_the_other_filters(seeded, editor):
    """The chosen speaker fills the box; picking another keeps the rest of the query."""
    quote = _quote_with_speaker()
    params = {"speaker__id__exact": quote.speaker_id, "verified__exact": 0, "q": "the"}
    sidebar = _filters(editor.get(reverse(CHANGELIST), params).content.decode())
    assert f'<option value="{quote.speaker_id}" selected>{quote.speaker.name}</option>' in sidebar
    speaker_form = re.search(
        r'<form[^>]*autocomplete-filter.*?name="speaker__id__exact"', sidebar, re.DOTALL
    )
    hidden = speaker_form.group(0)
    assert '<input type="hidden" name="verified__exact" value="0">' in hidden
    assert '<input type="hidden" name="q" value="the">' in hidden
    assert 'type="hidden" name="speaker__id__exact"' not in hidden


def test_the_filters_search_speakers_by_alias_and_sources_by_title(seeded, editor):
    """Both boxes ask the admin's autocomplete view, which searches aliases and titles."""
    quote = _quote_with_speaker()
    source = quote.source
    for field, term, pk in (
        ("speaker", quote.speaker.aliases.first().alias, quote.speaker_id),
        ("source", max(source.title.split(), key=len), source.pk),
    ):
        response = editor.get(
            reverse("admin:autocomplete"),
            {"app_label": "quotes", "model_name": "quote", "field_name": field, "term": term},
        )
        assert str(pk) in [r["id"] for r in response.json()["results"]]


def test_it_filters_by_speaker_and_by_source(seeded, editor):
    """The related filters keep one speaker's or one source's quotes."""
    quote = _quote_with_speaker()
    rows = _rows(editor, speaker__id__exact=quote.speaker_id)
    assert rows and all(q.speaker_id == quote.speaker_id for q in rows)
    rows = _rows(editor, source__id__exact=quote.source_id)
    assert len(rows) == Quote.objects.filter(source_id=quote.source_id).count()


def test_it_filters_by_kind_verified_and_is_quote(seeded, editor):
    """Plain field filters."""
    kind = Quote.objects.values_list("kind", flat=True).first()
    assert all(q.kind == kind for q in _rows(editor, kind__exact=kind))
    assert (
        len(_rows(editor, verified__exact=0, all=""))
        == Quote.objects.filter(verified=False).count()
    )
    assert _rows(editor, verified__exact=1) == []
    assert (
        len(_rows(editor, is_quote__exact=1, all="")) == Quote.objects.filter(is_quote=True).count()
    )


def test_it_filters_by_whether_a_quote_has_a_claim(seeded, editor):
    """Yes means a public link, no means none, suggested means one waiting for review."""
    with_claim = _rows(editor, has_claim="yes", all="")
    assert {q.pk for q in with_claim} == set(
        Quote.objects.filter(claim_links__status__in=PUBLIC).values_list("pk", flat=True)
    )
    without = _rows(editor, has_claim="no", all="")
    assert len(with_claim) + len(without) == Quote.objects.count()
    suggested = _rows(editor, has_claim="suggested", all="")
    assert {q.pk for q in suggested} == set(
        Quote.objects.filter(claim_links__status=LinkStatus.SUGGESTED).values_list("pk", flat=True)
    )


def test_it_filters_by_confidence_band(seeded, editor):
    """Three bands partition the quotes."""
    low, medium, high = (
        _rows(editor, confidence=band, all="") for band in ("low", "medium", "high")
    )
    assert all(q.confidence < 0.5 for q in low)
    assert all(0.5 <= q.confidence < 0.8 for q in medium)
    assert all(q.confidence >= 0.8 for q in high)
    assert len(low) + len(medium) + len(high) == Quote.objects.count()


def test_search_covers_the_text_and_the_speaker(seeded, editor):
    """A word of the quote, or the speaker's name or alias, finds it."""
    quote = _quote_with_speaker()
    word = max(quote.text.split(), key=len)
    assert quote in _rows(editor, q=word, all="")
    assert quote in _rows(editor, q=quote.speaker.name, all="")
    alias = quote.speaker.aliases.first()
    assert quote in _rows(editor, q=alias.alias, all="")


def test_the_speaker_field_is_an_autocomplete_that_searches_aliases(seeded, editor):
    """The change form's speaker widget asks the autocomplete view, which searches aliases."""
    quote = _quote_with_speaker()
    page = editor.get(reverse("admin:quotes_quote_change", args=[quote.pk])).content.decode()
    assert "admin-autocomplete" in page
    alias = quote.speaker.aliases.first()
    response = editor.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "quotes",
            "model_name": "quote",
            "field_name": "speaker",
            "term": alias.alias,
        },
    )
    assert str(quote.speaker_id) in [r["id"] for r in response.json()["results"]]


def test_verify_marks_quotes_verified_and_curated_and_records_who(seeded, editor, charlie):
    """The action calls verify_quotes; history holds the before and after values."""
    quotes = list(Quote.objects.filter(verified=False)[:2])
    response = _act(editor, "verify", quotes)
    assert "Verified 2 quote(s)." in response.content.decode()
    for quote in quotes:
        quote.refresh_from_db()
        assert quote.verified and quote.curated
        record = quote.history.first()
        assert record.history_user == charlie
        delta = record.diff_against(record.prev_record)
        assert {(c.field, c.old, c.new) for c in delta.changes} >= {("verified", False, True)}


def test_the_history_page_shows_who_changed_what_from_and_to(seeded, editor):
    """SimpleHistoryAdmin's history view lists the curator and each field's old → new value."""
    quote = Quote.objects.filter(verified=False).first()
    _act(editor, "verify", [quote])
    html = editor.get(reverse("admin:quotes_quote_history", args=[quote.pk])).content.decode()
    assert "charlie" in html
    assert "<strong>Verified:</strong> False &nbsp;&rarr;&nbsp;&nbsp;True" in " ".join(html.split())


def test_mark_not_quote_hides_the_quote_but_keeps_it(seeded, editor, charlie):
    """The row stays, with is_quote off and curated on, so the extractor can learn from it."""
    quote = Quote.objects.filter(is_quote=True).first()
    response = _act(editor, "mark_not_quote", [quote])
    assert "Marked 1 quote(s) as not a quote." in response.content.decode()
    quote.refresh_from_db()
    assert not quote.is_quote and quote.curated
    assert quote in _rows(editor, is_quote__exact=0)
    assert Client().get(f"/api/quotes/{quote.pk}/").status_code == 404
    record = quote.history.first()
    assert record.history_user == charlie and record.prev_record.is_quote is True


def test_a_quote_marked_by_mistake_can_be_restored(seeded, editor, charlie):
    """Restoring undoes "not a quote": the API shows it again and the history says who."""
    quote = Quote.objects.filter(is_quote=True).first()
    _act(editor, "mark_not_quote", [quote])
    response = _act(editor, "restore_quote", [quote])
    assert "Restored 1 quote(s)." in response.content.decode()
    quote.refresh_from_db()
    assert quote.is_quote
    assert Client().get(f"/api/quotes/{quote.pk}/").status_code == 200
    assert quote.history.first().history_user == charlie


def test_reattribute_asks_for_a_speaker_then_moves_the_quotes(seeded, editor, charlie):
    """An intermediate page with a speaker autocomplete, then reattribute_quotes."""
    quote = _quote_with_speaker()
    target = Speaker.objects.exclude(pk=quote.speaker_id).first()
    page = _act(editor, "reattribute", [quote])
    assert page.templates[0].name == "admin/quotes/action_confirmation.html"
    assert "admin-autocomplete" in page.content.decode()
    response = _act(editor, "reattribute", [quote], apply="yes", speaker=target.pk)
    assert f"Re-attributed 1 quote(s) to {target.name}." in response.content.decode()
    old_speaker = quote.speaker_id
    quote.refresh_from_db()
    assert quote.speaker == target and quote.curated
    record = quote.history.first()
    assert record.history_user == charlie
    assert (record.prev_record.speaker_id, record.speaker_id) == (old_speaker, target.pk)


def test_link_to_claim_confirms_a_curator_link(seeded, editor, charlie):
    """Linking by hand goes through link_quote_to_claim and is a confirmed decision."""
    claim = Claim.objects.first()
    quote = Quote.objects.exclude(claim_links__claim=claim).first()
    response = _act(editor, "link_to_claim", [quote], apply="yes", claim=claim.pk)
    assert "Linked 1 quote(s)" in response.content.decode()
    link = ClaimQuote.objects.get(claim=claim, quote=quote)
    assert (link.status, link.method) == (LinkStatus.CONFIRMED, "curator")
    assert link.history.first().history_user == charlie


def test_the_change_form_saves_through_update_quote(seeded, editor, charlie):
    """A new span takes its text from the body, and the quote is marked curated."""
    quote = Quote.objects.filter(text__regex=r"^.{3}").first()
    other = QuoteKind.PARTIAL if quote.kind != QuoteKind.PARTIAL else QuoteKind.DIRECT
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    response = editor.post(url, _change_data(quote, kind=other, end=quote.end - 1))
    assert response.status_code == 302, response.context["adminform"].form.errors
    quote.refresh_from_db()
    assert quote.kind == other and quote.curated
    assert quote.text == quote.source.body[quote.start : quote.end]
    record = quote.history.first()
    assert record.history_user == charlie
    assert {c.field for c in record.diff_against(record.prev_record).changes} >= {
        "kind",
        "end",
        "text",
    }


def test_the_change_form_refuses_a_span_outside_the_body(seeded, editor):
    """Validation happens on the form, before any write."""
    quote = Quote.objects.first()
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    response = editor.post(url, _change_data(quote, end=len(quote.source.body) + 5))
    assert response.status_code == 200
    assert "The span must lie within the body" in response.content.decode()
    assert Quote.objects.get(pk=quote.pk).end == quote.end


def test_the_change_form_refuses_to_clear_the_speaker(seeded, editor):
    """update_quote cannot remove a speaker, so the form says so instead of ignoring it."""
    quote = _quote_with_speaker()
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    response = editor.post(url, _change_data(quote, speaker=""))
    assert response.status_code == 200
    assert "pick the right speaker instead" in response.content.decode()


def test_the_change_form_lists_the_quote_s_claims_with_relation_and_status(seeded, editor):
    """Each claim links to its own page, with how the quote stands to it and the link's status."""
    quote = max(Quote.objects.all(), key=lambda q: q.claim_links.count())
    links = list(quote.claim_links.select_related("claim"))
    assert len(links) >= 2
    html = editor.get(reverse("admin:quotes_quote_change", args=[quote.pk])).content.decode()
    claims = re.search(r'<ul class="quote-claims">.*?</ul>', html, re.DOTALL).group(0)
    for link in links:
        url = reverse("admin:quotes_claim_change", args=[link.claim_id])
        assert f'<a href="{url}">' in claims
        assert f"{link.get_relation_display()}, {link.get_status_display()}" in claims


def test_not_a_quote_is_a_box_on_the_change_form_that_goes_through_the_services(
    seeded, editor, charlie
):
    """Ticking it hides the quote (and drops it from matching, as mark_not_quote does);
    unticking restores it. Both are curated, with the curator in the history."""
    quote = Quote.objects.filter(is_quote=True, match_keys__isnull=False).first()
    url = reverse("admin:quotes_quote_change", args=[quote.pk])
    assert 'name="not_a_quote"' in editor.get(url).content.decode()
    response = editor.post(url, _change_data(quote, not_a_quote="on"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    quote.refresh_from_db()
    assert not quote.is_quote and quote.curated
    assert not MatchKey.objects.filter(quote=quote).exists()
    assert Client().get(f"/api/quotes/{quote.pk}/").status_code == 404
    assert quote.history.first().history_user == charlie

    assert re.search(r'name="not_a_quote"[^>]* checked>', editor.get(url).content.decode())
    assert editor.post(url, _change_data(quote)).status_code == 302
    quote.refresh_from_db()
    assert quote.is_quote
    assert MatchKey.objects.filter(quote=quote).exists()
    assert Client().get(f"/api/quotes/{quote.pk}/").status_code == 200


def test_the_in_context_excerpt_starts_at_a_word_not_on_the_last_sentence_s_stop(db, editor):
    """An excerpt cut right at a full stop began "…. Then"; it now begins at a word."""
    lead = "The minister spoke at length about the budget and the harvest"
    middle = ". " + ("Then she turned to the port, the roads and the new rail line. " * 4)[:197]
    said = "We will finish the bridge"
    body = lead + middle + " " + said + ", she said. " + "Reporters asked about costs. " * 10
    start = body.index(said)
    assert start - 200 == body.index(".")  # the window opens on the stop itself
    source = Source.objects.create(title="Bridge", body=body, content_hash="bridge")
    quote = Quote.objects.create(
        source=source, text=said, start=start, end=start + len(said), kind="direct"
    )
    html = editor.get(reverse("admin:quotes_quote_change", args=[quote.pk])).content.decode()
    excerpt = re.search(r'<div class="source-body">(.*?)</div>', html, re.DOTALL).group(1)
    assert excerpt.startswith("… Then she turned")
    assert "…." not in excerpt
    assert excerpt.endswith(" …") and "<mark>We will finish the bridge</mark>" in excerpt


def test_quotes_cannot_be_added_or_deleted_here(seeded, editor):
    """Quotes come from the importer and are hidden, not deleted."""
    quote = Quote.objects.first()
    assert editor.get(reverse("admin:quotes_quote_add")).status_code == 403
    assert editor.get(reverse("admin:quotes_quote_delete", args=[quote.pk])).status_code == 403


def test_the_change_list_makes_a_fixed_number_of_queries(seeded, editor, django_assert_num_queries):
    """Speaker and source are joined, claims counted in a subquery: more quotes, same queries.

    The speaker and source filters list nothing, so more speakers or sources cost nothing
    either; a chosen speaker costs one query, for its name in the filter's box.
    """
    # 1 session, 2 user, 3 count (filtered), 4 count (all),
    # 5 the page of quotes with speaker, source and claim count.
    with django_assert_num_queries(5):
        editor.get(reverse(CHANGELIST))
    source = Source.objects.create(title="Extra", body="x" * 400, content_hash="extra")
    speaker = Speaker.objects.create(name="Extra Speaker", slug="extra-speaker")
    for n in range(10):
        Quote.objects.create(
            source=source, speaker=speaker, text="x" * (n + 1), start=0, end=n + 1, kind="direct"
        )
    with django_assert_num_queries(5):
        editor.get(reverse(CHANGELIST))
    # 1 session, 2 user, 3 the chosen speaker, 4 count (filtered), 5 count (all), 6 the page.
    with django_assert_num_queries(6):
        editor.get(reverse(CHANGELIST), {"speaker__id__exact": speaker.pk})


def test_the_change_form_shows_which_extraction_rule_chose_the_speaker(seeded, editor):
    """A curator sees why the engine filed a quote under its speaker, and can filter by it."""
    quote = Quote.objects.exclude(attribution_rule="").select_related("speaker").first()
    assert quote is not None, "the seeds' quotes record the rule that attributed them"
    response = editor.get(reverse("admin:quotes_quote_change", args=[quote.pk]))
    assert response.status_code == 200
    assert "Attribution rule" in response.content.decode()
    assert quote.attribution_rule in response.content.decode()
    rows = _rows(editor, attribution_rule=quote.attribution_rule, all="")
    assert rows and {row.attribution_rule for row in rows} == {quote.attribution_rule}
