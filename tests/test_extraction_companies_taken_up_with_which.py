"""A name taken up with ", which" ("employers such as Acmeco, which opposed the bill")
is a body, so a later "the company" may be it.

"The company" looked only for a name that says it is a company, set beside the
noun or holding a word of that kind; a one-word company name was missed. English
takes up a person with ", who", never ", which". Invented sentences (issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers


def test_the_company_after_a_name_taken_up_with_which_is_that_name():
    text = (
        "The bill drew attention from local employers such as Acmeco, which opposed it. "
        '"We call on other businesses to join us in speaking out," the company tweeted.\n'
    )
    assert mentions_and_speakers(text) == [("the company", "Acmeco")]


def test_a_person_taken_up_with_who_is_not_the_company():
    text = (
        "The bill drew attention from Ann Voss, who opposed it. "
        '"We call on other businesses to join us in speaking out," the company tweeted.\n'
    )
    assert mentions_and_speakers(text)[0][1] != "Ann Voss"
