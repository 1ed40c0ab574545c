"""Celery tasks: the worker's side of quotes.services.jobs.

Each task names a job row and calls the service; the delivery policy
(acknowledge late, requeue on a lost worker, prefetch one) is the app's,
in factcheck/celery.py.
"""

import logging

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval

from quotes.models import ImportJob
from quotes.services.jobs import (
    IMPORT_TASK,
    TRANSIENT_ERRORS,
    JobBusy,
    fail_import_job,
    one_line,
    run_import_job,
)

logger = logging.getLogger(__name__)

MAX_RETRIES = 6  # about a minute of backing off (1, 2, 4, ... 32 s) before a job fails
BUSY_SECONDS = 5  # how long a second delivery waits before looking at a held job again


@shared_task(name=IMPORT_TASK, bind=True, max_retries=MAX_RETRIES)
def import_job(self, job_id: int) -> str:
    """Run one import job; back off and retry while the database is unreachable.

    A job another worker holds is looked at again later rather than dropped, so
    that if that worker dies the job still gets done. A job whose row is gone
    (deleted while queued) is nothing to do. An unexpected error fails the job
    with its one line, and the worker logs the traceback.
    """
    try:
        return run_import_job(job_id=job_id, worker=self.request.hostname or "").state
    except JobBusy:
        raise self.retry(countdown=BUSY_SECONDS, max_retries=None) from None
    except ImportJob.DoesNotExist:
        logger.warning("import job %s does not exist; nothing to do", job_id)
        return "gone"
    except TRANSIENT_ERRORS as error:
        if self.request.retries >= self.max_retries:
            return fail_import_job(job_id=job_id, error=one_line(error)).state
        delay = get_exponential_backoff_interval(1, self.request.retries, 60, full_jitter=False)
        raise self.retry(exc=error, countdown=delay) from None
    except Exception as error:
        fail_import_job(job_id=job_id, error=one_line(error))  # never left "running" by a bug
        raise
