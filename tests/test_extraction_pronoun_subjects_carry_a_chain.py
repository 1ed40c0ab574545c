"""A "he" or "she" subject stands for whom it took up, and the next pronoun may take it up.

English keeps one person in view through sentences whose subject is "he" or
"she"; a pronoun after them is that person, not an older speaker the search
would find by skipping them. The run is followed only a few sentences deep, so
no pronoun recurses along a whole article. Invented sentences (issue #21).
"""

from quotes.extraction.entities.pronoun_chains import continues_a_chain
from tests.extraction_helpers import mentions_and_speakers


def test_a_pronoun_after_a_pronoun_subject_is_the_same_person():
    text = (
        '"The yard needs orders," said Peter Mott, a welder.\n\n'
        "As for Tom Radley, he toured the dry dock on Monday. "
        '"We will build ships here again," he said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Tom Radley")


def test_she_after_a_she_subject_skips_an_older_speaker():
    text = (
        '"The clinic is full," said Rosa Delgado, a nurse.\n\n'
        "As for Gloria Tamsett, she visited the ward on Friday. "
        '"We will open a second floor," she said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("she", "Gloria Tamsett")


def test_only_he_and_she_carry_a_chain():
    assert continues_a_chain("he") and continues_a_chain("She")
    assert not any(continues_a_chain(word) for word in ("I", "you", "we", "they", "it"))


def test_a_long_run_of_pronoun_subjects_resolves_without_deep_recursion():
    run = " ".join(f"He visited dock {number}." for number in range(3000))
    text = f'Tom Radley toured the yard. {run} "We will build ships," he said.\n'
    assert mentions_and_speakers(text)[-1][0] == "he"
