"""A relative "who" after a name and its apposition stands for the name (issue #21).

"said Tom Reed, the council's chief strategist, who added ...": the apposition only
describes Reed, and the relative clause goes on about him, so the quote it brings
is filed under Reed, not under the unnamed role. Invented sentences.
"""

from quotes.extraction.entities.relative_after_apposition import appositive_name
from quotes.extraction.phrases.noun_phrases import make_mention
from quotes.extraction.text.layout import tokenize
from tests.extraction_helpers import resolved_speakers as _speakers

SENTENCE = (
    "“We are ready for the vote,” said Tom Reed, the council’s chief strategist, who added "
    "that his group would focus on “roads and schools.”\n"
)


def test_who_after_an_apposition_is_the_name_before_it():
    assert _speakers(SENTENCE) == ["Tom Reed", "Tom Reed"]


def _antecedent(text: str, phrase: str):
    tokens = tokenize(text, 0, len(text))
    words = [t.text for t in tokens]
    first = words.index(phrase.split()[0])
    named = appositive_name(tokens, make_mention(tokens, first, first + len(phrase.split()) - 1))
    return None if named is None else text[named.start : named.end]


def test_a_name_after_a_preposition_is_no_antecedent():
    """ "In Dover, the mayor, who ...": Dover is where, not who."""
    assert _antecedent("Later Ann Lee, the mayor, who", "mayor") == "Ann Lee"
    assert _antecedent("In Dover, the mayor, who", "mayor") is None
