"""Words that look like people to a pronoun but are not: it must pass over them.

"A floor vote" is a vote, not someone "he" can stand for, though "floor" ends
like "senator"; "Denver-based" describes someone and names nobody; "(See
Okafor's notes)" opens with a verb that is no part of the name; in "Lee's
continued popularity" the possessor owns the popularity and does not "continue" to
say anything. Invented sentences (issue #21).
"""

from quotes.extraction.entities.name_runs import run_phrases
from tests.extraction_helpers import mentions_and_speakers


def test_a_thing_ending_like_a_person_noun_is_not_a_he():
    text = (
        "Councilman Hugo Pratt said he would fight the new parking rules.\n\n"
        "He conceded that the vote would be close. "
        "A floor vote on the rules could come next month.\n\n"
        '"Small shops cannot survive these fees," he said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Hugo Pratt")


def test_a_place_joined_to_based_is_not_a_he():
    text = (
        "Mark Adler, the campaign's chief strategist, met donors on Tuesday.\n\n"
        "The Denver-based consultant has run three winning races.\n\n"
        '"We are not changing course," he said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Mark Adler")


def test_an_imperative_or_whatever_before_a_name_is_no_part_of_it():
    """ "(See Okafor's notes)" and "Whatever Lindqvist says" name Okafor and Lindqvist."""
    assert run_phrases("See Okafor's") == ((0, "Okafor"),)
    assert run_phrases("Whatever Lindqvist") == ((0, "Lindqvist"),)


def test_a_possessive_before_a_participle_is_not_its_speaker():
    text = (
        "Hal Brooks talked with a radio host about his new record.\n\n"
        "When the host turned to politics, he offered his thoughts on "
        "Republican hopeful Sam Lee’s continued popularity with farmers.\n\n"
        "“It puzzles me every single week,” he said.\n"
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Hal Brooks")
