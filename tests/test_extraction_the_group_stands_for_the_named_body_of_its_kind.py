""" "... the Prairie Birding Foundation. ..., the group says": the foundation speaks.

"The group", "the foundation", "the association" and "the coalition" call a named
body of people by what it is, as "the company" calls a firm: the newest name before
the phrase that ends in a word of that kind is the body meant. Invented sentences.
"""

from quotes.extraction import extract


def _speaker(text: str) -> str | None:
    return extract(text).quotes[-1].speaker


def test_the_group_is_the_foundation_named_before():
    text = (
        "Fewer Birders Take to the Field.\n\n"
        "There are about two million fewer birders than a decade ago, according to the Prairie"
        " Birding Foundation. “Our members are getting older,” the group said.\n"
    )
    assert _speaker(text) == "Prairie Birding Foundation"


def test_the_foundation_is_the_foundation_named_before():
    text = (
        "Fewer Birders Take to the Field.\n\n"
        "The Prairie Birding Foundation counted fewer birders this year. “We have never seen"
        " numbers this low,” the foundation said.\n"
    )
    assert _speaker(text) == "Prairie Birding Foundation"


def test_the_organization_is_a_group_named_before():
    text = (
        "Auction Pulled.\n\n"
        "The Harbor Collectors Group said on Thursday that it had pulled the listing. “The sale"
        " is not in our interest,” the organization said.\n"
    )
    assert _speaker(text) == "Harbor Collectors Group"


def test_a_person_is_not_the_group():
    text = (
        "Rally Held.\n\n"
        "Dana Whitfield spoke first at the rally. “We are not going anywhere,” the group said.\n"
    )
    assert _speaker(text) != "Dana Whitfield"
