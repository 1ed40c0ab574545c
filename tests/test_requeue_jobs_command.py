"""`manage.py requeue_jobs`: jobs a broker lost are sent again; fresh and finished ones are not."""

import subprocess
import sys
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from quotes.models import ImportJob, Source
from quotes.services.jobs import requeue_stale_jobs
from tests.shared_database import database_url

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


HOLD_ROW = """
import sys, psycopg
with psycopg.connect(sys.argv[1]) as conn:
    conn.execute("SELECT id FROM quotes_importjob WHERE id = %s FOR UPDATE", [int(sys.argv[2])])
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs a second process's lock")
def test_a_job_whose_row_another_process_holds_is_not_sent_again():
    """A worker mid-import keeps its job's row locked; requeue must pass over it, not race it."""
    held = _job(state=ImportJob.State.RUNNING, minutes_ago=90)
    lost = _job(state=ImportJob.State.RUNNING, minutes_ago=90, body="another text")
    worker = subprocess.Popen(
        [sys.executable, "-c", HOLD_ROW, database_url(), str(held.pk)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdout.readline().strip() == "held"
        with connection.cursor() as cursor:
            # Waiting for the held row would hang the test; make it an error instead.
            cursor.execute("SET lock_timeout = '5s'")
        resent = requeue_stale_jobs(older_than=timedelta(minutes=60))
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET lock_timeout")
        worker.communicate(timeout=30)
    assert resent == [lost.pk]
    held.refresh_from_db()
    assert (held.state, held.attempts) == (ImportJob.State.RUNNING, 0)
