"""A cheap string test before a pattern's search must let through every word the pattern
matches, in any case: a word added to the pattern and not to its test would be skipped.

Each pattern's words are read off the pattern itself, so the check follows the pattern.
"""

import pytest
import regex

from quotes.extraction.attribution.nearby import _CHANT_BEFORE, may_hold_chant_word
from quotes.extraction.dates import _RELATIVE, _RELATIVE_AT, _may_be_relative


def _words(pattern: regex.Pattern) -> list[str]:
    """The words of a pattern's alternations ("chants?" gives "chant" and "chants")."""
    found = regex.findall(r"[a-z]+(?:\s[a-z]+)?\??", pattern.pattern.replace(r"\s+", " "))
    words = set()
    for word in found:
        stem = word.rstrip("?")
        words.add(stem)
        if word.endswith("?"):
            words.add(stem[:-1])
    return sorted(w for w in words if len(w) > 2)


@pytest.mark.parametrize("word", _words(_CHANT_BEFORE))
def test_every_chant_word_passes_the_chant_prefilter(word):
    for form in (word, word.upper(), word.title()):
        if _CHANT_BEFORE.search(f"a long {form} "):
            assert may_hold_chant_word(f"a long {form} "), form


@pytest.mark.parametrize("word", _words(_RELATIVE))
def test_every_relative_date_word_passes_the_relative_date_prefilter(word):
    for form in (word, word.upper(), word.title()):
        for pattern in (_RELATIVE, _RELATIVE_AT):
            if pattern.search(f"she said {form} that"):
                assert _may_be_relative(f"she said {form} that"), form


def test_the_patterns_hold_the_words_the_prefilters_are_tested_on():
    assert {"chant", "chants", "cries", "refrain", "shouts"} <= set(_words(_CHANT_BEFORE))
    assert {"monday", "yesterday", "last week", "tonight"} <= set(_words(_RELATIVE))
