"""A "he" or "she" stands for a person, never for a place, a body or a stray capitalised run.

Every capitalised run is registered as a possible speaker; a pronoun of person
refuses one that news style never uses for a person when nothing shows it is one
(no given name, no gendered or role title): a run opened by a function word, a
possessive, a place, a body such as a watchdog site. "it" and "they" may still
stand for a body. Invented sentences.
"""

from quotes.extraction import extract


def _speaker(text: str, opening: str) -> str | None:
    """The resolved speaker of the quote whose text starts with `opening`."""
    for quote in extract(text).quotes:
        if quote.text.lstrip("“\"'").startswith(opening):
            return quote.speaker
    raise AssertionError(f"no quote opening {opening!r}")


def test_a_run_opened_by_a_function_word_is_no_person():
    text = (
        "Dale Ormond spoke to the crowd in Dayton on Monday.\n\n"
        "More Voters than expected came to hear him.\n\n"
        '"We will fix the roads this year," he said.\n'
    )
    assert _speaker(text, "We will fix the roads") == "Dale Ormond"


def test_a_possessive_run_is_no_person():
    text = (
        "Tobin Marsh spoke for fifteen hours on Tuesday.\n\n"
        "Marsh’s floor speech ended at dawn.\n\n"
        '"We will not stop until the vote," he said.\n'
    )
    assert _speaker(text, "We will not stop") == "Tobin Marsh"


def test_a_state_is_no_person():
    text = (
        "Tobin Marsh conceded the race in a phone call on Tuesday.\n\n"
        "The Kansas delegation said it would back the winner.\n\n"
        '"We ran a clean race," he said.\n'
    )
    assert _speaker(text, "We ran a clean race") == "Tobin Marsh"


def test_a_watchdog_site_is_no_person():
    text = (
        "Tobin Marsh attacked the new film on his weekly radio show.\n\n"
        "Civic Freedom Watch first reported the remarks.\n\n"
        '"We will not stop until the vote," he said.\n'
    )
    assert _speaker(text, "We will not stop") == "Tobin Marsh"


def test_a_person_without_a_known_given_name_is_kept():
    text = (
        "Tobin Marsh toured the border on Tuesday.\n\n"
        "Marsh spoke to ranchers near the river.\n\n"
        '"We will not stop until the vote," he said.\n'
    )
    assert _speaker(text, "We will not stop") == "Tobin Marsh"


def test_a_body_is_still_what_it_stands_for():
    text = (
        "Tobin Marsh conceded the race in a phone call on Tuesday.\n\n"
        "The Dayton Herald endorsed the winner on Sunday.\n\n"
        '"The voters chose well," it said in an editorial.\n'
    )
    assert _speaker(text, "The voters chose well") == "Dayton Herald"
