"""The PolNeAR scorer on its own (quotes/evaluation/extraction.py): splits, quoted words, names."""

from quotes.evaluation.extraction import Unit, in_split, quoted_regions, speaker_right


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
