"""Quoted words that are no reported speech: titles, markup, words nobody said."""

from quotes.extraction import extract


def _extracted(text):
    return extract(text).quotes


def _by_text(text):
    return {q.text: q for q in _extracted(text)}


def test_a_title_after_a_possessive_is_not_a_quote():
    """NBC's 'Morning Show' names a programme."""
    text = "Mayor Ann Lee appeared on NBC’s “Morning Show” and said the plan was “a mistake.”"
    quotes = _by_text(text)
    assert "Morning Show" not in quotes
    assert quotes["a mistake."].speaker == "Ann Lee"


def test_marks_inside_markup_are_not_quotation_marks():
    """Attribute values of embedded markup (<tweet author="...">) never open a quote."""
    text = (
        "Reyes answered online.\n\n"
        '<tweet id="1" author="@reyes" datetime="2016-03-01">We will win this state</tweet>.\n\n'
        "“We will win,” Reyes said.\n"
    )
    assert [q.text for q in extract(text).quotes] == ["We will win,"]


def test_a_quotation_nobody_said_is_not_reported():
    """A long quotation with no cue and no earlier speaker is a sign or a block quote."""
    text = (
        "The banner over the stage was hard to miss.\n\n"
        "“Working families first, always and everywhere, in every single town.”\n"
    )
    assert extract(text).quotes == ()
