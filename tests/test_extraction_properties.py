"""Properties that hold for any input text, checked with hypothesis."""

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


def test_extraction_time_grows_linearly_with_unbalanced_marks():
    """Thousands of unclosed marks do not cause backtracking blow-ups."""
    text = "“a ‘b “c " * 4000
    started = time.perf_counter()
    extract(text)
    assert time.perf_counter() - started < 10
