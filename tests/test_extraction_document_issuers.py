"""A document that speaks speaks for whoever issued it (issue #21).

"The suit says" is the lawsuit brought up before, filed by someone named
("a lawsuit filed by ... Dana Whitlock"), however many sentences ago, and not
the statement a spokesman issued since; "a new ad from Forward Ohio Action
Fund" is the fund's; "the editors of The Beacon, who ran their editorial" names the
editorial's issuer; a statement nobody is said to issue, right after a named
body spoke, is that body's; a letter brought up with no sender names nobody;
the narrator of an ad speaks for whoever runs it.
Invented sentences.
"""

from tests.extraction_helpers import resolved_speakers as _speakers


def test_the_suit_is_the_lawsuit_filed_by_the_person_named_long_before():
    text = (
        "A lawsuit filed by a former aide named Dana Whitlock accuses the senator's office "
        "of firing her unfairly.\n\n"
        "Whitlock worked for the office for six years.\n\n"
        "She was let go in March.\n\n"
        "The office has not hired anyone since.\n\n"
        'Office spokesman Ray Kemper said in a statement that the claims were "baseless."\n\n'
        "Kemper has worked for the senator since 2010.\n\n"
        '"The firing was an act of revenge," the suit says.\n'
    )
    assert _speakers(text)[-1] == "Dana Whitlock"


def test_an_ad_from_a_named_fund_is_the_fund_s():
    text = (
        "Voters will see a new television ad from Forward Ohio Action Fund this week.\n\n"
        "The spot runs for sixty seconds.\n\n"
        'The ad says the governor "cannot be trusted with your money."\n'
    )
    assert _speakers(text) == ["Forward Ohio Action Fund"]


def test_their_editorial_is_the_editorial_of_the_outlet_just_named():
    text = (
        "The mayor stayed away, which did not sit well with the editors of The Beacon, "
        "who aimed their Sunday editorial at him.\n\n"
        '"A mayor who hides from a flood is no mayor at all," the editorial read.\n'
    )
    assert _speakers(text) == ["Beacon"]


def test_a_statement_right_after_a_named_body_spoke_is_that_body_s():
    text = (
        "Reporters saw the anchor walk into the tower on Monday.\n\n"
        "Channel Nine News confirmed that the anchor met the candidate.\n\n"
        '"The meeting was about a television special," the statement read.\n'
    )
    assert _speakers(text)[-1] == "Channel Nine News"
    # a letter brought up with no sender names nobody, though a body reports on it
    text = (
        "The candidate's son received a threatening letter on Thursday.\n\n"
        "Channel Nine News reports that the letter was mailed from Boston.\n\n"
        "The letter warned that harm would come to the family.\n"
    )
    assert _speakers(text) == ["Channel Nine News", "letter"]


def test_the_narrator_of_an_ad_speaks_for_whoever_runs_the_ad():
    text = (
        "Senator Dana Ruiz will unveil her second ad of the race on Monday.\n\n"
        "Her rival, Tom Beck, has spent twice as much on television.\n\n"
        'The narrator says that in "Dana Ruiz\'s Texas, every family gets a fair shot."\n'
    )
    assert _speakers(text) == ["Dana Ruiz"]
