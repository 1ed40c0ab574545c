"""The corpus statistics the matcher weighs words by: kept per article, race-free.

Each article counts once for every content word of its body and every key
phrase of its quotes (`quotes.matching.stats.terms_of`). Counting is one
upsert that adds to the stored count (``ON CONFLICT ... DO UPDATE``), so two
imports counting the same word at once both land; rows are written in term
order, so two transactions always lock them in the same order and cannot
deadlock on each other.

An article is counted *after* its quotes are matched: a quote is weighed by
what was stored before it, in an import and in a rebuild that replays the
articles in id order alike.
"""

from collections.abc import Iterable

from django.db import connection

from quotes.matching.stats import DOCUMENTS, CorpusStats, terms_of
from quotes.models import CorpusTerm
from quotes.services.sql_lists import SPLIT, joined

MAX_TERM = CorpusTerm._meta.get_field("term").max_length


def _add(counts: dict[str, int]) -> None:
    rows = sorted((t, n) for t, n in counts.items() if n and len(t) <= MAX_TERM)
    if not rows:
        return
    table = connection.ops.quote_name(CorpusTerm._meta.db_table)
    upsert = f"ON CONFLICT (term) DO UPDATE SET documents = {table}.documents + EXCLUDED.documents"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One statement for the article's few thousand terms, in array (term) order.
            rows_in_order = (
                f"SELECT term, documents FROM unnest({SPLIT}, {SPLIT}::int[]) "
                "WITH ORDINALITY AS counted(term, documents, n) ORDER BY n"
            )
            terms, counts = zip(*rows, strict=True)
            cursor.execute(
                f"INSERT INTO {table} (term, documents) {rows_in_order} {upsert}",
                [joined(terms), joined(counts)],
            )
        else:
            sql = f"INSERT INTO {table} (term, documents) VALUES (%s, %s) {upsert}"
            cursor.executemany(sql, rows)


def count_article(*, body: str, quotes: Iterable[str], sign: int = 1) -> None:
    """Add an article to the statistics (sign=-1 takes it away again)."""
    count_terms(terms=terms_of(body, quotes), sign=sign)


def count_terms(*, terms: Iterable[str], sign: int = 1) -> None:
    """Add an article whose `terms_of` an import computed ahead, outside the catalogue lock."""
    _add({term: sign for term in terms} | {DOCUMENTS: sign})


def recount_quotes(*, body: str, before: Iterable[str], after: Iterable[str]) -> None:
    """Move an article's counts from its old quotes to its new ones (re-extraction)."""
    old, new = terms_of(body, before), terms_of(body, after)
    _add({t: 1 for t in new - old} | {t: -1 for t in old - new})


def stats_for(terms: Iterable[str]) -> CorpusStats:
    """The counts of `terms` and of the articles, in one query (`counts_of`)."""
    found = counts_of(terms)
    return CorpusStats(documents=found.pop(DOCUMENTS, 0), df=found)


def counts_of(terms: Iterable[str]) -> dict[str, int]:
    """The stored counts of `terms` and the article count (under DOCUMENTS), in one query.

    A term no article uses is absent. On PostgreSQL the terms go as one string
    split server-side: an IN list of thousands of parameters costs more to send
    and plan than the look-up itself.
    """
    wanted = sorted(set(terms) | {DOCUMENTS})
    if connection.vendor != "postgresql":
        return dict(CorpusTerm.objects.filter(term__in=wanted).values_list("term", "documents"))
    table = connection.ops.quote_name(CorpusTerm._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT term, documents FROM {table} WHERE term = ANY({SPLIT})", [joined(wanted)]
        )
        return dict(cursor.fetchall())


def reset() -> None:
    CorpusTerm.objects.all().delete()
