"""Content words: the normalisation every comparison relies on."""

from quotes.matching import content_words
from quotes.matching.text import stem


def test_it_maps_inflections_of_one_word_to_the_same_key():
    """weapons/weaponry, taken/take/took, importance/important must meet."""
    assert stem("weapons") == stem("weaponry") == stem("weapon")
    assert stem("taken") == stem("take") == stem("took") == stem("taking")
    assert stem("importance") == stem("important")
    assert stem("agreement") == stem("agreed") == stem("agrees")


def test_it_folds_british_and_american_spellings():
    """Outlets spell defence/defense and criticised/criticized differently."""
    assert content_words("air-defence system") == content_words("air defense systems")
    assert content_words("criticised") == content_words("criticized")


def test_it_drops_stopwords_and_curly_apostrophe_contractions():
    """“we’ve” and “that’s” carry no claim; the words around them do."""
    assert content_words("steps we’ve taken") == content_words("steps we have taken")
    assert content_words("that’s a done deal") == content_words("that's a done deal")


def test_it_keeps_weapon_codes_whole_and_splits_other_hyphenated_words():
    """S-400 and S-400s are one code; high-tech is two words like "high tech"."""
    assert content_words("the S-400s") == content_words("S-400") == ["s400"]
    assert content_words("high-tech") == content_words("high tech")


def test_it_keeps_negation_as_one_token():
    """No, not, never and n’t all become "not" so a reversed claim is visible."""
    assert content_words("we don’t know") == ["not", "know"]
    assert content_words("nobody will interfere")[0] == "not"


def test_it_reads_us_as_the_country_when_written_with_dots():
    """ "U.S." is a country, "us" a pronoun."""
    assert content_words("U.S. objections")[0] == "usa"
    assert content_words("ask us") == ["ask"]
