"""A topic fronted with "as for" is the pronoun that takes it up (issue #21).

"As for Ray Osgood, he said he was not worried": English fronts the topic and
resumes it at once with a pronoun, so "he" is Osgood, not whoever spoke in the
sentence before. Invented sentences.
"""

from tests.extraction_helpers import resolved_speakers as _speakers


def test_the_pronoun_after_a_fronted_topic_is_the_topic():
    text = (
        "Gov. Carl Benning attacked the budget on Monday.\n\n"
        '"The numbers are a fantasy," Benning said.\n\n'
        'As for Ray Osgood, he said he was not worried. "I have the votes," he said.\n'
    )
    assert _speakers(text) == ["Carl Benning", "Ray Osgood", "Ray Osgood"]
    # a pronoun of the other gender does not take up the topic
    assert _speakers(text.replace("Ray Osgood", "Mary Osgood"))[1] == "Carl Benning"
