"""Ingestion jobs: articles imported by whichever worker takes them, each exactly once.

`enqueue_import` stores the article as an ImportJob row and, once the enqueuing
transaction commits, sends the row's id to the broker, where `celery -A factcheck
worker` processes on any machine take it (quotes.tasks runs `run_import_job`).
Without a broker (no CELERY_BROKER_URL) the job runs at once, in the caller's
process and transaction, as an import always did.

Exactly once rests on PostgreSQL, not on the broker, which may deliver a job twice:

- a worker claims the row with SELECT … FOR UPDATE SKIP LOCKED and keeps it locked
  while it writes the import, so a second delivery of the same job finds it locked and
  is told to come back later (JobBusy) instead of running it at the same time (the
  extraction before, which writes nothing, may run twice: harmless);
- the source and the job's "done" commit in one transaction, so a worker killed at
  any point leaves both or neither: the redelivered job finds the row done, or
  imports the article from the start (the dead worker's locks went with its connection);
- two jobs with the same text (two feeds carrying one wire story) meet in
  `import_source`, which stores a text once (catalogue lock, unique content hash).
"""

from datetime import date, timedelta
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import DatabaseError, InterfaceError, OperationalError, transaction
from django.db.models import Q
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

from factcheck.celery import app as celery_app
from quotes.extraction import ExtractionTimeout
from quotes.models import ImportJob
from quotes.services.sources import import_source, prepare_article

IMPORT_TASK = "quotes.import_job"  # the task's name in quotes.tasks; a worker runs it by name
# A lost connection, a database restarting, a deadlock retried too often: running the same
# job again later can cure these, so the task retries them with a growing delay.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)
# What the article itself causes: running it again gives the same error, so the job fails.
ARTICLE_ERRORS = (ValidationError, DatabaseError, ValueError, ExtractionTimeout)
FINISHED = (ImportJob.State.DONE, ImportJob.State.FAILED)


class JobBusy(Exception):
    """Another worker holds the job right now; it ends it, or dies and frees it."""


def enqueue_import(
    *,
    body: str,
    origin: str = "",
    title: str = "",
    url: str = "",
    publisher: str = "",
    published_on: date | None = None,
    language: str = "en",
    batch: UUID | None = None,
) -> ImportJob:
    """Store an article as a job, and have a worker import it (or import it now, brokerless).

    Line ends are normalised as the file reader does, so the same article from a
    file and from the API is one text. The message goes out only when the
    caller's transaction commits: a worker never looks for a row it cannot see.
    """
    job = ImportJob.objects.create(
        body=body.replace("\r\n", "\n").replace("\r", "\n"),
        origin=origin[:1000],
        title=title[:500],
        url=url,
        publisher=publisher[:200],
        published_on=published_on,
        language=language or "en",
        batch=batch,
    )
    if celery_app.conf.task_always_eager:
        _run_in_process(job)
    else:
        transaction.on_commit(lambda: _publish(job.pk))
    return job


def _publish(job_id: int) -> None:
    """Send the job to the broker; if it cannot be reached, the job fails rather than waits."""
    try:
        celery_app.send_task(IMPORT_TASK, args=[job_id])
    except BrokerError as error:
        fail_import_job(job_id=job_id, error=f"not queued: {one_line(error)}")
        raise


def requeue_stale_jobs(*, older_than: timedelta) -> list[int]:
    """Send again the jobs a broker lost; returns their ids.

    A job is stale when it has waited queued, or has shown running, for longer than
    `older_than` while no worker holds its row: a worker running a job keeps the row
    locked, so SKIP LOCKED passes over it. Sending a job twice is harmless (a finished
    job returns at once, and a text is stored once), so a false alarm costs a look-up.
    """
    cutoff = timezone.now() - older_than
    waiting = Q(state=ImportJob.State.QUEUED, created_at__lt=cutoff)
    abandoned = Q(state=ImportJob.State.RUNNING, started_at__lt=cutoff)
    with transaction.atomic():
        stale = list(
            ImportJob.objects.select_for_update(skip_locked=True)
            .filter(waiting | abandoned)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
    for job_id in stale:
        if celery_app.conf.task_always_eager:
            _run_in_process(ImportJob.objects.get(pk=job_id))
        else:
            _publish(job_id)
    return stale


def _run_in_process(job: ImportJob) -> None:
    try:
        run_import_job(job_id=job.pk, worker="in-process")
    except TRANSIENT_ERRORS as error:
        fail_import_job(job_id=job.pk, error=one_line(error))
    job.refresh_from_db()


def run_import_job(*, job_id: int, worker: str = "") -> ImportJob:
    """Import a job's article unless it is finished; mark it done, or failed with one line.

    Raises JobBusy when another worker holds the job, ImportJob.DoesNotExist when
    the row is gone, and a transient database error as it is, for the caller to retry.
    """
    claimed = _claim(job_id, worker)
    try:
        # Extraction is the CPU-heavy half and needs no database: it runs before the
        # transaction, so workers overlap on it and wait for each other only to write.
        prepared = claimed and prepare_article(body=claimed.body, published_on=claimed.published_on)
        with transaction.atomic():
            job = _locked(job_id)
            if job.state in FINISHED:
                return job
            outcome = import_source(**job.document(), prepared=prepared)
            _finish(job, source=outcome.source, new=outcome.created)
            job.quotes, job.speakers = outcome.quotes, outcome.speakers
            job.save()
            return job
    except TRANSIENT_ERRORS:
        raise
    except ARTICLE_ERRORS as error:
        return fail_import_job(job_id=job_id, error=one_line(error))


def _claim(job_id: int, worker: str) -> ImportJob | None:
    """Mark the job running and count the attempt, in a short transaction of its own.

    The row lock is taken again for the import itself; this step only makes the
    attempt visible (state, attempts, worker, started_at) while the import runs.
    Returns the job, or None when it is finished already.
    """
    with transaction.atomic():
        job = _locked(job_id)
        if job.state in FINISHED:
            return None
        job.state = ImportJob.State.RUNNING
        job.attempts += 1
        job.worker = worker[:200]
        job.started_at = timezone.now()
        job.save(update_fields=["state", "attempts", "worker", "started_at"])
    return job


def _locked(job_id: int) -> ImportJob:
    """The job's row, locked to this transaction; JobBusy if another transaction holds it."""
    job = ImportJob.objects.select_for_update(skip_locked=True).filter(pk=job_id).first()
    if job is not None:
        return job
    if ImportJob.objects.filter(pk=job_id).exists():
        raise JobBusy(job_id)
    raise ImportJob.DoesNotExist(f"import job {job_id} does not exist")


def _finish(job: ImportJob, *, source=None, new: bool | None = None, error: str = "") -> None:
    job.state = ImportJob.State.FAILED if error else ImportJob.State.DONE
    job.source, job.new_source, job.error = source, new, error
    job.finished_at = timezone.now()
    if not error:
        job.body = ""  # the source holds the text now


@transaction.atomic
def fail_import_job(*, job_id: int, error: str) -> ImportJob:
    """Record that a job cannot be done, keeping its article for a look or a later retry."""
    job = ImportJob.objects.select_for_update().get(pk=job_id)
    if job.state not in FINISHED:
        _finish(job, error=error[:1000])
        job.save()
    return job


def one_line(error: Exception) -> str:
    """An exception as the one line a job, the command or the API reports."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:300]}"
