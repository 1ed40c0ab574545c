"""The Claims screen and the review queue of suggested links."""

import re
from datetime import date

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from quotes.choices import PUBLIC_STATUSES, LinkStatus, MatchMethod, Rating
from quotes.models import Claim, ClaimQuote, Quote, Source

CLAIMS = "admin:quotes_claim_changelist"
LINKS = "admin:quotes_suggestedlink_changelist"


@pytest.fixture
def editor(client, charlie):
    client.force_login(charlie)
    return client


@pytest.fixture
def suggestions(seeded):
    """Two suggested links waiting for review: the seeds' own, topped up if they have fewer."""
    links = list(ClaimQuote.objects.filter(status=LinkStatus.SUGGESTED)[:2])
    claims = list(Claim.objects.all()[:2])
    for claim in claims[len(links) :]:
        quote = Quote.objects.exclude(claim_links__claim=claim).first()
        links.append(
            ClaimQuote.objects.create(
                claim=claim,
                quote=quote,
                method=MatchMethod.PARAPHRASE,
                score=0.6,
                status=LinkStatus.SUGGESTED,
            )
        )
    return links


def _post(client, url_name, action, objects, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [o.pk for o in objects], **extra}
    return client.post(reverse(url_name), data, follow=True)


def _change_data(claim, **overrides):
    data = {
        "text": claim.text,
        "pattern": claim.pattern,
        "rating": claim.rating,
        "rating_explanation": claim.rating_explanation,
        "links-TOTAL_FORMS": 0,
        "links-INITIAL_FORMS": 0,
    }
    return {**data, **overrides}


def test_the_list_shows_rating_and_quote_counts(seeded, editor):
    """Each claim with its public and suggested link counts."""
    response = editor.get(reverse(CLAIMS), {"all": ""})
    rows = list(response.context["cl"].result_list)
    assert len(rows) == Claim.objects.count()
    for claim in rows:
        assert claim.public_links == claim.links.filter(status__in=PUBLIC_STATUSES).count()
        assert claim.suggested_links == claim.links.filter(status=LinkStatus.SUGGESTED).count()


def test_it_filters_claims_by_rating_and_by_waiting_suggestions(suggestions, editor):
    """Rating and "suggestions to review" filters."""
    rows = (
        editor.get(reverse(CLAIMS), {"rating__exact": Rating.UNRATED, "all": ""})
        .context["cl"]
        .result_list
    )
    assert list(rows) == list(Claim.objects.filter(rating=Rating.UNRATED))
    rows = editor.get(reverse(CLAIMS), {"suggestions": "yes", "all": ""}).context["cl"].result_list
    assert {c.pk for c in rows} == {link.claim_id for link in suggestions} | set(
        Claim.objects.filter(links__status=LinkStatus.SUGGESTED).values_list("pk", flat=True)
    )
    rows = editor.get(reverse(CLAIMS), {"suggestions": "no", "all": ""}).context["cl"].result_list
    assert not {c.pk for c in rows} & {link.claim_id for link in suggestions}


def test_it_finds_a_claim_by_its_text(seeded, editor):
    claim = Claim.objects.first()
    word = max(claim.text.split(), key=len)
    assert claim in editor.get(reverse(CLAIMS), {"q": word}).context["cl"].result_list


def test_the_change_page_lists_quotes_with_relation_method_score_and_status(seeded, editor):
    """The ClaimQuote inline shows how each quote was linked."""
    claim = max(Claim.objects.all(), key=lambda c: c.links.count())
    response = editor.get(reverse("admin:quotes_claim_change", args=[claim.pk]))
    formset = response.context["inline_admin_formsets"][0]
    assert formset.formset.queryset.count() == claim.links.count()
    html = response.content.decode()
    for heading in ("Relation", "Method", "Score", "Status"):
        assert heading in html


def test_each_quote_row_shows_its_text_speaker_outlet_and_date_not_the_link_s_name(seeded, editor):
    """For "same utterance, another outlet" the outlet and date are the point; rows used
    to read "5 → 5 (original)" and show neither."""
    claim = max(Claim.objects.all(), key=lambda c: c.links.count())
    link = claim.links.select_related("quote__source", "quote__speaker").first()
    Source.objects.filter(pk=link.quote.source_id).update(publisher="Reuters")
    Quote.objects.filter(pk=link.quote_id).update(said_on=date(2019, 7, 12))
    html = editor.get(reverse("admin:quotes_claim_change", args=[claim.pk])).content.decode()
    assert " → " not in html
    row = re.search(
        rf'<tr class="form-row"[^>]*>(?:(?!</tr>).)*?{link.quote_id}/change/.*?</tr>',
        html,
        re.DOTALL,
    ).group(0)
    quote_url = reverse("admin:quotes_quote_change", args=[link.quote_id])
    assert f'<a href="{quote_url}">{link.quote.text[:20]}' in row
    assert link.quote.speaker.name in row
    assert ">Reuters</a>" in row and "12 Jul 2019" in row
    assert link.quote.source.title not in row.replace(f'title="{link.quote.source.title}"', "")


def test_rating_a_claim_goes_through_update_claim(seeded, editor, charlie):
    """A new rating stamps reviewed_at; history shows the old and new rating and who."""
    claim = Claim.objects.first()
    url = reverse("admin:quotes_claim_change", args=[claim.pk])
    data = _change_data(claim, rating=Rating.MISLEADING, rating_explanation="Half the story.")
    response = editor.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    claim.refresh_from_db()
    assert claim.rating == Rating.MISLEADING and claim.reviewed_at is not None
    record = claim.history.first()
    assert record.history_user == charlie
    assert ("rating", Rating.UNRATED, Rating.MISLEADING) in {
        (c.field, c.old, c.new) for c in record.diff_against(record.prev_record).changes
    }


def test_a_new_claim_is_made_by_create_claim(seeded, editor):
    """Added claims are curated text, with a slug from the text."""
    response = editor.post(
        reverse("admin:quotes_claim_add"),
        {
            "text": "Turkey will never back down",
            "pattern": "",
            "rating": Rating.UNRATED,
            "rating_explanation": "",
        },
    )
    assert response.status_code == 302
    claim = Claim.objects.get(text="Turkey will never back down")
    assert claim.text_is_curated and claim.slug.startswith("turkey-will-never-back-down")


def test_adding_a_claim_whose_text_exists_names_the_stored_claim_on_the_form(seeded, editor):
    stored = Claim.objects.order_by("pk").first()
    response = editor.post(
        reverse("admin:quotes_claim_add"),
        {"text": stored.text.upper(), "pattern": "", "rating": Rating.UNRATED},
    )
    assert response.status_code == 200
    assert f"A claim with this text exists: {stored.slug}" in response.content.decode()
    assert Claim.objects.filter(text__iexact=stored.text).count() == 1


def test_the_inline_status_goes_through_set_link_status(suggestions, editor, charlie):
    """Confirming a suggestion on the claim page is a recorded decision."""
    link = suggestions[0]
    claim = link.claim
    links = list(claim.links.order_by("quote_id"))
    data = _change_data(
        claim, **{"links-TOTAL_FORMS": len(links), "links-INITIAL_FORMS": len(links)}
    )
    for i, each in enumerate(links):
        status = LinkStatus.CONFIRMED if each.pk == link.pk else each.status
        data.update(
            {f"links-{i}-id": each.pk, f"links-{i}-claim": claim.pk, f"links-{i}-status": status}
        )
    response = editor.post(reverse("admin:quotes_claim_change", args=[claim.pk]), data)
    assert response.status_code == 302, response.context["errors"]
    link.refresh_from_db()
    assert link.status == LinkStatus.CONFIRMED
    record = link.history.first()
    assert record.history_user == charlie and record.prev_record.status == LinkStatus.SUGGESTED


def test_merging_claims_asks_for_the_one_to_keep_then_moves_the_links(seeded, editor, charlie):
    """merge_claims: links move as confirmed, the other claim is gone."""
    first, second = Claim.objects.all()[:2]
    page = _post(editor, CLAIMS, "merge_selected", [first, second])
    assert page.templates[0].name == "admin/quotes/action_confirmation.html"
    moved = list(
        second.links.exclude(status=LinkStatus.REJECTED).values_list("quote_id", flat=True)
    )
    target_had = set(first.links.values_list("quote_id", flat=True))
    response = _post(
        editor, CLAIMS, "merge_selected", [first, second], apply="yes", target=first.pk
    )
    assert "Merged 1 claim(s)" in response.content.decode()
    assert not Claim.objects.filter(pk=second.pk).exists()
    for quote_id in set(moved) - target_had:
        assert first.links.get(quote_id=quote_id).status == LinkStatus.CONFIRMED
    deleted = Claim.history.filter(id=second.pk).first()
    assert deleted.history_type == "-" and deleted.history_user == charlie


def test_confirm_and_reject_suggestions_from_the_claim_list(suggestions, editor, charlie):
    """The claim actions decide every suggested link of the selected claims."""
    confirm, reject = suggestions
    _post(editor, CLAIMS, "confirm_suggestions", [confirm.claim])
    _post(editor, CLAIMS, "reject_suggestions", [reject.claim])
    confirm.refresh_from_db()
    reject.refresh_from_db()
    assert confirm.status == LinkStatus.CONFIRMED
    assert reject.status == LinkStatus.REJECTED
    assert not ClaimQuote.objects.filter(
        claim__in=[confirm.claim, reject.claim], status=LinkStatus.SUGGESTED
    ).exists()
    assert reject.history.first().history_user == charlie


def test_the_link_list_opens_on_the_suggestions_waiting_for_review(suggestions, editor):
    """With no filter chosen, only suggested links show; "All" shows every link."""
    rows = set(editor.get(reverse(LINKS)).context["cl"].result_list)
    assert rows == set(ClaimQuote.objects.filter(status=LinkStatus.SUGGESTED))
    all_rows = editor.get(reverse(LINKS), {"status": "all"}).context["cl"].result_count
    assert all_rows == ClaimQuote.objects.count()
    confirmed = editor.get(reverse(LINKS), {"status": "confirmed"}).context["cl"].result_list
    assert all(link.status == LinkStatus.CONFIRMED for link in confirmed)


def test_the_suggestions_waiting_for_review_come_best_score_first(suggestions, editor):
    """Curators meet the most plausible matches first."""
    suggestions[0].score, suggestions[1].score = 0.41, 0.55
    ClaimQuote.objects.bulk_update(suggestions, ["score"])
    rows = editor.get(reverse(LINKS)).context["cl"].result_list
    assert [link.score for link in rows] == [0.55, 0.41]


def test_the_link_list_searches_quote_and_claim_text(suggestions, editor):
    link = suggestions[0]
    word = max(link.quote.text.split(), key=len)
    rows = editor.get(reverse(LINKS), {"q": word, "status": "all"}).context["cl"].result_list
    assert link in rows


def test_confirm_and_reject_from_the_review_queue(suggestions, editor, charlie):
    """Each action calls set_link_status and leaves a history entry with before and after."""
    confirm, reject = suggestions
    response = _post(editor, LINKS, "confirm", [confirm])
    assert "Confirmed 1 link(s)." in response.content.decode()
    response = _post(editor, LINKS, "reject", [reject])
    assert "Rejected 1 link(s)." in response.content.decode()
    for link, status in ((confirm, LinkStatus.CONFIRMED), (reject, LinkStatus.REJECTED)):
        link.refresh_from_db()
        assert link.status == status
        record = link.history.first()
        assert record.history_user == charlie
        assert (record.prev_record.status, record.status) == (LinkStatus.SUGGESTED, status)
    assert confirm not in editor.get(reverse(LINKS)).context["cl"].result_list


def test_a_link_status_can_be_set_on_its_own_page(suggestions, editor):
    link = suggestions[0]
    url = reverse("admin:quotes_suggestedlink_change", args=[link.pk])
    assert editor.post(url, {"status": LinkStatus.REJECTED}).status_code == 302
    link.refresh_from_db()
    assert link.status == LinkStatus.REJECTED


def test_the_review_queue_is_called_suggested_links(suggestions, editor):
    """It was "Claim quotes"; its screens, links and breadcrumbs now say what it is."""
    html = editor.get(reverse(LINKS)).content.decode()
    assert "Suggested links" in html and "Claim quotes" not in html
    assert "Select suggested link to change" in html
    page = editor.get(reverse("admin:quotes_suggestedlink_change", args=[suggestions[0].pk]))
    assert "Change suggested link" in page.content.decode()


def test_the_admin_index_opens_on_suggested_links_claims_and_quotes(seeded, editor):
    """Where editors look first; tokens, set up once, come last instead of first."""
    apps = editor.get(reverse("admin:index")).context["app_list"]
    assert apps[0]["app_label"] == "quotes"
    names = [model["name"] for model in apps[0]["models"]]
    assert names[:3] == ["Suggested links", "Claims", "Quotes"]
    assert names[3:] == sorted(names[3:])
    assert apps[-1]["app_label"] == "authtoken"


def test_a_curator_reviews_suggested_links_with_the_link_permissions(suggestions, client, alice):
    """The queue asks ClaimQuote's permissions, which curators have; the proxy has none."""
    client.force_login(alice)
    names = [
        m["name"]
        for app in client.get(reverse("admin:index")).context["app_list"]
        for m in app["models"]
    ]
    assert names[:3] == ["Suggested links", "Claims", "Quotes"]
    assert "Tokens" not in names
    response = _post(client, LINKS, "confirm", [suggestions[0]])
    assert "Confirmed 1 link(s)." in response.content.decode()
    suggestions[0].refresh_from_db()
    assert suggestions[0].status == LinkStatus.CONFIRMED


def test_staff_without_link_permissions_cannot_open_the_queue(suggestions, client, dave):
    client.force_login(dave)
    assert client.get(reverse(LINKS)).status_code == 403


def test_a_suggested_link_s_history_shows_who_decided(suggestions, editor):
    """The history is ClaimQuote's, shown on the queue's own history page."""
    link = suggestions[0]
    _post(editor, LINKS, "reject", [link])
    url = reverse("admin:quotes_suggestedlink_history", args=[link.pk])
    html = " ".join(editor.get(url).content.decode().split())
    assert "charlie" in html
    assert "<strong>Status:</strong> suggested &nbsp;&rarr;&nbsp;&nbsp;rejected" in html


def test_the_claim_list_makes_a_fixed_number_of_queries(seeded, editor, django_assert_num_queries):
    """Link counts are annotated: more claims, same queries."""
    # 1 session, 2 user, 3 count (filtered), 4 count (all), 5 the page of claims with counts.
    with django_assert_num_queries(5):
        editor.get(reverse(CLAIMS))
    for n in range(5):
        Claim.objects.create(text=f"Extra claim {n}", slug=f"extra-claim-{n}")
    with django_assert_num_queries(5):
        editor.get(reverse(CLAIMS))


def test_the_link_list_makes_a_fixed_number_of_queries(
    suggestions, editor, django_assert_num_queries
):
    """Quote, speaker, source and claim are joined: more links, same queries."""
    # 1 session, 2 user, 3 count (filtered), 4 count (all), 5 the page of links with
    # their quote, speaker, source and claim.
    with django_assert_num_queries(5):
        editor.get(reverse(LINKS), {"status": "all"})
    claim = Claim.objects.create(text="Extra claim", slug="extra-claim")
    for quote in Quote.objects.all()[:10]:
        ClaimQuote.objects.create(claim=claim, quote=quote, method=MatchMethod.CURATOR)
    with django_assert_num_queries(5):
        editor.get(reverse(LINKS), {"status": "all"})
