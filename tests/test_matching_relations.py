"""Relations between linked quotes: same utterance, repetition, echo."""

from datetime import date

from quotes.matching import ECHO, REPETITION, SAME_UTTERANCE, relation


def _rel(**kwargs):
    base = {"same_speaker": True, "a_date": None, "b_date": None, "score": 0.9}
    return relation(**(base | kwargs))


def test_a_different_speaker_making_the_claim_is_an_echo():
    """Erdogan 2019 and Cavusoglu 2021 both saying "a done deal"."""
    assert _rel(same_speaker=False, a_date=date(2019, 4, 8), b_date=date(2021, 1, 29)) == ECHO


def test_the_same_speaker_within_three_days_is_the_same_utterance():
    """Outlets publish a statement within a news cycle."""
    assert _rel(a_date=date(2019, 4, 8), b_date=date(2019, 4, 10), score=0.5) == SAME_UTTERANCE


def test_the_same_speaker_weeks_apart_is_a_repetition():
    """Known dates override wording: even identical words on another day repeat a claim."""
    assert _rel(a_date=date(2019, 4, 8), b_date=date(2019, 5, 8), score=1.0) == REPETITION


def test_known_different_years_make_a_repetition_without_full_dates():
    """ "©2019" and "©2021" are enough to rule out one occasion."""
    assert _rel(a_year=2019, b_year=2021, score=1.0) == REPETITION


def test_near_total_overlap_with_unknown_dates_is_the_same_utterance():
    """Two translations of one line keep its words."""
    assert _rel(score=0.8) == SAME_UTTERANCE


def test_partial_overlap_with_unknown_dates_is_a_repetition():
    """A speaker re-forming the sentence on another occasion."""
    assert _rel(score=0.67, a_year=2019) == REPETITION


def test_publishers_do_not_change_the_relation():
    """Different outlets carry both same utterances and repetitions."""
    same = _rel(score=0.8, a_publisher="Bloomberg", b_publisher="Bloomberg")
    different = _rel(score=0.8, a_publisher="Bloomberg", b_publisher="RFE/RL")
    assert same == different == SAME_UTTERANCE


def test_the_same_speakers_marked_words_verbatim_weeks_apart_are_the_same_statement_quoted_again():
    """News recalls a finding for weeks: "as the director said in July, 'extremely careless'"."""
    recalled = _rel(
        a_date=date(2016, 7, 5), b_date=date(2016, 8, 30), score=1.0, both_marked=True,
        shared_words=2,
    )  # fmt: skip
    assert recalled == SAME_UTTERANCE


def test_a_short_marked_line_verbatim_months_apart_is_a_repeated_stump_line():
    stump = _rel(
        a_date=date(2015, 11, 1), b_date=date(2016, 5, 1), score=1.0, both_marked=True,
        shared_words=2,
    )  # fmt: skip
    assert stump == REPETITION


def test_a_long_marked_line_verbatim_months_apart_is_still_the_same_statement():
    interview = _rel(
        a_date=date(2016, 3, 1), b_date=date(2016, 7, 1), score=1.0, both_marked=True,
        shared_words=5,
    )  # fmt: skip
    assert interview == SAME_UTTERANCE


def test_unmarked_words_weeks_apart_stay_a_repetition():
    """Reported speech is the reporter's wording: its match says less about one occasion."""
    reported = _rel(a_date=date(2016, 7, 5), b_date=date(2016, 8, 1), score=1.0, shared_words=2)
    assert reported == REPETITION


def test_one_report_reprinted_word_for_word_the_next_day_is_one_utterance_whoever_is_credited():
    reprint = _rel(same_speaker=False, a_date=date(2016, 3, 1), b_date=date(2016, 3, 2), score=1.0)
    assert reprint == SAME_UTTERANCE


def test_reported_speech_word_for_word_weeks_later_by_another_speaker_stays_an_echo():
    taken_up = _rel(
        same_speaker=False, a_date=date(2016, 3, 1), b_date=date(2016, 3, 20), score=1.0
    )
    assert taken_up == ECHO
