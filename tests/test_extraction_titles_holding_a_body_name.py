"""A title that holds the name of a body ("City Council Speaker", "Board Chairman") is a
person's title when a given name and surname follow it.

The body word made the whole run look like an organisation, so the person was never
registered and a later bare surname ("Ruiz declined ...") became a stranger whom no
pronoun could take up. Invented sentences (issue #21).
"""

from quotes.extraction.entities.name_runs import person_phrase
from tests.extraction_helpers import mentions_and_speakers


def test_a_council_speaker_is_a_person_with_a_title():
    assert person_phrase("City Council Speaker Nora Ruiz") == ("Nora Ruiz", "City Council Speaker")


def test_a_body_alone_is_still_no_person():
    assert person_phrase("Fox News Channel") is None
    assert person_phrase("Federal Reserve Bank") is None


def test_a_capitalised_rank_stays_in_the_title():
    # "Navy SEAL Ty Woods": no person "SEAL Ty Woods" is made of the rank
    assert person_phrase("Navy SEAL Ty Woods") is None


def test_her_bare_surname_later_is_the_subject_a_pronoun_takes_up():
    text = (
        "Council Speaker Nora Ruiz took to the steps of City Hall on Monday.\n\n"
        '"We will march on Friday," said the organizer Rosa Fuentes.\n\n'
        "Ruiz, who is term limited, took no more questions.\n\n"
        '"Thank you all very much," she said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("she", "Nora Ruiz")
