"""Headlines that name their speaker before a colon or a topic, and headline labels."""

from quotes.extraction import extract


def _quotes(text):
    return extract(text).quotes


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
