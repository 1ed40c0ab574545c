import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from quotes.importing.batch import import_batch
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

    def handle(self, *args, paths, reextract, max_bytes, no_progress, **options):
        if not paths and not reextract:
            raise CommandError("give at least one path, - for standard input, or --reextract")
        if paths:
            self._import(paths, max_bytes, progress=not no_progress and sys.stderr.isatty())
        if reextract:
            sources, changed = reextract_all()
            self.stdout.write(f"Re-extracted {sources} sources; {changed} quotes changed.")

    def _import(self, paths, max_bytes, *, progress):
        items = read_documents(paths, max_bytes=max_bytes)
        if progress:
            items = tqdm(items, unit="doc", desc="import", file=sys.stderr)
        summary = import_batch(
            items, on_error=lambda message: self.stderr.write(f"error: {message}")
        )
        self.stdout.write(summary.line())
        if summary.failed:
            raise CommandError(f"{summary.failed} input(s) failed; see the errors above")
