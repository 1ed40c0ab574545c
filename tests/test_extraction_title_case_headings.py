"""In a heading written in Title Case, a capitalised function word ends a name (issue #21).

"Nora Vance On Why Small Towns Feel Forgotten" opens a list item: every word is
capitalised, so the name is only "Nora Vance", and a "she" in the text under it
is Nora Vance, not "Small Towns Feel Forgotten". Invented sentences.
"""

from tests.extraction_helpers import resolved_speakers as _speakers


def test_a_pronoun_under_a_title_case_heading_is_the_person_the_heading_names():
    text = (
        "Ten things people said this year.\n\n"
        "1\n\n"
        "Nora Vance On Why Small Towns Feel Forgotten.\n\n"
        "In a long talk about her new film, the director spoke about rural life. "
        '"Nobody in the capital ever drives out to see us," she said.\n'
    )
    assert _speakers(text) == ["Nora Vance"]
