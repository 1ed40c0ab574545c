"""The Sources screen: list, search, filters, and the body with its quotes highlighted."""

from datetime import date

import pytest
from django.urls import reverse

from quotes.models import Quote, Source

CHANGELIST = "admin:quotes_source_changelist"


@pytest.fixture
def editor(client, charlie):
    client.force_login(charlie)
    return client


def _changelist(client, **params):
    response = client.get(reverse(CHANGELIST), params)
    assert response.status_code == 200
    return response


def test_the_list_shows_title_publisher_date_and_quote_count(seeded, editor):
    """Every source is listed with its quote count."""
    response = _changelist(editor)
    rows = list(response.context["cl"].result_list)
    assert len(rows) == Source.objects.count()
    for source in rows:
        assert source.quote_total == Quote.objects.filter(source=source).count()
    html = response.content.decode()
    for heading in ("Title", "Publisher", "Published on", "Quotes"):
        assert heading in html


def test_it_finds_a_source_by_a_word_of_its_title(seeded, editor):
    """Search covers the title."""
    source = Source.objects.first()
    word = max(source.title.split(), key=len)
    rows = _changelist(editor, q=word).context["cl"].result_list
    assert source in rows
    assert all(word.lower() in f"{s.title} {s.publisher} {s.url} {s.origin}".lower() for s in rows)


def test_it_filters_by_publisher(seeded, editor):
    """The publisher filter lists the publishers present and keeps only that one's sources."""
    publisher = Source.objects.exclude(publisher="").values_list("publisher", flat=True).first()
    response = _changelist(editor, publisher=publisher)
    rows = list(response.context["cl"].result_list)
    assert rows and all(s.publisher == publisher for s in rows)
    assert len(rows) == Source.objects.filter(publisher=publisher).count()


def test_it_filters_by_year_and_finds_undated_sources(seeded, editor):
    """The year filter offers each year present, plus "No date"."""
    dated = Source.objects.filter(published_on__isnull=False).first()
    if dated is None:  # the importer could date no seed article: date one by hand
        dated = Source.objects.first()
        Source.objects.filter(pk=dated.pk).update(published_on=date(2019, 4, 8))
        dated.refresh_from_db()
    year = dated.published_on.year
    rows = list(_changelist(editor, year=year).context["cl"].result_list)
    assert dated in rows and all(s.published_on.year == year for s in rows)
    undated = list(_changelist(editor, year="none").context["cl"].result_list)
    assert undated == list(Source.objects.filter(published_on__isnull=True))


def test_the_change_page_highlights_every_quote_in_place_with_a_link(seeded, editor):
    """Each quote's span is a <mark> linking to the quote, and the quotes are inline."""
    source = max(Source.objects.all(), key=lambda s: s.quotes.count())
    response = editor.get(reverse("admin:quotes_source_change", args=[source.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="source-body"' in html
    for quote in source.quotes.all():
        assert f'id="quote-{quote.pk}"' in html
        assert reverse("admin:quotes_quote_change", args=[quote.pk]) in html
    assert (
        response.context["inline_admin_formsets"][0].formset.queryset.count()
        == source.quotes.count()
    )


def test_the_body_is_escaped_around_and_inside_highlights(db, editor):
    """Article text is never trusted as HTML: tags in the body come out escaped."""
    body = "Intro <script>alert(1)</script> then he said “<b>bold</b> words” & left."
    source = Source.objects.create(title="Escaping", body=body, content_hash="escaping")
    start = body.index("<b>")
    end = body.index("”")
    Quote.objects.create(source=source, text=body[start:end], start=start, end=end, kind="direct")
    html = editor.get(reverse("admin:quotes_source_change", args=[source.pk])).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark>&lt;b&gt;bold&lt;/b&gt; words</mark>" in html
    assert "&amp; left." in html


def test_a_source_date_can_be_corrected_and_its_undated_quotes_follow(seeded, editor, charlie):
    """The title and date are editable; quotes dated by the article take the new date."""
    source = Source.objects.get(origin__endswith="000_963c09935acbe5ae.txt")
    form = {
        "title": source.title,
        "publisher": source.publisher,
        "published_on": "2019-04-08",
        "url": "https://example.org/erdogan-s400",
        "language": "en",
        "quotes-TOTAL_FORMS": "0",
        "quotes-INITIAL_FORMS": "0",
    }
    response = editor.post(reverse("admin:quotes_source_change", args=[source.pk]), form)
    assert response.status_code == 302, response.content[:2000]
    source.refresh_from_db()
    assert str(source.published_on) == "2019-04-08"
    assert set(source.quotes.values_list("said_on", flat=True)) == {source.published_on}
    assert source.history.first().history_user == charlie


def test_the_body_of_a_source_cannot_be_edited_or_deleted(seeded, editor):
    """Every offset points into the body, so it is read-only, and sources are never deleted."""
    source = Source.objects.first()
    body = source.body
    editor.post(reverse("admin:quotes_source_change", args=[source.pk]), {"body": "changed"})
    source.refresh_from_db()
    assert source.body == body
    assert editor.get(reverse("admin:quotes_source_add")).status_code == 403
    assert editor.get(reverse("admin:quotes_source_delete", args=[source.pk])).status_code == 403


def test_bob_without_staff_rights_is_sent_to_the_login_page(seeded, client, bob):
    """The admin is for staff only."""
    client.force_login(bob)
    response = client.get(reverse(CHANGELIST))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_the_change_list_makes_a_fixed_number_of_queries(seeded, editor, django_assert_num_queries):
    """Quote counts are annotated, so more sources do not mean more queries."""
    # 1 session, 2 user, 3 publisher filter choices, 4 year filter choices,
    # 5 count (filtered), 6 count (all), 7 the page of sources with their quote counts,
    # 8 date hierarchy bounds, 9 date hierarchy links.
    with django_assert_num_queries(9):
        _changelist(editor)
    for n in range(5):
        Source.objects.create(title=f"Extra {n}", body=f"Extra body {n}", content_hash=f"extra{n}")
    with django_assert_num_queries(9):
        _changelist(editor)
