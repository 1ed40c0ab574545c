"""`manage.py requeue_jobs`: jobs a broker lost are sent again; fresh and finished ones are not."""

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from quotes.models import ImportJob, Source

pytestmark = pytest.mark.django_db

ARTICLE = "Harbour vote\n\nMayor Ines Duarte said on Friday: “The harbour will stay public.”"


def _job(*, state, minutes_ago, body=ARTICLE):
    job = ImportJob.objects.create(body=body, title="Harbour vote", state=state)
    then = timezone.now() - timedelta(minutes=minutes_ago)
    ImportJob.objects.filter(pk=job.pk).update(created_at=then, started_at=then)
    return job


def test_a_job_queued_too_long_is_sent_again_and_imported(capsys):
    job = _job(state=ImportJob.State.QUEUED, minutes_ago=90)
    call_command("requeue_jobs", "--older-than", "60")
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE and job.source is not None
    assert f"Re-sent 1 job(s): [{job.pk}]" in capsys.readouterr().out


def test_a_job_left_running_by_a_dead_worker_is_sent_again():
    job = _job(state=ImportJob.State.RUNNING, minutes_ago=90)
    call_command("requeue_jobs", "--older-than", "60")
    job.refresh_from_db()
    assert (job.state, job.attempts) == (ImportJob.State.DONE, 1)


def test_recent_and_finished_jobs_are_left_alone(capsys):
    recent = _job(state=ImportJob.State.QUEUED, minutes_ago=5)
    failed = _job(state=ImportJob.State.FAILED, minutes_ago=90, body="a different text")
    before = Source.objects.count()
    call_command("requeue_jobs", "--older-than", "60")
    assert "Re-sent 0 job(s)." in capsys.readouterr().out
    assert Source.objects.count() == before
    recent.refresh_from_db()
    failed.refresh_from_db()
    assert (recent.state, failed.state) == (ImportJob.State.QUEUED, ImportJob.State.FAILED)


def test_a_bad_age_is_one_error_naming_the_option():
    with pytest.raises(CommandError, match="--older-than"):
        call_command("requeue_jobs", "--older-than", "0")
