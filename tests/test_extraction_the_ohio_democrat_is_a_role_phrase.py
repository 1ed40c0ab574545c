""" "The Ohio Democrat" is a role phrase for a politician named before (issue #21).

News style revisits a politician by home state and party; every word is
capitalised, so the phrase used to be taken as the name of a new person
("Ohio Democrat"). Invented sentences.
"""

import pytest

from quotes.extraction.entities.party_roles import place_and_party
from tests.extraction_helpers import resolved_speakers as _speakers


def test_the_ohio_democrat_is_the_person_just_named():
    text = "Rep. Tom Reed spoke in Dover.\n\n“It is working,” the Ohio Democrat said.\n"
    assert _speakers(text)[-1] == "Tom Reed"


def test_a_two_word_state():
    text = "Ann Voss spoke in Dover.\n\n“We will win,” the South Carolina Republican said.\n"
    assert _speakers(text)[-1] == "Ann Voss"


@pytest.mark.parametrize(
    "phrase", ["the Ohio Democrat", "The Wisconsin Republican", "the New York Democrat"]
)
def test_place_and_party(phrase):
    assert place_and_party(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "the Republican",
        "the Log Cabin Republicans",
        "the Ohio Democrats",
        "Ohio Democrat",
        "the New Democrat",
    ],
)
def test_not_place_and_party(phrase):
    """A party word alone, a body, a plural, no article, or a faction: left as before."""
    assert not place_and_party(phrase)
