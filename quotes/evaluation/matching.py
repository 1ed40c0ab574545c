"""The matcher on a judged corpus: import it, then read what the engine linked.

`evaluate_matching` imports articles the way a newsroom would (publisher and
date with each), through `import_source`, so the figures are those of the
product and not of a side path. It then lists every cross-source pair of units
the engine linked or suggested, plus a sample of near-misses (units that share
an index key but were not linked), named by article id and offsets.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from quotes import matching
from quotes.choices import PUBLIC_STATUSES
from quotes.evaluation.judgments import (
    AUTOMATIC,
    DIFFERENT,
    NEAR_MISS,
    Figures,
    Outcome,
    figures,
    pair_key,
)
from quotes.importing.ahead import prepared, prepared_ahead
from quotes.models import Claim, ClaimQuote, MatchKey, Quote, QuoteMatch
from quotes.selectors import paragraph_span
from quotes.services.claim_links import chronological, relation_between
from quotes.services.sources import import_source

NEAR_MISS_FLOOR = 0.3  # near-misses worth judging share this much wording at least


def article_date(article_id: str) -> date | None:
    """PolNeAR ids read ``polnear-train-<publisher>_<yyyy-mm-dd>_<slug>``."""
    try:
        return date.fromisoformat(article_id.split("_")[1])
    except (IndexError, ValueError):
        return None


def import_articles(articles: Iterable[dict], *, progress=None) -> int:
    """Import PolNeAR-style articles with their publisher and date; returns how many.

    The next articles are prepared in a thread while one is written, as
    `import_batch` does (`quotes.importing.ahead`).
    """
    count = 0
    ahead = prepared_ahead(articles, article=lambda a: (a["text"], article_date(a["id"])))
    for article, preparation in ahead:
        meta = article.get("meta", {})
        import_source(
            body=article["text"],
            origin=article["id"],
            title=meta.get("title", ""),
            publisher=meta.get("publisher", ""),
            published_on=article_date(article["id"]),
            prepared=prepared(preparation),
        )
        count += 1
        if progress:
            progress(count)
    return count


def quotes_by_id() -> dict[int, Quote]:
    """Every public quote with its source and speaker, by id."""
    rows = Quote.objects.filter(is_quote=True).select_related("source", "speaker")
    return {q.pk: q for q in rows}


def _span(quote: Quote, start: int, end: int) -> tuple[str, int, int]:
    return (quote.source.origin, quote.start + start, quote.start + end)


def _relation(a: Quote, b: Quote) -> str:
    """The relation the product would store between the two quotes (earlier one first)."""
    first, second = sorted((a, b), key=chronological)
    return relation_between(first, second)


def linked_pairs(quotes: dict[int, Quote]) -> list[tuple[Outcome, tuple]]:
    """Every stored cross-source pair, as an Outcome and the (quote, span) of each side."""
    out = []
    for m in QuoteMatch.objects.order_by("pk"):
        a, b = quotes.get(m.low_id), quotes.get(m.high_id)
        if a is None or b is None or a.source_id == b.source_id:
            continue
        sides = ((a, m.low_start, m.low_end), (b, m.high_start, m.high_end))
        key = pair_key(*(_span(*side) for side in sides))
        outcome = Outcome(key, m.decision, m.method, _relation(a, b), m.score)
        out.append((outcome, sides))
    return out


def near_misses(quotes: dict[int, Quote], linked: set, *, sample: int, seed: int) -> list:
    """A random sample of cross-source unit pairs that share a key but were not linked."""
    postings = defaultdict(set)
    for key, quote_id, start, end in MatchKey.objects.values_list("key", "quote", "start", "end"):
        postings[key].add((quote_id, start, end))
    pairs = set()
    for units in postings.values():
        if len(units) > 60:  # a key this common is no evidence of anything
            continue
        known = sorted(u for u in units if u[0] in quotes)
        pairs.update(
            (x, y)
            for x in known
            for y in known
            if x < y and quotes[x[0]].source_id != quotes[y[0]].source_id
        )
    found = []
    for x, y in sorted(pairs):
        a, b = quotes[x[0]], quotes[y[0]]
        sides = ((a, x[1], x[2]), (b, y[1], y[2]))
        key = pair_key(*(_span(*side) for side in sides))
        if key in linked:
            continue
        score = matching.score(a.text[x[1] : x[2]], b.text[y[1] : y[2]])
        if score >= NEAR_MISS_FLOOR:
            found.append((Outcome(key, NEAR_MISS, "", _relation(a, b), score), sides))
    random.Random(seed).shuffle(found)
    return found[:sample]


def max_partners() -> tuple[int, str]:
    """The most quotes from other articles that share a public claim with one quote, and that
    claim's text."""
    links = ClaimQuote.objects.filter(status__in=PUBLIC_STATUSES, quote__is_quote=True)
    members = defaultdict(set)
    for claim_id, quote_id, source_id in links.values_list("claim", "quote", "quote__source"):
        members[claim_id].add((quote_id, source_id))
    partners, widest = defaultdict(set), {}
    for claim_id, group in sorted(members.items()):
        for quote_id, source_id in group:
            others = {q for q, s in group if s != source_id}
            partners[quote_id] |= others
            if len(others) > widest.get(quote_id, (0, None))[0]:
                widest[quote_id] = (len(others), claim_id)
    best = max(partners, key=lambda q: (len(partners[q]), -q), default=None)
    if best is None:
        return 0, ""
    claim_id = widest.get(best, (0, None))[1]
    text = Claim.objects.values_list("text", flat=True).get(pk=claim_id) if claim_id else ""
    return len(partners[best]), text


def _side(quote: Quote, start: int, end: int) -> dict:
    body = quote.source.body
    p_start, p_end = paragraph_span(body, quote.start, quote.end)
    return {
        "article": quote.source.origin,
        "publisher": quote.source.publisher,
        "date": str(quote.said_on or ""),
        "speaker": quote.speaker.name if quote.speaker else None,
        "quote_kind": quote.kind,
        "unit": quote.text[start:end],
        "quote": quote.text,
        "paragraph": body[p_start:p_end],
    }


def dump_line(outcome: Outcome, sides: tuple) -> str:
    """A pair as a reader needs it: both units, their quotes and paragraphs (not for the repo)."""
    a, b = (_side(*side) for side in sides)
    return json.dumps(
        {
            "key": [list(outcome.key[0]), list(outcome.key[1])],
            "decision": outcome.decision,
            "method": outcome.method,
            "relation": outcome.relation,
            "score": outcome.score,
            "a": a,
            "b": b,
        },
        ensure_ascii=False,
    )


def missed_true_pairs(run: Evaluation, judged: dict) -> list[tuple[Outcome, tuple]]:
    """Judged true pairs that are not linked automatically, as the engine left them.

    A pair the engine suggested keeps its stored outcome; one it never paired is
    located by its spans and reported with the decision "none".
    """
    stored = {o.key: (o, sides) for o, sides in run.pairs}
    by_origin = defaultdict(list)
    for quote in run.quotes.values():
        by_origin[quote.source.origin].append(quote)
    out, linked = [], automatic_keys(run.pairs)
    for key, judgment in sorted(judged.items()):
        if judgment.label == DIFFERENT or key in linked:
            continue
        if key in stored:
            out.append(stored[key])
            continue
        sides = tuple(_locate(by_origin, span) for span in key)
        if all(sides):
            a, b = (side[0] for side in sides)
            out.append((Outcome(key, "none", "", _relation(a, b), 0.0), sides))
    return out


def recall_on_first(run: Evaluation, judged: dict, first: int) -> tuple[int, int]:
    """Same-utterance pairs linked automatically among the first `first` judged pairs.

    A round that judges what its own rules newly linked can only raise recall over
    all pairs; over the pairs judged before that round, it cannot choose its cases.
    """
    earlier = list(judged.items())[:first]
    wanted = [key for key, judgment in earlier if judgment.label == "same_utterance"]
    linked = automatic_keys(run.pairs)
    return sum(1 for key in wanted if key in linked), len(wanted)


def _locate(by_origin: dict, span: tuple) -> tuple | None:
    """The quote that holds a judged span, with the span's offsets inside it."""
    origin, start, end = span
    for quote in by_origin.get(origin, ()):
        if quote.start <= start and end <= quote.end:
            return (quote, start - quote.start, end - quote.start)
    return None


def automatic_keys(pairs: list[tuple[Outcome, tuple]]) -> set:
    return {o.key for o, _ in pairs if o.decision == AUTOMATIC}


@dataclass
class Evaluation:
    """What one evaluation run found: its figures, and the pairs behind them."""

    figures: Figures
    quotes: dict[int, Quote]
    pairs: list[tuple[Outcome, tuple]]


def evaluate(articles: list[dict], judged: dict, *, progress=None) -> Evaluation:
    """Import `articles` into the current (empty) database and score the links on `judged`."""
    import_articles(articles, progress=progress)
    quotes = quotes_by_id()
    pairs = linked_pairs(quotes)
    most, claim = max_partners()
    fig = figures([o for o, _ in pairs], judged, max_partners=most, claim=claim)
    return Evaluation(fig, quotes, pairs)
