"""Rules added in the second tuning round, on wire-style sentences written for these tests."""

from quotes.extraction import extract
from quotes.extraction.evaluation import Unit, in_split, quoted_regions, speaker_right
from tests.extraction_helpers import quote_triples as _quotes


def test_a_determiner_led_common_noun_is_a_speaker():
    """ "the organizer told them" names a speaker even though "organizer" is no title."""
    text = (
        "Volunteers met in a church hall on Sunday.\n\n"
        "“You will be the best messengers,” the organizer told them. "
        "“We want those personal stories.”\n"
    )
    found = _quotes(text)
    assert [q[0][:12] for q in found] == ["You will be ", "We want thos"]
    assert all(q[2] == "the organizer" for q in found)


def test_a_colon_attribution_introduces_the_next_paragraph():
    """ "He said:" at the end of a paragraph attributes the quotation that follows."""
    text = (
        "Senator Dana Hollis spoke to reporters in Ohio on Monday.\n\n"
        "She said:\n\n"
        "“We are going to keep fighting for these workers until the plant reopens.”\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "Dana Hollis"
    assert quote.speaker_mention.text == "She"


def test_a_participle_after_a_comma_belongs_to_the_main_subject():
    """In "X praised Y, calling him a 'Z'", X is the speaker, not Y."""
    text = "Governor Tom Reyes praised Mayor Ann Lowry on Friday, calling her a “real partner.”\n"
    (quote,) = extract(text).quotes
    assert quote.speaker == "Tom Reyes"


def test_a_sentence_opening_adverb_is_never_a_speaker():
    """ "However, he ..., calling him a 'nice guy'" gives the pronoun, not "However"."""
    text = (
        "Dana Hollis attacked her rivals in Ohio.\n\n"
        "However, she spared Tom Reyes, calling him a “decent man” before leaving.\n"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker_mention.text == "she"
    assert quote.speaker == "Dana Hollis"


def test_according_to_at_the_start_of_a_sentence_is_a_cue():
    """ "According to X, ... 'Y'" attributes the quoted words to X."""
    text = "According to Hollis, the bill is now “dead on arrival” in the Senate.\n"
    (quote,) = extract(text).quotes
    assert quote.speaker == "Hollis"


def test_marks_inside_markup_are_not_quotation_marks():
    """Attribute values of embedded markup (<tweet author="...">) never open a quote."""
    text = (
        "Reyes answered online.\n\n"
        '<tweet id="1" author="@reyes" datetime="2016-03-01">We will win this state</tweet>.\n\n'
        "“We will win,” Reyes said.\n"
    )
    assert [q.text for q in extract(text).quotes] == ["We will win,"]


def test_a_quotation_nobody_said_is_not_reported():
    """A long quotation with no cue and no earlier speaker is a sign or a block quote."""
    text = (
        "The banner over the stage was hard to miss.\n\n"
        "“Working families first, always and everywhere, in every single town.”\n"
    )
    assert extract(text).quotes == ()


def test_split_partitions_articles_stably():
    """Every article is in exactly one of dev and heldout, by its id alone."""
    articles = [{"id": f"article-{n}"} for n in range(200)]
    dev = [a for a in articles if in_split(a, "dev")]
    heldout = [a for a in articles if in_split(a, "heldout")]
    assert len(dev) + len(heldout) == 200
    assert 20 <= len(dev) <= 60
    assert all(in_split(a, None) for a in articles)


def test_the_scorer_finds_quoted_words_on_its_own():
    """Quoted regions come from the scorer's own mark pairing, paragraph by paragraph."""
    text = 'He called it “a disaster” and said "never again.\nNext'
    regions = [text[s:e] for s, e in quoted_regions(text)]
    assert regions == ["a disaster", "never again."]


def test_the_scorer_reads_two_straight_singles_as_a_double_mark():
    """NYT articles in PolNeAR print quotes as ''...''; the scorer pairs them like “...”."""
    text = "''Lock her up!'' the crowd chanted, and he said it's the '60s again."
    regions = [text[s:e] for s, e in quoted_regions(text)]
    assert regions == ["Lock her up!"]


def test_the_scorer_pairs_single_curly_marks_but_not_apostrophes():
    """ "Blumenthal: ‘No Idea’ If ..." quotes two words; "don’t" and a nested ‘x’ add nothing."""
    text = "Blumenthal: ‘No Idea’ If I Would Have Told Her. “I don’t say ‘never’ to him,” he said."
    regions = [text[s:e] for s, e in quoted_regions(text)]
    assert regions == ["No Idea", "I don’t say ‘never’ to him,"]


def test_speaker_names_match_by_name_not_by_letters():
    """ "In" is not "the Latin American pope"; "Hope Hicks" is "Trump spokeswoman Hope Hicks"."""
    gold = Unit([(0, 5)], "Trump spokeswoman Hope Hicks, who was travelling", [(50, 60)], "")
    assert speaker_right(Unit([(0, 5)], "Hope Hicks", [], ""), gold)
    assert not speaker_right(Unit([(0, 5)], "Trump", [], ""), gold)
    pope = Unit([(0, 5)], "the Latin American pope", [(50, 60)], "")
    assert not speaker_right(Unit([(0, 5)], "In", [], ""), pope)


def test_a_gold_speaker_in_the_possessive_or_set_off_by_dashes_is_its_head_name():
    """ "Quintanilla's" names Quintanilla; "Jason Sims — a teacher —" names Jason Sims."""
    asked = Unit([(0, 5)], "Quintanilla's", [(50, 60)], "")
    assert speaker_right(Unit([(0, 5)], "Carl Quintanilla", [], ""), asked)
    teacher = Unit([(0, 5)], "Jason Sims — a teacher from Mount Pleasant —", [(50, 60)], "")
    assert speaker_right(Unit([(0, 5)], "Jason Sims", [], ""), teacher)
    assert not speaker_right(Unit([(0, 5)], "Hope Hicks", [], ""), teacher)
