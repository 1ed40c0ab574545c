"""The claims the seeds must produce: every group that should be linked, with its relations.

Read from the five articles (file prefix, a stretch of the quote, relation to
the claim's first appearance). Any other public link would be a false link
between different statements.
"""

import pytest

from quotes.choices import PUBLIC_STATUSES
from quotes.models import Claim

EXPECTED = {
    "done deal: Erdogan in 2019, echoed by Cavusoglu (and his government) in 2021": {
        ("000", "that’s a done deal", "original"),
        ("002", "done deal", "echo"),
        ("002", "a done deal", "echo"),
        ("002", "repeated that Turkey had bought them and this is a done deal", "echo"),
    },
    "sovereign right: one Moscow line, reported by Bloomberg and RFE/RL": {
        ("000", "This is our sovereign right, no one can ask us to back down", "original"),
        ("001", "This is our sovereign right, this is our decision.", "same_utterance"),
    },
    "Putin on joint production of weapons, reported twice": {
        ("000", "joint development and joint production of high-tech weaponry", "original"),
        ("001", "the joint development and production of high-tech weapons", "same_utterance"),
    },
    "Putin on other promising projects, reported twice": {
        ("000", "promising projects", "original"),
        ("001", "There are other promising projects on the agenda", "same_utterance"),
    },
    "Pence's warning, reported twice": {
        (
            "000",
            "or risk the security of that partnership by making reckless decisions",
            "original",
        ),
        (
            "001",
            "risk the security of that partnership by making such reckless decisions",
            "same_utterance",
        ),
    },
    "Erdogan on the importance of Syria steps, 2019 and again in 2020": {
        ("000", "steps we’ve taken and will take in Syria are of great importance", "original"),
        ("004", "steps we take together regarding Syria carry great importance", "repetition"),
    },
}


def _claims_as_read() -> list[set]:
    groups = []
    for claim in Claim.objects.prefetch_related("links__quote__source"):
        links = [link for link in claim.links.all() if link.status in PUBLIC_STATUSES]
        if links:
            groups.append(
                {
                    (lk.quote.source.origin.rsplit("/", 1)[-1][:3], lk.quote.text, lk.relation)
                    for lk in links
                }
            )
    return groups


def _matches(expected: set, actual: set) -> bool:
    """Each expected entry names exactly one actual link by file, a stretch of text and relation."""
    if len(expected) != len(actual):
        return False
    return all(
        any(f == af and snippet in text and rel == arel for af, text, arel in actual)
        for f, snippet, rel in expected
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_repeated_statement_of_the_seeds_is_one_claim_with_the_right_relations(seeded, name):
    """The group comes out as one claim, each quote related to the first appearance as expected."""
    groups = _claims_as_read()
    assert any(_matches(EXPECTED[name], group) for group in groups), (name, groups)


def test_the_seeds_make_no_other_public_claim(seeded):
    """No link joins two different statements: every public claim is one of the expected groups."""
    groups = _claims_as_read()
    unexpected = [g for g in groups if not any(_matches(e, g) for e in EXPECTED.values())]
    assert unexpected == []
    assert len(groups) == len(EXPECTED)
