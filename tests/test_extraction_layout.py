"""Tokens of the text stage (quotes/extraction/text/layout.py)."""

from quotes.extraction.text.layout import tokenize


def test_tokens_keep_their_fields_and_join_abbreviations():
    text = "Mr. Smith met J. R. Doe, the U.S. envoy."
    tokens = tokenize(text, 0, len(text))
    assert [t.text for t in tokens][:6] == ["Mr.", "Smith", "met", "J.", "R.", "Doe"]
    assert "U.S." in [t.text for t in tokens]
    first = tokens[0]
    fields = (first.low, first.start, first.end, first.is_cap, first.is_quote)
    assert fields == ("mr.", 0, 3, True, False)
