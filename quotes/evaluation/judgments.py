"""Judged pairs and the figures they give: precision of links, recall of true pairs.

Pure Python, no Django. A judgment is what a person decided by reading two
units side by side in their articles. It names the units by article id and
character offsets into the article text, never by their words, so the file can
be shared without the articles (PolNeAR has no licence for redistribution).

Labels: the relation the two units really have, or ``different`` when they do
not make the same claim. A link is *right* when its pair is not ``different``;
its relation is right when the label equals the relation the engine gave.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

SAME_UTTERANCE, REPETITION, ECHO, DIFFERENT = "same_utterance", "repetition", "echo", "different"
LABELS = (SAME_UTTERANCE, REPETITION, ECHO, DIFFERENT)
AUTOMATIC, SUGGESTED, NEAR_MISS = "automatic", "suggested", "near_miss"

Span = tuple[str, int, int]  # article id, start, end in the article text


def pair_key(a: Span, b: Span) -> tuple[Span, Span]:
    """The order-free name of a pair of units."""
    return (a, b) if a <= b else (b, a)


@dataclass(frozen=True)
class Judgment:
    label: str
    reason: str


@dataclass(frozen=True)
class Outcome:
    """What the engine did with one cross-source pair of units."""

    key: tuple[Span, Span]
    decision: str  # automatic, suggested or near_miss
    method: str = ""
    relation: str = ""
    score: float = 0.0


def read_judgments(path: str) -> dict[tuple[Span, Span], Judgment]:
    """Judgments of a JSONL file; a bad line raises ValueError naming the file and line."""
    judged = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                a, b = (tuple(row[side]) for side in ("a", "b"))
                label = row["label"]
                if label not in LABELS or len(a) != 3 or len(b) != 3:
                    raise ValueError(f"unknown label {label!r} or malformed span")
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path}:{number}: {error}") from None
            judged[pair_key(a, b)] = Judgment(label, row.get("reason", ""))
    return judged


def judgment_line(key: tuple[Span, Span], label: str, reason: str) -> str:
    """One line of a judgments file."""
    a, b = key
    return json.dumps({"a": list(a), "b": list(b), "label": label, "reason": reason})


@dataclass
class Tally:
    judged: int = 0
    right: int = 0
    relation_right: int = 0
    unjudged: int = 0

    def add(self, judgment: Judgment | None, relation: str = "") -> None:
        if judgment is None:
            self.unjudged += 1
            return
        self.judged += 1
        self.right += judgment.label != DIFFERENT
        self.relation_right += judgment.label == relation

    @property
    def precision(self) -> float | None:
        return self.right / self.judged if self.judged else None


@dataclass
class Figures:
    automatic: Tally = field(default_factory=Tally)
    by_method: dict[str, Tally] = field(default_factory=dict)
    by_relation: dict[str, Tally] = field(default_factory=dict)
    suggested: Tally = field(default_factory=Tally)
    true_pairs: Counter = field(default_factory=Counter)  # label -> judged true pairs
    found: Counter = field(default_factory=Counter)  # label -> of those, linked automatically
    max_partners: int = 0
    max_partners_claim: str = ""  # that quote's claim, to read whether it is one claim
    # (stored relation, judged label) -> automatic links: where the relation labels go wrong
    relations: Counter = field(default_factory=Counter)


def figures(
    outcomes: Iterable[Outcome], judged: dict, *, max_partners: int = 0, claim: str = ""
) -> Figures:
    """Precision of automatic links (overall, per method, per relation) and of suggestions,
    and recall of the judged true pairs."""
    out = Figures(max_partners=max_partners, max_partners_claim=claim)
    automatic = set()
    for outcome in outcomes:
        judgment = judged.get(outcome.key)
        if outcome.decision == AUTOMATIC:
            automatic.add(outcome.key)
            out.automatic.add(judgment, outcome.relation)
            out.by_method.setdefault(outcome.method, Tally()).add(judgment, outcome.relation)
            out.by_relation.setdefault(outcome.relation, Tally()).add(judgment, outcome.relation)
            if judgment is not None:
                out.relations[(outcome.relation, judgment.label)] += 1
        elif outcome.decision == SUGGESTED:
            out.suggested.add(judgment)
    for key, judgment in judged.items():
        if judgment.label != DIFFERENT:
            out.true_pairs[judgment.label] += 1
            out.found[judgment.label] += key in automatic
    return out


def _row(name: str, tally: Tally, relation: bool = True) -> str:
    precision = "  -  " if tally.precision is None else f"{tally.precision:.3f}"
    rel = f"{tally.relation_right:>5}" if relation else "    -"
    return f"{name:<22}{tally.judged:>7}{tally.right:>7}{rel}  {precision}{tally.unjudged:>10}"


def _relation_table(relations: Counter) -> list[str]:
    """Automatic links by the relation stored (rows) and the relation judged (columns)."""
    labels = (SAME_UTTERANCE, REPETITION, ECHO, DIFFERENT)
    corner = "stored / judged"
    lines = ["", f"{corner:<22}" + "".join(f"{label:>16}" for label in labels)]
    for stored in (SAME_UTTERANCE, REPETITION, ECHO):
        counts = "".join(f"{relations[(stored, label)]:>16}" for label in labels)
        lines.append(f"  {stored:<20}{counts}")
    return [*lines, ""]


def format_report(fig: Figures) -> str:
    """A plain-text table of the figures."""
    lines = [f"{'links':<22}{'judged':>7}{'right':>7}{'rel ok':>6}  {'prec.':<5}{'unjudged':>10}"]
    lines.append(_row("automatic, all", fig.automatic))
    lines += [_row(f"  method {m}", t) for m, t in sorted(fig.by_method.items())]
    lines += [_row(f"  relation {r}", t) for r, t in sorted(fig.by_relation.items())]
    lines.append(_row("suggested", fig.suggested, relation=False))
    total, found = sum(fig.true_pairs.values()), sum(fig.found.values())
    lines.append("")
    lines.append(f"recall of judged true pairs: {found}/{total} = {found / max(total, 1):.3f}")
    for label in (SAME_UTTERANCE, REPETITION, ECHO):
        n, k = fig.true_pairs[label], fig.found[label]
        lines.append(f"  {label:<15} {k}/{n} = {k / max(n, 1):.3f}")
    lines += _relation_table(fig.relations)
    lines.append(f"most cross-source partners of one quote in a claim: {fig.max_partners}")
    if fig.max_partners_claim:
        lines.append(f"  (claim: {fig.max_partners_claim[:150]})")
    return "\n".join(lines)
