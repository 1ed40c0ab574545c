"""Speech nouns with a possessor introduce quotations: "her remark that '...'".

Sentences written for these tests in wire style.
"""

from quotes.extraction import extract
from tests.extraction_helpers import quote_triples as _found


def test_a_possessive_pronoun_and_a_remark_before_a_quotation_name_the_speaker():
    """ "... over her remark that '...'" - the remark is Albright's, found through "her"."""
    text = (
        "Former Secretary of State Madeleine Albright drew criticism this year over her "
        "remark that “there is a special place in hell for women who don’t help each other.”"
    )
    assert _found(text) == [
        (
            "there is a special place in hell for women who don’t help each other.",
            "Madeleine Albright",
            "her",
        )
    ]


def test_a_name_in_the_possessive_and_a_response_with_a_colon_name_the_speaker():
    """ "Clinton's response was: '...'" - Clinton answered."""
    text = (
        "Hillary Clinton received the email in December.\n\n"
        "Clinton’s response was: “Is the sergeant from Ohio or Wisconsin?”\n"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.speaker_mention.text, quote.cue) == (
        "Hillary Clinton",
        "Clinton",
        "response",
    )


def test_a_speech_noun_inside_a_reported_clause_is_not_the_speaker():
    """ "The town issued a statement saying Trump's comments '...'" - the town says it."""
    text = (
        "Donald Trump spoke about the town on Monday.\n\n"
        "The town issued a statement saying Trump’s comments “are based on opinion, not facts.”\n"
    )
    assert all(q.speaker != "Donald Trump" for q in extract(text).quotes)


def test_a_speech_noun_with_nobody_owning_it_names_no_speaker():
    """ "The claim that '...' was false" - nobody is said to have claimed it."""
    text = "The claim that “thousands of people cheered in New Jersey” was false.\n"
    assert extract(text).quotes == ()


def test_a_role_phrase_in_the_possessive_owns_the_speech_noun():
    """ "The Florida senator's answer was that '...'" - the senator answered."""
    text = (
        "The Florida senator’s answer was that “the most important institution in society "
        "is the family,” so government should help families.\n"
    )
    (found,) = _found(text)
    assert found[2] == "The Florida senator"


def test_a_proposition_is_its_possessors_words():
    """ "It starts with Mr. VandeHei's admittedly provocative proposition that '...'" """
    text = (
        "Jim VandeHei met me on Monday. It starts with Mr. VandeHei’s admittedly "
        "provocative proposition that “journalists are killing journalism.”"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.cue) == ("Jim VandeHei", "proposition")
