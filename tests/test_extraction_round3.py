"""Rules added in the third tuning round (speed and recall), on invented sentences."""

import gc

from quotes.extraction import extract
from quotes.extraction.layout import tokenize
from quotes.extraction.speakers import Registry


def _quotes(text):
    return extract(text).quotes


def _by_text(text):
    return {q.text: q for q in _quotes(text)}


def test_a_headline_naming_its_speaker_before_a_colon():
    """Kasich: 'We Will Win' - the name before the colon said the quoted headline."""
    text = "Kasich: ‘We Will Win This State Next Week’\n\nThe governor spoke in Ohio on Monday."
    (quote,) = _quotes(text)
    assert quote.speaker == "Kasich"
    assert quote.text == "We Will Win This State Next Week"


def test_a_headline_label_is_not_a_colon_speaker():
    """WATCH: 'X' is a kicker, not a speaker."""
    assert _quotes("WATCH: ‘We Will Win This State’\n\nThe governor spoke on Monday.") == ()


def test_quoted_words_anywhere_after_a_headline_name_and_colon_are_the_names():
    """ "Sanders: 'Of Course' She Is Qualified" - the headline paraphrases Sanders, quoting him."""
    text = "Sanders: ‘Of Course’ She Is Qualified\n\nThe senator spoke on Monday."
    (quote,) = extract(text).quotes
    assert (quote.text, quote.speaker, quote.cue) == ("Of Course", "Sanders", ":")


def test_a_possessive_in_a_named_headline_does_not_make_the_quote_a_title():
    """ "Graham: Trump's 'Incredibly Hateful Rhetoric' ..." - every headline word is capitalised."""
    text = (
        "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying the Party\n\n"
        "The senator spoke on Monday."
    )
    (quote,) = extract(text).quotes
    assert (quote.text, quote.speaker) == ("Incredibly Hateful Rhetoric", "Graham")


def test_a_sentence_may_open_with_an_inverted_said():
    """ "Said Dorothy Poynter, who grew up with him, 'We were proud.'" - she said it."""
    text = (
        "The venue was renovated. Said Dorothy Poynter, who grew up with Ali in the "
        "neighborhood, “We were all so proud of him.”\n"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.cue) == ("Dorothy Poynter", "Said")


def test_a_headline_naming_its_speaker_on_a_topic():
    """ "Gillibrand on Hillary's Speeches: 'I Think She Will.'" - Gillibrand said it."""
    text = (
        "Gillibrand on Hillary Releasing Her Speech Transcripts: ‘I Think She Will.’\n\n"
        "On Friday, Sen. Kristen Gillibrand spoke on CNN."
    )
    (quote,) = extract(text).quotes
    assert (quote.text, quote.speaker) == ("I Think She Will.", "Kristen Gillibrand")


def test_a_sentence_case_headline_with_a_speaker_label_is_a_headline():
    """ "Sanders: Endorsements prove Clinton 'candidate of the establishment'." """
    text = (
        "Sanders: Endorsements prove Clinton 'candidate of the establishment.'\n\n"
        "Hillary Clinton has 31 endorsements from governors."
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.cue) == ("Sanders", ":")
    assert extract("The Latest: Trump defends ‘New York values.’\n\nText here.").quotes == ()


def test_a_cue_word_after_a_determiner_is_a_noun():
    """ "his remarks" is no cue; the participle takes the sentence subject."""
    text = (
        "Senator Jane Doe visited the studio to discuss his recent remarks about the bill, "
        "saying it was “a disaster for farmers.”"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Jane Doe"
    assert quote.cue == "saying"


def test_a_fronted_participle_clause_is_not_the_subject():
    """ "Continuing to explain ..., Carson rejected ..., saying" - Carson, not "Continuing"."""
    text = (
        "Continuing to explain his view, Ben Carson rejected the idea, "
        "saying that “it was never settled.”"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Ben Carson"


def test_an_object_before_a_participle_is_not_the_speaker():
    """ "X issued a statement saying ..." - the statement is X's."""
    text = "The Green Coalition issued a statement saying the plan was “a betrayal of voters.”"
    (quote,) = _quotes(text)
    assert quote.speaker == "Green Coalition"


def test_a_contracted_pronoun_resolves_like_the_pronoun():
    """ "He’s warned" is "he" and resolves to the man in the previous sentence."""
    text = (
        "Senator John Smith spoke in Boston on Monday. He’s warned that the deal “will not last.”"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "John Smith"


def test_new_speech_verbs_introduce_quotes():
    """ "barked", "mocked" are speech acts."""
    quotes = _by_text(
        "“Go back to your desk,” Tom Baker barked. "
        "Later Baker mocked his rival for “having a tough night.”"
    )
    assert quotes["Go back to your desk,"].speaker == "Tom Baker"
    assert quotes["having a tough night."].speaker == "Tom Baker"


def test_a_title_after_a_possessive_is_not_a_quote():
    """NBC's 'Morning Show' names a programme."""
    text = "Mayor Ann Lee appeared on NBC’s “Morning Show” and said the plan was “a mistake.”"
    quotes = _by_text(text)
    assert "Morning Show" not in quotes
    assert quotes["a mistake."].speaker == "Ann Lee"


def test_a_name_run_across_a_sentence_end_is_two_names():
    """ "... in Benghazi. Bob Woodward said" registers Bob Woodward, not "Benghazi. Bob"."""
    registry = Registry()
    registry.scan("The attack happened in Benghazi. Bob Woodward wrote about it.", 0, 61)
    assert [e.name for e in registry.entities] == ["Bob Woodward"]


def test_tokens_keep_their_fields_and_join_abbreviations():
    text = "Mr. Smith met J. R. Doe, the U.S. envoy."
    tokens = tokenize(text, 0, len(text))
    assert [t.text for t in tokens][:6] == ["Mr.", "Smith", "met", "J.", "R.", "Doe"]
    assert "U.S." in [t.text for t in tokens]
    first = tokens[0]
    fields = (first.low, first.start, first.end, first.is_cap, first.is_quote)
    assert fields == ("mr.", 0, 3, True, False)


def test_extract_leaves_the_garbage_collector_as_it_found_it():
    assert gc.isenabled()
    extract("“Yes,” she said.")
    assert gc.isenabled()
    gc.disable()
    try:
        extract("“Yes,” she said.")
        assert not gc.isenabled()
    finally:
        gc.enable()
