"""An article whose transaction PostgreSQL picks as a deadlock victim is imported again."""

import psycopg.errors
import pytest
from django.db import OperationalError

from quotes.models import Source
from quotes.services import sources
from quotes.services.locks import is_transient

pytestmark = pytest.mark.django_db

BODY = 'Minister Ana Silva said: "The bridge will open in May." Critics doubt it.'


def django_error(psycopg_error: Exception) -> OperationalError:
    """The error as Django raises it: its own class, with the driver's error as the cause."""
    try:
        raise OperationalError(str(psycopg_error)) from psycopg_error
    except OperationalError as error:
        return error


@pytest.mark.parametrize(
    "cause", [psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure]
)
def test_a_deadlock_or_a_serialization_failure_is_worth_another_try(cause):
    assert is_transient(django_error(cause("victim")))


def test_a_lost_connection_is_not_retried_as_if_it_were_a_deadlock():
    assert not is_transient(django_error(psycopg.errors.AdminShutdown("going down")))
    assert not is_transient(OperationalError("no cause"))


def test_an_article_that_loses_a_deadlock_once_is_stored_once(monkeypatch):
    real, failures = sources._create_source, []

    def loses_once(**fields):
        if not failures:
            failures.append(1)
            raise django_error(psycopg.errors.DeadlockDetected("deadlock detected"))
        return real(**fields)

    monkeypatch.setattr(sources, "_create_source", loses_once)
    outcome = sources.import_source(body=BODY, origin="bridge.txt")
    assert outcome.created and failures == [1]
    assert Source.objects.filter(origin="bridge.txt").count() == 1


def test_an_article_that_keeps_losing_fails_with_the_database_error(monkeypatch):
    def always_loses(**fields):
        raise django_error(psycopg.errors.DeadlockDetected("deadlock detected"))

    monkeypatch.setattr(sources, "_create_source", always_loses)
    with pytest.raises(OperationalError, match="deadlock"):
        sources.import_source(body=BODY, origin="bridge.txt")
    assert not Source.objects.exists()
