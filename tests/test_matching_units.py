"""Units: the sentences and clauses of a quote that are matched."""

from quotes.matching import enclosing_sentence, split_units

ERDOGAN = (
    "If we sign a deal on an issue, that’s a done deal. "
    "This is our sovereign right, no one can ask us to back down.’’"
)


def test_it_splits_a_quote_asserting_two_claims_into_sentences_and_clauses():
    """“that’s a done deal” and “This is our sovereign right” each become a unit."""
    texts = [u.text for u in split_units(ERDOGAN)]
    assert texts == [
        "If we sign a deal on an issue",
        "that’s a done deal.",
        "This is our sovereign right",
        "no one can ask us to back down.",
    ]


def test_unit_offsets_point_back_into_the_quote_text():
    """The database stores offsets; slicing the quote must give the unit text."""
    assert all(ERDOGAN[u.start : u.end] == u.text for u in split_units(ERDOGAN))


def test_it_keeps_a_clause_without_two_content_words_with_its_neighbour():
    """“this is our decision” cannot be matched alone, so it stays in its sentence."""
    units = split_units("This is our sovereign right, this is our decision.")
    assert [u.text for u in units] == ["This is our sovereign right, this is our decision."]


def test_it_does_not_split_a_list_at_its_commas():
    """A comma before a non-clause word ("from which country") is not a boundary."""
    text = (
        "nobody will be able to interfere in terms of what kind of defense systems we "
        "acquire, from which country, at what level."
    )
    assert len(split_units(text)) == 1


def test_it_does_not_end_a_sentence_at_an_abbreviation():
    """ "U.S. Vice President" and "Mr. Smith" do not end sentences."""
    units = split_units("The U.S. Vice President met Mr. Smith today. Both agreed on a plan.")
    assert [u.text for u in units] == [
        "The U.S. Vice President met Mr. Smith today.",
        "Both agreed on a plan.",
    ]


def test_a_quote_without_content_words_has_no_units():
    """Nothing to match means nothing to index."""
    assert split_units("“It is what it is,”") == []


def test_it_finds_the_sentence_around_a_clause():
    """Canonical text shows a clause within its sentence."""
    clause = split_units(ERDOGAN)[1]
    assert enclosing_sentence(ERDOGAN, clause).text == (
        "If we sign a deal on an issue, that’s a done deal."
    )
