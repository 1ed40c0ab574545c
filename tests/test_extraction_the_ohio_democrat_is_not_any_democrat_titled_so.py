""" "Speaker Dana Holt says ... Democrat Tom Vail's remarks. ..., the Ohio Democrat said":
the place-and-party phrase revisits Holt, not Vail, whom a title calls a Democrat but
not one from Ohio.

A person titled with the party word alone is some Democrat; "the Ohio Democrat" takes
the titled person only when a title gave the place too ("Ohio Sen. Tom Vail"), and is
otherwise left to revisit the person named before, as "the senator" is. Invented
sentences.
"""

from quotes.extraction import extract


def _speaker(text: str) -> str | None:
    return extract(text).quotes[-1].speaker


def test_a_party_title_without_the_place_is_not_the_phrase():
    text = (
        "Holt Weighs In.\n\n"
        "Speaker Dana Holt says the whole state is watching and that he can understand how"
        " voters would be rattled by Democrat Tom Vail's remarks.\n\n"
        "In an interview on Thursday, the Ohio Democrat criticized the governor. “We need a"
        " budget,” he said.\n"
    )
    assert _speaker(text) == "Dana Holt"


def test_a_title_with_the_place_still_finds_its_holder():
    text = (
        "Vail Weighs In.\n\n"
        "Ohio Democrat Tom Vail toured the plant on Monday.\n\n"
        "Speaker Dana Holt spoke to reporters on Tuesday.\n\n"
        "“We need a budget,” the Ohio Democrat said.\n"
    )
    assert _speaker(text) == "Tom Vail"
