"""A name set off after a role may say where the person is from: "Another delegate, Carl
Dunn of Dayton, Ohio, explained ..." is about Carl Dunn.

The set-off name used to need its closing comma right after it, so "of Dayton,
Ohio," hid it and the determiner "Another" was taken for the subject. Invented
sentences (issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers


def _after(subject):
    return (
        '"We need to finish this," said Jane Pratt, a delegate from Alabama.\n\n'
        f"{subject} explained the reason for his late support.\n\n"
        '"It is time to stand together," he declared.\n'
    )


def test_a_set_off_name_of_a_city_and_state_is_the_subject():
    text = _after("Another delegate, Carl Dunn of Dayton, Ohio,")
    assert mentions_and_speakers(text)[-1] == ("he", "Carl Dunn")


def test_a_set_off_name_from_a_city_is_the_subject():
    text = _after("Another delegate, Carl Dunn from Reno,")
    assert mentions_and_speakers(text)[-1] == ("he", "Carl Dunn")
