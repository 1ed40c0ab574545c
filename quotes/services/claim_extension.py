"""Claims for freshly imported quotes without re-reading the claims they join.

`derive_claims` re-reads every member of every claim a new quote touches, so
its cost grows with the size of popular claims, and the matching cost per new
quote with the database. Almost always a new quote only *adds* to the picture:
it joins one existing claim, starts a new one with a few stored quotes, or is
suggested for a claim. Those changes can be computed from the new pairs and the
stored pairs and links of the quotes they touch, which is a bounded set.

`extend_claims` handles exactly those cases, and joins the claims a new quote
bridges (`claim_bridging`). It returns False whenever it cannot prove that its
result is the one `derive_claims` would give: when a curator has touched a
claim involved (confirmed or rejected links, a match pattern), or when stored
links are ambiguous. The caller then runs `derive_claims`. The rebuild tests
check both paths against a from-scratch rebuild
(tests/test_rebuild_claims_command.py, tests/test_incremental_matching.py).

Why the result is the same: claims are the components of automatic unit pairs,
and each quote's link is the strongest pair that puts it there
(`claim_groups.strength`). Components only grow or join, so every stored link
stays wanted and can only be replaced by a stronger spec from a new
pair. A claim's relations are measured against its earliest public quote and
its text is its earliest full sentence; both change only when a newcomer comes
first or the first quote's matched unit moves, and then the claim is refreshed
whole (`refresh_claims`), which is what `derive_claims` does for every claim.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from quotes import matching
from quotes.choices import CURATED_STATUSES, PUBLIC_STATUSES, LinkStatus, MatchMethod, Relation
from quotes.models import Claim, ClaimQuote, Quote, QuoteMatch
from quotes.services import claim_text
from quotes.services.claim_bridging import CannotJoin, join_claims, stored_spec
from quotes.services.claim_groups import Group, LinkSpec, UnionFind, offer, strength
from quotes.services.claim_links import (
    chronological,
    create_machine_claims,
    link_fields,
    refresh_claims,
    relation_between,
)
from quotes.services.json_rows import insert_rows

AUTOMATIC = LinkStatus.AUTOMATIC
SUGGESTED = LinkStatus.SUGGESTED


# The stored fields of a machine link (`link_fields`), as model field names.
_SPEC_FIELDS = ["method", "score", "status", "matched_quote", "unit_start", "unit_end"]


class _Fallback(Exception):
    """The fast path cannot prove it agrees with derive_claims."""


@dataclass(frozen=True)
class Edge:
    """One stored or new unit pair, as nodes (quote id, unit start) and unit ends."""

    a: tuple[int, int]
    a_end: int
    b: tuple[int, int]
    b_end: int
    decision: str
    method: str
    score: float

    def ends(self):
        """Both directions: (this node, its unit span, the other node)."""
        yield self.a, (self.a[1], self.a_end), self.b
        yield self.b, (self.b[1], self.b_end), self.a

    @classmethod
    def from_match(cls, m: QuoteMatch) -> Edge:
        low, high = (m.low_id, m.low_start), (m.high_id, m.high_start)
        return cls(low, m.low_end, high, m.high_end, m.decision, m.method, m.score)

    @classmethod
    def from_pair(cls, pair: tuple) -> Edge:
        low, high, link, low_unit, high_unit = pair
        a, b = (low, low_unit[0]), (high, high_unit[0])
        return cls(a, low_unit[1], b, high_unit[1], link.decision, link.method, link.score)


@dataclass
class _Plan:
    """What to write: specs per (claim id, quote id), and the new groups to create."""

    updates: dict[tuple[int, int], LinkSpec] = field(default_factory=dict)
    new_groups: list[Group] = field(default_factory=list)
    current: dict[tuple[int, int], ClaimQuote] = field(default_factory=dict)


class _Bridge(Exception):
    """New pairs join these stored claims into one."""

    def __init__(self, claims: set[int]):
        super().__init__(claims)
        self.claims = claims


_MAX_JOINS = 3


def extend_claims(*, new_ids: set[int], pairs: list[tuple]) -> bool:
    """Update claims for the pairs of newly stored quotes; False if derive_claims must run.

    Claims the new pairs bridge are joined first (`claim_bridging`), then the
    plan is made again. Apart from such joins, which derive_claims would also
    make, nothing is written before it returns False.
    """
    edges = [Edge.from_pair(p) for p in pairs]
    for _ in range(_MAX_JOINS):
        try:
            plan = _plan(new_ids, edges)
        except (_Fallback, CannotJoin):
            return False
        except _Bridge as bridge:
            if not _join(bridge.claims):
                return False
            continue
        _apply(plan)
        return True
    return False


def _join(claim_ids: set[int]) -> bool:
    try:
        _refuse_curated(claim_ids)
        anchors, holders = _anchors_and_holders(Claim.objects.filter(pk__in=claim_ids))
        join_claims(claim_ids, anchors, holders)
    except (_Fallback, CannotJoin):
        return False
    return True


def _plan(new_ids: set[int], new_edges: list[Edge]) -> _Plan:
    endpoints = {node for e in new_edges for node in (e.a, e.b) if node[0] not in new_ids}
    links = _links_of({n[0] for n in endpoints})
    member_of = _memberships(endpoints, links, new_ids)
    target = _targets(new_ids, new_edges, member_of)
    specs: dict = defaultdict(dict)
    for edge in new_edges:
        if edge.decision == AUTOMATIC:
            for node, unit, other in edge.ends():
                spec = LinkSpec(AUTOMATIC, edge.method, edge.score, other[0], unit)
                offer(specs[target[node]], node[0], spec)
    joined = {n for n in endpoints if n not in member_of and target.get(n)}
    old_suggested = [
        e
        for e in _stored_edges({n[0] for n in joined}, new_ids, SUGGESTED)
        if e.a in joined or e.b in joined
    ]
    far = {node[0] for e in old_suggested for node in (e.a, e.b)} - {n[0] for n in endpoints}
    links += _links_of(far)
    _refuse_curated({lk.claim_id for lk in links})
    root = {**member_of, **{n: t for n, t in target.items() if t is not None}}
    for edge in [e for e in new_edges if e.decision == SUGGESTED] + old_suggested:
        for node, unit, other in edge.ends():
            if other in root and root.get(node) != root[other]:
                spec = LinkSpec(SUGGESTED, edge.method, edge.score, other[0], unit)
                offer(specs[root[other]], node[0], spec)
    return _compare_with_stored(specs, links)


def _links_of(quote_ids: set[int]) -> list[ClaimQuote]:
    """The links of `quote_ids`; none asked, no query built (most imports pair no stored quote,
    and building an empty query costs Django about as much as running a small one)."""
    if not quote_ids:
        return []
    return list(ClaimQuote.objects.filter(quote_id__in=quote_ids).order_by())


def _stored_edges(quotes: set[int], new_ids: set[int], decision: str) -> list[Edge]:
    """The stored pairs of `quotes` with one decision, the new pairs left out."""
    if not quotes:
        return []
    rows = QuoteMatch.objects.filter(Q(low_id__in=quotes) | Q(high_id__in=quotes))
    rows = rows.filter(decision=decision)
    return [
        Edge.from_match(m) for m in rows.exclude(low_id__in=new_ids).exclude(high_id__in=new_ids)
    ]


def _refuse_curated(claim_ids: set[int]) -> None:
    """Curated claims (decisions, patterns) may regroup through merges: leave them to derive."""
    if not claim_ids:
        return
    if Claim.objects.filter(pk__in=claim_ids).exclude(pattern="").exists():
        raise _Fallback
    if ClaimQuote.objects.filter(claim_id__in=claim_ids, status__in=CURATED_STATUSES).exists():
        raise _Fallback


def _memberships(endpoints, links: list[ClaimQuote], new_ids: set[int]) -> dict:
    """The claim of every stored endpoint unit that is already in a claim.

    A quote's automatic link names the unit that put it in the claim, so that
    unit is a member. A unit whose quote has automatic links through other
    units may still be a member (a quote with two units in one claim names
    one); if its stored pairs say so, derive_claims takes over.
    """
    by_node, linked = defaultdict(list), set()
    for lk in links:
        if lk.status == AUTOMATIC and lk.method != MatchMethod.PATTERN:
            by_node[(lk.quote_id, lk.unit_start)].append(lk.claim_id)
            linked.add(lk.quote_id)
    unclear = {node for node in endpoints if node not in by_node and node[0] in linked}
    paired = {
        node
        for e in _stored_edges({node[0] for node in unclear}, new_ids, AUTOMATIC)
        for node in (e.a, e.b)
    }
    member_of = {}
    for node in endpoints:
        claims = by_node.get(node, [])
        if len(claims) > 1 or (not claims and node in paired):
            raise _Fallback
        if claims:
            member_of[node] = claims[0]
    return member_of


def _targets(new_ids: set[int], new_edges: list[Edge], member_of: dict) -> dict:
    """For every node of a new pair: the claim id its component joins, a new group, or None.

    Claims enter the union as nodes (-claim id, -1); a component holding two
    claims joins them (`_Bridge`).
    """
    components = UnionFind()
    for node, claim_id in member_of.items():
        components.union(node, (-claim_id, -1))
    for edge in new_edges:
        components.find(edge.a), components.find(edge.b)
        if edge.decision == AUTOMATIC:
            components.union(edge.a, edge.b)
    target = {}
    for component in components.components():
        claims = {-node[0] for node in component if node[1] == -1}
        if len(claims) > 1:
            raise _Bridge(claims)
        nodes = [node for node in component if node[1] != -1]
        if claims:
            name = claims.pop()
        elif len({node[0] for node in nodes}) > 1:
            name = ("new", min(nodes))
        else:
            name = None
        target.update((node, name) for node in nodes)
    return target


def _compare_with_stored(specs: dict, links: list[ClaimQuote]) -> _Plan:
    """Keep the specs that beat the stored link of their quote in their claim.

    Every quote offered a spec in a stored claim is a new quote (no links yet)
    or a stored quote whose links were read in `_plan`, so `links` holds them all.
    """
    plan = _Plan()
    stored = {(lk.claim_id, lk.quote_id): lk for lk in links}
    for claim, quotes in specs.items():
        if not isinstance(claim, int):
            if len(quotes) >= 2:
                plan.new_groups.append(Group(links=dict(quotes)))
            continue
        for quote_id, spec in quotes.items():
            current = stored.get((claim, quote_id))
            if current is None:
                plan.updates[(claim, quote_id)] = spec
            elif current.method == MatchMethod.PATTERN or current.status in CURATED_STATUSES:
                raise _Fallback
            elif strength(spec) > strength(stored_spec(current)):
                plan.updates[(claim, quote_id)] = spec
                plan.current[(claim, quote_id)] = current
    return plan


# --- writing ----------------------------------------------------------------------


def _apply(plan: _Plan) -> None:
    create_machine_claims(plan.new_groups)
    by_claim = defaultdict(dict)
    for (claim_id, quote_id), spec in plan.updates.items():
        by_claim[claim_id][quote_id] = spec
    if by_claim:
        _extend(by_claim, plan.current)


def _extend(by_claim: dict[int, dict[int, LinkSpec]], current: dict) -> None:
    """Write new and stronger links of stored claims, keeping texts and relations right.

    A claim whose first appearance or naming quote changes is refreshed whole,
    as derive_claims would; the others get their new links related to the
    unchanged first appearance, in a few statements for all claims together.
    """
    claims = Claim.objects.in_bulk(list(by_claim))
    anchors, holders = _anchors_and_holders(claims.values())
    quotes = Quote.objects.filter(pk__in={q for specs in by_claim.values() for q in specs})
    quotes = {q.pk: q for q in quotes.select_related("source").defer("source__body")}
    created, stronger, whole = [], [], []
    for claim_id, specs in sorted(by_claim.items()):
        claim, anchor = claims[claim_id], anchors.get(claim_id)
        if _needs_refresh(claim, anchor, holders.get(claim_id), specs, quotes):
            whole.append(claim_id)
        elif not claim.text_is_curated:
            _rename(claim, holders[claim_id], specs, quotes)
        for quote_id, spec in sorted(specs.items()):
            link = current.get((claim_id, quote_id))
            if link is not None:
                stronger.append((link, spec))
                continue
            link = ClaimQuote(claim=claim, quote_id=quote_id, **link_fields(spec))
            if claim_id not in whole:
                link.relation = relation_between(anchor.quote, quotes[quote_id])
            created.append(link)
    _strengthen(stronger)
    insert_rows(ClaimQuote, created)
    refresh_claims(whole)


def _strengthen(stronger: list[tuple[ClaimQuote, LinkSpec]]) -> None:
    """Write the stronger specs of stored links in one statement.

    A new quote can offer a stronger pair to as many stored members as retrieval
    gave it candidates, so one UPDATE per link made the cost per new quote grow
    with the store. Like every machine write, no history rows.
    """
    changed, now = [], timezone.now()
    for link, spec in stronger:
        fields = link_fields(spec)
        if any(getattr(link, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(link, name, value)
            link.updated_at = now
            changed.append(link)
    ClaimQuote.objects.bulk_update(changed, [*_SPEC_FIELDS, "updated_at"], batch_size=500)


def _needs_refresh(claim, anchor, holder, specs: dict, quotes: dict) -> bool:
    """Whether the claim's first appearance or its naming quote may change."""
    if anchor is None or (holder is not None and holder.quote_id in specs):
        return True
    if holder is None and not claim.text_is_curated:
        return True
    first = chronological(anchor.quote)
    return any(
        chronological(quotes[q]) < first for q, spec in specs.items() if spec.status == AUTOMATIC
    )


def _rename(claim: Claim, holder: ClaimQuote, specs: dict, quotes: dict) -> None:
    """Weigh the newly public quotes against the one that names the claim."""
    public = [q for q, spec in specs.items() if spec.status == AUTOMATIC]
    if not public:
        return
    candidates = [claim_text.candidate(quotes[q], specs[q].unit) for q in public]
    candidates.append(claim_text.candidate(holder.quote, (holder.unit_start, holder.unit_end)))
    claim_text.name_claim(claim, matching.choose_canonical(candidates))


def _anchors_and_holders(claims) -> tuple[dict, dict]:
    """Per claim: its first public appearance (its one public link related as the original)
    and the public link of the quote that names it.

    Two lookups, each on its own index ((claim, relation) and (claim, quote)):
    one query with an OR makes SQLite walk every link of the claims.
    """
    named_by = {c.pk: c.named_by_id for c in claims}
    # No ordering: the model's (claim, quote) order makes SQLite walk the unique index.
    public = ClaimQuote.objects.filter(claim_id__in=named_by, status__in=PUBLIC_STATUSES)
    public = public.order_by().select_related("quote__source").defer("quote__source__body")
    originals = defaultdict(list)
    for link in public.filter(relation=Relation.ORIGINAL):
        originals[link.claim_id].append(link)
    holders = {
        link.claim_id: link
        for link in public.filter(quote_id__in=set(named_by.values()) - {None})
        if link.quote_id == named_by[link.claim_id] and link.unit_end > link.unit_start
    }
    anchors = {claim: links[0] for claim, links in originals.items() if len(links) == 1}
    return anchors, holders
