"""A document issued "by the Voss campaign" speaks for the campaign, not for Voss.

The issuer after "by" or "from" stopped at the last capitalised word, so the
campaign's statement was filed under the candidate. Invented sentences (issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers


def test_a_statement_issued_by_a_campaign_is_the_campaigns():
    text = (
        "Senator Ann Voss lost the primary on Tuesday. A separate statement issued by the "
        "Voss campaign late Tuesday made no mention of the race. Instead, the statement "
        'talked about giving voters the right to "determine who they want as president."\n'
    )
    assert mentions_and_speakers(text) == [("the statement", "Voss campaign")]


def test_a_statement_issued_by_the_candidate_is_still_the_candidates():
    text = (
        "Senator Ann Voss lost the primary on Tuesday. A statement issued by Voss late "
        "Tuesday made no mention of the race. Instead, the statement said voters must "
        '"decide for themselves."\n'
    )
    assert mentions_and_speakers(text) == [("the statement", "Ann Voss")]
