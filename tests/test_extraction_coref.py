"""Speakers resolved to the person or body the article names (issue #21, item 4).

Each test is one rule of news style, with invented sentences:
- a building named after someone is no person a pronoun stands for;
- an abbreviated title ("Sen.") gives the role a later description names;
- a definite description ("the justice") revisits the person just named;
- a document that speaks ("the statement said") speaks for its issuer;
- "his campaign" is the campaign of the man "his" stands for.
"""

from quotes.extraction import extract


def _speaker(text: str, opening: str) -> str | None:
    """The resolved speaker of the quote whose text starts with `opening`."""
    for quote in extract(text).quotes:
        if quote.text.lstrip("“\"'").startswith(opening):
            return quote.speaker
    raise AssertionError(f"no quote opening {opening!r}")


def test_a_building_is_no_person_a_pronoun_stands_for():
    text = (
        "Donald Trump spent the morning with donors.\n\n"
        "He later held a rally in the lobby of Trump Tower in Manhattan.\n\n"
        "Trump met reporters at Trump Tower afterwards.\n\n"
        '"We are going to win this state by a lot," he said.\n'
    )
    assert _speaker(text, "We are going to win") == "Donald Trump"


def test_an_abbreviated_title_gives_the_role_a_description_names():
    text = (
        "Ohio Sen. Walter Brennan spoke to farmers in Dayton on Monday.\n\n"
        "The crowd was small but friendly.\n\n"
        '"Our farms feed the whole country," the Ohio senator said.\n'
    )
    assert _speaker(text, "Our farms feed") == "Walter Brennan"


def test_a_definite_description_revisits_the_person_just_named():
    text = (
        "Margaret Okafor regrets her remarks about the governor.\n\n"
        '"I spoke too soon and I am sorry," Okafor said in a statement.\n\n'
        'In two interviews, the judge said she did not "want to imagine" the result.\n'
    )
    assert _speaker(text, "want to imagine") == "Margaret Okafor"


def test_a_role_that_speaks_for_another_is_not_revisited():
    text = (
        "Margaret Okafor regrets her remarks about the governor.\n\n"
        '"I spoke too soon and I am sorry," Okafor said in a statement.\n\n'
        '"She will say no more about it," the spokesman said.\n'
    )
    assert _speaker(text, "She will say no more") != "Margaret Okafor"


def test_a_document_speaks_for_whoever_issued_it():
    text = (
        "The Harbor Alliance released a statement on Tuesday about the port.\n\n"
        "Dock workers gathered outside the gates.\n\n"
        '"The port will stay open all winter," the statement said.\n'
    )
    assert _speaker(text, "The port will stay open") == "Harbor Alliance"


def test_a_name_before_the_document_is_its_issuer():
    text = (
        "A Hobbs campaign memo reached reporters late on Monday night.\n\n"
        '"We expect to win the state by five points," the memo said.\n'
    )
    assert _speaker(text, "We expect to win") == "Hobbs campaign"


def test_his_campaign_is_the_campaign_of_the_man_named():
    text = (
        "Senator Paul Hendry wants a debate in Denver on Sunday.\n\n"
        'His campaign said the other side was "hiding from voters" all month.\n'
    )
    assert _speaker(text, "hiding from voters") == "Hendry campaign"


def test_a_possessive_campaign_is_filed_under_the_name():
    text = (
        "Paul Hendry changed his position on taxes again.\n\n"
        'Hendry’s campaign said the plan was "a fair deal for workers" in every state.\n'
    )
    assert _speaker(text, "a fair deal") == "Hendry campaign"


def test_an_organisation_descriptor_is_the_body_of_that_kind_named_before():
    text = (
        "The Lakeside Daily News said on Sunday that the bridge was unsafe.\n\n"
        "Engineers have warned about the bridge for years.\n\n"
        '"The city has waited far too long to act," the newspaper wrote.\n'
    )
    assert _speaker(text, "The city has waited") == "Lakeside Daily News"


def test_an_agency_is_the_government_body_named_before():
    text = (
        "The Water Department said on Friday that it missed its deadline for the repairs.\n\n"
        '"We have not met the goal this month," said the agency, which blamed the storms.\n'
    )
    assert _speaker(text, "We have not met") == "Water Department"
