"""An article's match contexts read in one pass equal those read quote by quote."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.extraction import extract
from quotes.matching.contexts import contexts_around
from quotes.matching.evidence import CONTEXT_REACH, context_around

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))


def one_by_one(body, spans):
    return [context_around(body, start, end, text) for start, end, text in spans]


def test_every_seed_quote_gets_the_context_it_gets_alone():
    for path in SEEDS:
        body = path.read_text(encoding="utf-8")
        spans = [(q.start, q.end, q.text) for q in extract(body).quotes]
        assert spans, path.name
        assert contexts_around(body, spans) == one_by_one(body, spans), path.name


def test_a_window_edge_inside_a_token_reads_what_the_cut_window_reads():
    """From the middle of "ab.c." the regex finds the abbreviation "b.c.", which the
    article's own tokens do not hold; every cut of every edge must agree."""
    filler = "word " * (CONTEXT_REACH // 5)
    body = f"Headline U.S. talks\n{filler}He said ab.c. and well-known U.N. plans{filler}"
    middle = body.index("ab.c.")
    spans = [(s, s + 4, body[s : s + 4]) for s in range(middle - 8, middle + 30)]
    spans += [
        (s - CONTEXT_REACH, s, body[s - CONTEXT_REACH : s]) for s in range(middle + 6, middle + 30)
    ]
    assert contexts_around(body, spans) == one_by_one(body, spans)


def test_an_article_whose_normalised_text_is_longer_reads_quote_by_quote():
    """An ellipsis folds to three dots and "ß" to "ss": positions no longer match."""
    body = "Talks…\nStraße said “we will buy it” … and more words followed here.\n" * 3
    start = body.index("we will")
    spans = [(start, start + 14, body[start : start + 14])]
    assert contexts_around(body, spans) == one_by_one(body, spans)


_PIECES = st.sampled_from(
    ["a", "b", "ab", "U.S.", ".", "-", "'", "’", " ", "\n", "é", "S-400", "don't", "c.", "x1"]
)


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(_PIECES, min_size=1, max_size=400),
    cuts=st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 40)), min_size=1, max_size=8),
)
def test_any_text_and_any_spans_give_the_contexts_read_one_by_one(pieces, cuts):
    body = "".join(pieces)
    spans = []
    for start, length in cuts:
        start = start % len(body)
        end = min(len(body), start + length)
        spans.append((start, end, body[start:end]))
    assert contexts_around(body, spans) == one_by_one(body, spans)


def test_an_article_without_quotes_has_no_contexts():
    assert contexts_around("Nothing quoted here.", []) == []
