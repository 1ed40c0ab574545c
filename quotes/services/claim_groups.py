"""From scored pairs of quotes to groups of quotes that make one claim.

Pure functions over QuoteMatch-like rows, so the result depends only on the
pairs, never on the order they were found in:

* quotes joined by automatic pairs form a group (connected components);
* a suggested pair attaches a quote to the other side's group as a suggestion;
* quotes that only have suggested pairs between them form a pending group,
  every link a suggestion, for a curator to accept or reject.
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


class _UnionFind:
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


def _offer(links: dict[int, LinkSpec], quote: int, spec: LinkSpec) -> None:
    """Keep the stronger spec for a quote: automatic over suggested, then score, then lower id."""
    current = links.get(quote)
    key = (spec.status == AUTOMATIC, spec.score, -spec.matched_quote, -spec.unit[0])
    if current is None or key > (
        current.status == AUTOMATIC,
        current.score,
        -current.matched_quote,
        -current.unit[0],
    ):
        links[quote] = spec


def group_region(matches) -> list[Group]:
    """Groups for one region's unit pairs, ordered by their smallest quote id.

    Nodes are units (quote id, unit start), so a quote whose two sentences make
    two claims lands in two groups.
    """
    matches = sorted(matches, key=lambda m: (m.low_id, m.high_id, m.low_start, m.high_start))
    automatic, pending = _UnionFind(), _UnionFind()
    for m in matches:
        if m.decision == AUTOMATIC:
            automatic.union((m.low_id, m.low_start), (m.high_id, m.high_start))
    root = {node: min(c) for c in automatic.components() for node in c}
    groups = {r: Group() for r in set(root.values())}
    for m in matches:
        for node, unit, other, other_node in _ends(m):
            if m.decision == AUTOMATIC:
                _offer(
                    groups[root[node]].links,
                    node[0],
                    LinkSpec(AUTOMATIC, m.method, m.score, other, unit),
                )
            elif other_node in root and root.get(node) != root[other_node]:
                spec = LinkSpec(SUGGESTED, m.method, m.score, other, unit)
                _offer(groups[root[other_node]].links, node[0], spec)
        if (
            m.decision == SUGGESTED
            and (m.low_id, m.low_start) not in root
            and (m.high_id, m.high_start) not in root
        ):
            pending.union((m.low_id, m.low_start), (m.high_id, m.high_start))
    proot = {node: ("p", min(c)) for c in pending.components() for node in c}
    for r in set(proot.values()):
        groups[r] = Group()
    for m in matches:
        if m.decision == SUGGESTED and (m.low_id, m.low_start) in proot:
            target = groups[proot[(m.low_id, m.low_start)]]
            for node, unit, other, _ in _ends(m):
                _offer(target.links, node[0], LinkSpec(SUGGESTED, m.method, m.score, other, unit))
    ordered = sorted(groups.values(), key=lambda g: (min(g.links), sorted(g.links)))
    return [g for g in ordered if len(g.links) >= 2]
