"""Properties that hold for any input text, checked with hypothesis."""

import gc
import time
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.extraction import extract

MARKS = "“”‘’\"'«»„‚‹›"
WORDS = ["said", "he", "she", "Erdogan", "told", "reporters", "Putin", ",", ".", ":", "\n", "\n\n"]
pieces = st.one_of(
    st.sampled_from(list(MARKS)),
    st.sampled_from(WORDS),
    st.text(min_size=1, max_size=6),
)
texts = st.lists(pieces, max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_extract_never_raises_and_offsets_always_match(text):
    """Quotes and mentions give back their text; quote spans never overlap."""
    result = extract(text)
    spans = []
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.start < quote.end
        assert quote.speaker is None or quote.speaker.strip()  # never an empty name
        if quote.speaker_mention is not None:
            m = quote.speaker_mention
            assert text[m.start : m.end] == m.text
        spans.append((quote.start, quote.end))
    spans.sort()
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_extract_handles_arbitrary_unicode(text):
    """Any string at all is accepted."""
    for quote in extract(text).quotes:
        assert text[quote.start : quote.end] == quote.text


def _cpu_seconds(text: str) -> float:
    """Best of five CPU times for one extraction (the best is the least disturbed)."""
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        extract(text)
        best = min(best, time.process_time() - started)
    return best


def _growth_ratio(unit: str, copies: int) -> float:
    """Time for four times the text over time for the text: about 4 if linear, 16 if quadratic.

    The inputs are large enough to take tens of milliseconds, and the threshold sits
    halfway between the two, so a loaded CI machine does not turn noise into a failure.
    """
    return _cpu_seconds(unit * (4 * copies)) / _cpu_seconds(unit * copies)


def test_extraction_time_grows_linearly_with_unbalanced_marks():
    """Four times as many unclosed marks take about four times as long: no backtracking blow-up."""
    assert _growth_ratio("“a ‘b “c ", 8000) < 8.0


def test_extraction_time_grows_linearly_with_article_length():
    """An article repeated four times as often takes about four times as long (a ratio)."""
    article = (
        "Senator Dana Hollis spoke in Ohio on Monday.\n\n"
        "“We are going to win this state,” Hollis told reporters. “Nobody can stop us.”\n\n"
        "She said the plan would cost $2 billion, according to her campaign.\n\n"
    )
    assert _growth_ratio(article, 200) < 8.0


def test_an_extraction_leaves_no_reference_cycles():
    """Sentences, tokens and cues are freed by reference counting, not by the collector.

    Cyclic garbage per article made the collector a sixth of the engine's time.
    """
    article = (
        "Senator Dana Hollis spoke in Ohio on Monday.\n\n"
        "“We are going to win this state,” Hollis told reporters. “Nobody can stop us.”\n\n"
        "She said the plan would cost $2 billion, according to her campaign.\n"
    )
    gc.collect()
    previous = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        extract(article)
        gc.collect()
        leaked = list(gc.garbage)
    finally:
        gc.set_debug(previous)
        gc.garbage.clear()
    assert leaked == []
