"""`manage.py requeue_jobs [--older-than MINUTES]`: send again the import jobs a broker lost.

Brokers lose messages rarely but really (a Redis restart without persistence, a message
dropped past its visibility timeout). A job row then waits forever; this finds the ones
no worker holds and sends them again. Safe to run from cron on any machine: a job a
worker is running is left alone, and a job sent twice is still imported once.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from quotes.services.jobs import BrokerError, requeue_stale_jobs


class Command(BaseCommand):
    help = "Send again import jobs queued or running for too long with no worker holding them."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=60,
            metavar="MINUTES",
            help="how long a job may wait or run before it is sent again [60]",
        )

    def handle(self, *args, older_than, **options):
        if older_than < 1:
            raise CommandError("--older-than: give a number of minutes, 1 or more")
        try:
            resent = requeue_stale_jobs(older_than=timedelta(minutes=older_than))
        except BrokerError as error:
            raise CommandError(f"cannot reach the broker (CELERY_BROKER_URL): {error}") from None
        self.stdout.write(f"Re-sent {len(resent)} job(s)" + (f": {resent}" if resent else "."))
