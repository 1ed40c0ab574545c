"""From scored pairs of units to groups of quotes that make one claim.

Pure functions over QuoteMatch-like rows, so the result depends only on the
pairs, never on the order they were found in:

* units joined by automatic pairs form a group (connected components);
* a suggested pair attaches a quote to the other side's group as a suggestion.

A suggested pair between two quotes that belong to no group makes no claim: a
claim needs at least one automatic pair. Chains of mere suggestions would make
groups that depend on far-away pairs, which an incremental update cannot see
without re-reading the whole chain. Such pairs stay stored as evidence.
"""

from dataclasses import dataclass, field

AUTOMATIC = "automatic"
SUGGESTED = "suggested"


@dataclass(frozen=True)
class LinkSpec:
    """How one quote joins its group: the best pair that put it there."""

    status: str
    method: str
    score: float
    matched_quote: int
    unit: tuple[int, int]


@dataclass
class Group:
    """The quotes of one claim-to-be, each with its LinkSpec."""

    links: dict[int, LinkSpec] = field(default_factory=dict)


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def components(self) -> list[set]:
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), set()).add(x)
        return [out[k] for k in sorted(out)]


def _ends(match):
    """Both directions of a pair: (this unit's node, its span, the other quote, the other node)."""
    low = (match.low_id, match.low_start)
    high = (match.high_id, match.high_start)
    return (
        (low, (match.low_start, match.low_end), match.high_id, high),
        (high, (match.high_start, match.high_end), match.low_id, low),
    )


def strength(spec: LinkSpec) -> tuple:
    """How specs of one quote rank: automatic over suggested, then score, then lower ids."""
    return (spec.status == AUTOMATIC, spec.score, -spec.matched_quote, -spec.unit[0])


def offer(links: dict, quote, spec: LinkSpec) -> None:
    """Keep the stronger spec for a quote."""
    current = links.get(quote)
    if current is None or strength(spec) > strength(current):
        links[quote] = spec


def group_region(matches, keep=None) -> list[Group]:
    """Groups for one region's unit pairs, ordered by their smallest quote id.

    Nodes are units (quote id, unit start), so a quote whose two sentences make
    two claims lands in two groups. `keep(node)`, when given, picks the
    components to return: the others are left out whole.
    """
    matches = sorted(matches, key=lambda m: (m.low_id, m.high_id, m.low_start, m.high_start))
    automatic = UnionFind()
    for m in matches:
        if m.decision == AUTOMATIC:
            automatic.union((m.low_id, m.low_start), (m.high_id, m.high_start))
    components = automatic.components()
    if keep is not None:
        components = [c for c in components if any(keep(node) for node in c)]
    root = {node: min(c) for c in components for node in c}
    groups = {r: Group() for r in set(root.values())}
    for m in matches:
        for node, unit, other, other_node in _ends(m):
            spec = LinkSpec(m.decision, m.method, m.score, other, unit)
            if m.decision == AUTOMATIC:
                if node in root:
                    offer(groups[root[node]].links, node[0], spec)
            elif other_node in root and root.get(node) != root[other_node]:
                offer(groups[root[other_node]].links, node[0], spec)
    ordered = sorted(groups.values(), key=lambda g: (min(g.links), sorted(g.links)))
    return [g for g in ordered if len(g.links) >= 2]
