""" "I have great respect for Silicon Valley," the candidate said: "Silicon Valley" is a
place, so "the candidate" revisits the candidate named before, not a person "Silicon
Valley". Invented sentences.
"""

import pytest

from quotes.extraction import extract
from quotes.extraction.entities.name_runs import person_phrase


def test_the_candidate_is_not_a_valley():
    text = (
        "Candidate Courts Tech.\n\n"
        "Senator Dana Holt campaigned in the north on Monday.\n\n"
        "Volunteers ran a phone bank near Cedar Valley.\n\n"
        "“I have great respect for Cedar Valley,” the candidate said.\n"
    )
    assert extract(text).quotes[-1].speaker == "Dana Holt"


@pytest.mark.parametrize("phrase", ["Cedar Valley", "Orange County", "Marble Canyon"])
def test_place_feature_names_are_no_person(phrase):
    assert person_phrase(phrase) is None


@pytest.mark.parametrize("phrase", ["Joan Rivers", "Ricki Lake", "Dana Holt"])
def test_surnames_that_are_words_stay_people(phrase):
    assert person_phrase(phrase) is not None
