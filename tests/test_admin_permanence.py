"""Curator decisions made in the admin survive re-extraction and claim rebuilds."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.management import call_command
from django.db.models import Count
from django.urls import reverse

from quotes.choices import LinkStatus, QuoteKind
from quotes.models import ClaimQuote, Quote, Speaker


@pytest.fixture
def editor(client, charlie):
    client.force_login(charlie)
    return client


def _act(client, url_name, action, objects, query="", **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [o.pk for o in objects], **extra}
    response = client.post(reverse(url_name) + query, data, follow=True)
    assert response.status_code == 200
    return response


def _reextract():
    call_command("import_sources", "--reextract", verbosity=0)


def test_an_admin_verified_quote_survives_reextraction(seeded, editor):
    """Verified in the admin, still there and verified after import_sources --reextract."""
    quote = Quote.objects.filter(verified=False).first()
    _act(editor, "admin:quotes_quote_changelist", "verify", [quote])
    _reextract()
    quote.refresh_from_db()
    assert quote.verified and quote.curated


def test_an_admin_corrected_quote_survives_reextraction(seeded, editor):
    """A narrowed span and a new kind, set on the change form, are kept as the curator left them."""
    quote = Quote.objects.filter(text__regex=r"^.{3}", speaker__isnull=False).first()
    kind = QuoteKind.INDIRECT if quote.kind != QuoteKind.INDIRECT else QuoteKind.DIRECT
    data = {"speaker": quote.speaker_id, "kind": kind, "start": quote.start + 1, "end": quote.end}
    response = editor.post(reverse("admin:quotes_quote_change", args=[quote.pk]), data)
    assert response.status_code == 302
    _reextract()
    quote.refresh_from_db()
    assert (quote.kind, quote.start) == (kind, data["start"])
    assert quote.text == quote.source.body[quote.start : quote.end]


def test_a_quote_marked_not_a_quote_stays_hidden_after_reextraction(seeded, editor):
    """The engine finds it again, but the curator's "not a quote" holds."""
    quote = Quote.objects.filter(is_quote=True).first()
    _act(editor, "admin:quotes_quote_changelist", "mark_not_quote", [quote])
    _reextract()
    quote.refresh_from_db()
    assert quote.is_quote is False
    assert Quote.objects.filter(source=quote.source, start=quote.start, end=quote.end).count() == 1


def test_a_reattributed_quote_keeps_its_new_speaker_after_reextraction(seeded, editor):
    quote = Quote.objects.filter(speaker__isnull=False).first()
    target = Speaker.objects.exclude(pk=quote.speaker_id).first()
    _act(
        editor,
        "admin:quotes_quote_changelist",
        "reattribute",
        [quote],
        apply="yes",
        speaker=target.pk,
    )
    _reextract()
    quote.refresh_from_db()
    assert quote.speaker == target


def test_merged_speakers_stay_merged_after_reextraction(seeded, editor):
    """The folded speaker's names are now the kept speaker's aliases, so it does not come back."""
    keep, fold = Speaker.objects.annotate(n=Count("quotes")).order_by("-n", "name")[:2]
    moved = set(Quote.objects.filter(speaker__in=[keep, fold]).values_list("pk", flat=True))
    _act(
        editor,
        "admin:quotes_speaker_changelist",
        "merge_selected",
        [keep, fold],
        apply="yes",
        target=keep.pk,
    )
    _reextract()
    assert not Speaker.objects.filter(name=fold.name).exists()
    # Quotes the engine still finds stay with the kept speaker.
    remaining = Quote.objects.filter(pk__in=moved)
    assert remaining.exists()
    assert set(remaining.values_list("speaker_id", flat=True)) == {keep.pk}


def test_decided_links_survive_a_claim_rebuild(seeded, editor):
    """A confirmed and a rejected link keep their status through rebuild_claims."""
    confirm, reject = ClaimQuote.objects.all()[:2]
    links = "admin:quotes_suggestedlink_changelist"
    assert (
        "Confirmed 1 link(s)."
        in _act(editor, links, "confirm", [confirm], "?status=all").content.decode()
    )
    assert (
        "Rejected 1 link(s)."
        in _act(editor, links, "reject", [reject], "?status=all").content.decode()
    )
    call_command("rebuild_claims", verbosity=0)
    confirmed = ClaimQuote.objects.get(quote=confirm.quote, claim_id=confirm.claim_id)
    rejected = ClaimQuote.objects.get(quote=reject.quote, claim_id=reject.claim_id)
    assert (confirmed.status, rejected.status) == (LinkStatus.CONFIRMED, LinkStatus.REJECTED)
