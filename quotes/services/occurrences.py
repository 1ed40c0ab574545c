"""Stored quotes as the matcher sees them: each unit with its speaker, date, marks and context.

The Django side of `quotes.matching.evidence`. One query reads the quotes a
new unit is compared with, with the words around each (`Quote.match_context`)
and the names its article prints (`Source.match_names`), both computed once on
import: a popular statement's candidates come from many articles, and reading
their bodies for every comparison made the cost grow with the database. Rows
stored before those columns existed fall back to the body (cached per process).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from django.db import connection

from quotes.choices import QuoteKind, SpeakerKind
from quotes.matching.evidence import (
    Occurrence,
    article_names,
    context_around,
    decode_terms,
    name_stems,
    speaker_body,
    speaker_names,
)
from quotes.models import Quote, Source, Speaker
from quotes.services.sql_lists import SPLIT, joined

_CACHE_SIZE = 256
_articles: OrderedDict[int, tuple[str, str, frozenset[str]]] = OrderedDict()


@dataclass(frozen=True)
class QuoteFacts:
    """What matching needs of one stored quote."""

    pk: int
    source_id: int
    text: str
    marked: bool
    speaker_id: int | None
    speaker_names: frozenset[str]
    speaker_body: frozenset[str]
    said_on: date | None
    group: int
    context: frozenset[str]
    article_names: frozenset[str]
    _units: dict = field(default_factory=dict, compare=False, repr=False)

    def unit(self, start: int, end: int) -> Occurrence:
        """The unit text[start:end] as an Occurrence, made once per facts: facts read again
        are shared (`_stored_facts`), so a candidate met by many imports is built once.

        Facts are shared by the threads of a process too. Two threads asking for one
        unit at once may both build it and one store wins: an Occurrence depends only
        on the frozen fields, so either is the same value, and a dict item assignment
        cannot leave the dict half-written.
        """
        found = self._units.get((start, end))
        if found is None:
            found = self._units[(start, end)] = self._occurrence(start, end)
        return found

    def _occurrence(self, start: int, end: int) -> Occurrence:
        text = self.text[start:end]
        return Occurrence(
            text=text,
            marked=self.marked,
            speaker=self.speaker_id,
            said_on=self.said_on,
            context=self.context,
            names=name_stems(text),
            article_names=self.article_names,
            speaker_names=self.speaker_names,
            speaker_body=self.speaker_body,
        )


def _article(source_id: int, digest: str) -> tuple[str, frozenset[str]]:
    """The body and names of an article stored before the matcher kept them (slow path)."""
    cached = _articles.get(source_id)
    if cached is None or cached[0] != digest:
        body = Source.objects.values_list("body", flat=True).get(pk=source_id)
        cached = (digest, body, article_names(body))
        _articles[source_id] = cached
        while len(_articles) > _CACHE_SIZE:
            _articles.popitem(last=False)
    _articles.move_to_end(source_id)
    return cached[1], cached[2]


_FIELDS = (
    "pk", "source_id", "source__content_hash", "text", "kind", "speaker_id", "speaker__name",
    "said_on", "group", "start", "end", "match_context", "source__match_names", "speaker__kind",
)  # fmt: skip


def _facts(row) -> QuoteFacts:
    if row[11] is None or row[12] is None:  # match_context, source__match_names
        return _facts_of_row(row)
    return _stored_facts(row)


@lru_cache(maxsize=4096)
def _stored_facts(row) -> QuoteFacts:
    """`_facts_of_row` of a row with its context and names stored, remembered by value.

    A popular statement's stored quotes are candidates of import after import, and
    decoding their terms cost more than reading them; a row read again unchanged
    gives the same facts (an edited speaker name, say, is another row).
    """
    return _facts_of_row(row)


def _facts_of_row(row) -> QuoteFacts:
    pk, source_id, digest, text, kind, speaker_id, speaker_name, said_on, group = row[:9]
    start, end, stored_context, stored_names, speaker_kind = row[9:]
    if stored_context is None or stored_names is None:
        body, names = _article(source_id, digest)
        context = context_around(body, start, end, text)
    else:
        names, context = decode_terms(stored_names), decode_terms(stored_context)
    return QuoteFacts(
        pk=pk,
        source_id=source_id,
        text=text,
        marked=kind != QuoteKind.INDIRECT,
        speaker_id=speaker_id,
        speaker_names=speaker_names(speaker_name or ""),
        speaker_body=_body(speaker_name, speaker_kind),
        said_on=said_on,
        group=group,
        context=context,
        article_names=names,
    )


def _body(name: str | None, kind: str | None) -> frozenset[str]:
    """What an organisation's role phrase speaks for ("FBI" of "FBI investigation"); a
    person's role ("Iowa voter") is never filed under the place or party that modifies it."""
    return speaker_body(name or "") if kind == SpeakerKind.ORGANISATION else frozenset()


def facts_of(quote_ids) -> dict[int, QuoteFacts]:
    """Facts of the public quotes among `quote_ids`, in one query (plus uncached bodies)."""
    if not quote_ids:
        return {}
    return {row[0]: _facts(row) for row in _rows(quote_ids)}


def _rows(quote_ids) -> list[tuple]:
    """The `_FIELDS` of the public quotes among `quote_ids`, in no particular order.

    On PostgreSQL one statement of constant text with the ids as one parameter
    (`sql_lists`): an import asks for a hundred-odd candidates, and the ORM's
    IN list took longer to build, quote and plan than the rows took to read.
    """
    if connection.vendor != "postgresql":
        return list(Quote.objects.filter(pk__in=quote_ids, is_quote=True).values_list(*_FIELDS))
    with connection.cursor() as cursor:
        cursor.execute(_rows_sql(), [joined(quote_ids)])
        return cursor.fetchall()


def _rows_sql() -> str:
    """`_FIELDS` of the quotes whose ids are the SPLIT parameter, with source and speaker."""
    q = connection.ops.quote_name
    quote, source, speaker = (q(m._meta.db_table) for m in (Quote, Source, Speaker))
    columns = [f"{quote}.{q(column)}" for column in ("id", "source_id")]
    columns.append(f"{source}.{q('content_hash')}")
    columns += [f"{quote}.{q(column)}" for column in ("text", "kind", "speaker_id")]
    columns.append(f"{speaker}.{q('name')}")
    named = ("said_on", "group", "start", "end", "match_context")
    columns += [f"{quote}.{q(column)}" for column in named]
    columns += [f"{source}.{q('match_names')}", f"{speaker}.{q('kind')}"]
    return (
        f"SELECT {', '.join(columns)} FROM {quote} "
        f"INNER JOIN {source} ON {quote}.{q('source_id')} = {source}.{q('id')} "
        f"LEFT OUTER JOIN {speaker} ON {quote}.{q('speaker_id')} = {speaker}.{q('id')} "
        f"WHERE {quote}.{q('is_quote')} AND {quote}.{q('id')} = ANY({SPLIT}::bigint[])"
    )
