"""A definite role phrase does not revisit someone the article gave another office.

News style revisits the newest named person with "the senator" or "the
candidate", but a mayor named just before is not "the presidential candidate":
the phrase is then the person the story is about, whose surname the article
writes most often, when one stands out. Invented sentences (issue #21).
"""

from quotes.extraction.entities.other_office import offices
from tests.extraction_helpers import mentions_and_speakers

STORY = (
    "Walter Brennick, who is running for president, promised to widen the harbor road.\n\n"
    "Brennick spoke in the port town on Friday. Brennick said the road was too narrow, "
    "and Brennick repeated it to the crowd.\n\n"
    "He asked Mayor Paula Hendry to fund the work. Hendry cut the road budget in March.\n\n"
    '"We will build it whatever it costs," the presidential candidate said.\n'
)


def test_a_candidate_is_not_the_mayor_named_just_before():
    assert mentions_and_speakers(STORY)[-1] == ("the presidential candidate", "Walter Brennick")


def test_a_title_the_newest_person_holds_still_revisits_them():
    text = STORY.replace("the presidential candidate said", "the mayor said")
    assert mentions_and_speakers(text)[-1][1] == "Paula Hendry"


def test_with_no_one_standing_out_the_newest_person_stays():
    text = (
        "Walter Brennick and Ivo Marsh, who are both running for president, debated on Friday.\n\n"
        "Brennick spoke first and Marsh answered. Then Brennick and Marsh shook hands.\n\n"
        "They asked Mayor Paula Hendry to fund the work. Hendry cut the road budget.\n\n"
        '"We will build it whatever it costs," the presidential candidate said.\n'
    )
    assert mentions_and_speakers(text)[-1][1] == "Paula Hendry"


def test_party_words_are_no_office():
    assert offices("the Republican presidential candidate") == {"candidate"}
    assert offices("the GOP senator") == {"senator"}
    assert offices("the Democratic nominee") <= {"nominee"}
