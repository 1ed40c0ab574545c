""" "The letter, written by Kenneth Roe, ..." and "read the statement, which was attributed
to Mell": a document speaks for the writer the sentence names after it.

News style often gives a document's writer after the document, set off by a comma or
in a relative clause; a later "the letter said", or the quotation the statement itself
reads, is the writer's. Invented sentences.
"""

from quotes.extraction import extract


def _speaker(text: str) -> str | None:
    return extract(text).quotes[-1].speaker


def test_a_statement_attributed_to_its_writer_in_a_relative_clause():
    text = (
        "Campaign Responds.\n\n"
        "Aides worked late on Monday. Jason Mell, a spokesman, and Paul Roth drafted the reply.\n\n"
        "“We stand by every word,” read the statement, which was attributed to Mell.\n"
    )
    assert _speaker(text) == "Jason Mell"


def test_a_letter_whose_writer_is_set_off_by_commas_speaks_later():
    text = (
        "University Pushes Back.\n\n"
        "The university sent a letter to the paper on Monday. The letter, written by Kenneth"
        " Roe, a dean, was six pages long.\n\n"
        "“The articles are inaccurate,” the letter said.\n"
    )
    assert _speaker(text) == "Kenneth Roe"


def test_the_one_a_letter_went_to_is_not_its_writer():
    text = (
        "University Pushes Back.\n\n"
        "A letter reached the desk of Kenneth Roe on Monday. The letter, sent to Roe by the"
        " board, was six pages long.\n\n"
        "“The articles are inaccurate,” the letter said.\n"
    )
    assert _speaker(text) != "Kenneth Roe"
