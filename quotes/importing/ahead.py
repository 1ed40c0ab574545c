"""Preparing the next articles while the current one is written.

An import has two halves (`quotes.services.sources`): `prepare_article` reads the
text alone (extraction, keys, contexts: Python on the CPU), and the writes spend
much of their time waiting for PostgreSQL. Python lets another thread run while
one waits on a socket, so a thread that prepares the next articles fills those
waits: the writes still run one article at a time, in the order given, in the
importing thread, and a preparation depends on the text and its date alone, so
the stored result is the one a plain loop gives.

A text already stored is not prepared: `import_source` would find it and never
use the preparation, and re-running a feed of known articles must stay a cheap
look-up per article, not an extraction per article.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from typing import TypeVar

from quotes.models import Source
from quotes.services.sources import content_hash, prepare_article

Item = TypeVar("Item")
AHEAD = 2  # articles prepared ahead of the one being written: one is enough to fill the waits


def prepared_ahead(
    items: Iterable[Item], *, article: Callable[[Item], tuple[str, date | None] | None]
) -> Iterator[tuple[Item, Future | None]]:
    """Each item with the preparation of its article running or done in a thread.

    `article` gives an item's body and date, or None for an item that is no
    article (a read error). The future is None for those and for texts already
    stored; its `result()` raises what `prepare_article` raised (a timeout, bad
    text), for the caller to report against that item.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="prepare") as pool:
        waiting: deque[tuple[Item, Future | None]] = deque()
        try:
            for item in items:
                waiting.append((item, _submit(pool, article(item))))
                if len(waiting) > AHEAD:
                    yield waiting.popleft()
            while waiting:
                yield waiting.popleft()
        finally:
            for _, future in waiting:
                if future is not None:
                    future.cancel()


def _submit(pool: ThreadPoolExecutor, found: tuple[str, date | None] | None) -> Future | None:
    if found is None:
        return None
    body, published_on = found
    if Source.objects.filter(content_hash=content_hash(body)).exists():
        return None
    return pool.submit(prepare_article, body=body, published_on=published_on)


def prepared(future: Future | None):
    """The preparation a future holds, or None (then `import_source` prepares, if it must)."""
    return None if future is None else future.result()
