"""A common given name tells whether "he" or "she" may stand for the person.

News style gives a person's full name once and the surname after, so the given
name is what tells a pronoun's gender: "she" after "Philippe Garnier" is not
him. The lexicon lists common given names that are borne by men or by women,
leaving out names borne by both, names that are also words or places, and
given names that are common surnames. Invented sentences (issue #21).
"""

from quotes.extraction.entities.roles import gender_of
from tests.extraction_helpers import mentions_and_speakers


def test_common_given_names_have_a_gender():
    assert gender_of("Philippe Garnier", "") == "m"
    assert gender_of("Jeffery Holm", "") == "m"
    assert gender_of("Gloria Tamsett", "") == "f"
    assert gender_of("Caroline Webb", "") == "f"


def test_names_of_either_sex_or_words_stay_unknown():
    assert gender_of("Leslie Tamsett", "") == ""
    assert gender_of("Jordan Webb", "") == ""
    assert gender_of("Grace Holm", "") == ""


def test_she_skips_a_man_known_by_his_given_name():
    text = (
        'Gloria Tamsett, a retired nurse, wrote to the council in March. "We asked twice," '
        "Tamsett said.\n\n"
        "Philippe Garnier, who chairs the council, answered her letter in April. "
        '"Nobody answered us," she said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("she", "Gloria Tamsett")


def test_he_skips_a_woman_known_by_her_given_name():
    text = (
        'Jeffery Holm, the author of a book on rumours, spoke first. "Rumours travel," '
        "Holm said.\n\n"
        "Caroline Webb, his co-author, nodded at that. "
        '"Facts travel slower," he said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Jeffery Holm")
