"""The Import jobs screen: what the queue did with each article, read-only."""

from django.urls import reverse

from quotes.models import ImportJob, Source


def _jobs(seeded_source):
    done = ImportJob.objects.create(
        body="", title="Harbour vote", state=ImportJob.State.DONE, source=seeded_source
    )
    failed = ImportJob.objects.create(
        body="kept", origin="feed.jsonl#7", state=ImportJob.State.FAILED, error="ValueError: no"
    )
    return done, failed


def test_the_list_shows_each_job_s_state_article_and_source_or_error(seeded, client, charlie):
    done, failed = _jobs(Source.objects.first())
    client.force_login(charlie)
    response = client.get(reverse("admin:quotes_importjob_changelist"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Harbour vote" in page and "feed.jsonl#7" in page and "ValueError: no" in page
    assert reverse("admin:quotes_source_change", args=[done.source_id]) in page
    filtered = client.get(reverse("admin:quotes_importjob_changelist"), {"state__exact": "failed"})
    assert list(filtered.context["cl"].result_list) == [failed]


def test_jobs_cannot_be_added_changed_or_deleted_here(seeded, client, charlie):
    done, _ = _jobs(Source.objects.first())
    client.force_login(charlie)
    assert client.get(reverse("admin:quotes_importjob_add")).status_code == 403
    page = client.get(reverse("admin:quotes_importjob_change", args=[done.pk]))
    assert page.status_code == 200 and b'name="_save"' not in page.content
    delete = client.post(reverse("admin:quotes_importjob_delete", args=[done.pk]), {"post": "yes"})
    assert delete.status_code == 403 and ImportJob.objects.filter(pk=done.pk).exists()
