"""Name normalisation and same-speaker decisions used across articles."""

import pytest

from quotes.extraction import extract
from quotes.extraction.entities.registry import Registry
from quotes.extraction.names import is_same_speaker, name_tokens, normalise_alias, strip_title


def test_normalise_alias_ignores_case_accents_and_dots():
    """“U.S.” and “US”, “Çavuşoğlu” and “cavusoglu” share a key."""
    assert normalise_alias("U.S.") == normalise_alias("US") == "us"
    assert normalise_alias("Mevlüt Çavuşoğlu") == "mevlut cavusoglu"


def test_name_tokens_drop_a_leading_article():
    """“The Kremlin” has the single token kremlin."""
    assert name_tokens("The Kremlin") == ("kremlin",)


@pytest.mark.parametrize(
    "other",
    ["Erdogan", "Recep Tayyip Erdogan", "Turkish President Recep Tayyip Erdogan"],
)
def test_forms_of_one_name_are_the_same_speaker(other):
    """Surname, full name and titled name all denote Tayyip Erdogan."""
    assert is_same_speaker("Tayyip Erdogan", other)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Donald Trump", "Ivanka Trump"), ("Hillary Clinton", "Bill Clinton")],
)
def test_conflicting_given_names_are_never_the_same_speaker(a, b):
    """Relatives sharing a surname stay apart."""
    assert not is_same_speaker(a, b)


def test_organisation_names_match_on_their_ending():
    """“State Department” is the “U.S. State Department”, not the “Defense Department”."""
    assert is_same_speaker("State Department", "The U.S. State Department")
    assert not is_same_speaker("State Department", "Defense Department")


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        (
            "Turkish Foreign Minister Mevlut Cavusoglu",
            ("Mevlut Cavusoglu", "Turkish Foreign Minister"),
        ),
        ("Secretary of State Mike Pompeo", ("Mike Pompeo", "Secretary of State")),
        ("State Department spokesperson Ned Price", ("Ned Price", "State Department spokesperson")),
        ("President Bashar al-Assad", ("Bashar al-Assad", "President")),
        ("Erdogan", ("Erdogan", "")),
    ],
)
def test_strip_title_splits_name_and_description(mention, expected):
    """Titles, roles and nationalities go to the description."""
    assert strip_title(mention) == expected


def test_a_word_opening_a_sentence_is_not_part_of_the_name_after_it():
    """ "While Dana Whitfield spoke, ..." names Dana Whitfield, not "While Dana Whitfield"."""
    text = (
        "While Dana Whitfield spoke, the crowd left the hall.\n\n"
        "“We won this case,” Whitfield said.\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Dana Whitfield"


def test_a_capitalised_sentence_opener_is_no_part_of_the_name_after_it():
    """ "Although Weiner said ...", "Interestingly Blocher said": one Anthony Weiner, and
    Blocher; "the U.S. While Clinton has ..." is no person called "While Clinton"."""
    text = (
        "Anthony Weiner spoke to reporters on Monday.\n\n"
        "Although Weiner apologised, he said, “I will not resign.”\n\n"
        "Interestingly Blocher said, “The case is closed.”\n\n"
        "Says Trump: “We will build the wall.”\n\n"
        "Trump called to ban Muslims from entering the U.S. While Clinton condemned the "
        "proposal, she said, “We will not be divided.”\n"
    )
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers == ["Anthony Weiner", "Blocher", "Trump", "Clinton"]


def test_an_unlisted_given_name_ending_in_a_is_a_woman_he_does_not_stand_for():
    """ "Gabriela Violeta Lazar" is not "he"; "Joshua Green" still is."""
    text = (
        "Gabriela Violeta Lazar spoke to reporters outside the court.\n\n"
        "“He did a good job,” he said.\n\n"
        "Joshua Green spoke to reporters on Monday.\n\n"
        "“We will appeal,” he said.\n"
    )
    assert [q.speaker for q in extract(text).quotes] == [None, "Joshua Green"]


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("CNN’s Tara Setmayer", "Tara Setmayer"),
        ("Representative Peter T. King", "Peter T. King"),
        ("Maricopa County Recorder Helen Purcell", "Helen Purcell"),
        ("Chicago Alderman Jason C. Ervin", "Jason C. Ervin"),
        ("Saudi King Salman", "Salman"),
        ("Army Capt. Christian Pardo", "Christian Pardo"),
    ],
)
def test_owners_titles_and_surnames_like_titles_split_the_right_way(mention, name):
    """An owner or an office before a name describes it; "King" ending a name is a surname."""
    assert strip_title(mention)[0] == name


def test_a_title_case_headline_is_no_name_however_many_capitals_it_has():
    """ "The National Review Crowd Does Not Like Donald Trump" is no person Trump merges into."""
    text = (
        "The Latest: Debate night in New Hampshire\n\n"
        "February 6, 2016 9:33PM The National Review Crowd Does Not Like Donald Trump\n"
        "Donald Trump spoke in Manchester on Saturday.\n\n"
        "“We will win New Hampshire,” Trump said.\n"
    )
    assert [q.speaker for q in extract(text).quotes] == ["Donald Trump"]


def test_a_time_mark_and_a_headline_verb_split_a_capitalised_run():
    """ "9:33 PM Donald Trump Calls Out Ted Cruz" in a live blog holds two names, no more."""
    text = (
        "The debate went on late into the night.\n\n"
        "9:33 PM Donald Trump Calls Out Ted Cruz\n\n"
        "“He is a liar,” Trump said.\n"
    )
    assert [q.speaker for q in extract(text).quotes] == ["Donald Trump"]


def test_a_plural_possessive_ends_the_name_it_belongs_to():
    """ "Bernie Sanders’ Jewish faith" names Bernie Sanders, not "Sanders Jewish"."""
    text = (
        "Leaked emails questioned Bernie Sanders’ Jewish faith.\n\n"
        "“I ask you as a courtesy not to protest,” Sanders said.\n"
    )
    assert [q.speaker for q in extract(text).quotes] == ["Bernie Sanders"]


def test_he_never_stands_for_a_plural_phrase_about_people():
    """ "what his parents told him: '...'" then "he says '...'" - he is Perez, not the parents."""
    text = (
        "Labor Secretary Tom Perez spoke on Monday. He said he often thinks of what his "
        "parents told him: “Help the poor.” Asked what might surprise people, he says "
        "“I still meet my buddies from eighth grade.”"
    )
    last = extract(text).quotes[-1]
    assert (last.cue, last.speaker) == ("says", "Tom Perez")


def test_a_party_or_nation_in_the_plural_is_a_group_not_a_person():
    """ "Republicans said ..." - members of a party are no one person."""
    (quote,) = extract("Republicans said the bill was “a disgrace to the chamber.”").quotes
    assert (quote.speaker, quote.speaker_kind) == ("Republicans", "unknown")


def test_a_demonym_after_a_given_name_is_a_surname():
    """ "Mark Cuban" is a man "he" stands for; "Turkish President X" keeps its title."""
    text = (
        "Mark Cuban, the owner of the Dallas Mavericks, says he is open to running.\n\n"
        "“There are so many variables,” he said.\n\n"
        "Turkish President Recep Tayyip Erdogan said “we are done.”"
    )
    quotes = extract(text).quotes
    assert [(q.speaker, q.speaker_kind) for q in quotes[1:]] == [
        ("Mark Cuban", "person"),
        ("Recep Tayyip Erdogan", "person"),
    ]


def test_a_capitalised_word_before_a_full_name_does_not_become_part_of_it():
    """ "The Inside Story of the Real Donald Trump" leaves the speaker "Donald Trump"."""
    text = (
        "Donald Trump spoke on Monday. An aide published “The Inside Story of the Real Donald "
        "Trump.” “We will win,” Trump said."
    )
    assert extract(text).quotes[-1].speaker == "Donald Trump"


def test_a_name_run_across_a_sentence_end_is_two_names():
    """ "... in Benghazi. Bob Woodward said" registers Bob Woodward, not "Benghazi. Bob"."""
    registry = Registry()
    registry.scan_outside(
        "The attack happened in Benghazi. Bob Woodward wrote about it.", [], 0, 61
    )
    assert [e.name for e in registry.entities] == ["Bob Woodward"]
