"""Claim canonical text: the earliest full-sentence quote, never a word bag."""

from datetime import date

import pytest

from quotes.matching import CanonicalCandidate, choose_canonical_text, is_full_sentence


def test_it_picks_the_earliest_full_sentence():
    """Erdogan's 2019 sentence names the claim, not Cavusoglu's 2021 partial quote."""
    text = choose_canonical_text(
        [
            CanonicalCandidate("a done deal", date(2021, 3, 24)),
            CanonicalCandidate(
                "If we sign a deal on an issue, that’s a done deal.", date(2019, 4, 8)
            ),
        ]
    )
    assert text == "If we sign a deal on an issue, that’s a done deal."


def test_a_full_sentence_beats_an_earlier_partial_quote():
    """“promising projects,” is earlier but not a sentence."""
    text = choose_canonical_text(
        [
            CanonicalCandidate("promising projects,", date(2019, 4, 8), order=(0,)),
            CanonicalCandidate(
                "There are other promising projects on the agenda related to the supply of "
                "modern Russian military products to Turkey,",
                date(2019, 4, 8),
                order=(1,),
            ),
        ]
    )
    assert text.startswith("There are other promising projects") and not text.endswith(",")


def test_without_any_full_sentence_it_falls_back_to_the_richest_quote():
    """Still a real quote as written, just the most complete one."""
    text = choose_canonical_text(
        [CanonicalCandidate("a done deal"), CanonicalCandidate("this is a done deal, they said")]
    )
    assert text == "this is a done deal, they said"


def test_the_choice_does_not_depend_on_input_order():
    """Incremental updates and rebuilds pass candidates in different orders."""
    candidates = [
        CanonicalCandidate("Turkey must choose now, and choose well.", None),
        CanonicalCandidate("Turkey must choose between partners today.", date(2019, 4, 3)),
    ]
    assert choose_canonical_text(candidates) == choose_canonical_text(candidates[::-1])


def test_full_sentence_needs_a_capital_an_ending_and_three_content_words():
    """A reporter's comma before "he said" counts as a sentence end."""
    assert is_full_sentence("“This is our sovereign right, this is our decision.”")
    assert is_full_sentence("We have so far not been able to create the monitoring center,")
    assert not is_full_sentence("promising projects,")
    assert not is_full_sentence("Turkey must choose")


def test_a_claim_without_quotes_has_no_canonical_text():
    """Asking for a name with no candidates is a caller error."""
    with pytest.raises(ValueError):
        choose_canonical_text([])
