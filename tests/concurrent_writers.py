"""Work done in child processes by the concurrency tests.

A spawned child imports this module before Django is set up, so it imports
nothing from Django at module level.
"""

import os


def post_claim(url: str, text: str) -> str:
    """One writer: create the claim, or learn which stored claim has its text."""
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from quotes.services.claims import create_claim
    from quotes.services.conflicts import AlreadyExists

    try:
        return create_claim(text=text).slug
    except AlreadyExists as error:
        return f"exists:{error.existing.slug}"


def count_terms_in(url: str, terms: list[str]) -> None:
    """Another importer: count one article with these terms, and commit."""
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.db import transaction

    from quotes.services.corpus import count_terms
    from quotes.services.locks import hold_catalogue_lock

    with transaction.atomic():
        hold_catalogue_lock()
        count_terms(terms=terms)
