"""A role phrase set off with a name names that person: "his sister, Ann, said".

News style often gives a relative or aide by a first name in an apposition and
the full name elsewhere; a later "she" is that person, not the role phrase
(issue #21). A one-word apposition counts only when it is a listed given name
after a noun for a person, so "the town, Dover," stays a place. A role phrase
led by an article may hold a preposition ("The head of the union, Ann Lee,"):
there it qualifies the role, where opening a sentence it fronts a clause.
Invented sentences.
"""

from tests.extraction_helpers import mentions_and_speakers


def test_a_given_name_set_off_after_his_sister_is_who_she_is():
    text = (
        "Senator Tom Radley toured a shipyard in Maine on Monday. "
        "Later his sister, Mary, talked to reporters outside the gate.\n\n"
        '"He has wanted this job since he was ten," she said.\n\n'
        "Mary Radley runs a bakery in Portland.\n"
    )
    assert mentions_and_speakers(text) == [("she", "Mary Radley")]


def test_a_place_set_off_after_a_thing_is_no_given_name():
    text = (
        "Mayor Ann Kerr of Dover spoke on Monday. The town, Dover, is small.\n\n"
        '"We will rebuild the bridge," she said.\n'
    )
    assert mentions_and_speakers(text) == [("she", "Ann Kerr")]


def test_a_name_set_off_after_the_head_of_a_union_is_the_subject():
    text = (
        "Governor Ben Adler said he would sign the bill on Friday.\n\n"
        "The head of the Dairy Farmers Union, Ruth Okafor, said the bill would hurt "
        'small herds. She called it "a gift to the big processors."\n'
    )
    assert mentions_and_speakers(text)[-1] == ("She", "Ruth Okafor")
