"""A pronoun after a role phrase that revisits a named person stands for that person.

In 'Senator Tom Radley ... "...," the senator said. "...," he added.' the role
phrase is Tom Radley again, and so is "he". While "the senator" is being
resolved the sentence's subject (the same phrase) has no answer yet; that
half-made answer must not be what a later pronoun finds (issue #21).
Invented sentences.
"""

from tests.extraction_helpers import mentions_and_speakers


def test_a_pronoun_after_a_revisiting_role_phrase_is_the_named_person():
    text = (
        "Senator Tom Radley of Ohio toured a steel mill on Friday.\n\n"
        'The workers cheered when he arrived. "This plant will stay open," the senator said.\n\n'
        '"Nobody here will lose a job," he added.\n'
    )
    assert mentions_and_speakers(text) == [("the senator", "Tom Radley"), ("he", "Tom Radley")]
