"""A surname written with a hyphen ("Mark-Howell") is one surname, not a given name
and a surname.

Read as "Mark" plus "Howell", the bare surname got a man's given name, so it could
not be the woman named in full before, and "she" after it went to someone else.
Invented sentences (issue #21).
"""

from quotes.extraction.entities.roles import gender_of
from tests.extraction_helpers import mentions_and_speakers


def test_a_hyphenated_surname_alone_states_no_gender():
    assert gender_of("Mark-Howell", "") == ""


def test_a_hyphenated_given_name_before_a_surname_still_does():
    assert gender_of("Mary-Kate Olsen", "") == "f"


def test_the_bare_hyphenated_surname_is_the_person_named_in_full():
    text = (
        "Mayor Linda Mark-Howell spoke at City Hall on Monday.\n\n"
        '"We will march on Friday," said the organizer Rosa Fuentes.\n\n'
        "Mark-Howell, who is term limited, took no more questions.\n\n"
        '"Thank you all very much," she said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("she", "Linda Mark-Howell")
