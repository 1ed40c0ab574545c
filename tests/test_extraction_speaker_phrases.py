"""Which phrase of a sentence is the speaker: subjects, inverted cues, participles, pronouns."""

from quotes.extraction import extract
from tests.extraction_helpers import quote_triples as _quotes


def _extracted(text):
    return extract(text).quotes


def test_a_sentence_may_open_with_an_inverted_said():
    """ "Said Dorothy Poynter, who grew up with him, 'We were proud.'" - she said it."""
    text = (
        "The venue was renovated. Said Dorothy Poynter, who grew up with Ali in the "
        "neighborhood, “We were all so proud of him.”\n"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.cue) == ("Dorothy Poynter", "Said")


def test_a_cue_word_after_a_determiner_is_a_noun():
    """ "his remarks" is no cue; the participle takes the sentence subject."""
    text = (
        "Senator Jane Doe visited the studio to discuss his recent remarks about the bill, "
        "saying it was “a disaster for farmers.”"
    )
    (quote,) = _extracted(text)
    assert quote.speaker == "Jane Doe"
    assert quote.cue == "saying"


def test_a_fronted_participle_clause_is_not_the_subject():
    """ "Continuing to explain ..., Carson rejected ..., saying" - Carson, not "Continuing"."""
    text = (
        "Continuing to explain his view, Ben Carson rejected the idea, "
        "saying that “it was never settled.”"
    )
    (quote,) = _extracted(text)
    assert quote.speaker == "Ben Carson"


def test_an_object_before_a_participle_is_not_the_speaker():
    """ "X issued a statement saying ..." - the statement is X's."""
    text = "The Green Coalition issued a statement saying the plan was “a betrayal of voters.”"
    (quote,) = _extracted(text)
    assert quote.speaker == "Green Coalition"


def test_a_contracted_pronoun_resolves_like_the_pronoun():
    """ "He’s warned" is "he" and resolves to the man in the previous sentence."""
    text = (
        "Senator John Smith spoke in Boston on Monday. He’s warned that the deal “will not last.”"
    )
    (quote,) = _extracted(text)
    assert quote.speaker == "John Smith"


def test_a_determiner_led_common_noun_is_a_speaker():
    """ "the organizer told them" names a speaker even though "organizer" is no title."""
    text = (
        "Volunteers met in a church hall on Sunday.\n\n"
        "“You will be the best messengers,” the organizer told them. "
        "“We want those personal stories.”\n"
    )
    found = _quotes(text)
    assert [q[0][:12] for q in found] == ["You will be ", "We want thos"]
    assert all(q[2] == "the organizer" for q in found)


def test_a_participle_after_a_comma_belongs_to_the_main_subject():
    """In "X praised Y, calling him a 'Z'", X is the speaker, not Y."""
    text = "Governor Tom Reyes praised Mayor Ann Lowry on Friday, calling her a “real partner.”\n"
    (quote,) = extract(text).quotes
    assert quote.speaker == "Tom Reyes"


def test_a_sentence_opening_adverb_is_never_a_speaker():
    """ "However, he ..., calling him a 'nice guy'" gives the pronoun, not "However"."""
    text = (
        "Dana Hollis attacked her rivals in Ohio.\n\n"
        "However, she spared Tom Reyes, calling him a “decent man” before leaving.\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "she"
    assert quote.speaker == "Dana Hollis"
