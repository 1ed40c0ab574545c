"""Properties that hold for any input text, checked with hypothesis."""

import gc
import random
import threading
import time
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.extraction import ExtractionTimeout, extract

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
    started = time.process_time()
    extract(text)
    return time.process_time() - started


def _time_ratio(small: str, large: str, rounds: int = 5, floor: float = 0.0) -> float:
    """Best CPU time of `large` over best CPU time of `small`, timed in turns.

    Timing the two texts in alternation puts both through the same spells of load on a
    shared CI machine (a best-of-N per text, timed one after the other, once let a busy
    spell land on the large text alone); the collector is held off so that a cycle
    collection cannot fall inside one timing and not its twin. A small text's time is
    counted as at least `floor`, so timer noise on a tiny input cannot pass for growth.
    """
    gc.collect()
    gc.disable()
    try:
        timings = [(_cpu_seconds(small), _cpu_seconds(large)) for _ in range(rounds)]
    finally:
        gc.enable()
    return min(pair[1] for pair in timings) / max(floor, min(pair[0] for pair in timings))


def _growth_ratio(unit: str, copies: int) -> float:
    """Time for four times the text over time for the text: about 4 if linear, 16 if quadratic.

    The inputs are large enough to take tens of milliseconds, and the threshold sits
    halfway between the two, so a loaded CI machine does not turn noise into a failure.
    """
    return _time_ratio(unit * copies, unit * (4 * copies))


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


# Hostile texts, each made by a function of a size n, and the n at which it takes
# some tens of milliseconds. Every one of them but three (unbalanced marks, tiny
# paragraphs, deep nesting) used to be quadratic: a quotation, cue, pronoun or name
# rescanned its sentence, paragraph or the article's whole list of entities.
def _cycle(parts: list[str], count: int) -> str:
    return "".join(parts[i % len(parts)] for i in range(count))


def _names(count: int, seed: int) -> list[str]:
    """Different capitalised made-up names."""
    rng = random.Random(seed)
    letters = "aeioulmnrst"
    return [
        rng.choice("BCDFGHJKLMNPRSTVW") + "".join(rng.choices(letters, k=6)) for _ in range(count)
    ]


HOSTILE = {
    "a storm of short quotations": (lambda n: "Title\n\n" + '"a" ' * n, 1000),
    "dense marks of every kind": (
        lambda n: "Title\n\n" + _cycle([m + w for m in MARKS for w in ("a ", "b c ", "")], n),
        3000,
    ),
    "unbalanced openers and closers": (lambda n: "Title\n\n" + "a” ‘b «c »d ' " * n, 1500),
    "one long sentence without punctuation": (
        lambda n: "Title\n\n" + "the Senator John Smith told reporters that he " * n,
        300,
    ),
    "thousands of tiny paragraphs": (
        lambda n: "Title\n\n" + "“It is good,” Smith said.\n\nx\n\n" * n,
        300,
    ),
    "long runs of capitalised words": (lambda n: "Title\n\n" + "Word " * n + "“a b c” " * n, 800),
    "capitalised names and cue verbs": (lambda n: "Title\n\n" + "John Smith said " * n, 800),
    "deep nesting": (lambda n: "Title\n\n" + "“‘" * n + "a" + "’”" * n + " he said.", 4000),
    "many cue verbs": (lambda n: "Title\n\n" + "he said “a” " * n, 800),
    "many pronouns": (lambda n: "Title\n\n" + "he said she said " * n, 600),
    "cue verbs in a row": (lambda n: "Title\n\n" + "said to reply " * n, 1500),
    "colons and dashes before quotations": (
        lambda n: "Title\n\n" + "Smith: “a b c d” - “a b c d” " * n,
        300,
    ),
    "reported clauses": (lambda n: "Title\n\n" + "Smith said that Jones said that " * n, 400),
    "participles after commas": (lambda n: "Title\n\n" + "adding , " * n, 800),
    "chants before quotations": (lambda n: "Title\n\n" + "chants of “x y” " * n, 600),
    "people sharing a surname": (
        lambda n: "Title\n\n" + "".join(f"{a} Smith said “x y z”. " for a in _names(n, 3)),
        150,
    ),
    "different organisations": (
        lambda n: "Title\n\n" + "".join(f"{a} Corp said “x y z”. " for a in _names(n, 4)),
        300,
    ),
    "a dateline before many quotations": (
        lambda n: "Title\n\nWASHINGTON (AP) — " + '"a b c" ' * n,
        700,
    ),
    "a quotation continued over many paragraphs": (
        lambda n: "Title\n\n" + "“a b c d e,” Smith said. “f g h\n\n" * n,
        300,
    ),
    "initials and abbreviations": (lambda n: "Title\n\n" + "A. " * n, 8000),
    "pairs named together and taken up as the two": (
        lambda n: "Title\n\n" + "Lee and Senator Ann Park and Bo Dunn, “x y,” the two said. " * n,
        300,
    ),
    "role phrases after people of another office": (
        lambda n: (
            "Title\n\n"
            + "".join(f"Mayor {a} Lee spoke. “x y,” the candidate said. " for a in _names(n, 5))
        ),
        150,
    ),
    "commas before a pronoun in a linked clause": (
        lambda n: (
            "Title\n\nJohn Smith was talking, " + "we talked, " * n + "when he told reporters, "
            "“We are going to win this state.” " * 4
        ),
        2000,
    ),
}


@pytest.mark.parametrize("family", sorted(HOSTILE))
def test_extraction_time_grows_at_most_linearly_on_hostile_text(family):
    """Four times the hostile text takes about four times the CPU time, not sixteen.

    The bound sits halfway (on a log scale) between linear and quadratic growth, and
    the two sizes are timed in turns at their best of five, so a loaded machine does not
    fail it.
    """
    make, size = HOSTILE[family]
    ratio = _time_ratio(make(size), make(4 * size))
    assert ratio < 8.0, (family, ratio)


PIECES = st.one_of(
    st.sampled_from([*MARKS, "“‘", "’”", "''", ",,", "``"]),
    st.sampled_from(["said", "told", "says", "added", "according to", "saying", "called", "asked"]),
    st.sampled_from(["he", "she", "they", "it", "his", "her", "who", "which", "that"]),
    st.sampled_from(["John Smith", "Senator", "Erdogan", "Putin", "WASHINGTON", "Mr.", "The"]),
    st.sampled_from(["the", "a", "of", "for", "and", "when", "crowd", "chants", "Monday"]),
    st.sampled_from([",", ".", ":", ";", "?", "!", "—", "-", "(", ")", "\n", "\n\n", " "]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=40), st.integers(min_value=1, max_value=30))
def test_hostile_texts_from_marks_cues_names_and_newlines_keep_every_offset(pieces, copies):
    """Built from marks, cue verbs, pronouns, names and newlines, and repeated: extraction
    finishes well within a budget, and every quote and mention slices out of the body."""
    body = " ".join(pieces) * copies
    result = extract(body, seconds=10)
    end = -1
    for quote in sorted(result.quotes, key=lambda q: q.start):
        assert body[quote.start : quote.end] == quote.text
        assert end <= quote.start < quote.end <= len(body)
        end = quote.end
        for span in (quote.speaker_mention, quote.cue_span):
            if span is not None:
                assert body[span.start : span.end] == span.text


@settings(max_examples=15, deadline=None, derandomize=True)
@given(st.lists(PIECES, min_size=2, max_size=12))
def test_hypothesis_finds_no_repeated_text_that_grows_faster_than_linearly(pieces):
    """Any short unit repeated four times as often takes about four times as long.

    A unit taking under 5 ms is counted as 5 ms, so timer noise on tiny inputs
    cannot pass for growth; a quadratic unit still exceeds the bound.
    """
    unit = " ".join(pieces) + " "
    copies = max(1, 3000 // len(unit))
    ratio = _time_ratio(
        "Title\n\n" + unit * copies, "Title\n\n" + unit * (4 * copies), rounds=3, floor=0.005
    )
    assert ratio < 8.0, (unit, ratio)


def test_a_long_chain_of_qualified_speakers_does_not_exhaust_the_stack():
    """ "X called by Y called by Z ..." is followed back a few steps, not to the start."""
    body = "Title\n\n" + "Senator called by " * 3000 + "“a b c,” he said."
    for quote in extract(body).quotes:
        assert body[quote.start : quote.end] == quote.text


def test_a_time_budget_stops_a_long_extraction_on_any_thread():
    """Past its budget the engine raises ExtractionTimeout, in a worker thread too."""
    outcome = []

    def work() -> None:
        try:
            extract("Storm\n\n" + '"a b c" ' * 20_000, seconds=0.01)
        except ExtractionTimeout as exc:
            outcome.append(str(exc))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert outcome and "budget of 0.01 s" in outcome[0]
    assert extract("Title\n\n“We will win,” Smith said.", seconds=10).quotes


def test_extract_leaves_the_garbage_collector_as_it_found_it():
    assert gc.isenabled()
    extract("“Yes,” she said.")
    assert gc.isenabled()
    gc.disable()
    try:
        extract("“Yes,” she said.")
        assert not gc.isenabled()
    finally:
        gc.enable()
