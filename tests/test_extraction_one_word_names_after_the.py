"""A one-word name written after "the" ("The Teamsters", "the Pentagon") is a body, a
group or a place, never a person a pronoun stands for: English gives a person's name
no article.

The run was registered as a person of unknown gender, so "her" after it could take
it up instead of the woman named before. Invented sentences (issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers


def test_her_after_the_teamsters_is_the_woman_named_before():
    text = (
        "Several unions have endorsed Senator Ann Voss. The Teamsters and the Firefighters "
        "remain on the sidelines. Another holdout, the mine workers union, is unlikely to "
        'back Voss after her March comment that "we will close the mines."\n'
    )
    assert mentions_and_speakers(text) == [("her", "Ann Voss")]


def test_a_given_name_after_the_still_names_the_person():
    text = (
        "Donald Trump held a rally in Ohio on Monday. The Donald was in fine form. "
        '"We will win big," he said.\n'
    )
    assert mentions_and_speakers(text) == [("he", "Donald Trump")]
