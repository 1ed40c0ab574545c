"""An in-memory index: the reference for what the database layer does with keys.

The database version is a table ``(key, unit_id)`` with an index on ``key``;
this class is the same thing as a dict of lists, used by the tests (rebuild
equals incremental) and by bench/bench_matching.py. Its fetch rule is the one
the database should copy:

* look up every key of the new unit;
* from each key's postings take at most `cap` units, the most recently added
  (postings are append-only, so that is the tail of the list / ``ORDER BY
  unit_id DESC LIMIT cap``);
* score the distinct candidates with `compare`.

With ``cap=None`` nothing is dropped and the set of links does not depend on
the order units are added in. With a cap, it depends on the order only through
which postings a popular key keeps, so a rebuild must add units in the same
order as the original imports did (unit id order) to reproduce them exactly.
"""

from __future__ import annotations

from collections import defaultdict

from .evidence import Occurrence, occurrence
from .index import index_keys
from .scoring import NO_STATS, Link, compare
from .stats import CorpusStats


class MemoryIndex:
    """Key -> unit ids postings plus the units, matched incrementally under fixed statistics."""

    def __init__(self, cap: int | None = None, stats: CorpusStats = NO_STATS) -> None:
        self.cap = cap
        self.stats = stats
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.units: dict[int, Occurrence] = {}

    def candidates(self, keys: set[str]) -> set[int]:
        """Stored units sharing a key with `keys`, at most `cap` per key."""
        found: set[int] = set()
        for key in sorted(keys):
            posting = self.postings.get(key, ())
            found.update(posting if self.cap is None else posting[-self.cap :])
        return found

    def add(self, unit_id: int, unit) -> list[tuple[int, Link]]:
        """Match a new unit (Occurrence or text) against the stored ones, then store it."""
        unit = occurrence(unit)
        keys = index_keys(unit.text)
        links = []
        for other in sorted(self.candidates(keys)):
            link = compare(unit, self.units[other], self.stats)
            if link is not None:
                links.append((other, link))
        self.units[unit_id] = unit
        for key in keys:
            self.postings[key].append(unit_id)
        return links
