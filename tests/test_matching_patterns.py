"""Curated claim patterns: fuzzy regex with validation and timeouts."""

import time

import pytest
import regex

from quotes.matching import compile_pattern, pattern_matches


def test_a_fuzzy_pattern_tolerates_one_error():
    """(?:done deal){e<=1} matches a misspelt "done deel"."""
    compiled = compile_pattern("(?:done deal){e<=1}")
    assert pattern_matches(compiled, "that’s a done deel.")
    assert not pattern_matches(compiled, "the deal is not finished")


def test_patterns_ignore_case_curly_apostrophes_and_line_breaks():
    """Curators write plain ASCII; quotes arrive with typography."""
    compiled = compile_pattern("that's a done deal")
    assert pattern_matches(compiled, "That’s a done\n deal")


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("(?:done deal", "invalid pattern"),
        ("", "empty"),
        ("a*", "empty string"),
        ("(a+)+$", "too slow"),
        ("(x+x+)+y", "too slow"),
        ("x" * 600, "longer than"),
    ],
)
def test_it_rejects_a_bad_pattern_with_a_clear_message(pattern, message):
    """Syntax errors, match-everything and catastrophic patterns are refused up front."""
    with pytest.raises(ValueError, match=message):
        compile_pattern(pattern)


def test_a_match_that_times_out_counts_as_no_match():
    """The run-time timeout is the real guard; an import must not hang on one quote."""
    catastrophic = regex.compile("(a+)+$")  # what compile_pattern would refuse
    started = time.monotonic()
    assert not pattern_matches(catastrophic, "a" * 40 + "!")
    assert time.monotonic() - started < 2
