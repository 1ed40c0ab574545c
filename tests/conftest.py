"""Shared fixtures: the committed seed import, the seed folder, and named personas."""

import secrets
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def seeded(db):
    """The database as `fixtures/seeds.json` pins it: the import of the five seed articles.

    The fixture holds everything but the retrieval keys, a derived index that
    is quicker to recompute (one bulk insert, the importer's own function) than
    to load row by row.
    """
    from quotes.models import Quote
    from quotes.services.matching import index_quotes

    call_command("loaddata", "seeds", verbosity=0)
    index_quotes(Quote.objects.filter(is_quote=True).order_by("pk"))


@pytest.fixture
def alice(db, django_user_model):
    """Alice is a staff curator."""
    return django_user_model.objects.create_user(
        "alice", password="correct horse battery", is_staff=True
    )


@pytest.fixture
def bob(db, django_user_model):
    """Bob has an account but no staff rights."""
    return django_user_model.objects.create_user("bob", password="correct horse battery")


@pytest.fixture
def charlie(db, django_user_model):
    """Charlie is a superuser editor, with a password nobody knows: there is no default password."""
    return django_user_model.objects.create_superuser("charlie", password=secrets.token_urlsafe())


@pytest.fixture
def api(seeded):
    """An anonymous API client on the seeds, with fresh throttle counters."""
    from django.core.cache import cache
    from rest_framework.test import APIClient

    cache.clear()
    return APIClient()


@pytest.fixture
def staff_api(api, alice):
    """The same client, signed in as Alice (staff)."""
    api.force_authenticate(alice)
    return api
