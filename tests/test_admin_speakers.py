"""The Speakers screen: aliases, quote counts, alias search, merging and splitting."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db.models import Count
from django.urls import reverse

from quotes.extraction.names import normalise_alias
from quotes.models import Quote, Speaker, SpeakerAlias

CHANGELIST = "admin:quotes_speaker_changelist"


@pytest.fixture
def editor(client, charlie):
    client.force_login(charlie)
    return client


def _by_quotes():
    """Speakers, most quoted first."""
    return list(Speaker.objects.annotate(n=Count("quotes")).order_by("-n", "name"))


def _merge(client, speakers, **extra):
    data = {"action": "merge_selected", ACTION_CHECKBOX_NAME: [s.pk for s in speakers], **extra}
    return client.post(reverse(CHANGELIST), data, follow=True)


def test_the_list_shows_aliases_and_quote_counts(seeded, editor):
    """Each row carries its quote count and its aliases."""
    response = editor.get(reverse(CHANGELIST))
    assert response.status_code == 200
    rows = list(response.context["cl"].result_list)
    assert len(rows) == Speaker.objects.count()
    for speaker in rows:
        assert speaker.quote_total == speaker.quotes.count()
    alias = SpeakerAlias.objects.first()
    assert alias.alias in response.content.decode()


def test_speakers_are_listed_in_alphabetical_order_whatever_their_case(seeded, editor):
    """A lower-case description-like name sorts among the e's, not after every capital."""
    from quotes.services.speakers import create_speaker

    create_speaker(name="envoy for the Syrian Kurds")
    create_speaker(name="Washington")
    names = [s.name for s in editor.get(reverse(CHANGELIST)).context["cl"].result_list]
    assert names.index("envoy for the Syrian Kurds") < names.index("Washington")


def test_it_finds_a_speaker_by_an_alias(seeded, editor):
    """Searching for any spelling finds the canonical speaker, once."""
    alias = SpeakerAlias.objects.exclude(normalised__in=Speaker.objects.values("name")).first()
    alias = alias or SpeakerAlias.objects.first()
    rows = list(editor.get(reverse(CHANGELIST), {"q": alias.alias}).context["cl"].result_list)
    assert alias.speaker in rows
    assert len(rows) == len(set(rows))


def test_it_filters_by_kind(seeded, editor):
    """The kind filter keeps one kind."""
    kind = Speaker.objects.values_list("kind", flat=True).first()
    rows = editor.get(reverse(CHANGELIST), {"kind__exact": kind}).context["cl"].result_list
    assert rows and all(s.kind == kind for s in rows)


def test_merging_first_asks_which_speaker_to_keep(seeded, editor):
    """The confirmation page lists the selection and preselects the most quoted speaker."""
    most, other = _by_quotes()[:2]
    response = _merge(editor, [other, most])
    assert response.templates[0].name == "admin/quotes/action_confirmation.html"
    form = response.context["form"]
    assert form.initial["target"] == most
    assert set(form.fields["target"].queryset) == {most, other}
    assert Speaker.objects.filter(pk=other.pk).exists()


def test_merging_moves_quotes_and_aliases_to_the_chosen_speaker(seeded, editor, charlie):
    """Quotes and aliases move, the other speaker is gone, and its name becomes an alias."""
    most, other = _by_quotes()[:2]
    moved_quotes = set(other.quotes.values_list("pk", flat=True))
    moved_aliases = set(other.aliases.values_list("pk", flat=True))
    response = _merge(editor, [most, other], apply="yes", target=other.pk)
    assert f"Merged 1 speaker(s) into {other.name}." in response.content.decode()
    assert not Speaker.objects.filter(pk=most.pk).exists()
    assert set(other.quotes.values_list("pk", flat=True)) >= moved_quotes
    assert set(other.aliases.values_list("pk", flat=True)) >= moved_aliases
    assert other.aliases.filter(alias=most.name).exists()
    # History: each moved quote records the old and the new speaker, and who did it.
    for quote in Quote.objects.filter(speaker=other).exclude(pk__in=moved_quotes):
        new, old = quote.history.all()[:2]
        assert new.history_user == charlie
        assert (old.speaker_id, new.speaker_id) == (most.pk, other.pk)
    deleted = Speaker.history.filter(id=most.pk).first()
    assert deleted.history_type == "-" and deleted.history_user == charlie


def test_merging_needs_two_speakers(seeded, editor):
    """One speaker alone is not merged; the editor is told why."""
    speaker = Speaker.objects.first()
    response = _merge(editor, [speaker])
    assert "Select at least two speakers to merge." in response.content.decode()


def test_an_alias_can_be_split_off_from_the_speaker_page(seeded, editor, charlie):
    """The inline links to a page that names the new speaker and moves the alias."""
    alias = SpeakerAlias.objects.select_related("speaker").first()
    old = alias.speaker
    page = editor.get(reverse("admin:quotes_speaker_change", args=[old.pk]))
    split_url = reverse("admin:quotes_speakeralias_split", args=[alias.pk])
    assert split_url in page.content.decode()
    assert editor.get(split_url).context["form"].initial["name"] == alias.alias
    response = editor.post(split_url, {"name": "Somebody Else"})
    new = Speaker.objects.get(name="Somebody Else")
    assert response["Location"] == reverse("admin:quotes_speaker_change", args=[new.pk])
    alias.refresh_from_db()
    assert alias.speaker == new
    record = alias.history.first()
    assert record.history_user == charlie and record.prev_record.speaker_id == old.pk


def test_the_split_action_gives_each_alias_its_own_speaker(seeded, editor, charlie):
    """Split off from the alias list: the new speaker is named after the alias."""
    alias = SpeakerAlias.objects.first()
    url = reverse("admin:quotes_speakeralias_changelist")
    data = {"action": "split_selected", ACTION_CHECKBOX_NAME: [alias.pk]}
    response = editor.post(url, data, follow=True)
    assert "Split 1 alias(es) into new speakers" in response.content.decode()
    alias.refresh_from_db()
    assert alias.speaker.name == alias.alias
    assert Speaker.history.get(id=alias.speaker_id, history_type="+").history_user == charlie


def test_a_new_speaker_gets_a_slug_and_its_name_as_an_alias(seeded, editor):
    """Adding a speaker by hand makes it findable like an imported one."""
    response = editor.post(
        reverse("admin:quotes_speaker_add"),
        {"name": "Ada Example", "kind": "person", "description": "", "wikidata_id": ""},
    )
    assert response.status_code == 302
    speaker = Speaker.objects.get(name="Ada Example")
    assert speaker.slug == "ada-example"
    assert speaker.aliases.filter(alias="Ada Example").exists()


def test_editing_a_speaker_keeps_the_slug_and_adds_the_new_name_as_an_alias(seeded, editor):
    """A corrected name goes through update_speaker: the slug stays, the old name still resolves."""
    speaker = Speaker.objects.get(slug="mevlut-cavusoglu")
    form = {
        "name": "Mevlüt Çavuşoğlu",
        "kind": "person",
        "description": "Turkish Foreign Minister",
        "wikidata_id": "Q6103",
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
    }
    response = editor.post(reverse("admin:quotes_speaker_change", args=[speaker.pk]), form)
    assert response.status_code == 302, response.content[:2000]
    speaker.refresh_from_db()
    assert (speaker.slug, speaker.name, speaker.wikidata_id) == (
        "mevlut-cavusoglu",
        "Mevlüt Çavuşoğlu",
        "Q6103",
    )
    keys = set(speaker.aliases.values_list("normalised", flat=True))
    assert normalise_alias("Mevlüt Çavuşoğlu") in keys  # the accented spelling resolves too


def test_speakers_cannot_be_deleted_only_merged(seeded, editor):
    """Deleting would orphan quotes; the admin offers merging instead."""
    speaker = Speaker.objects.first()
    assert editor.get(reverse("admin:quotes_speaker_delete", args=[speaker.pk])).status_code == 403


def test_the_change_list_makes_a_fixed_number_of_queries(seeded, editor, django_assert_num_queries):
    """Quote counts are annotated and aliases prefetched: more speakers, same queries."""
    # 1 session, 2 user, 3 count (filtered), 4 count (all),
    # 5 the page of speakers with quote counts, 6 their aliases (prefetch).
    with django_assert_num_queries(6):
        editor.get(reverse(CHANGELIST))
    for n in range(5):
        speaker = Speaker.objects.create(name=f"Extra {n}", slug=f"extra-{n}")
        SpeakerAlias.objects.create(speaker=speaker, alias=f"Extra {n}", normalised=f"extra {n}")
    with django_assert_num_queries(6):
        editor.get(reverse(CHANGELIST))


def _actions_offered(client) -> set[str]:
    form = client.get(reverse(CHANGELIST)).context["action_form"]  # None: no action at all
    return {name for name, _ in form.fields["action"].choices} if form else set()


def test_merging_in_the_admin_needs_the_merge_permission_as_in_the_api(seeded, client, dave, alice):
    """Staff who may change speakers but not merge them are not offered the merge."""
    from django.contrib.auth.models import Permission

    dave.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_speaker", "change_speaker"])
    )
    client.force_login(dave)
    assert "merge_selected" not in _actions_offered(client)
    client.force_login(alice)  # a curator
    assert "merge_selected" in _actions_offered(client)


def test_an_alias_is_split_off_never_edited_or_deleted_by_hand(seeded, editor):
    """Only the split action moves an alias; a form or a delete would bypass merge history."""
    alias = SpeakerAlias.objects.first()
    assert editor.get(reverse("admin:quotes_speakeralias_add")).status_code == 403
    page = editor.get(reverse("admin:quotes_speakeralias_change", args=[alias.pk]))
    assert page.status_code == 200 and b'name="_save"' not in page.content
    delete = editor.post(
        reverse("admin:quotes_speakeralias_delete", args=[alias.pk]), {"post": "yes"}
    )
    assert delete.status_code == 403 and SpeakerAlias.objects.filter(pk=alias.pk).exists()
