"""Running a batch through the job queue: enqueue every document, then watch the workers.

The jobs of one command run share a batch id, so its progress and its summary are
counts over the job rows, whichever workers on whichever machines did the work.
"""

import time
from collections.abc import Callable, Iterable
from dataclasses import asdict
from uuid import UUID

from django.db.models import Count, Q, Sum

from quotes.importing.batch import BatchSummary
from quotes.importing.readers import Document, ReadError
from quotes.models import ImportJob
from quotes.services.jobs import FINISHED, enqueue_import


def enqueue_documents(
    items: Iterable[Document | ReadError], *, batch: UUID, on_error: Callable[[str], None]
) -> tuple[int, list[str]]:
    """Enqueue one job per document; returns how many, and the inputs that could not be read."""
    enqueued, unread = 0, []
    for item in items:
        if isinstance(item, ReadError):
            unread.append(str(item))
            on_error(str(item))
            continue
        enqueue_import(**asdict(item), batch=batch)  # a Document's fields are its arguments
        enqueued += 1
    return enqueued, unread


def wait_for_batch(
    batch: UUID, *, on_progress: Callable[[int], None], poll_seconds: float = 0.5
) -> None:
    """Return once every job of the batch is done or failed; report the finished count."""
    jobs = ImportJob.objects.filter(batch=batch)
    while True:
        pending = jobs.exclude(state__in=FINISHED).count()
        on_progress(jobs.count() - pending)
        if not pending:
            return
        time.sleep(poll_seconds)


def batch_summary(batch: UUID, *, unread: list[str]) -> BatchSummary:
    """The summary `import_batch` gives, counted over the batch's finished jobs."""
    jobs = ImportJob.objects.filter(batch=batch)
    done = Q(state=ImportJob.State.DONE)
    counts = jobs.aggregate(
        new=Count("pk", filter=done & Q(new_source=True)),
        unchanged=Count("pk", filter=done & Q(new_source=False)),
        quotes=Sum("quotes", default=0),
        speakers=Sum("speakers", default=0),
    )
    failed = [
        f"{origin or f'job {pk}'}: {error}"
        for pk, origin, error in jobs.filter(state=ImportJob.State.FAILED).values_list(
            "pk", "origin", "error"
        )
    ]
    return BatchSummary(**counts, failed=len(unread) + len(failed), errors=[*unread, *failed])
