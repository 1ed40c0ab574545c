"""Shared fixtures: the committed seed import, the seed folder, and named personas."""

import secrets
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_CACHES = django_settings.CACHES  # as configured: Redis or the database
LOCAL_CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def pytest_configure(config):
    """In-process requests count throttles in local memory, from collection on.

    The shared cache (the database's, without REDIS_URL) would add its own
    queries to every request, and so to every pinned query count; and a test
    module loads the API schema at import, before any database is open. Tests
    of the shared cache ask for `shared_cache`; servers that tests start use
    the cache as configured.
    """
    from django.test import override_settings

    override_settings(CACHES=LOCAL_CACHES).enable()


@pytest.fixture
def shared_cache(settings, db):
    """The cache as configured (the database's, or Redis with REDIS_URL), emptied around a test."""
    from django.core.cache import cache

    settings.CACHES = SHARED_CACHES
    cache.clear()
    yield cache
    cache.clear()


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
    """Alice is a staff curator: staff, in the `curators` group the migrations create."""
    from django.contrib.auth.models import Group

    alice = django_user_model.objects.create_user(
        "alice", password="correct horse battery", is_staff=True
    )
    alice.groups.add(Group.objects.get(name="curators"))
    return alice


@pytest.fixture
def dave(db, django_user_model):
    """Dave is staff with no permissions: the admin shows him no models."""
    return django_user_model.objects.create_user(
        "dave", password="correct horse battery", is_staff=True
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
