""" "The company", "the newspaper", "the website" speak for the body the article named (issue #21).

News style names a body once and then calls it by what it is: "Pell worked at
Northgate Freight Systems ... The company confirmed", "a notice on the website
CarTrader.com ... the company wrote", "the editors of The Beacon ... the
newspaper said". A pronoun that takes the body up ("It added") is the same
body. Invented sentences.
"""

from tests.extraction_helpers import resolved_speakers as _speakers


def test_the_company_is_the_body_named_with_a_company_word_before():
    text = (
        "Tom Pell worked as a sales director at Northgate Freight Systems in Ohio.\n\n"
        'The company said he was "a loyal colleague for twenty years."\n'
    )
    assert _speakers(text) == ["Northgate Freight Systems"]
    # a place is no company: with nothing else named the phrase stays as written
    assert _speakers(text.replace("Northgate Freight Systems", "Springfield")) == ["company"]


def test_the_company_is_the_website_named_beside_its_noun_and_it_is_the_same_body():
    text = (
        "A notice went up on the website CarTrader.com on Friday morning.\n\n"
        '"Nobody at CarTrader.com ever spoke to the seller," the company wrote.\n\n'
        'It added, "We want nothing to do with this sale."\n'
    )
    assert _speakers(text) == ["CarTrader.com", "CarTrader.com"]


def test_the_newspaper_is_the_outlet_whose_name_opens_with_the():
    text = (
        "The mayor skipped the flood hearing, which angered the editors of The Beacon.\n\n"
        "The newspaper said the mayor had let the town down.\n\n"
        '"A mayor who hides from a flood is no mayor at all," the newspaper wrote.\n\n'
        '"He should resign," it added.\n'
    )
    assert _speakers(text) == ["Beacon", "Beacon", "Beacon"]


def test_the_magazine_is_the_name_written_before_the_word_magazine():
    text = (
        "The Hollands sent a pie recipe to Home Table magazine for its yearly contest.\n\n"
        "The magazine said the winning pie had picked the governor three times in a row.\n"
    )
    assert _speakers(text) == ["Home Table"]


def test_letters_before_a_noun_stand_for_the_body_whose_initials_they_are():
    text = (
        "For once the Clean Rivers Alliance movement and the mayor agree: the CRA group "
        'says the plant must "close before summer."\n'
    )
    assert _speakers(text) == ["Clean Rivers Alliance"]
