"""A document brought up in the passive speaks for whoever it was sent from or filed by:
"an email was sent from the club's director, Carl Dunn, ... The email said" is Dunn's.

The issuer after "by" or "from" used to be looked for only right after the
participle ("an email sent from"), and never past a role set off by a comma, so
the outlet that reported the email was taken for its writer. Invented sentences
(issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers


def test_an_email_sent_from_a_named_director_is_the_directors():
    text = (
        "The club closed on Thursday. According to The Herald, an email was sent from the "
        "club's executive director, Carl Dunn, to the members. The email said, "
        '"We are going to wind down the club."\n'
    )
    assert mentions_and_speakers(text)[-1] == ("The email", "Carl Dunn")


def test_a_suit_that_has_been_filed_by_someone_is_theirs():
    text = (
        "A lawsuit has been filed by Ann Voss against the county. "
        '"The county ignored the law for years," the lawsuit says.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("the lawsuit", "Ann Voss")


def test_a_letter_mailed_from_a_city_names_nobody():
    text = (
        "The candidate's son received a threatening letter on Thursday. The letter was "
        'mailed from Dayton. "Harm will come to the family," the letter warned.\n'
    )
    assert mentions_and_speakers(text)[-1] == ("the letter", "letter")
