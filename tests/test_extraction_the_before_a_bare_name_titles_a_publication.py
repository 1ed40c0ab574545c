""" "The Hill reported": a capital "The" before a bare name titles a publication or body.

People's names take no article, so "The Hill" or "The Blaze" quoted as a source is an
outlet, not a person called Hill or Blaze; a title after "The" ("The Rev. Al Sharpton")
still leads to the person. Invented sentences.
"""

import pytest

from quotes.extraction import extract
from quotes.extraction.entities.roles import is_titled_name


def _speaker(text: str) -> tuple[str, str]:
    quote = extract(text).quotes[-1]
    return quote.speaker, quote.speaker_kind


def test_an_outlet_named_with_the_is_an_organisation():
    text = "Senators met on Monday.\n\n“We will not back down,” The Hill reported, citing aides.\n"
    assert _speaker(text) == ("Hill", "organisation")


def test_the_outlet_stays_one_speaker_when_cited_again():
    text = (
        "“The vote is close,” The Blaze said on Monday.\n\n"
        "“It will slip to May,” The Blaze said later.\n"
    )
    quotes = extract(text).quotes
    assert {(q.speaker, q.speaker_kind) for q in quotes} == {("Blaze", "organisation")}


def test_a_titled_person_after_the_is_still_the_person():
    text = "“We march at noon,” The Rev. Al Sharpton said.\n"
    assert _speaker(text) == ("Al Sharpton", "person")


def test_a_surname_without_the_is_still_a_person():
    text = "Jane Hill spoke in Dover.\n\n“We will win,” Hill said.\n"
    assert _speaker(text) == ("Jane Hill", "person")


def test_a_plural_people_noun_after_the_stays_a_group():
    text = "“We will not leave,” The Russians said.\n"
    assert _speaker(text) == ("Russians", "unknown")


def test_a_surname_the_article_gave_a_person_stays_that_person():
    text = "Karl Rove spoke in Austin.\n\n“We lost,” The Rove said.\n"
    assert _speaker(text) == ("Karl Rove", "person")


@pytest.mark.parametrize("phrase", ["The Hill", "The Blaze"])
def test_titled_names(phrase):
    assert is_titled_name(phrase)


@pytest.mark.parametrize(
    "phrase", ["the Hill", "The Senator", "The Rev. Al Sharpton", "Hill", "The", "The hill"]
)
def test_not_titled_names(phrase):
    assert not is_titled_name(phrase)
