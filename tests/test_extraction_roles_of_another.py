"""A phrase for people tied to a named person is not that person (issue #21).

"a spokesman for Hillary Clinton", "an aide to Sanders", "Supporters of
Sanders": the speaker is the spokesman, the aide or the supporters, whom the
phrase leaves unnamed. Filing their words under Clinton or Sanders credits the
wrong person. The name inside the phrase still tells who is in the story.
Invented sentences.
"""

from quotes.extraction.names import strip_title, trailing_name
from tests.extraction_helpers import resolved_speakers as _speakers


def test_supporters_of_a_named_person_are_not_that_person():
    text = (
        "Bernie Sanders spoke in Des Moines on Monday.\n\n"
        'Supporters of Sanders said in a letter that "the race is not over."\n\n'
        '"We will be there in July," Sanders said.\n'
    )
    assert _speakers(text) == ["Supporters of Sanders", "Bernie Sanders"]


def test_a_role_of_another_names_nobody_but_keeps_the_name_it_holds():
    phrase = "spokesman for Democratic presidential candidate Hillary Clinton"
    assert strip_title(phrase) == ("", phrase)
    assert trailing_name(phrase) == (
        "Hillary Clinton",
        "spokesman for Democratic presidential candidate",
    )
    # in apposition the name after the comma is the aide's own
    assert strip_title("an aide to Sanders, Jeff Weaver") == ("Jeff Weaver", "an aide to Sanders")
