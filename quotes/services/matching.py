"""Cross-referencing quotes into claims, incrementally and by full rebuild.

The pipeline has three steps, each a pure function of what is stored:

1. `index_quotes` files every sentence or clause of a quote under its retrieval
   keys (MatchKey): LSH bands and key phrases from `quotes.matching`.
2. `record_matches` looks up the few stored units that share a key with a new
   unit and scores them with `quotes.matching.compare`; pairs that clear the low
   threshold become QuoteMatch rows. `compare` is symmetric, so the stored pairs
   are the same whatever order quotes arrive in.
3. `derive_claims` turns the pairs of a connected region into claims: automatic
   pairs join quotes into one claim, suggested pairs attach a quote to a claim as
   a suggestion. A curator's confirmed or rejected link is never overwritten.

Incremental import runs 1-3 for the new quotes and the region they touch;
`rebuild_claims` runs them for everything. Both call the same functions, which
is why they agree (tests/test_rebuild_claims_command.py).
"""

from collections import defaultdict

from django.db import connection
from django.db.models import Q

from quotes import matching
from quotes.choices import MACHINE_STATUSES, LinkStatus, MatchMethod, Rating
from quotes.models import Claim, ClaimQuote, MatchKey, Quote, QuoteMatch, Source
from quotes.services import corpus, pair_scoring
from quotes.services.claim_extension import extend_claims
from quotes.services.claim_groups import Group, group_region
from quotes.services.claim_links import new_machine_claim, refresh_claims, write_link
from quotes.services.claim_patterns import apply_claim_pattern, apply_patterns_to
from quotes.services.locks import catalogue_write
from quotes.services.occurrences import QuoteFacts, facts_of
from quotes.services.sql_lists import SPLIT, joined

# Per retrieval key, only the most recent units are candidates. A popular claim
# is still found through its latest quotes, and the cost per new quote stays
# flat however many quotes share the key.
CANDIDATE_CAP = matching.KEY_POSTINGS_CAP

# (quote id, unit, retrieval keys) per unit of some quotes: see `keyed_units`.
Keyed = list[tuple[int, matching.Unit, set[str]]]


def keyed_units(quotes) -> Keyed:
    """(quote id, unit, retrieval keys) of every unit of `quotes`, in order.

    An import both stores these keys (`index_quotes`) and looks candidates up by
    them (`record_pairs`); splitting and keying each quote once serves both.
    """
    return [(quote.pk, unit, keys) for quote in quotes for unit, keys in unit_keys(quote.text)]


def unit_keys(text: str) -> tuple[tuple[matching.Unit, set[str]], ...]:
    """The units of a quote's text, each with its retrieval keys: text alone decides them,
    so an import computes them before it takes the catalogue lock (`prepare_article`)."""
    return tuple((unit, matching.index_keys(unit.text)) for unit in matching.split_units(text))


def index_quotes(quotes, keyed: Keyed | None = None, *, new: bool = False) -> Keyed:
    """Write the retrieval keys of every unit of `quotes`; return them (`keyed_units`)
    so the caller can look candidates up without keying the quotes again.

    `new` quotes were created in this transaction, so none of their keys is stored
    yet: PostgreSQL is spared the check for a conflict, half the statement's time.
    """
    keyed = keyed_units(quotes) if keyed is None else keyed
    rows = [(key, pk, unit.start, unit.end) for pk, unit, keys in keyed for key in sorted(keys)]
    if connection.vendor == "postgresql" and rows:
        _insert_keys(rows, new=new)
    else:
        fields = [MatchKey(key=k, quote_id=q, start=s, end=e) for k, q, s, e in rows]
        MatchKey.objects.bulk_create(fields, ignore_conflicts=True)
    return keyed


def _insert_keys(rows: list[tuple[str, int, int, int]], *, new: bool) -> None:
    """`bulk_create(ignore_conflicts=True)` as four list parameters (`sql_lists`): an article's
    few hundred keys cost one small statement, not a VALUES list of a thousand parameters.
    Keys of `new` quotes cannot conflict (a quote's units never share a start)."""
    q = connection.ops.quote_name
    columns = ", ".join(q(c) for c in ("key", "quote_id", "start", "end"))
    arrays = f"unnest({SPLIT}, {SPLIT}::bigint[], {SPLIT}::int[], {SPLIT}::int[])"
    sql = f"INSERT INTO {q(MatchKey._meta.db_table)} ({columns}) SELECT * FROM {arrays}"
    sql += "" if new else " ON CONFLICT DO NOTHING"
    with connection.cursor() as cursor:
        cursor.execute(sql, [joined(c) for c in zip(*rows, strict=True)])


# SQLite refuses a compound SELECT of more than 500 terms (SQLITE_MAX_COMPOUND_SELECT).
_UNION_TERMS = 400


def _candidates(lookups: list[tuple[int, set[str]]]) -> list[list[tuple[int, int, int]]]:
    """Per (quote id, keys) look-up: units of older quotes sharing a key, at most CANDIDATE_CAP
    per key, newest first; as sorted (quote id, start, end).

    Only quotes with a smaller id take part, so a quote is matched against what
    was stored before it: the same set whether it arrives in an import or in a
    rebuild that replays all quotes in id order.

    Each key is one backward walk of the (key, quote) index that stops after
    CANDIDATE_CAP rows, so the cost does not grow with the postings of a
    popular key. Every look-up of an import goes in one statement (a few on
    SQLite for a very long article), each walk tagged with its look-up, so a
    whole article costs one round trip instead of one per sentence.
    """
    found = [set() for _ in lookups]
    walks = [(n, key, pk) for n, (pk, keys) in enumerate(lookups) for key in sorted(keys)]
    walk = _walk_lateral if connection.vendor == "postgresql" else _walk_union
    for n, quote_id, start, end in walk(walks) if walks else ():
        found[n].add((quote_id, start, end))
    return [sorted(units) for units in found]


def _walk_union(walks: list[tuple[int, str, int]]) -> list[tuple]:
    """The walks as a UNION ALL of per-key statements: portable SQL (the ORM cannot put
    LIMIT inside a UNION on SQLite). PostgreSQL plans each branch anew, 0.5 ms apiece."""
    one = _candidates_sql()
    rows = []
    with connection.cursor() as cursor:
        for first in range(0, len(walks), _UNION_TERMS):
            chunk = walks[first : first + _UNION_TERMS]
            sql = " UNION ALL ".join(
                f"SELECT {int(n)} AS lookup, k{i}.* FROM ({one}) AS k{i}"
                for i, (n, _, _) in enumerate(chunk)
            )
            cursor.execute(sql, [value for _, key, pk in chunk for value in (key, pk)])
            rows += cursor.fetchall()
    return rows


def _walk_lateral(walks: list[tuple[int, str, int]]) -> list[tuple]:
    """The walks on PostgreSQL: the same per-key statement, run once per row of three arrays.

    One statement with three parameters whatever the article's length, so it is
    planned once (milliseconds) instead of once per key as in `_walk_union`.
    """
    with connection.cursor() as cursor:
        cursor.execute(_lateral_sql(), [joined(column) for column in zip(*walks, strict=True)])
        return cursor.fetchall()


def _lateral_sql() -> str:
    """(look-up, key, id bound) lists, each row joined to its own walk (`_walk_sql`)."""
    arrays = f"unnest({SPLIT}::int[], {SPLIT}, {SPLIT}::bigint[]) AS walk(lookup, key, bound)"
    one = _walk_sql(key="walk.key", bound="walk.bound")
    return f"SELECT walk.lookup, k.* FROM {arrays} CROSS JOIN LATERAL ({one}) AS k"


def _candidates_sql() -> str:
    """One key's walk, its key and id bound as parameters."""
    return _walk_sql(key="%s", bound="%s")


def _walk_sql(*, key: str, bound: str) -> str:
    """Postings of `key` from quotes older than `bound`, newest first, capped: the order of
    the matchkey_walk index, so the walk reads index pages only and stops at the cap."""
    q = connection.ops.quote_name
    return (
        f"SELECT {q('quote_id')}, {q('start')}, {q('end')} FROM {q(MatchKey._meta.db_table)} "
        f"WHERE {q('key')} = {key} AND {q('quote_id')} < {bound} "
        f"ORDER BY {q('quote_id')} DESC, {q('start')} LIMIT {int(CANDIDATE_CAP)}"
    )


def record_matches(quote: Quote) -> set[int]:
    """Score and store the pairs of `quote` (see `record_pairs`); return the matched quote ids."""
    return {q for pair in record_pairs([quote]) for q in pair[:2]} - {quote.pk}


def record_pairs(quotes: list[Quote], keyed: Keyed | None = None) -> list[tuple]:
    """Score each quote against the stored units it shares a key with; store and return the pairs.

    Every unit pair that clears the low threshold is stored, as (low id, high
    id, link, low unit, high unit). Within one article only automatic pairs
    count, and the pieces of one split quote never pair. Units are compared as
    Occurrences (speaker, date, marks, surrounding story) weighed by the corpus
    statistics stored so far. The quotes of one import are matched together:
    one query looks up every unit's candidates, one reads their facts and one
    or two the statistics they need (`pair_scoring`), so an article costs a few
    statements whatever its length (issue #20). `keyed` is `keyed_units(quotes)`
    when the caller already has it.
    """
    plans = _plans(quotes, keyed)
    wanted = {c[0] for plan in plans.values() for found in plan.values() for c in found}
    facts = facts_of(wanted | set(plans))
    units = _occurrences(plans, facts)
    compared = [
        (quote_id, (unit.start, unit.end), candidate)
        for quote_id, plan in plans.items()
        if quote_id in facts
        for unit, unit_candidates in plan.items()
        for candidate in unit_candidates
        if candidate[0] in facts
    ]
    occurrences = [(units[(q, *mine)], units[other]) for q, mine, other in compared]
    links = pair_scoring.verdict_list(occurrences, units.values())
    found = {}
    for (quote_id, mine, (other_id, *theirs)), link in zip(compared, links, strict=True):
        if link and _admissible(facts[quote_id], link, facts[other_id]):
            pair = _oriented(quote_id, other_id, link, mine, tuple(theirs))
            found[(pair[0], pair[1], pair[3][0], pair[4][0])] = pair
    pairs = list(found.values())
    _store_matches(pairs)
    return pairs


def _occurrences(plans: dict[int, dict], facts: dict) -> dict[tuple[int, int, int], object]:
    """Every unit an import compares (its own and their candidates), as an Occurrence keyed
    (quote id, start, end); units of quotes without facts (not public) are left out."""
    keys = {}
    for quote_id, plan in plans.items():
        for unit, found in plan.items():
            keys[(quote_id, unit.start, unit.end)] = None
            keys.update(((other, start, end), None) for other, start, end in found)
    return {key: facts[key[0]].unit(key[1], key[2]) for key in keys if key[0] in facts}


def _plans(quotes: list[Quote], keyed: Keyed | None = None) -> dict[int, dict]:
    """Per quote, per unit: its candidates, all looked up at once (`_candidates`)."""
    keyed = keyed_units(quotes) if keyed is None else keyed
    found = _candidates([(pk, keys) for pk, _, keys in keyed])
    plans = {quote.pk: {} for quote in quotes}
    for (pk, unit, _), candidates in zip(keyed, found, strict=True):
        plans[pk][unit] = candidates
    return plans


def _admissible(quote: QuoteFacts, link, other: QuoteFacts) -> bool:
    if other.source_id != quote.source_id:
        return True
    if quote.group and other.group == quote.group:
        return False
    return link.decision == matching.AUTOMATIC


def _oriented(a: int, b: int, link, a_unit, b_unit) -> tuple:
    """The pair as (low id, high id, link, low unit, high unit), whichever side found it."""
    if a < b:
        return a, b, link, a_unit, b_unit
    return b, a, link, b_unit, a_unit


def _store_matches(pairs: list[tuple]) -> None:
    """Upsert unit pairs in one statement; a rebuild meets each pair from both sides."""
    rows = [
        QuoteMatch(
            low_id=low,
            high_id=high,
            score=link.score,
            method=link.method,
            decision=link.decision,
            low_start=low_unit[0],
            low_end=low_unit[1],
            high_start=high_unit[0],
            high_end=high_unit[1],
        )
        for low, high, link, low_unit, high_unit in pairs
    ]
    QuoteMatch.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["low", "high", "low_start", "high_start"],
        update_fields=["score", "method", "decision", "low_end", "high_end"],
    )


def neighbourhood_of(quote_ids: set[int]) -> tuple[set[int], set[int], set[int]]:
    """The quotes and claims a change to `quote_ids` can alter.

    New or removed pairs touch only the paired quotes ("near"), so only the
    claims of near quotes can change: the region is the near quotes and every
    quote of those claims. A claim reached only through a member that is also
    in another claim (by another of its sentences) has no unit in any changed
    component, so it is left alone. Returns (region, claims that may change, near).
    """
    pairs = QuoteMatch.objects.filter(Q(low_id__in=quote_ids) | Q(high_id__in=quote_ids))
    near = set(quote_ids) | {q for pair in pairs.values_list("low_id", "high_id") for q in pair}
    claims = set(
        ClaimQuote.objects.filter(quote_id__in=near)
        .exclude(method=MatchMethod.PATTERN)
        .values_list("claim_id", flat=True)
    )
    members = ClaimQuote.objects.filter(claim_id__in=claims).exclude(method=MatchMethod.PATTERN)
    return near | set(members.values_list("quote_id", flat=True)), claims, near


def region_of(quote_ids: set[int]) -> set[int]:
    """Every quote connected to `quote_ids` through pairs or shared claims (for rebuilds)."""
    region, frontier = set(quote_ids), set(quote_ids)
    while frontier:
        frontier = neighbourhood_of(frontier)[0] - region
        region |= frontier
    return region


@catalogue_write
def match_quotes(*, quotes, new: bool = True, units=None) -> None:
    """Cross-reference quotes with everything already stored.

    `new` quotes were just created: they have no links yet, so the claims they
    touch can be extended in place (`claim_extension`). Otherwise, or when the
    extension cannot prove its result, the touched region is derived again.
    `units`, when given, are `unit_keys` of each of `quotes`, in order.
    """
    quotes = list(quotes)
    units = [None] * len(quotes) if units is None else units
    kept = [(q, known) for q, known in zip(quotes, units, strict=True) if q.is_quote]
    if not kept:
        return
    quotes = [q for q, _ in kept]
    keyed = [
        (q.pk, unit, keys)
        for q, known in kept
        for unit, keys in (unit_keys(q.text) if known is None else known)
    ]
    pairs = record_pairs(quotes, keyed=index_quotes(quotes, keyed, new=new))
    ids = {q.pk for q in quotes}
    if not (new and extend_claims(new_ids=ids, pairs=pairs)):
        derive_claims(*neighbourhood_of(ids | {q for pair in pairs for q in pair[:2]}))
    apply_patterns_to(quotes)


def derive_claims(region: set[int], claims: set[int] | None = None, near=None) -> None:
    """Make the claims of a region agree with its stored pairs and its curators' decisions.

    `claims` are the claims that may change and `near` the quotes whose pairs
    changed (None: everything in the region may change, as in a rebuild over a
    closed region). Only components holding a near quote's unit or a unit of a
    claim that may change are derived; the rest of the region is context.
    Desired links are compared with stored ones in memory, so a region where
    nothing changed costs a few reads and no writes.
    """
    existing = _existing_links(region)
    if claims is not None:
        existing = [lk for lk in existing if lk.claim_id in claims]
    keep = None
    if near is not None:
        members = (LinkStatus.AUTOMATIC, LinkStatus.CONFIRMED)  # a suggestion's unit is elsewhere
        linked = {(lk.quote_id, lk.unit_start) for lk in existing if lk.status in members}
        keep = lambda node: node[0] in near or node in linked  # noqa: E731
    matches = list(QuoteMatch.objects.filter(low_id__in=region, high_id__in=region))
    groups = group_region(matches, keep)
    current = {(lk.claim_id, lk.quote_id): lk for lk in existing}
    assigned = _assign_claims(groups, existing)
    known = {lk.claim_id for lk in existing}
    wanted, changed = set(), set()
    for group, claim in zip(groups, assigned, strict=True):
        if claim.pk not in known:
            changed.add(claim.pk)
        for quote_id, spec in sorted(group.links.items()):
            wanted.add((claim.pk, quote_id))
            if write_link(claim, quote_id, spec, current.get((claim.pk, quote_id))):
                changed.add(claim.pk)
    stale = [
        lk
        for lk in existing
        if lk.status in MACHINE_STATUSES and (lk.claim_id, lk.quote_id) not in wanted
    ]
    ClaimQuote.objects.filter(pk__in=[lk.pk for lk in stale]).delete()
    refresh_claims(changed | {lk.claim_id for lk in stale})


def _existing_links(region: set[int]) -> list[ClaimQuote]:
    return list(ClaimQuote.objects.filter(quote_id__in=region).exclude(method=MatchMethod.PATTERN))


def _assign_claims(groups: list[Group], existing: list[ClaimQuote]) -> list[Claim]:
    """Map each derived group to a claim, reusing old claims so slugs and ratings stay put.

    A claim that a curator confirmed links into is the group's claim (merges
    survive this way); otherwise the old machine claim sharing most quotes, used
    once; otherwise a new claim.
    """
    confirmed, machine = defaultdict(set), defaultdict(set)
    for link in existing:
        if link.status == LinkStatus.CONFIRMED:
            confirmed[link.claim_id].add(link.quote_id)
        elif link.status in MACHINE_STATUSES:
            machine[link.claim_id].add(link.quote_id)
    taken, chosen = set(), []
    for group in groups:
        members = set(group.links)
        claim_id = _best_overlap(confirmed, members, set()) or _best_overlap(
            machine, members, taken
        )
        taken.add(claim_id)
        chosen.append(claim_id)
    known = Claim.objects.in_bulk([c for c in chosen if c])
    pairs = zip(chosen, groups, strict=True)
    return [known[c] if c else new_machine_claim(group) for c, group in pairs]


def _best_overlap(claims: dict[int, set[int]], members: set[int], taken: set) -> int | None:
    scored = [
        (-len(quotes & members), claim_id)
        for claim_id, quotes in claims.items()
        if quotes & members
    ]
    scored = [s for s in sorted(scored) if s[1] not in taken]
    return scored[0][1] if scored else None


@catalogue_write
def rebuild_claims() -> dict[str, int]:
    """Recompute every automatic link from scratch; curator decisions stay.

    Drops the index and the pairs, then runs the same steps as an incremental
    import over all quotes in id order. Machine links are re-derived region by
    region rather than deleted up front, so a claim a curator rated keeps its
    identity (and its slug) when its quotes still group together.
    """
    MatchKey.objects.all().delete()
    QuoteMatch.objects.all().delete()
    ClaimQuote.objects.filter(status__in=MACHINE_STATUSES, method=MatchMethod.PATTERN).delete()
    quotes = list(Quote.objects.filter(is_quote=True).order_by("pk"))
    index_quotes(quotes)
    _replay_matches(quotes)
    linked = set(ClaimQuote.objects.values_list("quote_id", flat=True))
    for region in _regions({q.pk for q in quotes} | linked):
        derive_claims(region)
    drop_orphan_claims()
    for claim in Claim.objects.exclude(pattern="").order_by("pk"):
        apply_claim_pattern(claim=claim)
    return {
        "quotes": len(quotes),
        "matches": QuoteMatch.objects.count(),
        "claims": Claim.objects.count(),
        "links": ClaimQuote.objects.count(),
    }


def _replay_matches(quotes: list[Quote]) -> None:
    """Match every quote again, counting each article once its quotes are matched.

    This is the order an import follows (`services.sources`), so the statistics
    each quote is weighed by are the ones it met when it was imported.
    """
    corpus.reset()
    by_source = defaultdict(list)
    for quote in quotes:
        by_source[quote.source_id].append(quote)
    for source_id in Source.objects.order_by("pk").values_list("pk", flat=True):
        for quote in by_source.get(source_id, ()):
            record_matches(quote)
        count_source(source_id)


def count_source(source_id: int) -> None:
    """Add a stored article, with its public quotes, to the corpus statistics."""
    body = Source.objects.values_list("body", flat=True).get(pk=source_id)
    texts = Quote.objects.filter(source_id=source_id, is_quote=True).values_list("text", flat=True)
    corpus.count_article(body=body, quotes=list(texts))


def _regions(quote_ids: set[int]):
    remaining = set(quote_ids)
    while remaining:
        region = region_of({min(remaining)})
        remaining -= region
        yield region


def forget_quotes(quote_ids: set[int]) -> set[int]:
    """Drop the index entries and pairs of quotes about to change or go; return their neighbours.

    The caller re-derives the neighbours' region afterwards, so claims that lose
    a quote shrink or disappear instead of keeping a stale link.
    """
    pairs = QuoteMatch.objects.filter(Q(low_id__in=quote_ids) | Q(high_id__in=quote_ids))
    neighbours = set(pairs.values_list("low_id", flat=True)) | set(
        pairs.values_list("high_id", flat=True)
    )
    neighbours |= set(
        ClaimQuote.objects.filter(
            claim_id__in=ClaimQuote.objects.filter(quote_id__in=quote_ids).values("claim_id")
        ).values_list("quote_id", flat=True)
    )
    pairs.delete()
    MatchKey.objects.filter(quote_id__in=quote_ids).delete()
    ClaimQuote.objects.filter(quote_id__in=quote_ids, status__in=MACHINE_STATUSES).delete()
    return neighbours - set(quote_ids)


def rematch(*, changed, neighbours: set[int]) -> None:
    """Match changed quotes again and re-derive every region they or their old neighbours touch."""
    changed = [q for q in changed if q.is_quote]
    index_quotes(changed)
    touched = set(neighbours) | {q.pk for q in changed}
    for quote in changed:
        touched |= record_matches(quote)
    existing = set(Quote.objects.filter(pk__in=touched).values_list("pk", flat=True))
    claim_ids = set(
        ClaimQuote.objects.filter(quote_id__in=existing).values_list("claim_id", flat=True)
    )
    derive_claims(*neighbourhood_of(existing))
    refresh_claims(claim_ids)
    apply_patterns_to(changed)
    drop_orphan_claims()


def drop_orphan_claims() -> int:
    """Delete claims with no link left and nothing a curator gave them."""
    orphans = Claim.objects.filter(
        links__isnull=True, text_is_curated=False, pattern="", rating=Rating.UNRATED
    )
    return orphans.delete()[0]
