"""Words and marks that introduce a quotation: speech verbs, "according to", a colon."""

from quotes.extraction import extract


def _extracted(text):
    return extract(text).quotes


def _by_text(text):
    return {q.text: q for q in _extracted(text)}


def test_new_speech_verbs_introduce_quotes():
    """ "barked", "mocked" are speech acts."""
    quotes = _by_text(
        "“Go back to your desk,” Tom Baker barked. "
        "Later Baker mocked his rival for “having a tough night.”"
    )
    assert quotes["Go back to your desk,"].speaker == "Tom Baker"
    assert quotes["having a tough night."].speaker == "Tom Baker"


def test_according_to_at_the_start_of_a_sentence_is_a_cue():
    """ "According to X, ... 'Y'" attributes the quoted words to X."""
    text = "According to Hollis, the bill is now “dead on arrival” in the Senate.\n"
    (quote,) = extract(text).quotes
    assert quote.speaker == "Hollis"


def test_a_colon_attribution_introduces_the_next_paragraph():
    """ "He said:" at the end of a paragraph attributes the quotation that follows."""
    text = (
        "Senator Dana Hollis spoke to reporters in Ohio on Monday.\n\n"
        "She said:\n\n"
        "“We are going to keep fighting for these workers until the plant reopens.”\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Dana Hollis"
    assert quote.speaker_mention.text == "She"
