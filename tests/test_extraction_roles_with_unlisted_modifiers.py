"""A role noun after a determiner and words no list holds is one phrase: "the minority
leader said" is the phrase "the minority leader", which revisits the person named before.

Read from the role noun back only over listed words, the mention was "leader" alone,
with no article, so it named nobody and was never taken for the senator just named.
Invented sentences (issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers

_BEFORE = "Senator Tom Greer would not say whether he would rather face Governor Dale Marsh. "


def test_the_minority_leader_after_the_quote_is_the_senator():
    text = _BEFORE + '"I do not think it matters," the minority leader said.\n'
    assert mentions_and_speakers(text) == [("the minority leader", "Tom Greer")]


def test_the_minority_leader_before_a_colon_is_the_senator():
    text = _BEFORE + 'The minority leader said flatly: "I do not think it matters."\n'
    assert mentions_and_speakers(text) == [("The minority leader", "Tom Greer")]


def test_a_role_noun_with_no_determiner_stays_as_it_was():
    text = _BEFORE + '"I do not think it matters," said party leader Ann Ruiz.\n'
    assert mentions_and_speakers(text)[0][1] == "Ann Ruiz"
