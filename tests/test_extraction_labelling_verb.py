"""The `labelling_verb` rule: a marked phrase that a verb of calling, labelling or
judging takes as its object is the words of that verb's subject.

"Comey called her handling 'extremely careless'", "the agents described the
ground as 'Swiss cheese'", "the department deemed the messages 'top secret'":
the phrase belongs to the subject of its own clause, not to a speaker quoted
nearby or the noun next to it. A passive or a subject that is no speaker leaves
a scare quote alone, and a quotation's own attribution still wins.
All sentences are invented.
"""

from quotes.extraction import extract


def _quote(text: str, quoted: str):
    return next(q for q in extract(text).quotes if q.text == quoted)


def test_a_participle_after_a_comma_speaks_for_the_main_subject_not_the_nearer_noun():
    text = (
        "Late last month, Exxon Mobil wrote a long letter to the university's president, "
        "Mark Lane, calling the two reports “inaccurate and misleading.”"
    )
    quote = _quote(text, "inaccurate and misleading.")
    assert (quote.speaker, quote.rule) == ("Exxon Mobil", "labelling_verb")


def test_a_judging_verb_joined_to_an_earlier_one_takes_the_sentence_subject():
    text = (
        "The American Bar Association reviewed his record and deemed him “well qualified,” "
        "its highest rating."
    )
    quote = _quote(text, "well qualified,")
    assert (quote.speaker, quote.rule) == ("American Bar Association", "labelling_verb")


def test_the_subject_of_the_clause_after_but_rejects_the_idea_as_the_phrase():
    text = (
        "Senator Jane Holt proposed a debate on Monday - but the Lee campaign rejected the "
        "idea as “ludicrous” because of the game."
    )
    quote = _quote(text, "ludicrous")
    assert (quote.speaker, quote.rule) == ("Lee campaign", "labelling_verb")


def test_identified_as_credits_the_subject():
    text = "First, Donald Trump identified the judge as “Spanish,” which he is not."
    quote = _quote(text, "Spanish,")
    assert (quote.speaker, quote.rule) == ("Donald Trump", "labelling_verb")


def test_phrases_joined_by_and_share_the_verb_and_form_one_quotation():
    text = "County officials deemed the files “secret” and “sensitive” last year."
    quotes = [q for q in extract(text).quotes if q.text in ("secret", "sensitive")]
    assert [(q.speaker, q.rule) for q in quotes] == [("County officials", "labelling_verb")] * 2
    assert quotes[0].group == quotes[1].group


def test_a_passive_names_no_speaker():
    """Guard: "were later deemed 'top secret'" is nobody's label."""
    text = "Several of the messages were later deemed “top secret” by the agency."
    assert all(q.rule != "labelling_verb" for q in extract(text).quotes)


def test_a_subject_that_is_no_speaker_leaves_a_scare_quote_alone():
    """Guard: a law or a storm does not speak."""
    text = "The new rule deems such groups “foreign agents” under the act."
    assert all(q.rule != "labelling_verb" for q in extract(text).quotes)


def test_the_quotations_own_attribution_still_wins():
    """Guard: '..., calling him "a clown," Susan Marks said' stays with its attribution."""
    text = (
        "Her friends have mocked his campaign, calling him “an orange clown,” Susan Marks "
        "said on Friday."
    )
    quote = _quote(text, "an orange clown,")
    assert (quote.speaker, quote.rule) == ("Susan Marks", "cue_in_sentence")


def test_a_clause_reported_by_a_speech_verb_stays_with_that_verb():
    """Guard: "Holt noted that Lee had called the plan 'weak'" is left to "noted"."""
    text = "Senator Jane Holt noted that Bob Lee had called the plan “weak.”"
    quote = _quote(text, "weak.")
    assert quote.rule != "labelling_verb"
