"""Scoring and link decisions: thresholds, fragments, negation, methods."""

import pytest

from quotes.matching import (
    AUTOMATIC,
    HIGH,
    LOW,
    MATCH_METHODS,
    SUGGESTED,
    CorpusStats,
    Occurrence,
    compare,
    method,
    score,
)
from quotes.matching.evidence import name_stems
from quotes.matching.stats import phrase_terms

PENCE_A = "or risk the security of that partnership by making reckless decisions."
PENCE_B = (
    "risk the security of that partnership by making such reckless decisions "
    "that undermine our alliance."
)


def test_thresholds_leave_a_suggestion_band_below_automatic():
    """LOW < HIGH, both inside (0, 1)."""
    assert 0 < LOW < HIGH < 1


# A corpus of a thousand articles in which the test's own words are rare,
# except those listed as common.
STATS = CorpusStats(
    documents=1000,
    df={term: 200 for term in phrase_terms("raises questions")} | {"think": 600, "believ": 500},
)
S400_STORY = frozenset({"missil", "ankara", "moscow", "russia", "defens", "nato"})
POLICE_STORY = frozenset({"polic", "offic", "shoot", "suspect", "bodi", "camera"})
IAEA_STORY = frozenset({"iaea", "inspector", "nuclear", "site", "uranium", "tehran"})


def said(text, *, by="Erdogan", marked=True, context=S400_STORY, **facts) -> Occurrence:
    """A unit as the database layer hands it over: speaker, marks and story around it."""
    return Occurrence(
        text=text, marked=marked, speaker=by, context=context, names=name_stems(text), **facts
    )


def test_it_links_two_outlets_reporting_the_same_line_automatically():
    """Pence's line trimmed differently by two outlets is a near duplicate."""
    link = compare(said(PENCE_A, by="Pence"), said(PENCE_B, by="Pence"), STATS)
    assert link.decision == AUTOMATIC
    assert link.method == "near_duplicate"


def test_the_same_line_with_no_speaker_known_links_only_when_long_and_near_verbatim():
    """Without speakers, a long shared sentence is still the same line reported twice."""
    assert compare(PENCE_A, PENCE_B).decision == AUTOMATIC
    short = compare("This is our sovereign right.", "This is our sovereign right")
    assert short is None or short.decision != AUTOMATIC


def test_identical_units_of_one_speaker_are_an_exact_match():
    """Same words, however punctuated, are reported as method "exact"."""
    a, b = said("This is our sovereign right."), said("“This is our sovereign right”")
    link = compare(a, b, STATS)
    assert (link.score, link.decision, link.method) == (1.0, AUTOMATIC, "exact")


def test_a_fragment_is_never_linked_by_word_overlap_alone():
    """“done deal” shares both words with the sentence but not as a phrase."""
    text = "The deal with Russia is done, officials said."
    assert compare(said("a done deal"), said(text, by="Cavusoglu"), STATS) is None


def test_a_marked_rare_fragment_about_the_same_matter_is_linked_by_key_phrase():
    """A short partial quote found inside a fuller quote on the same story links."""
    full = said(
        "we repeated that Turkey had bought them and this is a done deal",
        by="Cavusoglu",
        article_names=frozenset({"erdogan"}),
    )
    first = said("that’s a done deal.", speaker_names=frozenset({"erdogan"}))
    link = compare(first, full, STATS)
    assert (link.decision, link.method) == (AUTOMATIC, "key_phrase")


def test_a_fragment_no_journalist_marked_as_someone_s_words_is_not_linked():
    """Indirect speech on both sides: the phrase may be the reporters' own wording."""
    a = said("this is a done deal", marked=False)
    b = said("that’s a done deal.", by="Cavusoglu", marked=False)
    assert compare(a, b, STATS) is None


def test_a_fragment_made_only_of_a_name_is_never_evidence_of_a_shared_claim():
    """“is Hillary Clinton.” inside any sentence naming her is not the same claim."""
    other = said("The most qualified person to be president is Hillary Clinton", by="Obama")
    assert compare(said("is Hillary Clinton.", by="Kaine"), other, STATS) is None


def test_a_stock_reply_is_not_a_claim_even_from_the_same_speaker():
    """“Probably not” is an answer to some question, not a statement to cross-reference."""
    a, b = said("Probably not."), said("Probably not, but we will see.")
    assert compare(a, b, STATS) is None


def test_a_common_phrase_about_different_matters_is_not_linked():
    """“no weapon” after a police shooting and after an IAEA inspection: another matter."""
    a = said("no weapon", by="Chief Harris", context=POLICE_STORY)
    b = said("the inspection revealed no weapon", by="Amano", context=IAEA_STORY)
    assert compare(a, b, STATS) is None


def test_a_phrase_many_articles_quote_is_not_distinctive():
    """“raises questions” is in 200 of 1,000 articles' quotes: a stock phrase."""
    a = said("It just raises questions.", by="Ryan")
    b = said("That raises questions about the deal", by="Pelosi")
    assert compare(a, b, STATS) is None


def test_a_reworded_echo_below_the_threshold_is_left_to_a_curator():
    """Cavusoglu takes up Erdogan's “done deal” in a long sentence of his own: a suggestion."""
    first = said("The S-400 purchase is a done deal.", speaker_names=frozenset({"erdogan"}))
    later = said(
        "We told our American counterparts once again that the S-400 is a done deal "
        "and that Turkey will keep the system it paid for.",
        by="Cavusoglu",
        article_names=frozenset({"erdogan", "turkey"}),
    )
    assert compare(first, later, STATS).decision == SUGGESTED


def test_two_people_using_similar_words_get_no_automatic_link():
    """Without a shared story, a named speaker or a rare marked phrase, it is not an echo."""
    a = said("We will cut taxes for the middle class", by="Clinton", context=POLICE_STORY)
    b = said("We will cut taxes for everybody in the middle class", by="Trump")
    link = compare(a, b, STATS)
    assert link is None or link.decision == SUGGESTED


def test_a_question_never_founds_a_claim():
    """The same words asked are not the same words asserted."""
    a = said("Why would Turkey give up the S-400 missile system?", by="Cavusoglu")
    b = said("Turkey will never give up the S-400 missile system")
    assert compare(a, b, STATS) is None or compare(a, b, STATS).decision != AUTOMATIC


def test_a_generic_key_phrase_is_not_distinctive_enough_to_link():
    """“said today” occurs everywhere; a fragment of generic words never links."""
    a = said("said today")
    assert compare(a, said("The minister said today that talks will resume"), STATS) is None


def test_a_negated_version_of_a_claim_is_only_suggested():
    """ "will buy" vs "will not buy": same words, opposite claim."""
    link = compare(
        said("Turkey will buy the S-400 from Russia"),
        said("Turkey will not buy the S-400 from Russia"),
        STATS,
    )
    assert link.decision == SUGGESTED


def test_sentences_sharing_only_their_topic_are_not_linked():
    """Two S-400 sentences about different things stay apart."""
    a = said("Washington has demanded that Ankara call off its missile deal with Russia")
    b = said("Turkey acquired the first system from Moscow in 2019 after dropping talks")
    assert compare(a, b, STATS) is None


def test_a_partial_rewording_is_a_suggestion_not_an_automatic_link():
    """Half the words in common lands between LOW and HIGH."""
    a = said("Our cooperation on air defence systems will continue to grow stronger")
    b = said("we want cooperation on air defence to grow, and we will buy more jets")
    link = compare(a, b, STATS)
    assert LOW <= link.score < HIGH
    assert (link.decision, link.method) == (SUGGESTED, "paraphrase")


def test_every_method_the_engine_returns_is_a_declared_match_method():
    """The database can store `method` in a choices field built from MATCH_METHODS."""
    pairs = [(PENCE_A, PENCE_B), ("a done deal", "this is a done deal"), ("x y z", "x y z")]
    assert {method(score(a, b), a, b) for a, b in pairs} <= set(MATCH_METHODS)
    assert set(MATCH_METHODS) == {
        "exact", "near_duplicate", "key_phrase", "pattern", "paraphrase", "curator"
    }  # fmt: skip


@pytest.mark.parametrize(
    "a,b",
    [(PENCE_A, PENCE_B), ("a done deal", "this is a done deal"), ("unacceptable", "killer")],
)
def test_compare_is_symmetric(a, b):
    """Incremental and rebuild paths may see a pair in either order."""
    assert compare(a, b) == compare(b, a)


def _reported(text: str, speaker: str, day: int, *, marked: bool = True) -> Occurrence:
    from datetime import date

    return Occurrence(
        text=text,
        marked=marked,
        speaker=speaker,
        said_on=date(2020, 3, day),
        names=name_stems(text),
    )


def test_one_line_marked_by_two_outlets_within_days_links_whoever_each_credits():
    """One article credits the ministry's spokesman, the other names her: still one line."""
    first = _reported("The dam will flood the valley villages.", "the ministry spokesman", 1)
    second = _reported("the dam will flood the valley villages", "Maria Kovac", 3)
    assert compare(first, second).decision == AUTOMATIC


def test_the_same_words_a_month_apart_or_unmarked_need_more_than_the_wording():
    """Weeks apart it may be another occasion, and unmarked words are the journalist's."""
    first = _reported("The dam will flood the valley villages.", "the ministry spokesman", 1)
    later = _reported("the dam will flood the valley villages", "Maria Kovac", 28)
    paraphrased = _reported(
        "the dam will flood the valley villages", "Maria Kovac", 3, marked=False
    )
    assert compare(first, later) is None
    assert compare(first, paraphrased) is None


def test_a_two_word_phrase_marked_by_two_outlets_the_same_week_is_no_automatic_link():
    """'top secret' in two stories is a curator's call, not the engine's (rule 4)."""
    first = _reported("top secret", "the ministry spokesman", 1)
    second = _reported("top secret", "Maria Kovac", 2)
    assert compare(first, second) is None or compare(first, second).decision != AUTOMATIC


# Issue #17, same-utterance recall: one line reported by two outlets in the same week.

HARBOUR_STORY = frozenset({"harbour", "levi", "fishermen", "port", "council", "quay"})


def _week(text, speaker, day, *, context=HARBOUR_STORY, **facts) -> Occurrence:
    from datetime import date

    return Occurrence(
        text=text,
        marked=True,
        speaker=speaker,
        said_on=date(2021, 5, day),
        context=context,
        names=name_stems(text),
        **facts,
    )


def test_one_speaker_s_rare_phrase_marked_by_two_outlets_the_same_week_needs_no_shared_story():
    """The mayor's phrase, marked in a fuller quote and alone: one line, whatever the story."""
    fuller = _week("The new levy is a crushing blow for our fishermen", "Mayor Kovac", 3)
    alone = _week("a crushing blow.", "Mayor Kovac", 4, context=IAEA_STORY)
    assert compare(fuller, alone, STATS).decision == AUTOMATIC
    later = _week("a crushing blow.", "Mayor Kovac", 25, context=IAEA_STORY)
    assert compare(fuller, later, STATS) is None


def test_a_name_in_a_three_word_line_of_one_speaker_is_context_not_evidence():
    """'a traitor to Greta Lindqvist': one informative word and a name, same story and week."""
    fuller = _week("He is a traitor to Greta Lindqvist, and everybody here knows it.", "Kovac", 3)
    piece = _week("a traitor to Greta Lindqvist", "Kovac", 4)
    assert compare(fuller, piece, STATS).decision == AUTOMATIC
    name_only = _week("is Greta Lindqvist.", "Kovac", 4)
    assert compare(name_only, _week("The winner is Greta Lindqvist", "Kovac", 3), STATS) is None


def test_a_negation_outside_the_quoted_piece_does_not_make_it_another_claim():
    """'Nobody was ever more ruthless about cheats': the piece is his words, not their opposite."""
    fuller = _week("Nobody was ever more ruthless about cheats than this council.", "Kovac", 3)
    piece = _week("more ruthless about cheats", "Kovac", 3)
    assert compare(fuller, piece, STATS).decision == AUTOMATIC


def test_a_role_phrase_and_the_name_its_article_prints_are_one_speaker():
    """'the billionaire developer' in one article, 'Ana Kovac' in the other, one marked phrase."""
    from quotes.matching.evidence import speaker_names

    role = _week(
        "a crushing blow",
        "developer-row",
        3,
        speaker_names=speaker_names("billionaire developer"),
        article_names=frozenset({"kovac", "harbour"}),
    )
    name = _week(
        "a crushing blow to the harbour towns",
        "kovac-row",
        4,
        speaker_names=speaker_names("Ana Kovac"),
        article_names=frozenset({"kovac", "council"}),
    )
    assert compare(role, name, STATS).decision == AUTOMATIC
    other = _week(
        "a crushing blow",
        "lindqvist-row",
        3,
        speaker_names=speaker_names("Greta Lindqvist"),
        article_names=frozenset({"lindqvist", "harbour"}),
    )
    assert compare(other, name, STATS) is None or compare(other, name, STATS).decision != AUTOMATIC


def test_the_same_words_twice_in_one_article_are_not_two_reports():
    """Inside one article a repeated phrase credited to two people is the journalist's label."""
    names = frozenset({"kovac", "harbour", "council"})
    first = _week("a crushing blow", "a-row", 3, article_names=names)
    second = _week("a crushing blow to the harbour towns", "b-row", 3, article_names=names)
    link = compare(first, second, STATS)
    assert link is None or link.decision != AUTOMATIC


def test_one_speaker_s_lines_trimmed_differently_link_by_the_rare_run_they_share():
    """Two outlets keep different halves of one line; the rare run they share is his words."""
    long = _week(
        "This harbour belongs to the fishermen who built it over three centuries, "
        "not to a handful of greedy shipping barons.",
        "Kovac",
        3,
    )
    short = _week("We will never hand it over to greedy shipping barons.", "Kovac", 3)
    assert score(long, short, STATS) < HIGH
    assert compare(long, short, STATS).decision == AUTOMATIC
    asked = _week("Who are these greedy shipping barons anyway?", "Kovac", 3)
    assert compare(long, asked, STATS).decision != AUTOMATIC


def test_two_speakers_who_never_refer_to_each_other_get_no_suggestion():
    """A rewording by an unrelated person is not worth a curator's time; one that names him is."""
    a = said("Our cooperation on air defence systems will continue to grow stronger")
    b = said(
        "we want cooperation on air defence to grow, and we will buy more jets",
        by="Pelosi",
        speaker_names=frozenset({"pelosi"}),
    )
    assert compare(a, b, STATS) is None
    named = said(
        "we want cooperation on air defence to grow, and we will buy more jets",
        by="Pelosi",
        speaker_names=frozenset({"pelosi"}),
        context=S400_STORY | {"erdogan"},
    )
    a_named = said(
        "Our cooperation on air defence systems will continue to grow stronger",
        speaker_names=frozenset({"erdogan"}),
    )
    assert compare(a_named, named, STATS).decision == SUGGESTED


def test_an_article_that_names_the_other_speaker_only_elsewhere_connects_nobody():
    """Election stories name every candidate; a name far from the quote is no reply to him."""
    elsewhere = said(
        "we want cooperation on air defence to grow, and we will buy more jets",
        by="Pelosi",
        speaker_names=frozenset({"pelosi"}),
        article_names=frozenset({"erdogan"}),
    )
    erdogan = said(
        "Our cooperation on air defence systems will continue to grow stronger",
        speaker_names=frozenset({"erdogan"}),
    )
    assert compare(erdogan, elsewhere, STATS) is None


def test_a_role_phrase_names_nobody():
    """'Vermont senator' is a title; 'spokesman for Bernie Sanders' ends with the name."""
    from quotes.matching.evidence import speaker_names

    assert speaker_names("Vermont senator") == frozenset()
    assert speaker_names("two lawmakers") == frozenset()
    assert speaker_names("spokesman for Bernie Sanders") == frozenset({"sanders"})
    assert speaker_names("James B. Comey") == frozenset({"comey"})
