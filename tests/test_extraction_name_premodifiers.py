"""A noun for a person opening a sentence before a name describes the person (issue #21).

"Billionaire Donald Trump said ..." names Donald Trump: news style puts an
occupation before a name, and it is capitalised only because it opens the
sentence. Such a word must not become part of the speaker's name, or one
person is filed under two names. Invented sentences.
"""

from quotes.extraction.names import is_same_speaker, strip_title
from tests.extraction_helpers import resolved_speakers as _speakers


def test_an_occupation_opening_the_sentence_is_no_part_of_the_speakers_name():
    text = (
        'Billionaire Donald Trump said on Friday, "The wall will be built."\n\n'
        '"We will win," Trump said.\n'
    )
    assert _speakers(text) == ["Donald Trump", "Donald Trump"]
    assert is_same_speaker("Billionaire Donald Trump", "Donald Trump")


def test_a_profession_before_a_given_name_goes_to_the_description_and_nowhere_else():
    """Only a word before a listed given name is a description; after one it is a surname,
    and before a surname alone nothing shows where the name starts."""
    text = 'Neurosurgeon Ben Carson told reporters, "I am staying in the race."\n'
    assert _speakers(text) == ["Ben Carson"]
    assert strip_title("Neurosurgeon Ben Carson") == ("Ben Carson", "Neurosurgeon")
    for name in ("Gary Player", "Martin Luther King", "Mark Cuban", "Billionaire Trump"):
        assert strip_title(name) == (name, "")
