"""A news outlet cited as a source is a body, never the man or woman "he" or "she" stands for.

News style cites outlets by bare names that hold no organisation word
("according to Politico", "BuzzFeed reported"); the lexicon lists the common
ones beside "Reuters" and "CNN", so a pronoun after the citation skips them.
Invented sentences (issue #21).
"""

from quotes.extraction.names import looks_like_organisation
from tests.extraction_helpers import mentions_and_speakers


def test_outlets_without_an_organisation_word_are_bodies():
    assert all(looks_like_organisation(name) for name in ("Politico", "BuzzFeed", "Axios"))
    assert not looks_like_organisation("Tom Radley")


def test_he_after_according_to_an_outlet_is_the_person():
    text = (
        "Tom Radley met donors in Ohio. He hired a press chief last week, according to "
        'Politico.\n\n"We will win Ohio," he said on Monday.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Tom Radley")


def test_he_after_an_outlet_reported_is_the_person():
    text = (
        'Tom Radley met donors in Ohio. "We will win," he said.\n\n'
        "The campaign hired a press chief last week, BuzzFeed reported. "
        '"We will win Ohio," he said on Monday.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Tom Radley")
