"""Attribution cases in the style of wire copy: cues, speakers, positions and kinds."""

from datetime import date

from quotes.extraction import extract
from quotes.extraction.text.boilerplate import find_boilerplate
from quotes.extraction.text.lines import SUBHEADING, classify_lines
from quotes.extraction.types import DIRECT, INDIRECT, ORGANISATION, PARTIAL, PERSON


def _quotes(text, **kwargs):
    return extract(text, **kwargs).quotes


def _by_text(text, **kwargs):
    return {q.text: q for q in _quotes(text, **kwargs)}


def test_it_attributes_a_quote_followed_by_name_and_cue():
    """“...,” Erdogan told reporters: speaker, cue and mention offsets."""
    text = "“We will not back down,” Erdogan told reporters in Ankara."
    (quote,) = _quotes(text)
    assert quote.kind == DIRECT
    assert quote.speaker == "Erdogan"
    assert quote.cue == "told reporters"
    assert text[quote.speaker_mention.start : quote.speaker_mention.end] == "Erdogan"


def test_it_attributes_an_inverted_cue():
    """“...,” said Putin."""
    (quote,) = _quotes("“The talks were useful,” said Russian President Vladimir Putin.")
    assert quote.speaker == "Vladimir Putin"
    assert quote.speaker_kind == PERSON


def test_it_attributes_a_split_quote_to_one_speaker():
    """“A,” he said, “B.” gives two pieces with one group and one speaker."""
    text = (
        "Foreign Minister Mevlut Cavusoglu spoke in Brussels. "
        "“We bought the system,” he said, “and that is a done deal.”"
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == ["We bought the system,", "and that is a done deal."]
    assert {q.group for q in quotes} == {quotes[0].group}
    assert {q.speaker for q in quotes} == {"Mevlut Cavusoglu"}


def test_it_attributes_a_quote_introduced_by_a_colon():
    """Attribution before the quote: Kalin said: “...”."""
    (quote,) = _quotes("Ibrahim Kalin said: “The S-400s are here to stay.”")
    assert quote.kind == DIRECT
    assert quote.speaker == "Ibrahim Kalin"


def test_it_weaves_several_partial_quotes_into_one_reported_statement():
    """Partial quotes after one cue share the speaker and the group."""
    text = (
        "U.S. Vice President Mike Pence said on April 3 that “Turkey must choose” whether "
        "it wants to “remain a critical partner” in NATO."
    )
    quotes = _quotes(text)
    assert [q.kind for q in quotes] == [PARTIAL, PARTIAL]
    assert {q.speaker for q in quotes} == {"Mike Pence"}
    assert quotes[0].group == quotes[1].group


def test_it_gives_a_participle_cue_the_subject_of_the_clause():
    """Erdogan praised ..., saying the “...” belongs to Erdogan."""
    text = (
        "At the start of the talks, Erdogan praised the coordination, saying the "
        "“steps we have taken are of great importance.”"
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Erdogan"
    assert quote.cue == "saying"


def test_a_quote_about_someone_belongs_to_the_person_who_said_it():
    """In “Blinken expressed concern,” he said, the speaker is the spokesman, not Blinken."""
    text = (
        "Secretary of State Antony Blinken met his Turkish counterpart on Wednesday.\n\n"
        "Spokesman Ned Price said the two men discussed the talks.\n\n"
        "Blinken “expressed concern over the withdrawal from the convention,” he said."
    )
    quote = next(q for q in _quotes(text) if q.kind == PARTIAL)
    assert quote.speaker == "Ned Price"
    assert quote.speaker_mention.text == "he"


def test_it_takes_the_speaker_from_an_apposition():
    """“...,” Ibrahim Kalin, spokesman of President Tayyip Erdogan, told TRT is Kalin's."""
    text = (
        "“Turkey made a decision and will complete it,” Ibrahim Kalin, spokesman of Turkish "
        "President Tayyip Erdogan told state-run TRT television."
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Ibrahim Kalin"


def test_it_attributes_a_quote_to_an_organisation():
    """The U.S. State Department said Blinken had “urged” ... is the department's."""
    text = "The U.S. State Department said Blinken had “urged” Turkey not to keep the system."
    (quote,) = _quotes(text)
    assert quote.speaker == "U.S. State Department"
    assert quote.speaker_kind == ORGANISATION


def test_a_continuation_quote_belongs_to_the_previous_speaker():
    """A cue-less quote after a quote of Putin's in the same paragraph is Putin's, same group."""
    text = "“We have not created the centre yet,” Putin said. “But I am sure we will do this.”"
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Putin", "Putin"]
    assert quotes[0].group == quotes[1].group


def test_a_cue_in_the_next_sentence_attributes_the_quote():
    """“We are ready.” Erdogan said on Monday."""
    text = "“We are ready for any outcome of these talks.” Erdogan said on Monday."
    (quote,) = _quotes(text)
    assert quote.speaker == "Erdogan"


def test_pronouns_and_role_phrases_resolve_to_the_full_name():
    """“the Turkish president” and “he” both resolve to Recep Tayyip Erdogan."""
    text = (
        "Russian President Vladimir Putin hosted his Turkish counterpart Recep Tayyip Erdogan.\n"
        "The Turkish president told Putin that the “steps we take together carry great "
        "importance.” “Peace depends on our ties,” he added."
    )
    quotes = _quotes(text)
    assert [q.speaker for q in quotes] == ["Recep Tayyip Erdogan", "Recep Tayyip Erdogan"]


def test_a_female_pronoun_skips_a_male_speaker():
    """“she” resolves to the last female speaker, not the last speaker."""
    text = (
        "Hillary Clinton spoke in Ohio. Donald Trump said he disagreed with the plan.\n\n"
        "“We can do better,” she said."
    )
    (quote,) = [q for q in _quotes(text) if q.kind == DIRECT]
    assert quote.speaker == "Hillary Clinton"


def test_indirect_speech_after_a_speech_cue_is_an_indirect_quote():
    """Erdogan said he’s going ahead ...: the reported clause is the quote."""
    text = "Turkish President Recep Tayyip Erdogan said he’s going ahead with the purchase."
    (quote,) = _quotes(text)
    assert quote.kind == INDIRECT
    assert quote.text == "he’s going ahead with the purchase"
    assert quote.speaker == "Recep Tayyip Erdogan"


def test_indirect_speech_before_the_attribution_is_found():
    """Turkey is not withdrawing ..., Erdogan said on April 8."""
    text = (
        "Turkey is not withdrawing from the agreement, Erdogan said on April 8, despite pressure."
    )
    (quote,) = _quotes(text)
    assert quote.text == "Turkey is not withdrawing from the agreement"


def test_beliefs_and_intentions_are_not_quotes():
    """Turkey wants ... and Erdogan thinks ... report no speech."""
    text = "Turkey wants better ties with Washington. Erdogan thinks the deal will survive."
    assert _quotes(text) == ()


def test_a_short_quoted_phrase_with_no_cue_is_a_scare_quote():
    """A 1–3 word quoted phrase with no speaker nearby is not a quotation."""
    text = "The so-called “peace plan” was debated in the chamber for hours."
    assert _quotes(text) == ()


def test_a_headline_quote_needs_a_speaker_in_the_headline():
    """Erdogan Says Deal ‘Done’ is Erdogan's; a bare subheading quote is skipped."""
    text = (
        "Erdogan Says Russia Defense Deal ‘Done’ as Putin Urges More Ties\n\n"
        "Turkish President Recep Tayyip Erdogan spoke in Moscow on Monday.\n\n"
        "‘Valued ally’\n\n"
        "The talks went on for hours."
    )
    quotes = _quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [("Done", "Recep Tayyip Erdogan")]


def test_a_pull_quote_in_single_marks_over_a_section_is_a_subheading():
    """A line "'There's so much anger.'" heads a section; a line "Nooooo!" is speech."""
    text = (
        "Campaign enters final week\n\n"
        "“We are going to win,” Senator Dana Whitfield told workers in Toledo on Monday.\n\n"
        "'There's so much anger.'\n\n"
        "At the campaign's headquarters, staff members were quiet.\n\n"
        "“Do we give up?” Whitfield asked the crowd.\n\n"
        '"Nooooo!"\n'
    )
    texts = [q.text for q in _quotes(text)]
    assert "There's so much anger." not in texts
    assert "Nooooo!" in texts


def test_a_headline_base_form_after_one_name_is_part_of_the_name():
    """ "Washington Post Assembles 'a sizable army'" has no speaker; "Democrats Slam" has."""
    paper = _quotes(
        "Washington Post Assembles ‘a sizable army’ of reporters\n\nThe newspaper hired staff.\n"
    )
    plural = _quotes("Democrats Slam Trump’s ‘dangerous’ Plan\n\nThe plan came on Monday.\n")
    assert paper == ()
    assert [(q.text, q.speaker) for q in plural] == [("dangerous", "Democrats")]


def test_a_caption_quote_without_a_cue_is_skipped():
    """Quoted words in a photo caption with a credit are not attributed."""
    text = "Talks\n\nLeaders at the “family photo” session in Sochi [File: Reuters]\n\nBody text."
    assert _quotes(text) == ()


def test_it_dates_the_utterance_from_the_attribution():
    """on Monday / last week / on April 8 resolve against the publication date."""
    text = (
        "“We are ready,” Erdogan told reporters on Monday.\n\n"
        "“Turkey must choose,” Pence said last week.\n\n"
        "“Deal is done,” Cavusoglu said on April 8."
    )
    quotes = _quotes(text, published_on=date(2019, 4, 10))
    assert [q.said_on for q in quotes] == [date(2019, 4, 8), date(2019, 4, 3), date(2019, 4, 8)]


def test_the_date_is_unknown_without_a_publication_date():
    """A weekday with no publication date gives no said_on."""
    (quote,) = _quotes("“We are ready,” Erdogan said on Monday.")
    assert quote.said_on is None


def test_a_name_set_off_after_a_role_phrase_is_the_speaker():
    """ "The foreign minister, Mevlut Cavusoglu, said": the name, not "The" or "minister"."""
    texts = [
        "Turkey’s foreign minister, Mevlut Cavusoglu, said: “The S-400 purchase is a done deal.”",
        "“The S-400 purchase is a done deal,” the foreign minister, Mevlut Cavusoglu, said.",
        "The foreign minister, Mevlut Cavusoglu, said on Monday that the purchase was complete.",
    ]
    for text in texts:
        (quote,) = _quotes(text)
        assert quote.speaker == "Mevlut Cavusoglu", text
        mention = quote.speaker_mention
        assert text[mention.start : mention.end] == "Mevlut Cavusoglu", text


def test_a_short_line_in_capitals_is_a_label_and_names_nobody():
    """ "FULL TEXT." over a section is a label: "they" later is not FULL TEXT."""
    text = (
        "Protests planned in Philadelphia\n\n"
        "FULL TEXT.\n\n"
        "Supporters are planning protests against what they call the “fraudulent” vote.\n"
    )
    assert all(q.speaker != "FULL TEXT" for q in extract(text).quotes)
    lines = classify_lines(text, find_boilerplate(text))
    assert [line.kind for line in lines][1] == SUBHEADING


def test_a_statement_is_never_a_person_known_by_a_title():
    """ "The campaign's statement declares '...'" - not the "leader" named earlier."""
    text = (
        "Ted Cruz said Majority Leader Mitch McConnell misled him.\n\n"
        "The campaign’s statement then declares “the matter is now concluded.”\n"
    )
    quotes = [q for q in extract(text).quotes if q.kind != "indirect"]
    assert [q.text for q in quotes] == ["the matter is now concluded."]
    assert quotes[0].speaker != "Mitch McConnell"


def test_a_generic_leading_title_matches_only_leading_titles():
    """After "Kremlin leader Vladimir Putin", "the Russian president" is Putin; "the
    spokesman" is somebody else."""
    text = (
        "Kremlin leader Vladimir Putin met the delegation on Monday.\n\n"
        "“We are ready,” the Russian president said.\n\n"
        "“The talks went well,” the spokesman said.\n"
    )
    assert [q.speaker for q in extract(text).quotes] == ["Vladimir Putin", "spokesman"]


def test_mrs_clinton_is_not_merged_into_bill_clinton():
    """A title that states a gender keeps Mrs. Clinton apart from President Bill Clinton."""
    text = (
        "President Bill Clinton signed the law in 1996.\n\n"
        "Mrs. Clinton said on Monday that the law “did not work.”\n"
    )
    (quote,) = [q for q in extract(text).quotes if q.kind != "indirect"]
    assert quote.speaker != "Bill Clinton"


def test_party_members_and_quantified_groups_are_groups_not_people():
    """ "Several Democrats" and "the Democrats" are groups: "she" never stands for them."""
    text = (
        "Several Democrats cautioned against the plan. Yet the Democrats acknowledged it.\n\n"
        "Senator Ann Lee backs it “because it works,” as she put it on Monday.\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Ann Lee"
