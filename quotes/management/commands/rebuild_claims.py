from django.core.management.base import BaseCommand

from quotes.services.matching import rebuild_claims


class Command(BaseCommand):
    help = "Recompute every automatic claim link from scratch; curator decisions are kept."

    def handle(self, *args, **options):
        counts = rebuild_claims()
        self.stdout.write(
            f"Rebuilt claims from {counts['quotes']} quotes: {counts['matches']} matching pairs, "
            f"{counts['claims']} claims, {counts['links']} links."
        )
