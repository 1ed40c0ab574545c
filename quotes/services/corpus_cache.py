"""The corpus counts a process has read or written, reused while the stored table is unchanged.

An import reads about a thousand counts per article, and 94% of them had been
read before (PolNeAR train: 869,140 of 928,045 in one importer); reading them
again was 15% of the import's time. So the counts are kept, per thread, with
the state of the table they were read in, and a read asks PostgreSQL only for
the terms not kept and for the state.

The state is the transaction id that last wrote the table (the ``xmin`` of the
article-count row): every write of counts also writes that row, by 0 when it
adds or takes away no article (`corpus._add`). A kept count is used only when
the state it was read in is the state now. A transaction id is never reused
(within some four billion transactions), so a write rolled back, or one that
another process committed, always shows as a new state and empties the kept
counts; it cannot be mistaken for the state they were read in.

A write returns the counts it wrote with the states before and after it (one
statement). Writers hold the catalogue lock, so no write falls between the
two: counts kept in the state before are still right in the state after, and
the written ones are updated.
"""

from __future__ import annotations

import threading

ABSENT = None  # a term no stored article uses: kept too, so that it is not asked again
LIMIT = 1_000_000  # counts kept per thread; past it, start again (a few hundred MB at most)


class CountCache:
    """Counts by term (or ABSENT), valid in one state of the table."""

    def __init__(self):
        self.state: str | None = None
        self.counts: dict[str, int | None] = {}

    def split(self, terms: set[str]) -> tuple[dict[str, int | None], set[str]]:
        """The kept counts of `terms` (valid if the state has not moved), and the others."""
        known = {t: self.counts[t] for t in terms if t in self.counts}
        return known, terms - known.keys()

    def read(self, state: str | None, asked: set[str], found: dict[str, int]) -> bool:
        """Keep what a read in `state` found; False if that state is not the kept one
        (the kept counts are dropped, and the caller must read the ones it took from them)."""
        same = state is not None and state == self.state
        if not same:
            self.restart(state)
        if state is not None:
            self._keep({t: found.get(t, ABSENT) for t in asked})
        return same

    def wrote(self, before: str | None, after: str | None, written: dict[str, int]) -> None:
        """A write moved the table from `before` to `after`, leaving `written` stored."""
        if before is None or before != self.state:
            self.restart(after)
        self.state = after
        self._keep(written)

    def restart(self, state: str | None) -> None:
        self.state, self.counts = state, {}

    def _keep(self, counts: dict[str, int | None]) -> None:
        if len(self.counts) + len(counts) > LIMIT:
            self.counts = {}
        self.counts.update(counts)


_local = threading.local()


def cache() -> CountCache:
    """This thread's cache: threads hold their own connections, and so their own states."""
    if not hasattr(_local, "cache"):
        _local.cache = CountCache()
    return _local.cache
