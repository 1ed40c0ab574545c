"""A body named in full and then by its name alone is one speaker (issue #17).

News style names "the Treasury Department" once and goes on with "Treasury
says ..." or headlines "Treasury calls ...": the clipped name is the same body,
credited to the full name so that two outlets' quotes of it meet under one
speaker. Invented sentences.
"""

from quotes.extraction.names import clipped_name
from tests.extraction_helpers import resolved_speakers as _speakers


def test_a_body_s_name_without_its_head_is_its_clipped_form():
    assert clipped_name("Treasury Department") == ("treasury",)
    assert clipped_name("Harbour Committee") == ("harbour",)
    assert clipped_name("the Green Party") == ("green",)
    assert clipped_name("Treasury Board") == ()  # not a head it drops
    assert clipped_name("Department") == ()  # nothing left to name the body
    assert clipped_name("Pell Harbour Committee") == ("pell", "harbour")  # never "Pell" alone


def test_the_clipped_name_speaks_for_the_body_its_article_named_in_full():
    text = (
        "The Treasury Department said on Monday that the loans were \u201cfully secured.\u201d\n\n"
        "Treasury now says the loans were \u201ca calculated risk.\u201d\n"
    )
    assert _speakers(text) == ["Treasury Department", "Treasury Department"]


def test_a_clipped_name_alone_stays_as_written():
    text = "Treasury now says the loans were \u201ca calculated risk.\u201d\n"
    assert _speakers(text) == ["Treasury"]
