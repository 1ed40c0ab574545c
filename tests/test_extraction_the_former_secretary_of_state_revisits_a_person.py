""" "The former secretary of state" revisits a person, as "the senator" does (issue #21).

A definite role phrase holding "of" is mostly someone else's role ("the head of
the union"), but a cabinet or staff title whose words after "of" are all title
words is one office. Invented sentences.
"""

import pytest

from quotes.extraction.entities.titles_with_of import office_with_of
from tests.extraction_helpers import resolved_speakers as _speakers


def test_the_former_secretary_of_state_is_the_person_just_named():
    text = "Ann Voss spoke in Dover.\n\n“It is working,” the former secretary of state said.\n"
    assert _speakers(text)[-1] == "Ann Voss"


def test_the_secretary_of_state_skips_a_senator_named_since():
    text = (
        "Former Secretary of State Ann Voss met Senator Tom Reed.\n\n"
        "“We agree,” Reed said. “It is working,” the former secretary of state said.\n"
    )
    assert _speakers(text)[-1] == "Ann Voss"


@pytest.mark.parametrize(
    "phrase", ["the former secretary of state", "the secretary of defense", "the chief of staff"]
)
def test_one_office(phrase):
    assert office_with_of(phrase.split())


@pytest.mark.parametrize(
    "phrase", ["the head of the union", "the mother of the victim", "the secretary of the club"]
)
def test_someone_else_s_role(phrase):
    assert not office_with_of(phrase.split())
