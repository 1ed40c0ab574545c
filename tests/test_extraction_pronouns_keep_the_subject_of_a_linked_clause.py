"""A pronoun subject keeps the named subject of the clause its own is joined to (issue #21).

"Reyes was talking about the port when he told reporters ...": English joins the
two clauses with "when" (or "though", "after", ...) and keeps their subject, so
"he" is Reyes, not whoever was named last before the sentence, nor a possessor
inside it ("Dover's port"). Invented sentences.
"""

import pytest

from tests.extraction_helpers import resolved_speakers as _speakers

BEFORE = "Mayor Tom Ross opened the new port on Monday, according to Carl Benning.\n\n"
TRAILING = (
    "During a radio interview, Alan Reyes was talking about Dover’s port when he told "
    "listeners, “The harbor is too small for the new ships.”\n"
)
FRONTED = "Though Alan Reyes would not name a rival, he said, “The harbor is too small.”\n"


@pytest.mark.parametrize("sentence", [TRAILING, FRONTED], ids=["when", "though"])
def test_the_pronoun_is_the_subject_of_the_linked_clause(sentence):
    assert _speakers(BEFORE + sentence)[-1] == "Alan Reyes"


def test_the_subject_must_fit_the_pronoun():
    """ "she" does not take up a man: the sentence before decides, as without the rule."""
    opening = "Gov. Mary Benning toured the port on Monday.\n\n"
    sentence = FRONTED.replace("Alan", "Robert").replace(" he ", " she ")
    assert _speakers(opening + sentence)[-1] == "Mary Benning"


def test_a_clause_joined_by_and_starts_afresh():
    """ "..., and when he ..." opens a new clause: this rule carries no subject over."""
    sentence = "Alan Reyes spoke first, and when he sat down, Ross said, “We will build it.”\n"
    assert _speakers(BEFORE + sentence)[-1] == "Tom Ross"
