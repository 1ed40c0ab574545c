"""A sentence opened by a person's thing ("Roper's article attacked Marsh") is about that
person: a pronoun in the next sentence takes up the possessor, not the object.

The subject search stepped over the possessive and found the object (Marsh), which
the next "he" then took up. Only a person named in full or by a gendered title
counts, only when the search had stepped past the possessive, and not in the
passive ("Clinton's position was backed by ..."). Invented sentences (issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers


def test_he_after_a_columnists_article_attacking_someone_is_the_columnist():
    text = (
        "Governor Dale Marsh endorsed the mayor last week. An article by the columnist "
        "Ian Roper called it a sellout.\n\n"
        "Roper's article also attacked Marsh for seeking a job in the new administration. "
        'He calls Marsh\'s endorsement "the most transparent display of affection in years."\n'
    )
    assert mentions_and_speakers(text)[-1] == ("He", "Ian Roper")


def test_in_the_passive_the_possessor_is_not_the_actor():
    text = (
        "Senator Ann Voss and Governor Ned Hale met on Monday.\n\n"
        "Hale's plan was praised by Voss at the meeting. "
        '"It is a good start," she said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("she", "Ann Voss")


def test_a_day_that_owns_something_is_nobody():
    text = (
        "Secretary Ann Voss spoke in Paris.\n\n"
        "December's agreement was a triumph for Voss. "
        '"I am grateful to all the parties," she said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("she", "Ann Voss")
