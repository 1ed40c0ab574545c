"""A noun for a person between a capitalised word and a name leads on to the name (issue #21).

"Conservative icon Mae Lindqvist, who died Monday, used her final column ...":
news style calls people "icon", "great", "star" or "tycoon" before their name
as it does "strategist" or "pollster", so the sentence's subject is Mae
Lindqvist, and a "she" after it is her, not a capitalised title named later.
Invented sentences.
"""

from tests.extraction_helpers import resolved_speakers as _speakers


def test_an_icon_before_a_name_leaves_the_name_as_the_subject_a_pronoun_takes_up():
    text = (
        "Conservative icon Mae Lindqvist, who died Monday at 90, used her final column "
        "to praise the senator.\n\n"
        '"He reminds me of the best years of this party," she wrote.\n\n'
        "Her book The Patient Case sold a million copies.\n"
    )
    assert _speakers(text) == ["Mae Lindqvist"]


def test_the_tycoon_revisits_the_tycoon_named_before():
    text = (
        "Casino tycoon Harlan Voss gave ten million dollars to the party last year.\n\n"
        '"I will give more if they listen," the tycoon said.\n'
    )
    assert _speakers(text) == ["Harlan Voss"]


def test_a_sports_great_before_a_name_is_the_subject_a_pronoun_takes_up():
    text = (
        "Kel Ambrose said he is looking forward to the final.\n\n"
        "Tennis great Irma Dahlberg remembered the coach as kind. "
        '"He always believed in me," she said.\n'
    )
    assert _speakers(text)[-1] == "Irma Dahlberg"
