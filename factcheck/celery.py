"""The Celery app that runs ingestion jobs (`celery -A factcheck worker`).

Its settings are the CELERY_* names in factcheck.settings. Without CELERY_BROKER_URL
there is no broker to reach: tasks run in the calling process (task_always_eager),
so a plain install needs no service besides its database.

The delivery policy below is fixed here rather than read from the environment,
because the importer's guarantee ("each article exactly once, nothing lost when a
worker dies") rests on it:

- acks_late: a message is acknowledged after its job has run, not when a worker
  takes it, so a worker that dies mid-job leaves it to the broker to hand out again;
- reject_on_worker_lost: the same when a pool child dies under a living worker;
- prefetch multiplier 1: a worker holds no more unstarted jobs than it runs, so a
  dead worker strands none and a busy one leaves the rest to the others;
- cancel long-running tasks on connection loss: a worker that lost the broker stops
  the job the broker has already handed to someone else (the job row's lock would
  refuse the second run anyway: quotes.services.jobs).

No result backend: a job's state, error and source live in its ImportJob row.

Database connections persist across tasks as they do across requests (CONN_MAX_AGE,
with health checks): Celery's own Django fix-up would close the connection around
every task, and a fresh PostgreSQL backend, its catalogue caches cold, made a job
about twice as slow as the same import in one process.
"""

import os
import sys

from celery import Celery, signals
from django.db import close_old_connections

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.update(
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    worker_cancel_long_running_tasks_on_connection_loss=True,
    broker_connection_retry_on_startup=True,
    task_ignore_result=True,
    task_serializer="json",
    accept_content=["json"],
)
# Celery's fix-up closes the connection only every this many tasks; ours below does the rest.
app.conf.update(CELERY_DB_REUSE_MAX=1_000_000)
app.autodiscover_tasks()


@signals.task_prerun.connect
@signals.task_postrun.connect
def close_stale_connections(task=None, **_):
    """What Django does around a request: drop a connection past its age or broken."""
    if task is not None and not task.request.is_eager:
        close_old_connections()


@signals.worker_init.connect
def refuse_to_start_without_a_broker(**_):
    """Without CELERY_BROKER_URL every job runs in-process, so a worker would wait for nothing
    (on Celery's default of a RabbitMQ on localhost): say so in one line and stop."""
    if not app.conf.task_always_eager:
        return
    sys.exit("celery worker: set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0) to run workers")
