""" "Martha Quill, the county party chairwoman, said": the apposition is Quill herself.

A role phrase set off by commas right after a name describes the name; when the
subject search settles on it, it must stand for the named person, so a later "she"
or "he" is filed under the name and not under "county party chairwoman". Invented
sentences.
"""

from quotes.extraction import extract


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract(text).quotes]


def test_a_definite_apposition_is_the_name_a_pronoun_takes_up():
    text = (
        "Budget Fight Heats Up.\n\n"
        "After the meeting of county officials ended in chaos on Monday, Martha Quill, the county"
        " party chairwoman, said she had received threats against her family.\n\n"
        "“The other side helped stir up everything that happened,” she said.\n"
    )
    assert set(_speakers(text)) == {"Martha Quill"}


def test_an_indefinite_apposition_is_the_name_too():
    text = (
        "Critics Push Back.\n\n"
        "In a long email, Dov Brenner, a former newspaperman, defended his role as a critic of"
        " all the candidates. “I was hired to bring my expertise to this,” he said.\n"
    )
    assert _speakers(text)[-1] == "Dov Brenner"


def test_a_role_after_a_fronted_place_is_no_apposition():
    text = (
        "Storm Passes.\n\n"
        "Tom Vail toured the coast.\n\n"
        "In Ohio, the governor, a Democrat, praised the crews. “They worked all night,” he said.\n"
    )
    assert _speakers(text)[-1] == "Tom Vail"


def test_a_role_not_closed_by_a_comma_is_left_alone():
    text = (
        "Vote Delayed.\n\n"
        "Asked about Hale, the senator said the vote would wait. “We need more time,” he said.\n"
    )
    assert "Hale" not in _speakers(text)
