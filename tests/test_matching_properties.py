"""Properties that must hold for any text, checked with Hypothesis."""

import subprocess
import sys
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.matching import compare, index_keys, score, split_units

VOCABULARY = (
    "turkey russia deal done sovereign right weapons weaponry steps taken great importance "
    "we the is a not S-400 high-tech that’s joint production development"
)
WORDS = st.sampled_from(VOCABULARY.split(" "))
SENTENCES = st.lists(WORDS, min_size=0, max_size=14).map(" ".join)
TEXTS = st.one_of(SENTENCES, st.text(max_size=80))


@given(TEXTS)
def test_index_keys_are_deterministic(text):
    """The same text always yields the same keys."""
    assert index_keys(text) == index_keys(text)


def test_index_keys_are_the_same_in_a_fresh_process():
    """Keys are stored in the database, so they must not depend on hash randomisation."""
    text = "joint development and joint production of high-tech weaponry"
    code = f"from quotes.matching import index_keys; print(sorted(index_keys({text!r})))"
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"PYTHONHASHSEED": "12345", "PYTHONPATH": "."},
    )  # fmt: skip
    assert other.stdout.strip() == str(sorted(index_keys(text)))


@given(TEXTS, TEXTS)
def test_score_is_symmetric_and_between_zero_and_one(a, b):
    """Order of the pair never matters and the score is a proportion."""
    assert score(a, b) == score(b, a)
    assert 0.0 <= score(a, b) <= 1.0


@given(TEXTS)
def test_identical_texts_score_one(text):
    """A text is fully similar to itself."""
    assert score(text, text) == 1.0


@given(TEXTS, TEXTS)
@settings(max_examples=200)
def test_compare_is_symmetric(a, b):
    """The link decision is a pure function of the unordered pair."""
    assert compare(a, b) == compare(b, a)


@given(TEXTS)
def test_units_are_ordered_non_overlapping_slices_of_the_text(text):
    """Offsets stored by the database slice back to the unit text."""
    units = split_units(text)
    assert all(text[u.start : u.end] == u.text for u in units)
    assert all(a.end <= b.start for a, b in pairwise(units))
