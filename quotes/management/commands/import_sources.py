import sys
import uuid

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from kombu.exceptions import OperationalError as BrokerError
from tqdm import tqdm

from factcheck.celery import app as celery_app
from quotes.importing.batch import import_batch
from quotes.importing.queue import batch_summary, enqueue_documents, wait_for_batch
from quotes.importing.readers import read_documents
from quotes.services.sources import reextract_all


class Command(BaseCommand):
    help = "Import articles (.txt, folders, JSON Lines, or - for stdin) and extract their quotes."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Files, folders, or - for standard input.")
        parser.add_argument(
            "--reextract",
            action="store_true",
            help="Run extraction again on stored sources, keeping curator decisions.",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=settings.IMPORT_MAX_BYTES,
            help="Refuse, by name, any file or JSON line longer than this many bytes "
            "(default: %(default)s, or the IMPORT_MAX_BYTES setting).",
        )
        parser.add_argument("--no-progress", action="store_true", help="Never show a progress bar.")
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Enqueue one job per article for `celery -A factcheck worker` (CELERY_BROKER_URL),"
            " then show progress until the workers are done; without a broker the jobs run here.",
        )
        parser.add_argument(
            "--no-wait", action="store_true", help="With --queue: enqueue only, and return."
        )

    def handle(self, *args, paths, reextract, max_bytes, no_progress, queue, no_wait, **options):
        if not paths and not reextract:
            raise CommandError("give at least one path, - for standard input, or --reextract")
        if no_wait and not queue:
            raise CommandError("--no-wait goes with --queue")
        progress = not no_progress and sys.stderr.isatty()
        if paths and queue:
            self._enqueue(paths, max_bytes, progress=progress, wait=not no_wait)
        elif paths:
            self._import(paths, max_bytes, progress=progress)
        if reextract:
            sources, changed = reextract_all()
            self.stdout.write(f"Re-extracted {sources} sources; {changed} quotes changed.")

    def _import(self, paths, max_bytes, *, progress):
        items = read_documents(paths, max_bytes=max_bytes)
        if progress:
            items = tqdm(items, unit="doc", desc="import", file=sys.stderr)
        summary = import_batch(items, on_error=self._error)
        self._report(summary, printed=len(summary.errors))

    def _enqueue(self, paths, max_bytes, *, progress, wait):
        """One job per article; then, unless told not to wait, watch the queue drain."""
        batch = uuid.uuid4()
        items = read_documents(paths, max_bytes=max_bytes)
        if progress:
            items = tqdm(items, unit="doc", desc="enqueue", file=sys.stderr)
        try:
            enqueued, unread = enqueue_documents(items, batch=batch, on_error=self._error)
        except BrokerError as error:
            raise CommandError(f"cannot reach the broker (CELERY_BROKER_URL): {error}") from None
        if not wait:
            self.stdout.write(f"Enqueued {enqueued} jobs (batch {batch}).")
            if unread:
                raise CommandError(f"{len(unread)} input(s) failed; see the errors above")
            return
        self._wait(batch, enqueued, progress=progress)
        self._report(batch_summary(batch, unread=unread), printed=len(unread))

    def _wait(self, batch, total, *, progress):
        if not celery_app.conf.task_always_eager:
            self.stderr.write(
                f"Waiting for the workers (celery -A factcheck worker) on batch {batch}; "
                "Ctrl-C stops waiting, and the jobs stay queued."
            )
        bar = tqdm(total=total, unit="job", desc="import", file=sys.stderr, disable=not progress)
        try:
            wait_for_batch(batch, on_progress=lambda finished: bar.update(finished - bar.n))
        except KeyboardInterrupt:
            raise CommandError(f"stopped waiting; the jobs of batch {batch} stay queued") from None
        finally:
            bar.close()

    def _report(self, summary, *, printed: int):
        """The summary line, after the error lines not printed yet (the jobs' failures)."""
        for message in summary.errors[printed:]:
            self._error(message)
        self.stdout.write(summary.line())
        if summary.failed:
            raise CommandError(f"{summary.failed} input(s) failed; see the errors above")

    def _error(self, message):
        self.stderr.write(f"error: {message}")
