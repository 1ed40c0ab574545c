""" "Chief of Staff" is a title, so the name after it is the person's (issue #21).

A title holding "of" ends on a word that must itself be a title word, or the
name swallows it ("Staff Dana Price") and a later "Price" or "she" cannot find
her. Invented sentences.
"""

import pytest

from quotes.extraction import strip_title
from tests.extraction_helpers import resolved_speakers as _speakers


@pytest.mark.parametrize(
    "mention", ["Chief of Staff Dana Price", "White House Chief of Staff Dana Price"]
)
def test_the_name_after_chief_of_staff(mention):
    assert strip_title(mention)[0] == "Dana Price"


def test_a_surname_later_is_the_chief_of_staff():
    text = (
        "On Monday, White House Chief of Staff Dana Price met the governors.\n\n"
        "“It went well,” Price said.\n"
    )
    assert _speakers(text)[-1] == "Dana Price"
