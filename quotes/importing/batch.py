"""Running a batch of documents through `import_source`, counting what happened."""

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import DatabaseError

from quotes.extraction import ExtractionTimeout
from quotes.importing.ahead import prepared, prepared_ahead
from quotes.importing.readers import Document, ReadError
from quotes.services.sources import import_source

logger = logging.getLogger(__name__)


@dataclass
class BatchSummary:
    """Counts for the one summary line a user reads at the end of an import."""

    new: int = 0
    unchanged: int = 0
    failed: int = 0
    quotes: int = 0
    speakers: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"Sources: {self.new} new, {self.unchanged} unchanged, {self.failed} failed; "
            f"quotes: {self.quotes} new; speakers: {self.speakers} new."
        )


def import_batch(
    items: Iterable[Document | ReadError], *, on_error: Callable[[str], None] = lambda _: None
) -> BatchSummary:
    """Import each document in its own transaction; a failure costs only that document.

    So does an article whose extraction outruns its time budget (EXTRACTION_SECONDS):
    it is one error line naming it, and the batch goes on. The next documents are
    prepared in a thread while one is written (`quotes.importing.ahead`).
    """
    summary = BatchSummary()
    for item, preparation in prepared_ahead(items, article=_article):
        if isinstance(item, ReadError):
            _fail(summary, str(item), on_error)
            continue
        try:
            outcome = import_source(
                body=item.body,
                origin=item.origin,
                title=item.title,
                url=item.url,
                publisher=item.publisher,
                published_on=item.published_on,
                language=item.language,
                prepared=prepared(preparation),
            )
        except (ValidationError, DatabaseError, ValueError, ExtractionTimeout) as exc:
            logger.debug("import of %s failed", item.origin, exc_info=True)
            _fail(summary, f"{item.origin}: {_one_line(exc)}", on_error)
            continue
        if outcome.created:
            summary.new += 1
            summary.quotes += outcome.quotes
            summary.speakers += outcome.speakers
        else:
            summary.unchanged += 1
    return summary


def _article(item: Document | ReadError):
    return None if isinstance(item, ReadError) else (item.body, item.published_on)


def _fail(summary: BatchSummary, message: str, on_error) -> None:
    summary.failed += 1
    summary.errors.append(message)
    on_error(message)


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:300]}"
