"""A one-word subject set off by ", who" is a person's name, whom the next pronoun takes up.

A one-word subject alone is not trusted ("Things ..." opens sentences too), but
English uses ", who" only after a person, so "Lolo, who was honored ..." is the
singer Lolo, not a word. Invented sentences (issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers


def _speech(subject):
    return (
        'In her speech, Ana Morel declared the need for courage: "Change the city," she said.\n\n'
        f"{subject} spoke about the importance of rest. "
        '"The minute you rest, you grow," she said.\n'
    )


def test_a_one_word_name_before_who_is_the_next_pronoun():
    assert mentions_and_speakers(_speech("Lolo, who was honored with the top award,"))[-1] == (
        "she",
        "Lolo",
    )


def test_after_an_opening_adverb_too():
    text = _speech("Meanwhile Lolo, who was honored with the top award,")
    assert mentions_and_speakers(text)[-1] == ("she", "Lolo")


def test_a_one_word_subject_without_who_is_still_not_trusted():
    assert mentions_and_speakers(_speech("Lolo"))[-1] == ("she", "Ana Morel")
