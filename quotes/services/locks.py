"""One lock for the writes that find-or-create shared rows: speakers, aliases and claims.

An import resolves speakers by name and folds new quotes into claims; a curator
merges speakers and names claims. Each of these reads "is there already a row
for this?" and then writes, so two writers at once would both answer no and
both create (`recep-tayyip-erdogan-2`), or one would delete a speaker the other
is adding quotes to. A unique key per name cannot express "the same person
under another spelling", so the writers take turns instead: every service that
finds-or-creates or moves these rows takes one PostgreSQL advisory lock, held
until its transaction ends. Extraction, the other half of an import, runs before
the lock, in parallel.

Taking turns also keeps matching exact: the articles commit in the order they
took the lock, which is their id order, so concurrent imports give the claims
a single importer gives, and `rebuild_claims` (which replays in id order) agrees.

SQLite lets one writer at a time hold its database anyway, so there the lock is
a no-op.
"""

from contextvars import ContextVar
from functools import wraps

from django.db import connection, transaction

# An arbitrary 64-bit key that names this lock among the database's advisory locks.
CATALOGUE_LOCK = 0x66_61_63_74_63_68_6B  # "factchk"


# True while a catalogue writer that took the lock runs: what it calls needs no other.
_HOLDING: ContextVar[bool] = ContextVar("holding_the_catalogue_lock", default=False)


def hold_catalogue_lock() -> None:
    """Wait for, then hold until the transaction ends, the lock every catalogue writer takes.

    Within a catalogue writer (`catalogue_write`) the lock is held already, so
    nothing is sent.
    """
    if not connection.in_atomic_block:
        raise RuntimeError("the catalogue lock is held to the end of a transaction: open one")
    if connection.vendor == "postgresql" and not _HOLDING.get():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CATALOGUE_LOCK])


def catalogue_write(function):
    """Run a service in a transaction that holds the catalogue lock from its first statement.

    A writer called by another (an import's `match_quotes`) runs in a savepoint as
    before, but asks for no lock: its caller took it before anything the callee can
    roll back to, so PostgreSQL holds it until the caller's transaction ends. That
    spared a statement per imported article.
    """

    @wraps(function)
    def locked(*args, **kwargs):
        with transaction.atomic():
            hold_catalogue_lock()
            holding = _HOLDING.set(True)
            try:
                return function(*args, **kwargs)
            finally:
                _HOLDING.reset(holding)

    return locked


def is_transient(error: Exception) -> bool:
    """A failure that running the same transaction again can cure: a deadlock, or a
    serialization failure. PostgreSQL chose this transaction as the victim; the data are fine.
    """
    cause = getattr(error, "__cause__", None)
    return getattr(cause, "sqlstate", None) in TRANSIENT_SQLSTATES


# deadlock_detected, serialization_failure (PostgreSQL error codes)
TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})
