"""Speaker phrases with long descriptors, and sentences a missing space runs together.

Wire-style sentences written for these tests; each rule is general news style.
"""

from quotes.extraction import extract
from tests.extraction_helpers import quote_triples as _found


def test_party_and_office_adjectives_before_a_name_belong_to_the_speaker_phrase():
    """ "Former Republican presidential candidate Jeb Bush" speaks, not "Former Republican"."""
    text = (
        "Former Republican presidential candidate Dana Whitfield explained the problem "
        "to a Dutch newspaper: “What he did was so insensitive. It was a mistake.”\n"
    )
    assert _found(text) == [
        (
            "What he did was so insensitive. It was a mistake.",
            "Dana Whitfield",
            "Former Republican presidential candidate Dana Whitfield",
        )
    ]


def test_a_hopeful_with_a_title_is_one_speaker_phrase():
    """ "Republican presidential hopeful Sen. Ted Cruz" is Cruz, described at length."""
    text = (
        "Republican presidential hopeful Sen. Carl Ostrow was also critical, "
        "telling a radio host: “The comments today are typical of this administration.”\n"
    )
    found = _found(text)
    assert [(q[0], q[1]) for q in found] == [
        ("The comments today are typical of this administration.", "Carl Ostrow")
    ]


def test_a_person_described_with_an_article_who_called_something_a_name_is_a_speaker():
    """ "A reporter for AFP called it 'absolute chaos'" is a quote; "a book called 'X'" is not."""
    reporter = _found('A reporter for Agence France-Presse called it "absolute chaos."\n')
    book = _found("She is promoting a book called “Women Who Work” this month.\n")
    assert [q[0] for q in reporter] == ["absolute chaos."]
    assert reporter[0][2] == "A reporter for Agence France-Presse"
    assert book == []


def test_a_closing_mark_glued_to_the_next_capitalised_word_still_ends_the_sentence():
    """'... I love tacos!”Former senator X told ...': the next sentence has its own speaker."""
    text = (
        "Mayor Tom Reyes posted a photo on Monday.\n\n"
        "“Happy holidays!” he tweeted. “I love this city!”Former senator Dana Whitfield "
        "explained the problem to a local newspaper: “That was a tone-deaf message.”\n"
    )
    found = _found(text)
    assert ("I love this city!", "Tom Reyes", "he") in found
    assert (
        "That was a tone-deaf message.",
        "Dana Whitfield",
        "Former senator Dana Whitfield",
    ) in found


def test_a_one_word_opener_does_not_hide_the_subject_of_a_participle():
    """ "Then he cut into Bush, calling him a 'stiff'": the participle is his, after "Then"."""
    text = (
        "Senator Dana Whitfield spoke for an hour in Concord.\n\n"
        'Then he cut into his rival, calling him a "stiff" and accusing him of acting '
        'like a "spoiled child."\n'
    )
    found = _found(text)
    assert [(q[0], q[1]) for q in found] == [
        ("stiff", "Dana Whitfield"),
        ("spoiled child.", "Dana Whitfield"),
    ]


def test_a_city_and_agency_dateline_is_not_the_subject():
    """ "Washington (AFP) – Democrat X has ..., saying": X speaks, not Washington."""
    text = (
        "Washington (AFP) – Senator Dana Whitfield took a swipe at her rival's stance, "
        "saying that “bombastic comments” do more harm than good.\n"
    )
    assert [(q[0], q[1]) for q in _found(text)] == [("bombastic comments", "Dana Whitfield")]


def test_a_dateline_before_a_fronted_clause_leaves_the_main_subject():
    """ "WASHINGTON (UPI) — In response to ..., the senator rallied supporters, saying:"."""
    text = (
        "WASHINGTON, Dec. 8 (UPI) — In response to a proposal to bar Muslims from entering "
        "the United States, the senator rallied supporters, saying: “We have to stop it.”\n"
    )
    assert [q[2] for q in _found(text)] == ["the senator"]


def test_a_weekday_after_a_surname_is_not_part_of_the_name():
    """ "Hannity asked Trump Wednesday how ..." names Trump; the day is when."""
    text = (
        "Hannity asked Trump Wednesday how high the wall would be.\n\n"
        "“We are going to build a wall,” Trump added.\n"
    )
    assert [q[1] for q in _found(text)] == ["Trump"]


def test_a_capitalised_word_between_article_and_comment_makes_comment_a_noun():
    """ "posted a Twitter comment of her own, saying" - the comment is hers, not Twitter's."""
    text = (
        "Senator Dana Whitfield posted a Twitter comment of her own, saying, "
        "“We’re so excited to meet our second grandchild!”\n"
    )
    assert [q[1] for q in _found(text)] == ["Dana Whitfield"]


def test_an_adverb_before_a_fronted_participle_is_not_the_subject():
    """ "Hastily politicizing the tragedy, Trump ... emphasized 'X'" - Trump, not "Hastily"."""
    text = (
        "Hastily politicizing the tragedy in Nice, Trump cast the blame on his rivals, "
        "and emphasized the threat of “Islamic terrorism.”\n"
    )
    assert [(q[0], q[1]) for q in _found(text)] == [("Islamic terrorism.", "Trump")]


def test_a_participle_after_a_common_noun_ends_the_phrase_after_according_to():
    """ "according to a court document filed Tuesday" - the speaker is the document."""
    text = (
        "“The evidence cannot prove the charge,” according to a court document filed "
        "in Palm Beach on Tuesday.\n"
    )
    assert [q[2] for q in _found(text)] == ["a court document"]


def test_a_possessive_and_a_prefixed_adjective_make_remarks_a_noun():
    """ "his anti-Muslim remarks" are talked about; nobody "remarks" there."""
    text = "Mayor Bill de Blasio said on Monday that his anti-Muslim remarks were “propaganda.”\n"
    assert [(q[0], q[1]) for q in _found(text)] == [("propaganda.", "Bill de Blasio")]


def test_a_common_noun_subject_speaks_after_a_colon_or_in_a_participle():
    """ "The retired neurosurgeon ..., saying" names him; "The first incident came" names nobody."""
    found = _found(
        "Ben Carson spoke in Iowa on Monday.\n\n"
        "The retired neurosurgeon hinted at changes, saying he was “refining some operational "
        "practices.”\n\n"
        "The first incident came during a speech, when protesters interrupted her, "
        "shouting “she wins, we lose!”\n"
    )
    mentions = {q[0]: q[2] for q in found}
    assert mentions["refining some operational practices."] == "The retired neurosurgeon"
    assert all(q[1] is None or q[1].strip() for q in found)
    assert mentions.get("she wins, we lose!") in (None, "protesters")


def test_first_before_a_cue_is_an_adverb_not_part_of_the_speaker():
    """ "The Tennessean first reported" - the newspaper reported, "first" says when."""
    found = _found(
        "The Tennessean first reported that Gore would skip the “festivities” this year.\n"
    )
    assert [q[2] for q in found] == ["The Tennessean"]


def test_a_number_of_years_ago_opening_a_sentence_is_not_a_speaker():
    """ "Eight years ago, he supported Obama and said, '...'" - he said it, not "Eight"."""
    text = (
        "Al Sharpton spoke in Harlem on Monday.\n\n"
        "Eight years ago, he supported Barack Obama over Clinton and said, "
        "“Hillary Clinton has never done nothing for us.”\n"
    )
    assert [q[2] for q in _found(text)] == ["he"]


def test_a_party_and_state_apposition_is_stepped_over_to_the_name():
    """ "Representative Lee Zeldin, Republican of New York, said" - Zeldin, not the party."""
    text = (
        "Campaign\n\n"
        "One early supporter, Representative Lee Zeldin, Republican of New York, said: "
        "''You can easily argue that.''\n\n"
        "''It works,'' Senator Joe Manchin, Democrat of West Virginia, said on Tuesday.\n"
    )
    assert [(q[1], q[2]) for q in _found(text)] == [
        ("Lee Zeldin", "Representative Lee Zeldin"),
        ("Joe Manchin", "Senator Joe Manchin"),
    ]


def test_a_name_set_off_after_a_short_phrase_is_the_subject():
    """ "One early supporter, Representative Lee Zeldin, ..., gave it a whirl: '...'"."""
    text = (
        "Campaign\n\n"
        "One early supporter, Representative Lee Zeldin, Republican of New York, gave the "
        "technique a whirl in an interview on Tuesday: ''You can easily argue that the "
        "president is a racist with his policies.''\n"
    )
    assert [q[1] for q in _found(text)] == ["Lee Zeldin"]


def test_a_past_verb_inside_a_noun_phrase_makes_it_a_clause():
    """ "the Clinton operation disparaged women complained" names no speaker phrase."""
    found = _found(
        "Campaign\n\nIn 1992, the campaign operation disparaged women complained that it "
        "“would be all but disqualifying in a Democratic primary.”\n\n"
        "A campaign TV ad released Thursday said he was “in a pattern of sleaze.”\n"
    )
    mentions = [q[2] for q in found]
    assert "the campaign operation disparaged women" not in mentions
    assert "A campaign TV ad released" in mentions


def test_a_long_relative_clause_after_a_name_is_stepped_over():
    """ "Marco Rubio, whose hometown, Miami, is projected ..., argues" - Rubio, not Miami."""
    text = (
        "Climate\n\n"
        "Marco Rubio, whose hometown, Miami, is projected to be largely underwater within the "
        "not too distant future as ice caps shrink and the sea level rises, argues that "
        "government efforts to combat it will ''destroy our economy.''\n"
    )
    assert [q[1] for q in _found(text)] == ["Marco Rubio"]


def test_a_phrase_after_a_cue_followed_by_a_finite_verb_is_not_an_inverted_speaker():
    """ "..., conceded the current situation in the country is 'deeply regrettable'"."""
    text = (
        "Libya\n\n"
        "Earlier this week, Hillary Clinton, who served as secretary of state when the "
        "decision was made to intervene in the Libya civil war, conceded the current "
        "situation in the country is “deeply regrettable.”\n"
    )
    assert [q[1] for q in _found(text)] == ["Hillary Clinton"]


def test_a_fronted_past_participle_clause_has_no_speaker():
    """ "Informed of the district's lean, X had a short answer: '...'" - X, not "Informed"."""
    text = (
        "Delegates\n\n"
        "Informed of the local district's anti-Trump lean, Tom Reyes had a short answer: "
        "“That is news to me, I have to say.”\n"
    )
    assert [q[1] for q in _found(text)] == ["Tom Reyes"]


def test_a_longer_role_phrase_after_an_inverted_cue_is_the_speaker():
    """ "said a former senior law enforcement official." and "said the chief known as Bob"."""
    found = _found(
        '"There was wrongdoing," said a former senior law enforcement official.\n\n'
        '"There never was a stand-down order," said the base chief known as Bob, '
        "speaking publicly for the first time.\n\n"
        '"There won\'t be a path for him," said one of those advisers, who spoke on the '
        "condition of anonymity.\n"
    )
    assert [q[2] for q in found] == [
        "a former senior law enforcement official",
        "the base chief",
        "one of those advisers",
    ]


def test_people_who_were_told_something_did_not_say_it():
    """ "members were told it was 'a model'": a passive "told" has no speaker."""
    assert _found("Members were told it was “the prior economy model.”\n") == []


def test_a_common_noun_subject_before_an_irregular_verb_still_speaks():
    """ "The billionaire businessman began by ..., saying ...": the businessman says it."""
    found = _found(
        "The billionaire businessman began by talking about the drug crisis, saying that "
        "heroin is now “cheaper than getting candy.”\n"
    )
    assert [(q[0], q[2]) for q in found] == [
        ("cheaper than getting candy.", "The billionaire businessman")
    ]


def test_a_reflexive_after_the_subject_is_stepped_over():
    """ "Sanders himself acknowledged ... 'it will be very hard'": Sanders acknowledged it."""
    found = _found(
        "Tom Reyes himself acknowledged in a forum on Monday night “it will be very hard "
        "for us to win” if he keeps losing.\n"
    )
    assert [(q[0], q[2]) for q in found] == [("it will be very hard for us to win", "Tom Reyes")]


def test_a_titled_name_after_a_fronted_phrase_is_the_subject_not_an_apposition():
    """ "..., for his wife Senator Ivy Marsh, former president Tom Reyes said ..." - Reyes."""
    found = _found(
        "On the campaign trail for his wife Senator Ivy Marsh, former president Tom Reyes "
        "said she was qualified because “the world’s in tough shape.”\n"
    )
    assert [q[1] for q in found] == ["Tom Reyes"]


def test_a_participle_phrase_between_subject_and_cue_is_stepped_over():
    """ "Another source speaking to Fox News said, '...'" - the source said it, not Fox News."""
    found = _found(
        "Another intelligence source speaking to Fox News said, “The agents are investigating "
        "the donations.”\n"
    )
    assert [q[2] for q in found] == ["source"]


def test_people_nouns_that_are_no_titles_can_head_a_speaking_subject():
    """ "In three interviews, the justice sounded off, saying ..." - the justice says it."""
    found = _found(
        "In three separate interviews, the justice sounded off on Trump, saying she didn't "
        '"want to contemplate" the effects.\n'
    )
    assert [(q[0], q[2]) for q in found] == [("want to contemplate", "the justice")]


def test_a_person_before_for_heads_the_speaker_phrase():
    """ "A spokesman for the buyer said there was a commitment 'to ...'" - the spokesman."""
    found = _found(
        "A spokesman for the buyer said there was a commitment “to making this a showcase "
        "for the island.”\n"
    )
    assert [q[2] for q in found] == ["A spokesman for the buyer"]


def test_however_between_subject_and_cue_is_stepped_over():
    """ "Carter however said he would welcome a 'principled security network'"."""
    found = _found(
        "Tom Reyes however said he would welcome a “principled security network” for Asia.\n"
    )
    assert [q[1] for q in found] == ["Tom Reyes"]


def test_a_name_set_off_by_dashes_speaks():
    """ "A former candidate -- Tom Reyes, who lost in 2008 -- said ..." - Reyes said it."""
    found = _found(
        "A former Republican presidential candidate -- Tom Reyes, who lost the 2008 "
        'election -- said the president "offered no changes to his strategy."\n'
    )
    assert [q[1] for q in found] == ["Tom Reyes"]


def test_now_between_subject_and_cue_is_stepped_over():
    """ "X used to support Paul, but now said Trump had 'the opportunity ...'" - X said it."""
    found = _found(
        "House Republican Tom Reyes used to support Rand Paul, but now said Trump had "
        "“the opportunity and the obligation to bring us together.”\n"
    )
    assert [q[1] for q in found] == ["Tom Reyes"]


def test_who_right_before_a_cue_is_the_mention_standing_for_the_name():
    """ "this tweet from Dana Whitfield who tweeted, '...'" - mention "who", speaker Whitfield."""
    found = _found(
        "Among the replies was this tweet from Dana Whitfield who tweeted, “They never "
        "pay attention to the rules.”\n"
    )
    assert [(q[1], q[2]) for q in found] == [("Dana Whitfield", "who")]


def test_who_after_a_dash_stands_for_the_name_before_it():
    """ "Tom Reyes - who previously said he would 'bomb ...' - said at a rally ..."."""
    found = _found(
        'Front-runner Tom Reyes - who previously said he would "bomb the oil fields" - said '
        "at a rally that the borders should close.\n"
    )
    assert [(q[0], q[1]) for q in found if q[0] == "bomb the oil fields"] == [
        ("bomb the oil fields", "Tom Reyes")
    ]


def test_an_indefinite_role_after_a_preposition_introduces_a_new_speaker():
    """ "remarks made by a campaign surrogate who said ..." - not a known person with a role."""
    found = _found(
        "Senate Republican Leader Mitch McConnell spoke on Monday.\n\n"
        "Bernie Sanders is disavowing remarks made by a campaign surrogate who said voters "
        "shouldn’t “continue to elect corporate Democratic whores” during a rally.\n"
    )
    assert [(q[1], q[2]) for q in found] == [("campaign surrogate", "who")]


def test_a_role_with_a_one_word_complement_after_of_is_a_speaker():
    """ "where the secretary of state said she was 'not only here ...'" names a speaker."""
    text = (
        "It was a rally where the secretary of state said she was “not only here to do my "
        "job” but also to back her candidate.\n"
    )
    (found,) = _found(text)
    assert found[2] == "the secretary of state"


def test_an_adverb_and_a_preposition_open_a_fronted_clause_not_a_subject():
    """ "Shortly after the call ended, Rubio's campaign sent ... saying" - the campaign says."""
    text = (
        "Shortly after the call ended, the Rubio campaign sent out a release saying Murphy "
        "owes “Florida an explanation for voting against the funding.”\n"
    )
    (found,) = _found(text)
    assert found[2] == "the Rubio campaign"


def test_a_speaker_phrase_may_open_with_this():
    """'"...," this Trump look-alike declared' - "this" leads a speaker phrase like "the"."""
    text = "“Mexicans are beyond reproach,” this Trump impersonator declared in Mexico City.\n"
    (found,) = _found(text)
    assert found[2] == "this Trump impersonator"


def test_a_lower_case_role_with_of_before_a_name_is_part_of_the_inverted_speaker():
    """ "said master of ceremonies Asab Al-Tabchi": the name, not the role, is the speaker."""
    text = (
        "“Thanks for welcoming these families into your community,” said master of "
        "ceremonies Asab Al-Tabchi, a Syrian engineer.\n\n"
        "“We will win in November,” said White House chief of staff Reince Priebus.\n"
    )
    assert [q[1] for q in _found(text)] == ["Asab Al-Tabchi", "Reince Priebus"]


def test_a_lower_case_role_before_a_name_does_not_become_part_of_the_name():
    """ "campaign manager Robby Mook" is Robby Mook; "spokesman of X" is still not X."""
    text = (
        "“We are confident about Iowa,” said campaign manager Robby Mook.\n\n"
        "“The deal is done,” said spokesman of President Tayyip Erdogan.\n"
    )
    speakers = [q[1] for q in _found(text)]
    assert speakers[0] == "Robby Mook"
    assert speakers[1] != "Tayyip Erdogan"


def test_will_after_a_quotation_and_before_a_cue_is_a_name_not_a_modal():
    """'"...," Will wrote.' - the columnist George Will wrote it."""
    text = (
        "George Will criticised the field in his Washington Post column.\n\n"
        "“The eruption of war in a NATO capital is a reminder that the nomination "
        "matters,” Will wrote.\n"
    )
    found = _found(text)
    assert ("George Will", "Will") in [q[1:] for q in found if q[0].startswith("The eruption")]


def test_an_apposition_holding_a_list_still_leads_back_to_the_name():
    """ "Anne Richards, assistant secretary for population, refugees, and migration, said"."""
    text = (
        "The new plans “will not solve this challenge, but are steps in the right "
        "direction,” Anne Richards, assistant secretary of state for population, "
        "refugees, and migration, said on the same call.\n"
    )
    assert [q[1] for q in _found(text)] == ["Anne Richards"]


def test_a_time_phrase_between_the_speaker_and_the_cue_is_stepped_over():
    """ "Beck, who has in the past described Trump as '...'" - Beck described him so."""
    text = (
        "Glenn Beck spoke in Indiana on Monday.\n\n"
        "Beck, who has in the past described Trump as “a pathological narcissistic "
        "sociopath,” asked the crowd to vote.\n"
    )
    assert [q[:2] for q in _found(text)] == [
        ("a pathological narcissistic sociopath,", "Glenn Beck"),
    ]


def test_a_fronted_clause_does_not_hide_the_name_before_a_party_apposition():
    """ "Dashing into a lunch, Senator Shelley Moore Capito, Republican of West Virginia,
    called over her shoulder" - Capito speaks, not "Republican of West Virginia"."""
    text = (
        "Dashing into a closed-door luncheon of senators, Senator Shelley Moore Capito, "
        "Republican of West Virginia, called over her shoulder, “I don't think so.”\n"
    )
    assert [q[1] for q in _found(text)] == ["Shelley Moore Capito"]


def test_the_agent_of_a_passive_before_the_cue_is_not_the_speaker():
    """ "A letter from the Legion obtained by The Associated Press warns ..." - the
    letter's writers warn, not the agency that obtained it."""
    text = (
        "A Feb. 1 letter from the American Legion obtained by The Associated Press warns "
        "that “any further communication will be through our attorney.”\n"
    )
    (found,) = _found(text)
    assert "Associated Press" not in (found[1] or "")
    assert "Legion" in found[2]


def test_an_amount_of_time_ago_between_the_speaker_and_the_cue_is_stepped_over():
    """ "The State Department less than two weeks ago said ... 'top secret' ..." """
    text = (
        "The State Department less than two weeks ago said for the first time that "
        "“top secret” intelligence had passed through the server.\n"
    )
    assert [q[:2] for q in _found(text)] == [("top secret", "State Department")]


def test_an_unnamed_source_keeps_what_qualifies_it():
    """ "A source familiar with the investigation said" - the source speaks, described whole."""
    found = _found(
        "A source familiar with the investigation said the hackers were after “economic "
        "intelligence.”\n\n"
        "Officials briefed on the talks said the deal was “close.”\n\n"
        "One person with knowledge of the plan said it was “a mess.”\n"
    )
    assert [q[2] for q in found] == [
        "A source familiar with the investigation",
        "Officials briefed on the talks",
        "One person with knowledge of the plan",
    ]


def test_an_unnamed_source_after_the_cue_keeps_what_qualifies_it():
    """ "'...,' said a source familiar with the talks." names the same kind of source."""
    found = _found(
        "“It is a mess,” said a source familiar with the talks.\n\n"
        "“It is over,” according to a person close to the campaign.\n"
    )
    assert [q[2] for q in found] == [
        "a source familiar with the talks",
        "a person close to the campaign",
    ]


def test_a_text_or_a_person_placed_by_a_prepositional_phrase_speaks():
    """ "a welcome message on the website reads", "A man in the crowd shouted" - the head speaks."""
    found = _found(
        "“Hello, neighbours!” a welcome message on the website reads.\n\n"
        "A man in the crowd shouted “Go home!”\n"
    )
    assert [q[2] for q in found] == ["a welcome message on the website", "A man in the crowd"]


def test_the_kind_of_a_qualified_source_comes_from_its_head_not_its_qualifier():
    """ "a source familiar with the investigation" is a person, not an investigation."""
    extraction = extract(
        "Headline\n\n“It is a mess,” said a source familiar with the investigation.\n\n"
        "“Go home!” a man in the crowd shouted.\n"
    )
    assert [(s.name, s.kind) for s in extraction.speakers] == [
        ("source familiar with the investigation", "person"),
        ("man in the crowd", "person"),
    ]
