"""A "he" or "she" that nothing before can stand for is the person the story is about.

An abstract or a section may open with "she has said" before any name; the
reader knows whom the story is on. The pronoun then stands for the person of
its gender the article names most often, when that person is named in full, at
least three times and more than twice as often as anyone else of that gender;
otherwise it stays unresolved. Invented sentences (issue #21).
"""

from quotes.extraction.entities.registry import Entity
from quotes.extraction.entities.story_subject import story_subject
from tests.extraction_helpers import mentions_and_speakers

OPENING = (
    "What matters most is that the winner will not overpromise. "
    '"We do not need more of that," she has said.\n\n'
)
STORY = (
    "Gloria Tamsett won the race for mayor on Tuesday. Mayor Gloria Tamsett ran on repairs "
    "to the harbour. Gloria Tamsett thanked her volunteers and promised a budget by June.\n"
)


def test_a_pronoun_with_no_antecedent_is_the_story_subject():
    assert mentions_and_speakers(OPENING + STORY)[0] == ("she", "Gloria Tamsett")


def test_two_women_named_as_often_leave_it_unresolved():
    rival = "Rosa Delgado lost. Rosa Delgado ran on schools. Rosa Delgado thanked her team.\n"
    assert mentions_and_speakers(OPENING + STORY + rival)[0] == ("she", None)


def _people(*counts):
    return [
        (count, place, Entity(name, "person", gender=gender))
        for place, (name, gender, count) in enumerate(counts)
    ]


def test_the_story_subject_must_stand_out():
    people = _people(("Ann Lee", "f", 6), ("Mary Cole", "f", 2), ("Tom Ross", "m", 2))
    assert story_subject(people, "f").name == "Ann Lee"
    assert story_subject(people, "m") is None  # named twice: not the story
    assert story_subject(_people(("Ann Lee", "f", 4), ("Mary Cole", "f", 3)), "f") is None
