"""Scoring and link decisions: thresholds, fragments, negation, methods."""

import pytest

from quotes.matching import (
    AUTOMATIC,
    HIGH,
    LOW,
    MATCH_METHODS,
    SUGGESTED,
    compare,
    decide,
    method,
    score,
)

PENCE_A = "or risk the security of that partnership by making reckless decisions."
PENCE_B = (
    "risk the security of that partnership by making such reckless decisions "
    "that undermine our alliance."
)


def test_thresholds_leave_a_suggestion_band_below_automatic():
    """LOW < HIGH, both inside (0, 1)."""
    assert 0 < LOW < HIGH < 1


def test_it_links_two_outlets_reporting_the_same_line_automatically():
    """Pence's line trimmed differently by two outlets is a near duplicate."""
    link = compare(PENCE_A, PENCE_B)
    assert link.decision == AUTOMATIC
    assert link.method == "near_duplicate"


def test_identical_units_are_an_exact_match():
    """Same words, however punctuated, are reported as method "exact"."""
    link = compare("This is our sovereign right.", "“This is our sovereign right”")
    assert (link.score, link.decision, link.method) == (1.0, AUTOMATIC, "exact")


def test_a_fragment_is_never_linked_by_word_overlap_alone():
    """“done deal” shares both words with the sentence but not as a phrase."""
    text = "The deal with Russia is done, officials said."
    assert decide(score("a done deal", text), "a done deal", text) is None


def test_a_fragment_is_linked_when_its_key_phrase_occurs_in_the_other_quote():
    """A short partial quote found inside a fuller quote is linked by key phrase."""
    full = "we repeated that Turkey had bought them and this is a done deal"
    link = compare("a done deal", full)
    assert (link.decision, link.method) == (AUTOMATIC, "key_phrase")


def test_a_one_word_fragment_is_never_linked():
    """“urged” is in many quotes; one word is no evidence of a shared claim."""
    assert compare("urged", "We continue to urge Turkey not to retain this system") is None


def test_a_generic_key_phrase_is_not_distinctive_enough_to_link():
    """“said today” occurs everywhere; a fragment of generic words never links."""
    assert compare("said today", "The minister said today that talks will resume") is None


def test_a_negated_version_of_a_claim_is_only_suggested():
    """ "will buy" vs "will not buy": same words, opposite claim."""
    link = compare(
        "Turkey will buy the S-400 from Russia", "Turkey will not buy the S-400 from Russia"
    )
    assert link.decision == SUGGESTED


def test_sentences_sharing_only_their_topic_are_not_linked():
    """Two S-400 sentences about different things stay apart."""
    a = "Washington has demanded that Ankara call off its missile deal with Russia"
    b = "Turkey acquired the first system from Moscow in 2019 after dropping talks"
    assert compare(a, b) is None


def test_a_partial_rewording_is_a_suggestion_not_an_automatic_link():
    """Half the words in common lands between LOW and HIGH."""
    a = "The peace there is dependent on Turkey-Russia ties"
    b = "it is of great importance for us to continue by strengthening Turkey-Russia ties every day"
    link = compare(a, b)
    assert LOW <= link.score < HIGH
    assert (link.decision, link.method) == (SUGGESTED, "paraphrase")


def test_every_method_the_engine_returns_is_a_declared_match_method():
    """The database can store `method` in a choices field built from MATCH_METHODS."""
    pairs = [(PENCE_A, PENCE_B), ("a done deal", "this is a done deal"), ("x y z", "x y z")]
    assert {method(score(a, b), a, b) for a, b in pairs} <= set(MATCH_METHODS)
    assert set(MATCH_METHODS) == {
        "exact", "near_duplicate", "key_phrase", "pattern", "paraphrase", "curator"
    }  # fmt: skip


@pytest.mark.parametrize(
    "a,b",
    [(PENCE_A, PENCE_B), ("a done deal", "this is a done deal"), ("unacceptable", "killer")],
)
def test_compare_is_symmetric(a, b):
    """Incremental and rebuild paths may see a pair in either order."""
    assert compare(a, b) == compare(b, a)
