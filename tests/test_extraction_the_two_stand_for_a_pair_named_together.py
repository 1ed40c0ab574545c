"""A definite description of two people stands for the pair named together before it.

News style names two people joined by "and" and then quotes them as one: "the
two wrote", "both said", and a plural of the title both hold ("the chairmen").
The pair speaks as one group, named "A and B". Not a plural of people who speak
for another or stay unnamed ("the two officials"), nor a plural title only one
of the pair holds; any other plural ("the campaigners") only for a pair named
just before, about a sentence back. Invented sentences (issue #21).
"""

from quotes.extraction.entities.named_pairs import NEARBY, pair_description
from tests.extraction_helpers import mentions_and_speakers


def test_the_two_are_the_pair_named_together_before():
    text = (
        "On Tuesday, Senator Marta Quill and Representative Owen Harlow sent a letter "
        "to the transit board, asking it to delay the fare increase.\n\n"
        "The board has not answered. Its chairman is away until next month.\n\n"
        '"Riders deserve a hearing before any increase," the two wrote.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("the two", "Marta Quill and Owen Harlow")


def test_a_surname_alone_before_and_joins_the_pair():
    text = (
        "Representative Owen Harlow spoke first at the hearing.\n\n"
        "Later, Harlow and Transport Committee Chairman Felipe Arce (D-Ohio) sent a letter "
        "to the board.\n\n"
        '"The board owes riders an answer," the two lawmakers wrote.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("the two lawmakers", "Owen Harlow and Felipe Arce")


def test_a_plural_title_is_the_pair_who_both_hold_it():
    text = (
        "Finance Committee Chairman Ruth Okonjo and Budget Committee Chairman Victor Lamb "
        "asked the auditor to look into the contract.\n\n"
        "The auditor, Denise Farrow, said she would read the request.\n\n"
        '"The contract was signed without a bid," the committee chairmen wrote.\n'
    )
    assert mentions_and_speakers(text)[-1] == (
        "the committee chairmen",
        "Ruth Okonjo and Victor Lamb",
    )


def test_which_phrases_describe_a_pair():
    assert pair_description("the two") == ""
    assert pair_description("both") == ""
    assert pair_description("the two lawmakers") == ""
    assert pair_description("the chairmen") == "chairman"
    assert pair_description("the two officials") is None  # unnamed, whoever is named before
    assert pair_description("the two men's lawyer") is None
    assert pair_description("the senator") is None  # one person: not a pair


def test_no_pair_named_together_leaves_the_two_unnamed():
    text = (
        "Marta Quill spoke at the rally on Monday. Owen Harlow spoke on Tuesday.\n\n"
        '"We will keep the buses running," the two said.\n'
    )
    speaker = mentions_and_speakers(text)[-1][1]
    assert speaker is None or " and " not in speaker


def test_another_plural_takes_up_a_pair_named_just_before():
    text = (
        "Greta Solberg, who directs a housing charity, and Tomas Vidal, a retired judge, "
        "praised the plan on Monday.\n\n"
        '"The plan keeps families in their homes," the veteran campaigners wrote.\n'
    )
    assert mentions_and_speakers(text)[-1] == (
        "the veteran campaigners",
        "Greta Solberg and Tomas Vidal",
    )


def test_another_plural_does_not_reach_a_pair_named_long_before():
    text = (
        "Greta Solberg, who directs a housing charity, and Tomas Vidal, a retired judge, "
        "praised the plan on Monday.\n\n"
        "The plan would move money from road repair into rent support for the next five "
        "years, and the council will vote on it in the spring after a long public hearing. "
        "Several hundred people are expected at the hearing, which will be held in the old "
        "library on the main square because the council chamber is being repaired.\n\n"
        '"The plan keeps families in their homes," the veteran campaigners wrote.\n'
    )
    assert " and " not in (mentions_and_speakers(text)[-1][1] or "")


def test_crowds_and_things_are_not_a_pair():
    assert pair_description("the protesters") != NEARBY
    assert pair_description("the crowds") is None
    assert pair_description("the veteran campaigners") == NEARBY
