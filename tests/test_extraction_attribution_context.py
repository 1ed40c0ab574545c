"""Attributions that reach across a sentence end or hang on a relative pronoun.

Wire-style sentences written for these tests; each rule is general English
news style, not a pattern of one article.
"""

from quotes.extraction import extract
from tests.extraction_helpers import quote_triples as _found


def test_a_quoted_question_followed_by_its_speaker_stays_one_sentence():
    """'"Are you ready?" Miller asked' is attributed although "?" looks like a sentence end."""
    text = (
        "Volunteers packed the union hall in Toledo on Tuesday.\n\n"
        "“Are you ready to knock on doors?” Dana Miller, a retired nurse, asked the crowd "
        "gathered in the parking lot outside the plant that closed last spring. "
        "“We have three weeks left.”\n"
    )
    found = _found(text)
    assert [q[0] for q in found] == [
        "Are you ready to knock on doors?",
        "We have three weeks left.",
    ]
    assert {q[1] for q in found} == {"Dana Miller"}


def test_a_quoted_exclamation_before_a_new_sentence_is_not_joined_to_it():
    """A sentence after "!" that does not open with a speaker and a cue stays separate."""
    text = (
        "“We won!” Dana Miller told supporters in Toledo.\n\n"
        "“Enough!” The crowd then marched to the courthouse, "
        "where police said the rally was peaceful.\n"
    )
    found = _found(text)
    assert ("We won!", "Dana Miller", "Dana Miller") in found
    assert all(q[0] != "Enough!" or q[1] != "police" for q in found)


def test_who_after_a_name_stands_for_that_name():
    """In "endorsed by Mike Lee, who declared ...", the speaker is Lee, written as "who"."""
    text = (
        "Senator Tom Reyes won the endorsement of Governor Mike Lee, who declared on Monday, "
        "“It is time for this party to unite.”\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Mike Lee"
    assert quote.speaker_mention.text == "who"


def test_who_after_a_quotation_is_not_resolved_to_the_quotation():
    """'"a fraud," who ...' has no name before the comma, so "who" is not a speaker."""
    text = "Critics called the plan “a fraud,” who said nothing about costs.\n"
    assert all(q[2] != "who" for q in _found(text))


def test_an_attribution_ending_its_sentence_introduces_the_next_quotation():
    """ "X said in a statement. 'Quote.'" gives the quotation to X."""
    text = (
        "Sam Ortiz, the party's communications director, said in a statement. "
        "“There are no paper ballots to recount.”\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Sam Ortiz"
    assert quote.text == "There are no paper ballots to recount."


def test_a_quotation_after_a_reported_clause_is_a_less_certain_continuation():
    """ "X said the vote was fair. 'Quote.'" is likely X's, but less sure than "X said:"."""
    reported = extract(
        "Sam Ortiz said the vote was fair and the count was complete. "
        "“There are no paper ballots to recount.”\n"
    ).quotes
    bare = extract(
        "Sam Ortiz said in a statement. “There are no paper ballots to recount.”\n"
    ).quotes
    (after_clause,) = [q for q in reported if q.kind == "direct"]
    (after_bare,) = bare
    assert after_clause.speaker == after_bare.speaker == "Sam Ortiz"
    assert after_clause.confidence < after_bare.confidence


def test_a_retired_officer_after_an_inverted_cue_is_the_speaker():
    """ "said retired Army Lt. Gen. Mick Bednar" - a lower-case adjective opens the title."""
    text = (
        "“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednar, "
        "who advised commanders in Iraq.\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Mick Bednar"


def test_an_apposition_subject_says_a_clause_whose_subject_is_not_the_speaker():
    """In "X, an adviser, said Obamacare has been 'a success'", X speaks, not Obamacare."""
    text = (
        "Zack Emery, an oncologist who advised the White House, said Obamacare so far "
        "has been a success “by any stretch of any metric.”\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Zack Emery"


def test_a_thing_called_by_a_name_is_not_a_speaker():
    """ "writing a book called 'Women Who Work'" quotes a title, not a statement."""
    text = (
        "Ivy Marsh has built her brand around working mothers, writing a book called "
        "“Women Who Work” and touring the country.\n"
    )
    assert extract(text).quotes == ()


def test_state_and_modal_verbs_are_not_cues():
    """ "the nation's largest state" and "would continue 'to break barriers'" report nothing."""
    text = (
        "Ivy Marsh could lose the nation's largest state “by a mile.” Her campaign "
        "would continue “to break barriers,” aides hoped.\n"
    )
    assert all(q.cue not in {"state", "continue"} for q in extract(text).quotes)


def test_a_quotation_after_a_reported_clause_continues_that_speaker():
    """ "X hit back, saying the campaign lied." then a cue-less quotation: X goes on."""
    text = (
        "Senator Ivy Marsh hit back on Friday, saying the Reyes campaign was twisting "
        "her record.\n\n"
        "“I am so sick of the Reyes campaign lying about me. I’m sick of it.”\n"
    )
    (quote,) = [q for q in extract(text).quotes if q.kind == "direct"]
    assert quote.speaker == "Ivy Marsh"


def test_one_of_several_people_after_an_inverted_cue_is_the_speaker():
    """ "said one of two witnesses who ..." names an unnamed speaker, not the previous one."""
    text = (
        "Tom Reyes argued that the group should back his friend.\n\n"
        "“It was unseemly. It was awful,” said one of two witnesses who relayed the story.\n"
    )
    quoted = [q for q in extract(text).quotes if q.kind == "direct"]
    assert [q.speaker_mention.text for q in quoted] == ["one of two witnesses"]


def test_two_partial_quotes_with_two_cues_are_two_statements():
    """In "X said that A is 'a', and said that B 'b'", the first quote keeps the first cue."""
    text = (
        "Senator Ivy Marsh said that Reyes is a “good, decent man,” and said that "
        "Hollis “melted down last night.”\n"
    )
    first, second = extract(text).quotes
    assert first.cue_span.start < second.cue_span.start
    assert first.group != second.group


def test_a_past_tense_cue_after_official_is_a_verb():
    """ "the official said" is a cue; only "the official statement" would make it a noun."""
    text = "“We found young people have begun to adopt these arguments,” the official said.\n"
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "the official"


def test_one_unnamed_person_after_an_inverted_cue_is_the_speaker():
    """ "said one former campaign staffer" names an anonymous speaker."""
    text = "“I don't want to get on the wrong side of him,” said one former campaign staffer.\n"
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "one former campaign staffer"


def test_a_quotation_after_a_colon_belongs_to_the_subject_of_its_sentence():
    """ "X delivered a blunt message to Trump: '...'" has no cue verb, but X speaks."""
    text = (
        "Senate Majority Leader Mitch Connell, R-Ky., delivered a blunt message to Reyes: "
        "“It’s time to quit attacking various people and get on message.”\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Mitch Connell"
    assert quote.cue == ":"


def test_a_short_label_after_a_colon_is_not_a_statement():
    """ "a new title to his resume: 'song anthropologist'" names a thing."""
    text = "Thanks to his latest act, Norbert Butz can add a new title: “song anthropologist.”\n"
    assert extract(text).quotes == ()


def test_a_place_inside_a_fronted_clause_is_not_the_subject():
    """ "Speaking in Salem, New Hampshire, Trump ..., calling him 'X'" - Trump speaks."""
    text = (
        "Speaking at a town hall in Salem, New Hampshire, Tom Reyes went after Hollis, "
        "calling him “a total stiff.”\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Tom Reyes"


def test_a_short_title_case_quotation_inside_a_sentence_is_a_title():
    """ "starred in 'Parks and Recreation'" quotes a show, not a statement."""
    text = (
        "Tom Reyes, who starred in “Parks and Recreation,” posted the clip on Thursday, "
        "his agent said.\n"
    )
    assert [q for q in extract(text).quotes if q.kind != "indirect"] == []


def test_a_title_case_quotation_right_after_a_cue_and_a_comma_is_spoken():
    """ "laughed it off, saying, 'Only Rosie O'Donnell.'" quotes words, not a title."""
    spoken = extract("Carl Ostrow laughed it off, saying, “Only Rosie O’Donnell.”\n").quotes
    book = extract(
        "One of his recent reads, “This Kind of War,” by T.R. Fehrenbach, drove that home.\n"
    ).quotes
    assert [(q.text, q.speaker) for q in spoken] == [("Only Rosie O’Donnell.", "Carl Ostrow")]
    assert book == ()


def test_a_title_after_the_kind_of_work_it_names_is_not_a_quote():
    """ "the cable movie 'Shark Storm 2: Not Again!'", "the spot, 'Medicaid,'" name works."""
    movie = extract(
        "Dan Weller opened a diner and acted in the cable movie “Shark Storm 2: Not Again!”\n"
    ).quotes
    spot = extract(
        "A campaign ad accuses Ann Lee of “a pattern of sleaze stretching back decades.” "
        "The new spot, “Medicaid,” links the senator to cuts.\n"
    ).quotes
    assert [q for q in movie if q.kind != "indirect"] == []
    assert [q.text for q in spot] == ["a pattern of sleaze stretching back decades."]


def test_a_title_followed_by_its_author_is_not_a_quote():
    """ "According to 'The Long Road Home: Four Years in Ohio,' by Ann Lee, ..." cites a book."""
    text = (
        "According to “The Long Road Home: Four Years in Ohio That Changed Us,” by Ann Lee, "
        "the senator told his aides to wait.\n"
    )
    assert [q for q in extract(text).quotes if q.kind != "indirect"] == []


def test_a_thing_called_the_name_after_a_comma_is_named_not_quoted():
    """ "A blog, called the 'Feed,' pumps out articles" names the blog."""
    text = (
        "Carl Ostrow spoke first.\n\n"
        "A blog, called the “Feed,” pumps out articles and quizzes every day.\n"
    )
    assert extract(text).quotes == ()


def test_a_title_opening_a_sentence_that_goes_on_is_not_a_quote():
    """ "'Opening Belle,' which will be in bookstores, is ..." names a book; "he declared" not."""
    book = extract(
        "Ivy Marsh spoke to us.\n\n“It's easy to bash Wall Street,” she said.\n\n"
        "“Opening Belle,” which will be in bookstores on Tuesday, is a twist on a genre.\n"
    ).quotes
    tweet = extract("Tom Reyes won.\n\n“A Growing Party,” he declared in a tweet.\n").quotes
    assert [q.text for q in book] == ["It's easy to bash Wall Street,"]
    assert [(q.text, q.speaker) for q in tweet] == [("A Growing Party,", "Tom Reyes")]


def test_a_column_entitled_after_a_comma_names_a_title():
    """ "published a column in The Daily Beast, entitled, 'Why Electing ...'"."""
    text = (
        "“We need someone who is battle tested,” Dana Whitfield said.\n\n"
        "Former speechwriter Tom Reyes published a column in The Daily Beast, entitled, "
        "“Why Electing Her Is More Important Than Ever.”\n"
    )
    assert [q.text for q in extract(text).quotes] == ["We need someone who is battle tested,"]


def test_a_cue_later_in_the_sentence_needs_to_close_it_to_claim_a_quotation():
    """ "through this 'night vision' I began ... and read" - the later verb claims nothing."""
    text = (
        "Here, among the inmates, I learned through this “night vision” to see politics "
        "differently and read some of their case files.\n"
    )
    assert extract(text).quotes == ()


def test_a_quotation_inside_a_clause_before_its_attribution_is_attributed():
    """ "Democrats had 'put the biggest crack' in the ceiling, she said in a video." """
    text = (
        "Ivy Marsh spoke to the convention.\n\n"
        "Democrats had “put the biggest crack” yet in the glass ceiling, she said in a video.\n"
    )
    (quote,) = [q for q in extract(text).quotes if q.kind != "indirect"]
    assert quote.speaker == "Ivy Marsh"


def test_a_relative_clause_between_speaker_and_cue_is_stepped_over():
    """ "a White House official who spoke anonymously said" - the official speaks."""
    text = (
        "A White House official who spoke anonymously to discuss strategy said Wednesday, "
        "“Certainly there are discussions between the White House and the campaign.”\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "A White House official"


def test_a_mistyped_closing_mark_before_an_inverted_cue_still_attributes():
    """'“It's unusual,“ said Larry Noble' closes with an opening mark."""
    text = "“It's unusual,“ said Larry Noble, an attorney with the Campaign Legal Center.\n"
    (quote,) = extract(text).quotes
    assert quote.speaker == "Larry Noble"


def test_lower_case_descriptors_before_an_inverted_speaker_name_are_kept():
    """ "said conservative activist Bob Klaus, who ..." - the name after the descriptors."""
    text = "“It's his best role,” said conservative activist Bob Klaus, who backs no candidate.\n"
    (quote,) = extract(text).quotes
    assert quote.speaker == "Bob Klaus"


def test_a_cue_that_doubles_its_last_consonant_is_recognised():
    """ "admitted", like "slammed", doubles the consonant before -ed."""
    text = (
        "Ivy Marsh defended the charity on Wednesday, but admitted “one or two instances” "
        "where donations “slipped through the cracks.”\n"
    )
    quoted = extract(text).quotes
    assert [q.cue for q in quoted] == ["admitted", "admitted"]
    assert {q.speaker for q in quoted} == {"Ivy Marsh"}


def test_promised_that_reports_a_clause():
    """ "X promised that ..." is an indirect quote although "promise" takes an addressee."""
    text = "Then Ivy Marsh promised that she is staying in the race until the convention.\n"
    (quote,) = extract(text).quotes
    assert quote.kind == "indirect"
    assert quote.text == "she is staying in the race until the convention"


def test_a_person_of_a_place_is_the_person():
    """ "said Scott Hawkins of Cheyenne" is Scott Hawkins, not Cheyenne."""
    text = "“I know her dad slightly,” said Scott Hawkins of Cheyenne.\n"
    (quote,) = extract(text).quotes
    assert quote.speaker == "Scott Hawkins"


def test_an_inverted_name_followed_by_a_quotation_is_the_quoted_subject():
    """ "X, a former vice president, said Fiorina 'was involved'" - X speaks about Fiorina."""
    text = (
        "Steve Huhn, a former vice president of global sales, said Fiorina “was personally, "
        "very heavily involved in all that discussion.”\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Steve Huhn"


def test_an_apposition_name_beats_a_common_phrase_after_the_cue():
    """ "Ramil Carr, 31, a photographer, said the convention ..." - Carr speaks."""
    text = (
        "Ramil Carr, 31, a Philadelphia freelance photographer, said the convention "
        "represented the “perfect opportunity” to call attention to poverty.\n"
    )
    (quote,) = [q for q in extract(text).quotes if q.kind != "indirect"]
    assert quote.speaker == "Ramil Carr"


def test_a_digest_line_names_its_speaker_after_a_dash():
    """ "Topic - Philip Bump: '...' [WaPo.]" quotes Bump, even in a credited digest line."""
    text = (
        "Morning email.\n\n"
        "The South matters for Republicans - Philip Bump: “Two weeks ago, his strongest "
        "territory had been the South. Now, it is the North.” [WaPo.]\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Philip Bump"


def test_a_digest_line_names_its_speaker_after_a_dash_even_after_a_cue():
    """ "Pollsters agree - Nate Cohn: '...'" - the name before the colon speaks, not "Pollsters"."""
    text = (
        "Morning email.\n\n"
        "Pollsters agree - Nate Cohn: “The lesson is simple: keep contacting voters as late "
        "as possible.” [NYT.]\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Nate Cohn"


def test_a_possessors_remarks_are_a_noun_not_a_cue():
    """ "Frazier said Rubio's claim ... is 'simply not true'" - Frazier speaks, not Rubio."""
    text = (
        "Cruz spokeswoman Catherine Frazier said Thursday that Rubio's claim that Cruz favours "
        "amnesty is “simply not true.”\n"
    )
    quoted = [q for q in extract(text).quotes if q.kind != "indirect"]
    assert [q.speaker for q in quoted] == ["Catherine Frazier"]


def test_time_words_and_weekdays_are_not_speakers():
    """ "Hours later, she issued a statement calling ..." - she speaks; a weekday ends a name."""
    text = (
        "Ivy Marsh heard the news in Ohio.\n\n"
        "Hours later, she issued a statement calling on the country “to redouble our "
        "efforts at home and abroad.”\n\n"
        "“The bad ones, the gang members?” Tom Reyes asked Wednesday.\n"
    )
    first, second = extract(text).quotes
    assert first.speaker == "Ivy Marsh"
    assert second.speaker == "Tom Reyes"


def test_a_cue_word_after_an_adjective_and_article_is_a_noun():
    """ "the caustic chant 'Lock her up!'" - a chant here is a thing, not someone chanting:
    the chant is the crowd's, and the quote after the colon is Reyes's."""
    text = (
        "Tom Reyes spoke last.\n\n"
        "The crowd reprised the caustic chant “Lock her up!” as Reyes leaned in and boomed: "
        "“Let’s defeat her in November.”\n"
    )
    chant, defeat = extract(text).quotes
    assert chant.speaker_mention.text == "The crowd"
    assert defeat.speaker == "Tom Reyes"


def test_a_cue_in_a_fronted_clause_does_not_govern_a_quote_after_a_colon():
    """ "When Reyes suggested ..., Marsh fired back: '...'" - Marsh speaks."""
    text = (
        "When Tom Reyes suggested that the city would sue the state for reneging on the deal, "
        "Ivy Marsh fired back forcefully: “If they sue us in a court in Miami, they’re going "
        "to lose.”\n"
    )
    quoted = [q for q in extract(text).quotes if q.kind != "indirect"]
    assert [q.speaker for q in quoted] == ["Ivy Marsh"]


def test_a_dash_introduces_a_quotation_like_a_colon():
    """ "Reyes also embraced waterboarding -- 'I think ...'" - the subject speaks."""
    text = (
        "Tom Reyes also embraced enhanced interrogation techniques -- "
        "“I think waterboarding is peanuts compared to what they would do to us.”\n"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.cue) == ("Tom Reyes", "--")


def test_thanking_someone_for_quoted_words_attributes_them():
    """ "Washington thanked Obama for 'taking these steps'" - Washington's words."""
    text = "Kerry Washington thanked the president for “taking these steps to make us safer.”\n"
    (quote,) = extract(text).quotes
    assert quote.speaker == "Kerry Washington"


def test_who_after_the_object_of_a_preposition_stands_for_it():
    """ "a lecture from the Mexican president, who said ..." - the president speaks."""
    text = (
        "Tom Reyes endured a lecture from the Mexican president, who said that the pact "
        "has been good for “the U.S. as well as Mexico.”\n"
    )
    quoted = [q for q in extract(text).quotes if q.kind != "indirect"]
    assert [q.speaker_mention.text for q in quoted] == ["who"]
    assert quoted[0].speaker != "Tom Reyes"


def test_a_quotation_signed_on_the_next_line_is_the_signers():
    """A fact-check layout: the claim in quotation marks, then "- Sanders." on its own line."""
    text = (
        "Fact checker.\n\n"
        "“Boeing and GE and other multinationals pay zero taxes.”\n\n"
        "- Bernie Sanders.\n\n"
        "This is a complex issue, subject to fierce debate.\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Bernie Sanders"


def test_as_someone_put_it_is_a_cue():
    """ "as prosecutor Marc Trevidic put it, '...'" attributes the quotation to him."""
    text = (
        "But at the time, as prosecutor Marc Trevidic put it, “there was not much to "
        "complain about in the strict terms of criminal prosecution.”\n"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.cue) == ("Marc Trevidic", "put it")


def test_a_quoted_question_with_its_own_cue_is_not_joined_to_the_next_sentence():
    """'X responded: "...?" Her critics cited it ...' - the question is X's, not the critics'."""
    text = (
        'Dana Whitfield, exasperated, famously responded: "What difference does it make?" '
        "Her critics cited it as evidence that she did not care.\n"
    )
    found = _found(text)
    assert [(q[0], q[1]) for q in found] == [("What difference does it make?", "Dana Whitfield")]


def test_as_x_said_right_after_a_partial_quote_attributes_it():
    """'the race "is a dead heat," as Cruz said on Monday, only ...' is Cruz's."""
    text = (
        "The fact that the race “is a dead heat right now,” as Dana Whitfield said on "
        "Monday, only magnifies the importance of every decision.\n"
    )
    assert [(q[0], q[1]) for q in _found(text)] == [("is a dead heat right now,", "Dana Whitfield")]


def test_a_quoted_question_followed_by_an_inverted_asked_keeps_its_speaker():
    """'"...?" asked Sen. Maria Cantwell of Washington, who ...' - the senator asks."""
    text = (
        "“It’s complicated. Do you want them at a convention?” asked Sen. Maria Cantwell "
        "of Washington, who is willing to entertain some reforms.\n"
    )
    found = _found(text)
    assert [(q[0], q[1]) for q in found] == [
        ("It’s complicated. Do you want them at a convention?", "Maria Cantwell")
    ]


def test_as_meaning_while_does_not_attribute_the_quote_before_it():
    """ "Erdogan Says Deal ‘Done’ as Putin Urges More Ties": the deal is done per Erdogan."""
    text = (
        "Erdogan Says Russia Defense Deal ‘Done’ as Putin Urges More Ties\n\n"
        "Turkish President Recep Tayyip Erdogan said he is going ahead with the purchase.\n"
    )
    assert [q[1] for q in _found(text)] == ["Recep Tayyip Erdogan"] * 2


def test_a_paragraph_ending_in_a_colon_introduces_the_next_quote_by_its_subject():
    """ "President Clinton released the following statement:" - the statement is his."""
    statement = _found(
        "Wallace dies at 79\n\n"
        "When Wallace died in 1998, President Bill Clinton released the following statement:\n\n"
        "“Hillary and I offer our condolences to the family and friends of George Wallace.”\n"
    )
    weather = _found(
        "Storm season\n\nThe weather was the following:\n\n“Cold and wet all over the state.”\n"
    )
    assert [(q[1], q[2]) for q in statement] == [("Bill Clinton", "President Bill Clinton")]
    assert weather == []


def test_a_spelled_out_number_opening_a_sentence_is_not_a_speaker():
    """ "Forty-six percent said ..., calling it 'X'" - nobody named "Forty-six" speaks."""
    found = _found("Forty-six percent of voters backed the measure, calling it “a fair deal.”\n")
    assert all(q[1] != "Forty-six" for q in found)


def test_the_main_speaker_of_a_reported_clause_goes_on_in_the_next_paragraph():
    """ "Carter said that critics had been predicting ..." then a bare quote: Carter's."""
    text = (
        "Pacific tour\n\n"
        "Ash Carter said that for decades some critics had been predicting a withdrawal "
        "from the region, but this would not happen.\n\n"
        "“That’s because this region remains the most consequential for our security.”\n"
    )
    assert [q[1] for q in _found(text) if q[0].startswith("That’s")] == ["Ash Carter"]


def test_a_cue_inside_a_when_clause_does_not_govern_the_quote_after_it():
    """ "Mrs. Clinton said that when Ms. Warren railed against ..., 'she speaks for us'"."""
    text = (
        "Campaign\n\n"
        "Hillary Clinton said that when Elizabeth Warren railed against Wall Street from her "
        "perch in the Senate, ''she is speaking for all of us.''\n\n"
        '"I am not there right now," Paul Ryan said, though he said, "I hope to."\n'
    )
    assert [(q[0], q[1]) for q in _found(text)] == [
        ("she is speaking for all of us.", "Hillary Clinton"),
        ("I am not there right now,", "Paul Ryan"),
        ("I hope to.", "Paul Ryan"),
    ]


def test_back_in_a_year_is_a_fronted_time_phrase():
    """ "Back in 1999, Mr. Trump expressed admiration ..., telling CNBC: '...'"."""
    text = (
        "Campaign\n\n"
        "Back in 1999, Donald Trump expressed admiration for the governor's skills, "
        "telling CNBC: ''I wish I could be like that. I just can't.''\n"
    )
    assert [q[1] for q in _found(text)] == ["Donald Trump"]


def test_a_thing_named_by_a_role_phrase_never_stands_for_he():
    """ "the newspaper said ... 'I disagree,' he said" - "he" is the senator, not the paper."""
    text = (
        "Budget\n\n"
        "Senator Tom Reyes spoke in Toledo on Monday.\n\n"
        "“The plan is dead,” the newspaper said in an editorial.\n\n"
        "“I disagree,” he said.\n"
    )
    assert [q[1] for q in _found(text)] == ["newspaper", "Tom Reyes"]


def test_perhaps_opening_a_sentence_is_not_a_speaker():
    """ "Perhaps more than anyone, Sen. Graham has attacked ..." - no one called "Perhaps"."""
    text = (
        "Immigration\n\n"
        "Perhaps more than anyone, Sen. Lindsey Graham has attacked voters over the plan: "
        "“No group owns being an American, and I will say so.”\n"
    )
    assert [q[1] for q in _found(text)] == ["Lindsey Graham"]


def test_the_head_of_a_role_phrase_comes_before_of_or_for():
    """ "the envoy for the Syrian Kurds" is a person "he" can stand for."""
    text = (
        "Syria\n\n"
        "“The talks are over,” the envoy for the Syrian Kurds said on Monday.\n\n"
        "“We will go home,” he added.\n"
    )
    speakers = [q[1] for q in _found(text)]
    assert speakers[0] == "envoy for the Syrian Kurds"
    assert speakers[1].startswith("envoy")  # "he" stands for the envoy, a person


def test_a_name_after_with_speaks_its_participle():
    """ "quick to chime in, with Dana Whitfield tweeting that ..." - she tweeted it."""
    found = extract(
        'Republicans chimed in, with Dana Whitfield tweeting that it was a "disaster".\n'
    ).quotes
    assert [(q.text, q.speaker) for q in found] == [("disaster", "Dana Whitfield")]


def test_a_list_after_said_is_the_reported_subject_not_the_speaker():
    """ "X, a professor, said places such as Iowa 'have more ...'" - X said it."""
    (quote,) = extract(
        "Tom Reyes, associate professor of history, said places such as Iowa and New "
        'Hampshire "have more of a historical resonance."\n'
    ).quotes
    assert quote.speaker == "Tom Reyes"


def test_early_opens_a_fronted_phrase():
    """ "Early in his campaign, Reyes attacked Hollis, calling him ..." - Reyes called him that."""
    (quote,) = extract(
        "Early in his campaign, Tom Reyes attacked Hollis, calling him “a failed candidate.”\n"
    ).quotes
    assert quote.speaker == "Tom Reyes"


def test_a_possessive_noun_phrase_before_a_participle_is_its_object():
    """ "Reyes started out their ninth debate saying ..." - the debate says nothing."""
    (quote,) = extract(
        'Tom Reyes started out their ninth debate saying "of course" she is qualified.\n'
    ).quotes
    assert quote.speaker == "Tom Reyes"


def test_a_hyphenated_modifier_keeps_a_cue_word_a_noun():
    """ "The attack was a wake-up call for voters and their 'reveries ...'": no one calls."""
    text = "The attack was a wake-up call for voters and their “reveries about the presidency.”\n"
    assert extract(text).quotes == ()


def test_a_pronoun_may_stand_for_its_own_sentence_subject():
    """ "Bush went after Trump ..., when he called ..." - he is Bush, not the last speaker."""
    text = (
        "Tom Reyes, the party's candidate, said he would stay in.\n\n"
        "Jeb Bush went after Trump at the debate refusing to recant earlier remarks, "
        "when he called the businessman “unhinged.”\n"
    )
    quote = extract(text).quotes[-1]
    assert (quote.text, quote.speaker) == ("unhinged.", "Jeb Bush")


def test_a_one_word_opener_is_not_a_subject_a_pronoun_can_stand_for():
    """ "Things got worse ..." opening a sentence names nobody for a later "he"."""
    text = (
        "Dennis Prager spoke to the club on Monday.\n\n"
        "Things got worse after that. He said they “refuse to vote for the only person "
        "who can stop them.”\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Dennis Prager"


def test_a_first_name_men_bear_too_does_not_block_he():
    """Lindsey Graham is "he": a first name worn by men and women says nothing of gender."""
    text = (
        "The plan drew fire from a man who had run against it in 2014.\n\n"
        "In his remarks, Sen. Lindsey Graham argued that the deal “is dead.”\n\n"
        "In Columbia, Graham assures his audience he will tell the critics to “go home.”\n"
    )
    speakers = {q.text: q.speaker for q in extract(text).quotes}
    assert speakers["go home."] == "Lindsey Graham"


def test_a_direct_quotation_going_on_in_the_next_paragraph_is_one_quotation():
    """ "'A,' Barkley said. ¶ 'B.'" is one quotation in two paragraphs (one group)."""
    text = (
        "“CNN has done an awful job this election,” Charles Barkley said on Friday.\n\n"
        "“And it is sad that our company has sold its soul for ratings.”\n"
    )
    first, second = extract(text).quotes
    assert first.group == second.group
    assert second.speaker == "Charles Barkley"


def test_a_quotation_after_a_partial_quote_in_the_last_paragraph_starts_a_new_group():
    """After "X said he has 'no idea' if ..." a new paragraph's quotation is another one."""
    text = (
        "Former adviser Sidney Blumenthal said he has “no idea” if he would have objected.\n\n"
        "“We are old friends, and when she asks, I answer.”\n"
    )
    first, second = extract(text).quotes[-2:]
    assert first.group != second.group


def test_a_clause_long_quote_closed_by_its_attribution_goes_on_in_the_next_paragraph():
    """'America needs leaders "who understand ...," Clinton said. ¶ "And ..."' is one quote."""
    text = (
        "America needs leaders “who understand that reckless comments can cause more "
        "turbulence,” Hillary Clinton said.\n\n"
        "“And that is why steady leadership is so important at times like these.”\n"
    )
    first, second = extract(text).quotes
    assert first.kind == "partial"
    assert first.group == second.group


def test_a_short_phrase_closed_by_its_attribution_does_not_go_on():
    """'He called Trump a "sociopath," Humphrey said. ¶ "To my knowledge ..."' are two."""
    text = (
        "He called the candidate a “sociopath,” former senator Gordon Humphrey said.\n\n"
        "“To my knowledge, there is no heavy-hitter involved yet.”\n"
    )
    first, second = extract(text).quotes
    assert first.group != second.group


def test_a_one_word_digest_label_after_a_dash_names_its_speaker():
    """ "Topic - HuffPollster: '...' [HuffPost.]" - a one-word name set off by a dash speaks."""
    text = (
        "Morning Email\n\n"
        "Media share blame for the poll miss - HuffPollster: “Pollsters are taking a lot of "
        "heat for not predicting the result.” [HuffPost.]\n"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.cue) == ("HuffPollster", ":")


def test_more_from_a_source_before_a_colon_names_the_speaker():
    """ "Topic - More from Jones: '...'" and "From the report: '...'" quote that source."""
    text = (
        "Morning Email\n\n"
        "What it means for the election - More from Jones: “The partisanship of the state "
        "is a starting point.”\n\n"
        "From the report: “Samples with longer field periods produced better estimates.”\n"
    )
    quotes = extract(text).quotes
    assert [q.speaker_mention.text for q in quotes] == ["Jones", "the report"]


def test_a_clause_long_quotation_with_no_cue_is_the_sentence_subjects():
    """'Ryan worried that ... "a hammock that lulls ..."': no cue verb, the subject's words."""
    text = (
        "Paul Ryan, the House budget chairman, spoke in Washington in 2011.\n\n"
        "Ryan worried that the safety net was becoming “a hammock that lulls "
        "able-bodied people into lives of complacency and dependency.”\n"
    )
    found = _found(text)
    assert [q[:2] for q in found] == [
        (
            "a hammock that lulls able-bodied people into lives of complacency and dependency.",
            "Paul Ryan",
        ),
    ]


def test_a_subject_followed_by_a_copula_does_not_speak_an_uncued_quotation():
    """'The ad was "a disgrace ..." to many viewers' quotes somebody, but not the ad."""
    text = (
        "The campaign aired a new ad in Iowa on Monday.\n\n"
        "The ad was “a disgrace to the office” in the eyes of many viewers in Des Moines.\n"
    )
    assert _found(text) == []


def test_a_short_uncued_quotation_after_a_subject_stays_a_scare_quote():
    """'Sanders toured the "rust belt" towns' names a phrase, not a statement."""
    text = (
        "Bernie Sanders campaigned in Iowa on Monday.\n\n"
        "Sanders toured the “rust belt” towns again with a crowd of students.\n"
    )
    assert _found(text) == []


def test_a_quotation_opening_a_sentence_that_goes_on_continues_the_speaker():
    """'"I think voters care about wages" and other pocketbook issues.' is still hers."""
    text = (
        "“Nobody in Iowa is asking me about it,” Jennifer Palmieri told reporters. "
        "“I think what voters really care about is wages” and other pocketbook issues.\n"
    )
    found = _found(text)
    assert ("I think what voters really care about is wages", "Jennifer Palmieri") in [
        q[:2] for q in found
    ]


def test_a_short_quotation_after_as_sums_someone_up_in_the_subjects_words():
    """ "Trump summed up Clinton as 'terrible'": no cue verb, but his word."""
    text = (
        "Donald Trump spoke in Ohio on Monday.\n\n"
        "Trump summed up Clinton as “terrible,” and promised to win the state.\n"
    )
    assert [q[:2] for q in _found(text)] == [("terrible,", "Donald Trump")]


def test_a_short_quotation_after_as_a_sums_something_up_in_the_subjects_words():
    """ "Merkel heralded the deal as a 'breakthrough'": the article does not change that."""
    text = (
        "Dana Whitfield spoke in Berlin on Monday.\n\n"
        "Whitfield heralded the agreement with the unions as a “breakthrough.”\n"
    )
    assert [q[:2] for q in _found(text)] == [("breakthrough.", "Dana Whitfield")]


def test_a_quotation_after_as_the_is_no_summing_up():
    """ "..., as the 'autopsy' recommended" - the quoted word opens a clause of its own."""
    text = (
        "Party leaders spoke in Ohio on Monday.\n\n"
        "Mainstream Republicans got behind a broad immigration overhaul, as the “autopsy” "
        "recommended, and watched it fail in the House.\n"
    )
    assert _found(text) == []


def test_according_to_a_possessed_notion_names_no_source():
    """ "pull the lever for 'R' or 'D,' according to their instinctive preference"."""
    text = (
        "Most voters have no idea who their state senator is, so they simply pull the lever "
        "for “R” or “D,” according to their instinctive preference.\n\n"
        "The plan is “dead,” according to his spokesman.\n"
    )
    assert [(q[0], q[2]) for q in _found(text)] == [("dead,", "his spokesman")]


def test_a_title_case_nickname_after_called_and_its_object_is_the_callers_word():
    """ "he called Rubio 'Little Marco'" gives a name; "a film called '...'" and "so called"
    name a title."""
    text = (
        "Donald Trump spoke at a rally in Florida on Monday.\n\n"
        "Within minutes, Trump called Rubio “Little Marco” several times.\n\n"
        "His campaign aired a short film called “Tenemos Familias” on Univision.\n\n"
        "Voters rejected the so called “Implementation Initiative” in February.\n"
    )
    assert [q[:2] for q in _found(text)] == [("Little Marco", "Donald Trump")]


def test_a_title_case_name_after_referred_to_as_is_the_referrers_word():
    """ "she referred to the board as 'The Old Boys Club'" names, in her words."""
    text = (
        "Dana Whitfield worked at the bank for a decade.\n\n"
        "Whitfield said she often referred to the board as “The Old Boys Club.”\n"
    )
    assert [q[:2] for q in _found(text)] == [("The Old Boys Club.", "Dana Whitfield")]


def test_a_speaker_and_any_past_tense_verb_closing_the_sentence_attribute_the_quote():
    """'"This is fantastic!" beamed Donald Hartley.' - "beamed" is no listed cue."""
    text = (
        "Delegates cheered in Cleveland on Thursday night.\n\n"
        "“This is fantastic!” beamed Donald Hartley of Madison, Alabama.\n\n"
        "“France will always be France,” an angry Francois Hollande retaliated.\n"
    )
    assert [q[:2] for q in _found(text)] == [
        ("This is fantastic!", "Donald Hartley"),
        ("France will always be France,", "Francois Hollande"),
    ]


def test_it_and_any_past_tense_verb_closing_the_sentence_attribute_the_quote():
    """'"Keep the tax in place," it recommended.' - "it" is the report that speaks."""
    text = (
        "The finance ministry published its review on Monday.\n\n"
        "“Keep the carbon tax in place for the rest of the decade,” it recommended.\n"
    )
    assert [q[2] for q in _found(text)] == ["it"]


def test_a_question_put_to_someone_who_was_asked_is_not_their_words():
    """'Blumenthal was asked, "If you had known ...?"' after his own quote: the
    interviewer's question, not more of what Blumenthal said."""
    text = (
        "“We are old friends,” Sidney Blumenthal said on CNN.\n\n"
        "Blumenthal was asked, “If you had known she had a personal server, "
        "would you have told her it is not a good idea?”\n"
    )
    found = _found(text)
    assert ("We are old friends,", "Sidney Blumenthal") in [q[:2] for q in found]
    assert all(not q[0].startswith("If you had known") for q in found)


def test_an_apposition_between_the_subject_and_its_verb_is_stepped_over():
    """ "Dottie Deans, the chairwoman of the party, credited him for '...'": her words;
    "X, 44, known online as 'Guccifer,'" is a name others use."""
    text = (
        "Dottie Deans, the chairwoman of the Vermont Democratic Party, credited him "
        "for “an exciting and inspiring campaign.”\n\n"
        "Marcel Lehel Lazar, 44, known online as “Guccifer,” was extradited in 2014.\n"
    )
    assert [q[:2] for q in _found(text)] == [
        ("an exciting and inspiring campaign.", "Dottie Deans"),
    ]


def test_a_lower_case_role_with_of_resolves_to_the_person_introduced_with_it():
    """ "the former secretary of state" is Hillary Clinton when she was introduced so;
    "the spokesman for the Turkish president" is never the president."""
    text = (
        "Former Secretary of State Hillary Clinton campaigned in Iowa on Monday.\n\n"
        "“We will win this state,” the former secretary of state said.\n\n"
        "Turkish President Tayyip Erdogan spoke in Ankara.\n\n"
        "“The deal is done,” the spokesman for the Turkish president said.\n"
    )
    speakers = [q[1] for q in _found(text)]
    assert speakers[0] == "Hillary Clinton"
    assert speakers[1] != "Tayyip Erdogan"


def test_a_pronoun_never_stands_for_someone_named_only_later_in_the_article():
    """History looks back only: "he" in the second paragraph is not the last one's name."""
    text = (
        "The court met in Bucharest on Monday.\n\n"
        "“The sentence is fair,” he said.\n\n"
        "Joshua Green spoke to reporters later that day.\n"
    )
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_a_role_between_capitalised_words_leads_the_subject_on_to_the_name():
    """ "Radio talk host Rush Limbaugh used his platform ... what he described as ..." """
    text = (
        "Radio talk host Rush Limbaugh used his platform Friday to discuss what he "
        "described as the “brilliant” decision Donald Trump made.\n"
    )
    assert [q[:2] for q in _found(text)] == [("brilliant", "Rush Limbaugh")]


def test_a_phrase_after_a_preposition_never_speaks_uncued_words():
    """ "another tweet about the Orlando tragedy and one more for '...'" - "the Orlando"
    is inside a prepositional phrase (and stops at a modifier): nobody's subject."""
    text = (
        "Then came another tweet about the Orlando tragedy and one more for “being right "
        "on radical Islamic terrorism.”\n"
    )
    assert _found(text) == []


def test_a_title_case_quotation_right_after_a_speech_verb_is_spoken_not_a_title():
    """ "He said 'The Hispanics' and swears ..." quotes him; "the so called 'X'" and
    "Outside, ... chanting" name no speaker of their own."""
    text = (
        "Donald Trump spoke in Nevada on Tuesday.\n\n"
        "He said “The Hispanics” and swears Latinos love him.\n\n"
        "Voters rejected the so called “Implementation Initiative” in February.\n"
    )
    assert [q[:2] for q in _found(text)] == [("The Hispanics", "Donald Trump")]


def test_a_fronted_place_adverb_is_no_subject():
    """ "Outside, about 200 protesters congregated ..., chanting 'Dump Trump.'" """
    text = (
        "Outside, about 200 protesters congregated in three clusters, holding anti-Trump "
        "signs and chanting “Dump Trump.”\n"
    )
    assert all(q[1] != "Outside" for q in _found(text))


def test_an_unresolved_you_or_we_is_the_reader_or_the_writer_not_a_speaker():
    """ "Why not just say: 'They'll go home'?" or "we ask, 'who has God anointed?'" quote
    no one in the story; an "I" narrating an essay still speaks."""
    text = (
        "Also, a lot of people didn’t like the phrase. Why not just say, you might ask, "
        "“They’ll go home the same way they came”?\n\n"
        "What we should ask is, “Who has God anointed?”\n"
    )
    assert _found(text) == []


def test_short_quotations_beside_a_clause_long_one_are_the_same_subjects_words():
    """'Fiorina vented that it would be "incredibly ugly," "a huge shock" and "a fight
    from start to finish."' - one group, all hers, the short ones too."""
    text = (
        "Carly Fiorina led the company for six years.\n\n"
        "Flying home one night, Fiorina vented to her husband, Frank Fiorina, that the fight "
        "would be “incredibly ugly,” “a huge shock” and “a fight from start to finish.”\n"
    )
    quotes = extract(text).quotes
    assert [q.text for q in quotes] == [
        "incredibly ugly,",
        "a huge shock",
        "a fight from start to finish.",
    ]
    assert {q.speaker for q in quotes} == {"Carly Fiorina"}
    assert len({q.group for q in quotes}) == 1


def test_the_readers_of_an_email_do_not_speak_it():
    """ "An email to his supporters says ..." - the email speaks, not "his supporters"."""
    text = 'The email to his supporters says the council member "has fought for fair wages."'
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "The email"


def test_an_online_platform_is_a_speaker_when_it_is_the_subject():
    """ "Twitter said in a statement" names a company; "on Twitter, ... said" a medium."""
    text = (
        "Headline\n\n"
        "“Our rules have changed,” Twitter said in a statement, adding that it “condemns "
        "the use of the service to promote violence.”"
    )
    quotes = extract(text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Twitter", "said"), ("Twitter", "adding")]


def test_a_quote_paragraph_after_a_verdict_is_the_words_of_who_gave_it():
    """ "Valastro praised Christie's leadership ..." then a quotation standing alone."""
    text = (
        "Pastry chef Tony Russo joined the governor at a town hall on Monday.\n\n"
        "Russo praised the governor’s leadership after the storm.\n\n"
        "“We need someone who’s going to cut through the noise and bring people together.”"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.cue) == ("Tony Russo", "praised")


def test_a_full_name_before_a_colon_introduces_the_quote_after_it():
    """ "The surge doesn't surprise pollster Daron Shaw: '...'" - the name speaks."""
    text = (
        "The timing of the senator’s surge does not surprise Republican pollster Dana Shore: "
        "“Lesser-known candidates who win early contests have seen the biggest boost.”"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Dana Shore"
    assert quote.speaker_mention.text == "Republican pollster Dana Shore"


def test_a_place_before_a_colon_introduces_nobody():
    """ "... the summit moved to Geneva: 'a neutral venue'" - a place is not a speaker."""
    text = "After weeks of talks the summit moved to Geneva: “a neutral venue for everyone.”"
    assert [q.speaker for q in extract(text).quotes if q.kind != "indirect"] in ([], [None])


def test_a_subject_opening_with_the_article_a_introduces_the_quote_after_its_colon():
    """ "A footnote in the report makes that clear: '...'" - "A" is no all-caps label."""
    text = (
        "A footnote in the audit makes that clear: “These rules do not apply to the system "
        "used by the agency’s most senior officials.”"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "A footnote"


def test_a_connective_opening_the_sentence_is_not_its_subject():
    """ "Likewise, a paper from the institute had this to say: '...'" - the paper speaks."""
    text = (
        "Likewise, a paper from the Lindgren Institute had this to say about the plan: "
        "“Families from the top half of the income distribution would gain the most.”"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text.startswith("a paper")


def test_a_possessive_name_leads_a_subject_like_an_article():
    """ "Hoff's letter makes a libertarian-style case: '...'" - the letter speaks."""
    text = (
        "Hoff’s letter makes a libertarian-style case: “Followers of every creed should be "
        "free to say what they believe.”"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "Hoff’s letter"


def test_a_head_noun_that_cannot_speak_leaves_the_quote_to_the_clause_after_it():
    """ "The major danger he sees is '...'" - "he" sees it; "the major" is no officer."""
    text = (
        "Analyst Karl Brenner spoke on Monday. The major danger he sees for the alliance is "
        "“the fact that we have these movements on both sides of the Atlantic.”"
    )
    quote = next(q for q in extract(text).quotes if q.kind != "indirect")
    assert quote.speaker == "Karl Brenner"
    assert quote.speaker_mention.text == "he"


def test_a_possessive_determiner_opening_a_sentence_is_never_a_speakers_name():
    """ "Their answers may ..." then "he says" - nobody called "Their" speaks."""
    text = (
        "Jim VandeHei met me on Monday. Their answers may require a trigger warning. "
        "Journalists, he says, are “stubbornly clinging to the old ways.”"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Jim VandeHei"


def test_an_office_named_by_a_possessive_speaks_for_itself():
    """ "Her office said ..." - the phrase is the office, not a name "Her"."""
    text = (
        "Senator Ann Ruiz was absent. Her office said in a statement that the vote was "
        "“a sham from start to finish.”"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "Her office"


def test_a_party_word_before_a_place_is_no_speaker_of_a_column_title():
    """'In Sen. Sessions' column, "The piling on must stop," the Republican from Alabama
    seems to be ...' - a title; "the Republican" only leads a phrase."""
    text = (
        "Donald Trump has a long history of blaming others. In Sen. Jeff Sessions' column on "
        'Aug. 10, "The piling on must stop," the Republican from Alabama seems to be doing the '
        "same in blaming the news media."
    )
    assert [q.speaker for q in extract(text).quotes] == []


def test_a_chant_before_a_quote_is_the_crowds_not_the_speakers():
    """ "when Trump mentioned her, ... the crowd reprised the chant 'Lock her up!'" and
    "Christie roused the crowd to chants of '...'" - the crowd chants."""
    text = (
        "Boos rained down when Trump mentioned the former secretary of state, and at one point "
        "the crowd loudly reprised the caustic chant “Lock her up!” that ricocheted through "
        "the arena.\n\n"
        "Casting himself as her prosecutor, Mr. Christie roused the audience to spontaneous "
        "chants of “Send her away!”"
    )
    assert [(q.speaker_mention.text, q.cue) for q in extract(text).quotes] == [
        ("the crowd", "chant"),
        ("the audience", "chants"),
    ]


def test_a_surname_named_earlier_introduces_the_quote_after_its_colon():
    """ "Boos rained down when Trump mentioned her ... Trump leaned in and boomed: '...'" """
    text = (
        "Boos rained down when Trump mentioned the former secretary of state.\n\n"
        "Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat "
        "her in November.”"
    )
    (quote,) = extract(text).quotes
    assert (quote.speaker, quote.cue) == ("Trump", ":")


def test_a_one_word_subject_nobody_was_named_as_introduces_no_quote():
    """ "Thanks to the new rules: 'a fresh start for all.'" - "Thanks" is nobody."""
    text = "Thanks to the new rules adopted on Monday: “a fresh start for all of us here.”"
    assert [q.speaker for q in extract(text).quotes] in ([], [None])


def test_a_clause_opened_by_ever_since_is_not_the_subject():
    """ "Ever since she endorsed X, Ms. Warren has been ... with a simple message: '...'" """
    text = (
        "Ever since she endorsed Mrs. Clinton this month, Ms. Warren has been a powerful "
        "surrogate, encouraging young staffers with a simple message: “Don’t screw this up!”"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "Ms. Warren"
