"""A definite role phrase names the person the article means by it.

"the 51-year-old", "the senator", "the Democratic nominee" take up the person the
story is about: who opens the sentences before them, even when a role and a
possessive come first ("The governor's wife Nora Valdez"), a day opens the
sentence without a comma ("On Thursday evening Ann Lee ..."), a photo credit
line sits in between, or a holder of the title was last named long before.
A capitalised common noun opening a sentence ("Cost estimates, he added") is
nobody "he" stands for. Invented sentences (issue #21).
"""

from quotes.extraction.text.boilerplate import find_boilerplate
from quotes.extraction.text.lines import CAPTION, classify_lines
from tests.extraction_helpers import mentions_and_speakers


def test_a_name_after_a_possessive_role_is_the_sentence_subject():
    text = (
        "Party opens its convention.\n\n"
        "\u201cOrder on the floor matters,\u201d House Speaker Carl Brandt told the delegates.\n\n"
        "The governor\u2019s elegant wife Nora Valdez brought some calm to the first night.\n\n"
        "\u201cMy husband is a fighter,\u201d said the 51-year-old.\n"
    )
    assert mentions_and_speakers(text)[-1] == ("the 51-year-old", "Nora Valdez")


def test_a_name_right_after_a_role_noun_is_the_subject():
    text = (
        "Rally in Dover.\n\n"
        "\u201cWe need better roads,\u201d Mayor Paul Tran said on Friday.\n\n"
        "The retired surgeon Ben Carlow drew the largest crowd of the day.\n\n"
        "\u201cWe will win this state,\u201d he said.\n"
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Ben Carlow")


def test_the_role_of_someone_named_by_a_possessive_is_not_revisited():
    text = (
        "Party opens its convention.\n\n"
        "\u201cOrder on the floor matters,\u201d House Speaker Carl Brandt told the delegates.\n\n"
        "The governor\u2019s wife welcomed the guests.\n\n"
        "\u201cWe are glad you came,\u201d the governor\u2019s wife said.\n"
    )
    assert mentions_and_speakers(text)[-1] == ("the governor\u2019s wife", "governor\u2019s wife")


def test_a_photo_credit_line_is_a_caption():
    text = "Comic on the mayor.\n\nPellow posted the clip.\n\nMaria Delgado via Getty Images.\n"
    kinds = [line.kind for line in classify_lines(text, find_boilerplate(text))]
    assert kinds[-1] == CAPTION


def test_a_photo_credit_names_nobody_a_role_phrase_stands_for():
    text = (
        "Comic takes on the mayor.\n\n"
        "British actor Tom Pellow wanted to know, so he recorded himself reading the speech.\n\n"
        "Pellow, who has starred in two sitcoms, posted the clip online on Friday.\n\n"
        "Maria Delgado via Getty Images.\n\n"
        "\u201cWhat if the mayor took acting lessons?\u201d the 38-year-old asked in the "
        "description.\n"
    )
    assert mentions_and_speakers(text)[-1] == ("the 38-year-old", "Tom Pellow")


def test_a_capitalised_common_noun_opening_a_sentence_is_not_a_he():
    text = (
        "Plan for the base is vague.\n\n"
        "\u201cWe are bound by law,\u201d press secretary Paul Ennis said Tuesday. Cost "
        "estimates, he added, were \u201cbased on a model facility.\u201d\n\n"
        "Officials did not say what it would cost.\n"
    )
    assert mentions_and_speakers(text)[-1] == ("he", "Paul Ennis")


def test_a_title_holder_named_long_before_yields_to_the_person_the_story_is_on():
    text = (
        "Critics gather.\n\n"
        "Sen. Hal Dorsey (Ariz.) once damaged his standing when he equivocated about a flag.\n\n"
        "Many analysts say things change.\n\nThe rivals keep trying.\n\nThe ads run daily.\n\n"
        "More ads are planned.\n\nDonors are wary.\n\nThe polls shift.\n\nThe race is close.\n\n"
        "Voters wait.\n\n"
        "Ray Colton defends his record in a commercial running on Iowa TV: \u201cI fought the "
        "plan,\u201d the senator says to the camera.\n"
    )
    assert mentions_and_speakers(text)[-1] == ("the senator", "Ray Colton")


def test_a_title_holder_named_just_before_keeps_the_role_phrase():
    text = (
        "Critics gather.\n\n"
        "Sen. Hal Dorsey (Ariz.) spoke first.\n\n"
        "Ray Colton defends his record in a commercial running on Iowa TV: \u201cI fought the "
        "plan,\u201d the senator says to the camera.\n"
    )
    assert mentions_and_speakers(text)[-1] == ("the senator", "Hal Dorsey")


def test_a_weekday_opening_a_sentence_without_a_comma_is_not_its_subject():
    text = (
        "Nominee speaks.\n\n"
        "On Thursday evening Ann Lee accepted the nomination as the Green nominee, calling "
        "her chief rival, Tom Dale, a man unfit for office.\n\n"
        "\u201cA man you can bait with a tweet is not fit to lead,\u201d said the Green nominee.\n"
    )
    assert mentions_and_speakers(text)[-1] == ("the Green nominee", "Ann Lee")


def test_a_title_before_a_bare_surname_gives_that_person_the_role():
    text = (
        "Mayor speaks.\n\n"
        "In 2013, she set out a plan on gun checks: President Hanley later adopted a "
        "similar approach.\n\n"
        "She canceled a joint rally with Hanley slated for Wednesday in Green Bay, Wis., "
        "citing the attack.\n\n"
        "Speaking to reporters at the White House on Sunday, the president framed the "
        "shooting as a test.\n\n"
        'He called on Americans not to "give in to fear."\n'
    )
    assert mentions_and_speakers(text)[-1] == ("He", "Hanley")


def test_the_former_holder_of_a_title_is_not_its_current_holder():
    text = (
        "Rally in Brooklyn.\n\n"
        "Allies say the governor has worked with President Hanley for years.\n\n"
        "Tom Brandt got in on the game, bashing his rival at a rally on Monday. "
        "\u201cHe is running harder against me than against anyone,\u201d the former "
        "president said.\n"
    )
    assert mentions_and_speakers(text)[-1] == ("the former president", "Tom Brandt")


def test_a_counterpart_title_before_the_head_noun_is_no_title():
    text = (
        "Money pours in.\n\n"
        "Allies say the group has worked with President Hanley for years.\n\n"
        '"We are gearing up," said Scott Rand, the Chamber\u2019s chief political '
        'strategist, who added that his group would focus on "local races."\n'
    )
    assert mentions_and_speakers(text)[-1][1] != "Hanley"  # "chief" here is no leading title
