"""A document named after its issuer speaks for the issuer (issue #21).

"the Acme University playbook", "a Brandt College poll", "the Voss campaign memo":
news style puts the issuer's name before the noun for the document, so the quote
is filed under that name, not under a speaker called "Acme University playbook".
A place, a party word, a weekday or a month before the noun names no issuer.
Invented sentences.
"""

import pytest

from quotes.extraction.entities.named_issuers import issuer_span
from tests.extraction_helpers import resolved_speakers as _speakers

OPENING = "Students sued the school last spring.\n\n"


def test_a_playbook_named_after_a_university_is_the_university_s():
    text = OPENING + "“You sell feelings,” the Acme University playbook says.\n"
    assert _speakers(text)[-1] == "Acme University"


def test_a_survey_after_according_to_is_its_center_s():
    text = (
        OPENING + "According to the new Halden Research Center survey, most voters “want change.”\n"
    )
    assert _speakers(text)[-1] == "Halden Research Center"


def test_a_campaign_memo_is_the_campaign_s():
    text = OPENING + "“The race is over,” the Voss campaign memo said.\n"
    assert _speakers(text)[-1] == "Voss campaign"


@pytest.mark.parametrize(
    ("phrase", "issuer"),
    [
        ("the Acme University playbook", "Acme University"),
        ("a Brandt College poll", "Brandt College"),
        ("the University of Dover poll", "University of Dover"),
        ("the Voss campaign memo", "Voss campaign"),
        ("the White House statement", "White House"),
    ],
)
def test_issuer_names(phrase, issuer):
    start, end = issuer_span(phrase)
    assert phrase[start:end] == issuer


@pytest.mark.parametrize(
    "phrase",
    [
        "the statement",
        "the Texas poll",
        "the Monday statement",
        "the January report",
        "the GOP platform",
        "Lee’s memo",
        "the congressional report",
    ],
)
def test_no_issuer(phrase):
    """No name, or only a place, a day, a month or a party word; possessives are not here."""
    assert issuer_span(phrase) is None


def test_a_poll_issuer_is_a_body_no_she_stands_for():
    text = (
        "Senator Ann Voss spoke in Dover.\n\n"
        "A yearly Halden poll found her popular.\n\n"
        "“We will win,” she said.\n"
    )
    assert _speakers(text)[-1] == "Ann Voss"


def test_a_person_named_before_the_noun_is_that_person():
    text = "Tom Reed is running for mayor.\n\n“I will fix the roads,” the Reed statement said.\n"
    assert _speakers(text)[-1] == "Tom Reed"


@pytest.mark.parametrize("phrase", ["a campaign TV ad", "a Facebook video"])
def test_a_medium_is_no_issuer(phrase):
    assert issuer_span(phrase) is None
