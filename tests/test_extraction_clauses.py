"""Which clause a cue governs when a sentence holds several cues and quotations.

Sentences written for these tests in wire style; each rule is general news
English, not a pattern of one article.
"""

from quotes.extraction import extract


def test_a_participle_after_a_partial_quote_opens_the_next_clause():
    """ "X called the plan a 'costly mistake,' adding ..." - "called" governs the first quote."""
    text = (
        "Mayor Ellen Short called the stadium plan a “costly mistake,” adding that the council "
        "“has not read the contract.”"
    )
    first, second = extract(text).quotes
    assert (first.text, first.cue, first.speaker) == ("costly mistake,", "called", "Ellen Short")
    assert (second.cue, second.speaker) == ("adding", "Ellen Short")
    assert first.group != second.group


def test_a_participle_with_its_addressee_governs_the_quote_after_it():
    """ "..., telling reporters ... that it was 'a great thing.'" - a cue of its own."""
    text = (
        "Governor Alan Reyes hailed the vote as “historic,” telling reporters in Dover on "
        "Friday that the new port is “a great thing for the state.”"
    )
    first, second = extract(text).quotes
    assert (first.cue, second.cue) == ("hailed", "telling reporters")
    assert {first.speaker, second.speaker} == {"Alan Reyes"}


def test_according_to_inside_a_reported_clause_does_not_take_the_quote():
    """ "X said that according to its count, ... 'we are still counting.'" - X speaks."""
    text = (
        "Party spokesman Aung Min said Tuesday that according to its own count, the party "
        "has won most seats, but “we are still counting the votes.”"
    )
    quotes = [q for q in extract(text).quotes if q.kind != "indirect"]
    assert [(q.speaker, q.cue) for q in quotes] == [("Aung Min", "said")]


def test_an_indirect_question_is_reported_speech_and_its_speaker_goes_on():
    """ "Sami recalled how ..." reports speech; the quotation after it is still Sami's."""
    text = (
        "Sami Haddad recalled how he saw only a dark highway lined with trees.\n"
        "“And I was like, how will I survive here?”\n"
    )
    quotes = extract(text).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Sami Haddad"),
        ("direct", "Sami Haddad"),
    ]
    assert quotes[0].text.startswith("how he saw")


def test_the_phrase_after_with_is_who_does_the_participle():
    """ "..., with many fans chanting '...'" - an absolute clause names its own speaker."""
    text = (
        "The mayor opened the new stadium on Sunday, with hundreds of fans chanting "
        "“Build it higher” outside the gates."
    )
    (quote,) = extract(text).quotes
    assert (quote.text, quote.cue, quote.speaker_mention.text) == (
        "Build it higher",
        "chanting",
        "hundreds of fans",
    )


def test_the_phrase_after_with_may_be_one_of_several():
    """ "..., with one of her ads asking, '...?'" - the ad asks, not the sentence's subject."""
    text = (
        "Senator Maria Ortiz and her allies spent heavily in the final week, with one of her "
        "ads asking, “Who will stand up for the river towns?”"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "one of her ads"


def test_a_noun_phrase_before_a_verb_after_said_is_no_inverted_speaker():
    """ "X, citing '...,' said the candidate could win" - the candidate is the clause's subject."""
    text = (
        "Mr. Ruiz, citing “the strength of the ground game,” said the candidate could win "
        "in several northern states."
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.cue) == ("Ruiz", "citing")


def test_two_subjects_of_a_reported_clause_are_not_inverted_speakers():
    """ "X, an analyst, said Mr. Y and the ''Leave'' camp had failed to ..." - X said it."""
    text = (
        "Dana Pierce, a pollster in Leeds, said Mr. Hale and the “Leave” camp had failed to "
        "“reach the voters who decide elections.”"
    )
    quotes = extract(text).quotes
    assert {q.speaker for q in quotes} == {"Dana Pierce"}


def test_a_participle_closing_a_when_clause_belongs_to_that_clauses_subject():
    """ "The trouble came when Reyes supporters interrupted her, shouting '...'" - they shout."""
    text = (
        "The first trouble came during a speech in Albany, when Reyes supporters interrupted "
        "the governor, shouting “Safe staffing now!”"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker_mention.text, quote.cue) == ("Reyes supporters", "shouting")


def test_a_town_or_a_school_that_issues_a_statement_speaks():
    """ "The town released a statement saying ... '...'" - institutions speak like groups."""
    text = (
        "The town released a statement Wednesday saying the senator's remarks “are based on "
        "his opinion, not actual facts.”"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker_mention.text, quote.cue) == ("The town", "saying")


def test_a_cue_after_a_modal_inside_a_reported_clause_is_not_the_speech_reported():
    """ "She said she would ask him to lead a 'cancer moonshot'" - "said" reports it."""
    text = (
        "Dana Whitfield spoke in Scranton on Monday. She said that, if elected, she would "
        "ask the governor to lead a “clean water moonshot” at the White House."
    )
    quote = next(q for q in extract(text).quotes if q.kind != "indirect")
    assert (quote.cue, quote.speaker_mention.text) == ("said", "She")


def test_a_modal_cue_joined_to_another_kind_of_cue_keeps_its_own_speaker():
    """ "The Post will brand you a liar and NBC will accuse you of a 'freak out.'" """
    text = "The Courier will brand you a liar and the Tribune will accuse you of a “meltdown.”"
    (quote,) = extract(text).quotes
    assert quote.cue == "accuse"


def test_a_participle_opening_the_sentence_quotes_for_the_main_clauses_subject():
    """ "Citing '...,' the governor's spokeswoman told reporters ..." - she cited it."""
    text = (
        "Citing “obligations at home,” the governor’s spokeswoman told reporters that he "
        "will skip the convention."
    )
    quote = next(q for q in extract(text).quotes if q.kind != "indirect")
    assert (quote.text, quote.cue, quote.speaker_mention.text) == (
        "obligations at home,",
        "Citing",
        "spokeswoman",
    )


def test_a_quotation_after_an_opening_participle_is_its_own_from_the_next_cues():
    """ "Recalling '...,' the statement urged ... to '...'" - two cues, two attributions."""
    text = (
        "Recalling “the fate of those who could not flee,” the statement urged leaders to "
        "“avoid condemning today’s refugees as a group.”"
    )
    first, second = extract(text).quotes
    assert (first.cue, second.cue) == ("Recalling", "urged")
    assert first.group != second.group
    assert {first.speaker_mention.text, second.speaker_mention.text} == {"the statement"}


def test_a_verb_joined_by_and_takes_the_subject_right_before_its_partner():
    """ "..., she said, ... although she laughed and admitted '...'" - the nearer "she"."""
    text = (
        "Dana Ruiz has known the senator for decades. Over the years, she said, letters have "
        "kept them close - although at the mention of letters she laughed and admitted "
        "“they can be a curse too.”"
    )
    quote = next(q for q in extract(text).quotes if q.kind != "indirect")
    assert (quote.cue, quote.speaker) == ("admitted", "Dana Ruiz")
    assert quote.speaker_mention.start == text.index("she laughed")


def test_a_pronoun_before_an_aside_in_commas_is_the_subject_of_the_cue():
    """ "and he, once again, pledged a 'political revolution'" - this "he", not the first."""
    text = (
        "Senator Omar Hale thanked the crowd. He pledged to fix the “broken” tax code and he, "
        "once again, pledged a “fair deal” for farmers."
    )
    quotes = extract(text).quotes
    fair = next(q for q in quotes if q.text == "fair deal")
    assert fair.speaker == "Omar Hale"
    assert fair.speaker_mention.start == text.index("he, once")


def test_a_reaction_after_a_quote_its_own_cue_governs_is_not_its_attribution():
    """'said he would "protect our citizens," the crowd applauded' - Trump said it."""
    text = (
        "When Mayor Lena Ortiz said she would “protect every neighbourhood,” the crowd "
        "applauded loudly."
    )
    quote = next(q for q in extract(text).quotes if q.kind != "indirect")
    assert (quote.cue, quote.speaker) == ("said", "Lena Ortiz")


def test_a_naming_verb_after_a_quote_still_attributes_it():
    """ "his 'negatives,' he called them" - the naming verb after the quote governs it."""
    text = (
        "Aide Paul Brandt acknowledged the senator’s deep unpopularity - his “negatives,” he "
        "called them - but said it would pass."
    )
    quote = next(q for q in extract(text).quotes if q.text.startswith("negatives"))
    assert (quote.cue, quote.speaker) == ("called", "Paul Brandt")


def test_a_surname_that_is_also_an_adverb_is_a_name_in_running_text():
    """ "Informed of the district's lean, Early described it as '...'" - Early speaks."""
    text = (
        "Delegate Tom Early spoke on Friday. Informed of the district’s lean, Early described "
        "it as “news to me.”"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.speaker_mention.text) == ("Tom Early", "Early")


def test_a_subject_reported_to_have_spoken_is_the_speaker():
    """ "Obama also is reported to have called the Saudis 'free riders'" - Obama called them."""
    text = (
        "Prime Minister Lars Holm also is reported to have called the neighbours “free riders” who "
        "rely too much on aid."
    )
    (quote,) = extract(text).quotes
    assert (quote.cue, quote.speaker) == ("called", "Lars Holm")


def test_a_participle_belongs_to_the_pronoun_opening_its_own_clause():
    """ "X acknowledged ... even as he defended Y, saying '...'" - the nearer "he" says it."""
    text = (
        "Governor Dan Marsh acknowledged some copying even as he defended the speech, "
        "saying, “Ninety percent of the speech is completely different.”"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Dan Marsh"
    assert quote.speaker_mention.start == text.index("he defended")


def test_a_pronoun_in_a_relative_clause_is_not_the_participles_subject():
    """ "praised Sanders for what he has accomplished, calling it '...'" - Rendell calls it."""
    text = (
        "Former governor Ed Rendell praised the senator for what he has accomplished, calling "
        "it “an incredible feat.”"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "Former governor Ed Rendell"


def test_a_slogan_on_a_hat_is_what_the_hat_reads():
    """ "X wore a campaign hat reading, 'Make ... Again'" - the hat, not X, bears it."""
    text = "Sen. Jeff Sessions wore a campaign hat reading, “Make Mexico Great Again Also.”"
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "a campaign hat"


def test_a_sign_saying_a_slogan_bears_it():
    """ "Lori Bernstein held up a sign saying '...'" - the words are on the sign."""
    (quote,) = extract("Lori Bernstein held up a sign saying “Jews Against Trump.”").quotes
    assert quote.speaker_mention.text == "a sign"


def test_a_bare_plural_after_a_past_verb_is_the_object_not_the_speaker():
    """ "The Vermont senator emailed supporters saying: '...'" - the senator says it."""
    text = (
        "Senator Paul Ward spoke on Monday. The Vermont senator emailed supporters saying: "
        "“The struggle continues” and vowed to compete."
    )
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "The Vermont senator"


def test_a_naming_verb_inside_a_reported_clause_leaves_the_quote_to_the_reporter():
    """ "Maddow pointed out that Sanders refers to it as 'Medicare for all'" - Maddow's
    point; the naming is reported, not quoted from Sanders here."""
    text = (
        "Hillary Clinton and Rachel Maddow spoke. When Maddow pointed out that Sanders refers "
        'to it as "Medicare for all," Clinton seized upon the reference.'
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.cue) == ("Rachel Maddow", "pointed out")


def test_a_fronted_clause_ending_in_a_quote_leaves_the_subject_after_it():
    """'When Maddow noted it was "Medicare for all," Clinton seized ...' then "she said":
    the comma hides inside the quote, and "she" is Clinton."""
    text = (
        "Hillary Clinton and Rachel Maddow spoke. When Maddow pointed out that Sanders refers "
        'to it as "Medicare for all," Clinton seized upon the reference. "Medicare for all is '
        'not the same," she said.'
    )
    assert extract(text).quotes[-1].speaker == "Hillary Clinton"


def test_a_show_named_after_its_host_is_not_the_host():
    """ "The Rachel Maddow Show" is a programme; Maddow stays a person."""
    text = (
        "Hillary Clinton appeared on The Rachel Maddow Show on Wednesday. “It is a general "
        "debate,” Maddow said."
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.speaker_kind) == ("Maddow", "person")
