"""A speaker inside a "whether" clause is not what the sentence is about.

"Voss declined to say whether she would back the plan Lang had announced": Lang
announced something inside the reported question, and the next "she" is still
Voss. Invented sentences (issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers


def test_a_speaker_in_a_whether_clause_is_not_the_next_pronoun():
    text = (
        "Senator Ann Voss spoke at the state fair on Monday.\n\n"
        '"We will win this," said the organizer Rosa Fuentes.\n\n'
        "Voss declined a question about whether she would lead the new office "
        "Lang had announced earlier.\n\n"
        '"Any other question? Thank you very much," she said.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("she", "Ann Voss")
