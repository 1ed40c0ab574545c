"""A document speaks for whoever brought it up, however far back, and named beside its verb.

"Rob Keller has set up a website ... [many paragraphs] ... the website says":
with no document of its kind nearer, the one brought up as new further back is
meant, and its issuer speaks. "The paper said Lena Diaz released a statement":
the name right before the verb that brings the document up is its issuer, not
the sentence's subject (issue #21). Invented sentences.
"""

from tests.extraction_helpers import mentions_and_speakers

FILLER = (
    "The valley has lost jobs for years. The cannery shut in 2011.\n\n"
    "Young families have moved to the coast. Two schools have merged.\n\n"
    "Land is cheap. Summers are dry.\n\n"
    "The lake fills with boats in July. Visitors come for the rodeo.\n\n"
)


def test_the_website_speaks_for_who_set_it_up_paragraphs_before():
    text = (
        "Rob Keller, a car dealer in Elko, has set up a website that invites retirees "
        "to move to the valley.\n\n"
        "Keller told the county paper that dozens of people have written to him.\n\n"
        + FILLER
        + '"Nobody here will ask how you vote," the website says.\n'
    )
    assert mentions_and_speakers(text) == [("the website", "Rob Keller")]


def test_a_nearer_document_of_the_same_kind_still_wins():
    text = (
        "Rob Keller has set up a website about the valley.\n\n"
        + FILLER
        + "The county launched a website of its own on Monday.\n\n"
        + '"Taxes are low," the website says.\n'
    )
    assert mentions_and_speakers(text)[0][1] != "Rob Keller"


def test_a_document_released_by_a_named_person_is_theirs_not_the_papers():
    text = (
        "The water board spent its reserve on a new pump station.\n\n"
        "The Gazette said Lena Diaz released a short statement after its questions.\n\n"
        '"The board acted within its rules at every step," the statement said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("the statement", "Lena Diaz")
