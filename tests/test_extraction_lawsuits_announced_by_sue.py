"""A lawsuit the verb "sue" announced ("The Green Party will sue the state ... the
lawsuit says") speaks for whoever sues, when no lawsuit was brought up as a noun.

The issuer search looked only for a document noun ("a lawsuit filed by ..."), so a
suit announced by the verb named nobody. Invented sentences (issue #21).
"""

from tests.extraction_helpers import mentions_and_speakers


def test_the_lawsuit_after_will_sue_is_the_suers():
    text = (
        "The Green Party will sue the state of Ohio over voter access to the polls.\n\n"
        "The lawsuit, which will be filed on Friday, focuses on Lake County. The county's "
        '"alarmingly inadequate number of voting centers resulted in severe burdens on '
        'voters," the lawsuit says.\n'
    )
    assert mentions_and_speakers(text) == [("the lawsuit", "Green Party")]


def test_a_statement_is_not_announced_by_sue():
    text = (
        "The Green Party will sue the state of Ohio over voter access to the polls.\n\n"
        '"We regret the delay," the statement says.\n'
    )
    assert mentions_and_speakers(text)[0][1] != "Green Party"
