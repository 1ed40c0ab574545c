"""A definite role phrase names someone the article has already named, never someone after it.

News style introduces a person by name and then refers back with a description:
'Rosa Vidal ... "...," the party's Senate nominee said.' A person named only
later with a like title is not meant. Hyphenated heads ("the Labour
front-runner", "the 52-year-old") revisit the named person like any other
description, and a title after "vice" is another office. Invented sentences
(issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers


def test_a_role_phrase_does_not_name_a_person_introduced_after_it():
    text = (
        "At a fish fry in Macon on Saturday, Tom Pryor showed a video of Mayor Lisa Dunn.\n\n"
        '"Mayor, I can answer that one for you," the Republican vice-presidential nominee said.\n\n'
        "She had once endorsed 2008 GOP presidential nominee Walter Kemp, who skipped the fry.\n"
    )
    assert mentions_and_speakers(text) == [
        ("the Republican vice-presidential nominee", "Tom Pryor")
    ]


def test_the_front_runner_is_the_person_named_before():
    text = (
        "Greta Lind gave a long interview to a Sunday radio show.\n\n"
        'Pressed on the budget, the Labour front-runner said her rivals "cannot count."\n'
    )
    assert mentions_and_speakers(text) == [("the Labour front-runner", "Greta Lind")]


def test_an_age_used_as_a_noun_is_the_person_named_before():
    text = (
        "Oscar Melnik walked onto the stage in Tulsa on Friday.\n\n"
        '"I never thought I would run for anything," said the 52-year-old.\n'
    )
    assert mentions_and_speakers(text) == [("the 52-year-old", "Oscar Melnik")]


def test_a_vice_president_is_not_the_former_president():
    """A title after "vice", "deputy" or "lieutenant" is another office."""
    text = (
        "Vice President Ann Lee toured a factory in Erie on Monday.\n\n"
        "Carl Haynes joined the fight later that day at a union hall in Dayton.\n\n"
        '"My old party has lost its way on trade," the former president said.\n'
    )
    assert mentions_and_speakers(text) == [("the former president", "Carl Haynes")]
