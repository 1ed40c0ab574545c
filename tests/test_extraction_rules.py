"""The attribution rules as a table: each one named, and named on the quotes it attributes.

One invented example per rule: the rule that attributes it is recorded on the
quote (`ExtractedQuote.rule`), so a curator sees why a speaker was chosen.
"""

import pytest

from quotes.extraction import extract
from quotes.extraction.attribution.rules import (
    CONTINUATION,
    GRADED,
    REPORTED_BEFORE,
    REPORTED_CLAUSE,
    RULES,
)
from quotes.extraction.text.lines import BODY, CAPTION, HEADLINE

EXAMPLES = {
    "chant": (
        "Senator John Smith spoke. The crowd broke into chants of “Lock her up!”",
        "Lock her up!",
        "crowd",
    ),
    "labelling_verb": (
        "Senator Jane Holt spoke in Ohio. The state bar association reviewed her record "
        "and deemed her “well qualified” for the bench.",
        "well qualified",
        "state bar association",
    ),
    "cue_in_sentence": (
        "“We will win this race,” Senator John Smith said on Monday.",
        "We will win this race,",
        "John Smith",
    ),
    "introduced": (
        "Senator John Smith said in a statement.\n\n“We are done with this fight for good.”",
        "We are done with this fight for good.",
        "John Smith",
    ),
    "attribution_sentence": (
        "Senator John Smith spoke in Ankara.\n\n"
        "“We will not back down from this fight at all.” Smith said on Monday.",
        "We will not back down from this fight at all.",
        "John Smith",
    ),
    "colon_subject": (
        "Senator Mitch McConnell delivered a blunt message: “It is time for him to quit.”",
        "It is time for him to quit.",
        "Mitch McConnell",
    ),
    "signature": (
        "The letters poured in.\n\n“I love this town and all of its people.”\n\n"
        "- Michelle Marks, Ohio.",
        "I love this town and all of its people.",
        "Michelle Marks",
    ),
    "speech_noun": (
        "Senator Jane Smith spoke in March. Her comment that, “we are done with this,” "
        "angered many.",
        "we are done with this,",
        "Jane Smith",
    ),
    "subject_voice": (
        "Senator John Smith vented that the vote would be “incredibly ugly and a huge "
        "shock to everyone.”",
        "incredibly ugly and a huge shock to everyone.",
        "John Smith",
    ),
    "attribution_tail": (
        "Host Sean Hannity opened his show.\n\n"
        "“This is a disaster for the whole country,” Hannity started.",
        "This is a disaster for the whole country,",
        "Sean Hannity",
    ),
    CONTINUATION: (
        "“We will win this race,” Senator John Smith said on Monday. “Nobody can stop us now.”",
        "Nobody can stop us now.",
        "John Smith",
    ),
    REPORTED_BEFORE: (
        "Governor Jimmy Carter said that the campaign had lied about him.\n\n"
        "“I am so sick of all of it.”",
        "I am so sick of all of it.",
        "Jimmy Carter",
    ),
    REPORTED_CLAUSE: (
        "Senator John Smith said on Monday that the plan would fail.",
        "the plan would fail",
        "John Smith",
    ),
}


def test_every_rule_has_a_unique_name_and_an_example():
    """A rule is found by its name, so no two share one; each has an example here."""
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert set(names) | {CONTINUATION, REPORTED_BEFORE, REPORTED_CLAUSE} == set(EXAMPLES)


def test_every_rule_applies_to_known_line_kinds_with_a_confidence():
    """Line kinds come from the layout; a fixed confidence lies between 0 and 1."""
    for rule in RULES:
        assert rule.lines and rule.lines <= {BODY, HEADLINE, CAPTION}
        assert rule.confidence is GRADED or 0 < rule.confidence <= 1


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_rule_that_attributes_a_quote_is_named_on_it(name):
    """The example of each rule is attributed by that rule, to the right speaker."""
    text, quoted, speaker = EXAMPLES[name]
    by_text = {q.text: q for q in extract(text).quotes}
    quote = by_text[quoted]
    assert (quote.rule, quote.speaker) == (name, speaker)


def test_a_rule_with_a_fixed_confidence_gives_it_to_every_quote():
    """A table confidence is the quote's confidence when the speaker is resolved."""
    for rule in RULES:
        if rule.confidence is GRADED:
            continue
        text, quoted, _ = EXAMPLES[rule.name]
        quote = next(q for q in extract(text).quotes if q.text == quoted)
        assert quote.confidence == rule.confidence
