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
from quotes.services import corpus_cache
from quotes.services.sql_lists import SPLIT, joined

MAX_TERM = CorpusTerm._meta.get_field("term").max_length


def _add(counts: dict[str, int]) -> None:
    # The article-count row is written by every write, by 0 if need be: its xmin
    # then names the state of the whole table (`corpus_cache`).
    counts = {**counts, DOCUMENTS: counts.get(DOCUMENTS, 0)}
    rows = sorted((t, n) for t, n in counts.items() if (n or t == DOCUMENTS) and len(t) <= MAX_TERM)
    table = connection.ops.quote_name(CorpusTerm._meta.db_table)
    upsert = f"ON CONFLICT (term) DO UPDATE SET documents = {table}.documents + EXCLUDED.documents"
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            sql = f"INSERT INTO {table} (term, documents) VALUES (%s, %s) {upsert}"
            cursor.executemany(sql, rows)
            return
        # One statement for the article's few thousand terms, in array (term) order,
        # returning what it stored and the table's state before and after it.
        rows_in_order = (
            f"SELECT term, documents FROM unnest({SPLIT}, {SPLIT}::int[]) "
            "WITH ORDINALITY AS counted(term, documents, n) ORDER BY n"
        )
        terms, numbers = zip(*rows, strict=True)
        cursor.execute(
            f"WITH before AS ({_STATE_SQL.format(table=table)}), "
            f"up AS (INSERT INTO {table} (term, documents) {rows_in_order} {upsert} "
            "RETURNING term, documents, xmin::text AS state) "
            "SELECT (SELECT state FROM before), term, documents, state FROM up",
            [joined(terms), joined(numbers)],
        )
        written = cursor.fetchall()
    after = next(state for _, term, _, state in written if term == DOCUMENTS)
    corpus_cache.cache().wrote(written[0][0], after, {t: n for _, t, n, _ in written})


_STATE_SQL = "SELECT xmin::text AS state FROM {table} WHERE term = ''"


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
    """The stored counts of `terms` and the article count (under DOCUMENTS).

    A term no article uses is absent. On PostgreSQL the counts this thread read
    or wrote in the table's present state are taken from `corpus_cache`, and the
    rest are asked for as one string split server-side: an IN list of thousands of
    parameters costs more to send and plan than the look-up itself.
    """
    wanted = set(terms) | {DOCUMENTS}
    if connection.vendor != "postgresql":
        return dict(CorpusTerm.objects.filter(term__in=wanted).values_list("term", "documents"))
    cache = corpus_cache.cache()
    known, missing = cache.split(wanted - {DOCUMENTS})
    state, found = _read(missing | {DOCUMENTS})
    if not cache.read(state, missing | {DOCUMENTS}, found):  # the table moved: read the rest
        if known:
            state, rest = _read(set(known))
            cache.read(state, set(known), rest)
            found |= rest
        known = {}
    return {t: n for t, n in known.items() if n is not corpus_cache.ABSENT} | found


def _read(terms: set[str]) -> tuple[str | None, dict[str, int]]:
    """The stored counts of `terms`, and the table's state they were read in."""
    table = connection.ops.quote_name(CorpusTerm._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT ({_STATE_SQL.format(table=table)}), term, documents FROM {table} "
            f"WHERE term = ANY({SPLIT})",
            [joined(sorted(terms))],
        )
        rows = cursor.fetchall()
    if not rows:
        with connection.cursor() as cursor:
            cursor.execute(_STATE_SQL.format(table=table))
            row = cursor.fetchone()
        return (row[0] if row else None), {}
    return rows[0][0], {term: n for _, term, n in rows}


def reset() -> None:
    CorpusTerm.objects.all().delete()
    corpus_cache.cache().restart(None)
