"""A document someone owns speaks for its owner: "one of her ads", "his letter" (issue #21).

The possessive names whose words they are, as "his campaign" names whose campaign;
the quote is filed under the person the pronoun stands for. Invented sentences.
"""

import pytest

from quotes.extraction.entities.owned_documents import owner_pronoun
from tests.extraction_helpers import resolved_speakers as _speakers

OPENING = "Judge Mary Benning ran against Tom Ross for the court seat.\n\n"


def test_one_of_her_ads_is_filed_under_her():
    text = OPENING + "Benning attacked Ross, with one of her ads asking, “Who pays the judge?”\n"
    assert _speakers(text)[-1] == "Mary Benning"


@pytest.mark.parametrize(
    ("phrase", "pronoun"),
    [("one of her ads", "she"), ("his letter", "he"), ("his new mailers", "he")],
)
def test_owned_documents(phrase, pronoun):
    assert owner_pronoun(phrase) == pronoun


@pytest.mark.parametrize("phrase", ["her campaign", "his aide", "the ad", "their statement"])
def test_not_an_owned_document(phrase):
    """A body, a person, an unowned document or a plural owner: other rules decide."""
    assert owner_pronoun(phrase) is None
