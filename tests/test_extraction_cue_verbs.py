"""Reporting verbs beyond "said": retorts, inverted warnings, reactions.

Wire-style sentences written for these tests; each rule is general news style.
"""

from quotes.extraction import extract
from tests.extraction_helpers import quote_triples as _found


def test_shot_back_and_fired_back_are_cues():
    """ "'...,' Trump shot back." and "the campaign fired back" report a retort."""
    found = _found(
        '"Jeb wants to be a tough guy tonight," Dana Whitfield shot back. "Let me talk."\n\n'
        "“That is false,” her campaign fired back on Monday.\n"
    )
    assert [(q[0], q[2]) for q in found] == [
        ("Jeb wants to be a tough guy tonight,", "Dana Whitfield"),
        ("Let me talk.", "Dana Whitfield"),
        ("That is false,", "her campaign"),
    ]


def test_a_warning_verb_right_after_a_quotation_takes_its_speaker_after_it():
    """After a quotation, "warned Clinton." names the speaker; "he warned Clinton" the addressee."""
    inverted = _found(
        "“That means a loose cannon is within reach of power,” warned Dana Whitfield.\n"
    )
    addressed = _found("Tom Reyes spoke first.\n\n“Do not do it,” he warned Dana Whitfield.\n")
    assert [(q[0], q[1]) for q in inverted] == [
        ("That means a loose cannon is within reach of power,", "Dana Whitfield")
    ]
    assert [(q[0], q[1]) for q in addressed] == [("Do not do it,", "Tom Reyes")]


def test_reacted_surmised_and_pressed_report_speech():
    """Verbs of reply and inference introduce the quotation next to them."""
    found = _found(
        "“Is the mayor profiling?” reacted Dana Whitfield.\n\n"
        '"People are afraid of wasting their votes," Tom Reyes surmised.\n\n'
        "“Would it be negotiable?” Carl Ostrow pressed.\n"
    )
    assert [q[1] for q in found] == ["Dana Whitfield", "Tom Reyes", "Carl Ostrow"]


def test_revealed_and_demurred_introduce_a_quotation():
    """ "X then revealed Trump 'strongly encouraged me ...'", "he demurred: '...'"."""
    found = _found(
        "Governor Dana Whitfield then revealed the nominee “strongly encouraged me to "
        "endorse him, and I’m pleased to do it.”\n\n"
        "Asked which county was his favorite, Tom Reyes demurred: “Whichever one I’m in.”\n"
    )
    assert [q[1] for q in found] == ["Dana Whitfield", "Tom Reyes"]


def test_a_negated_verb_is_not_a_cue():
    """ "didn't disclose" reports nothing; the "did say" after it is the cue."""
    found = _found(
        "While the donor Tom Reyes didn’t disclose his backing for the front-runner, "
        "he did say he found her to be “very charming.”\n"
    )
    assert [(q[0], q[2]) for q in found] == [("very charming.", "he")]


def test_confessed_and_sniped_report_speech():
    """ "'...,' I confessed." and "X sniped that Y was 'learning on the job'"."""
    found = _found(
        "“This is a big political win for me,” Dana Whitfield confessed.\n\n"
        'Tom Reyes sniped that the new chief was "learning on the job."\n'
    )
    assert [(q[0], q[1]) for q in found] == [
        ("This is a big political win for me,", "Dana Whitfield"),
        ("learning on the job.", "Tom Reyes"),
    ]


def test_went_on_to_call_narrates_a_call():
    """ "He went on to call Cruz 'the worst ...'" reports what he called Cruz."""
    found = _found(
        "Tom Reyes said on Monday that he would back the businessman.\n\n"
        "He went on to call Cruz “the absolutely worst politician in Texas.”\n"
    )
    assert ("the absolutely worst politician in Texas.", "Tom Reyes") in [
        (q[0], q[1]) for q in found
    ]


def test_went_on_ending_the_attribution_is_a_cue_but_not_elsewhere():
    """'"...," she went on.' reports; "the talks went on for hours" does not."""
    found = _found(
        "Senator Dana Whitfield spoke in Ohio on Monday.\n\n"
        '"It is a bit concerning to me," she went on.\n\n'
        "The talks went on for hours, and the “deal” was done.\n"
    )
    assert [(q[0], q[1]) for q in found] == [("It is a bit concerning to me,", "Dana Whitfield")]


def test_riffed_estimated_and_indicated_report_speech():
    """Verbs of saying in a looser register introduce the quotation next to them."""
    found = _found(
        '"Let me help you out - the answer is no," Tom Reyes riffed on the non-answer.\n\n'
        "Dana Whitfield estimated that there are “somewhere between 23 and 28 people” opposed.\n\n"
        'Carl Ostrow indicated that she "should have known" about the system.\n'
    )
    assert [q[1] for q in found] == ["Tom Reyes", "Dana Whitfield", "Carl Ostrow"]


def test_suggested_revealed_and_recalled_report_a_clause_as_indirect_speech():
    """ "X suggested that ..." reports what X said, like "said that"; "wants" does not."""
    text = (
        "Senator Dana Whitfield suggested that the plan would fail within a year.\n\n"
        "Tom Reyes recalled that the mill had closed in 1998.\n\n"
        "Carl Ostrow wants the plan to pass this spring.\n"
    )
    indirect = [(q.text, q.speaker) for q in extract(text).quotes if q.kind == "indirect"]
    assert indirect == [
        ("the plan would fail within a year", "Dana Whitfield"),
        ("the mill had closed in 1998", "Tom Reyes"),
    ]


def test_elaborated_splits_a_quotation_like_said():
    """'"The way I see it," she elaborated, "no one ..."' is one quotation of hers."""
    found = _found(
        "Dorothy Woods spoke in Ohio on Monday.\n\n"
        "“The way I see it,” she elaborated, “no one ever questioned his sacrifice.”\n"
    )
    assert {q[1] for q in found} == {"Dorothy Woods"} and len(found) == 2


def test_a_passive_cue_takes_its_speaker_from_by():
    """ "often labeled a 'witch hunt' by Democrats" - the Democrats; "called it ... by" is not."""
    found = _found(
        "Benghazi\n\n"
        "The inquiry, often labeled as a “witch hunt” by Democrats, went on for years.\n\n"
        "Senator Dana Whitfield called it a “witch hunt” by the majority.\n\n"
        "The publisher Tom Reyes announced plans to publish a “candid memoir” by Carl Ostrow.\n"
    )
    assert [(q[0], q[1]) for q in found] == [
        ("witch hunt", "Democrats"),
        ("witch hunt", "Dana Whitfield"),
        ("candid memoir", "Tom Reyes"),
    ]


def test_a_short_title_case_quote_ending_in_an_exclamation_is_a_chant_not_a_title():
    """ "chanting 'Dump Trump!'" is speech; "reading 'Atlas Shrugged'" names a book."""
    found = _found(
        "Protest\n\nAbout 200 protesters gathered outside, holding signs and chanting "
        "“Dump Trump!” on Monday.\n"
    )
    assert [q[0] for q in found] == ["Dump Trump!"]


def test_was_prompted_to_say_takes_the_subject_before_was():
    """ "Mr. Trump was prompted to say, '...'" - Trump says it, as with "went on to say"."""
    found = _found(
        "Debate\n\n"
        "The debate was so subdued that Donald Trump was prompted to say, "
        "''So far, I cannot believe how civil it's been up here.''\n"
    )
    assert [q[1] for q in found] == ["Donald Trump"]


def test_an_article_and_a_modifier_make_a_base_form_a_noun_but_not_an_s_form():
    """ "had a short answer: '...'" names no speaker "a short"; "The ad says '...'" is a cue."""
    found = _found(
        "Delegates\n\n"
        "Asked about the district, Tom Reyes had a short answer: “That is news to me, I say.”\n\n"
        "The ad says he is “the conservative you can trust.”\n"
    )
    assert [(q[0], q[2]) for q in found] == [
        ("That is news to me, I say.", "Tom Reyes"),
        ("the conservative you can trust.", "The ad"),
    ]


def test_charged_and_wondered_report_the_quotation_they_close():
    """ "'...,' Kelly charged." reports speech; "charged a $100 fee" does not."""
    found = _found(
        "“You’ve called women you don’t like fat pigs,” Dana Whitfield charged.\n\n"
        "“Who wants to work with us, if you have somebody like that?” Tom Reyes wondered.\n\n"
        "The club charged a $100,000 fee to join, and members who wondered why were told "
        "it was “the prior economy model.”\n"
    )
    assert [(q[0], q[1]) for q in found] == [
        ("You’ve called women you don’t like fat pigs,", "Dana Whitfield"),
        ("Who wants to work with us, if you have somebody like that?", "Tom Reyes"),
    ]


def test_a_document_read_closes_an_attribution():
    """'"...," the editorial read.': "read" after an article is a verb there, not a noun."""
    found = _found(
        "“If she wants to be the next president, she should come to Louisiana,” the "
        "editorial read.\n\n"
        '"Friend, let me be blunt. I can beat her," the email read.\n'
    )
    assert [q[1] for q in found] == ["editorial", "email"]


def test_groused_implied_and_interjecting_report_speech():
    """Complaints, hints and interruptions are reported speech like "said"."""
    found = _found(
        "On Monday, Dana Whitfield groused to a crowd in Georgia that the network "
        "“doesn’t treat me properly” before moving on.\n\n"
        "Tom Reyes implied the judge was biased and “hostile” to him.\n\n"
        "Carl Ostrow tried to laugh it off by interjecting, “Only Rosie O’Donnell.”\n"
    )
    assert [(q[0], q[1]) for q in found] == [
        ("doesn’t treat me properly", "Dana Whitfield"),
        ("hostile", "Tom Reyes"),
        ("Only Rosie O’Donnell.", "Carl Ostrow"),
    ]


def test_used_to_before_a_cue_narrates_a_habit():
    """ "Where he used to boast that he had decimated 'core Al Qaeda'" - he boasted it."""
    found = _found(
        "Dana Whitfield spoke on Tuesday.\n\n"
        "Where she used to boast that she had decimated “core Al Qaeda,” she now says it "
        "poses “a direct threat.”\n"
    )
    assert [q[1] for q in found] == ["Dana Whitfield", "Dana Whitfield"]


def test_a_capitalised_pronoun_and_cue_after_a_quoted_question_attribute_it():
    """'"Too forced?" He tweeted when ...' - the question is his, not the last speaker's."""
    found = _found(
        "Dana Whitfield spoke first.\n\n"
        "Then there is Tom Reyes, who advised Obama.\n\n"
        "“Too forced?” He tweeted when the debate ended.\n"
    )
    assert found == [("Too forced?", "Tom Reyes", "He")]


def test_voiced_reports_speech():
    """ "He voiced a wish for a 'strong, prosperous and vibrant Mexico'"."""
    found = _found("Tom Reyes voiced a wish for a “strong, prosperous and vibrant Mexico.”\n")
    assert [q[1] for q in found] == ["Tom Reyes"]


def test_remarks_after_a_possessive_and_a_participle_adjective_is_a_noun():
    """ "Howard continued his scathing remarks." then the quotation: Howard's remarks."""
    text = (
        "Radio host Tom Howard said the race was over.\n\n"
        "Howard continued his scathing remarks.\n\n"
        "“Eight years ago she was the presumed nominee, and a fellow came along.”\n"
    )
    direct = [q for q in extract(text).quotes if q.kind == "direct"]
    assert [(q.speaker, q.speaker_mention.text) for q in direct] == [("Tom Howard", "Howard")]


def test_questions_raised_are_a_noun_not_a_cue():
    """ "... will raise questions" - nobody questions anybody; the man is no speaker."""
    text = (
        "The endorsement of a man who many believe misled voters will raise questions.\n\n"
        "“We are going to win,” he said.\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker is None


def test_a_cue_after_to_introducing_a_quotation_is_the_subjects():
    """ "X interrupted me to announce, '...'" - X announced; "wants to call" stays intention."""
    text = (
        "Campaign manager Rita Holm interrupted the briefing to announce, “We have won Ohio.”\n\n"
        "The governor wants to call the race a “landslide.”\n"
    )
    assert _found(text) == [("We have won Ohio.", "Rita Holm", "Campaign manager Rita Holm")]


def test_a_cue_word_after_a_possessive_and_a_name_is_a_noun():
    """ "Clinton Calls Trump's Putin Comments 'Troubling'" - Comments is no verb; Clinton calls."""
    text = (
        "Clinton Calls Trump’s Putin Comments ‘Troubling’\n\n"
        "Hillary Clinton spoke in Denver on Thursday.\n"
    )
    (quote,) = extract(text).quotes
    assert (quote.text, quote.speaker, quote.cue) == ("Troubling", "Hillary Clinton", "Calls")


def test_was_quick_to_add_reports_and_the_next_quotation_goes_on():
    """ "Reyes was quick to add that ..." reports; "plans to add" would be an intention."""
    text = (
        "Governor Ana Reyes was quick to add that the wall would not be built this year.\n\n"
        "“Building it? Not this year.”\n\n"
        "The mayor plans to add that the budget is tight.\n"
    )
    quotes = extract(text).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Ana Reyes"),
        ("direct", "Ana Reyes"),
    ]


def test_expressed_introduces_quoted_words_but_reports_no_clause():
    """ "X expressed confidence that ... 'that is going to affect ...'" quotes X; no indirect."""
    text = (
        "In the interview, Senator Maria Lopez expressed confidence that the audit would not "
        "be an issue “that is going to affect the campaign.”\n\n"
        "Senator Maria Lopez expressed hope that the talks would go on.\n"
    )
    assert [(q.kind, q.speaker, q.cue) for q in extract(text).quotes] == [
        ("partial", "Maria Lopez", "expressed")
    ]


def test_applauded_and_welcomed_introduce_quoted_words():
    """ "She applauded him for fighting 'over and over again.'" quotes her."""
    text = (
        "Governor Ana Reyes applauded the senator for fighting for the state “over and over "
        "again.”\n\n"
        "Analyst Tom Nordhaus welcomed “the recognition that we do not have all the "
        "technology we need.”\n"
    )
    assert [q.speaker for q in extract(text).quotes] == ["Ana Reyes", "Tom Nordhaus"]


def test_invoked_and_echoed_introduce_quoted_words():
    """ "Reyes invoked the pledge to 'shift to plentiful coal.'" quotes Reyes."""
    text = (
        "Governor Ana Reyes invoked the old pledge that “we need to shift to plentiful coal.”\n\n"
        "Mayor Tom Hale echoed the line that the state is “not quite there yet.”\n"
    )
    assert [q.speaker for q in extract(text).quotes] == ["Ana Reyes", "Tom Hale"]
