"""Rule 4c: one phrase, two outlets, one news cycle, credited to one source under two rows."""

from datetime import date, timedelta

from quotes.matching import AUTOMATIC, CorpusStats, Occurrence, compare
from quotes.matching.evidence import name_stems, speaker_names
from quotes.matching.stats import phrase_terms

# A thousand articles; the audit phrase is quoted by many of them (so not rare),
# and "Hale" is printed by most (a name every story of this corpus prints).
STATS = CorpusStats(
    documents=1000,
    df={term: 40 for term in phrase_terms("grossly negligent")}
    | {"hale": 700, "going": 600, "win": 600},
)
AUDIT_STORY = frozenset({"audit", "ministry", "ledger", "contract", "tender", "probe"})


def _quoted(text, row, name, day, *, around=frozenset(), marked=True) -> Occurrence:
    """A partial quote as the database hands it over: its row, the story and names around it."""
    return Occurrence(
        text=text,
        marked=marked,
        speaker=row,
        said_on=date(2022, 3, 1) + timedelta(days=day),
        context=AUDIT_STORY | around,
        names=name_stems(text),
        speaker_names=speaker_names(name),
    )


def _vidal_beside_lindqvist(text: str, day: int) -> Occurrence:
    """Pablo Vidal's row, in an article that names Lindqvist around the quote."""
    return _quoted(text, "vidal-row", "Pablo Vidal", day, around=frozenset({"lindqvist"}))


def _automatic(a: Occurrence, b: Occurrence) -> bool:
    link = compare(a, b, STATS)
    return link is not None and link.decision == AUTOMATIC


def test_a_phrase_credited_to_a_bystander_beside_the_named_official_links_to_the_official():
    """One outlet credits the law professor quoted next to 'Auditor Lindqvist called it ...'."""
    official = _quoted("grossly negligent", "lindqvist-row", "Greta Lindqvist", 2)
    bystander = _vidal_beside_lindqvist("grossly negligent", 3)
    assert _automatic(official, bystander)


def test_an_office_and_its_head_whose_article_names_the_office_are_one_source():
    """'The Audit Office called the ministry ...' and 'the Audit Office's Lindqvist said ...'."""
    office = _quoted("grossly negligent.", "office-row", "Audit Office", 1)
    head = _quoted(
        "grossly negligent", "lindqvist-row", "Greta Lindqvist", 9, around=frozenset({"offic"})
    )
    assert _automatic(office, head)


def test_two_unrelated_people_using_the_same_marked_words_get_no_automatic_link():
    """Neither article prints the other's speaker beside the quote: two people, not one line."""
    one = _quoted("grossly negligent", "lindqvist-row", "Greta Lindqvist", 2)
    other = _quoted("grossly negligent", "vidal-row", "Pablo Vidal", 3)
    assert not _automatic(one, other)


def test_a_name_most_articles_print_ties_nobody():
    """Every story of this corpus prints 'Hale'; printing it beside a quote ties no rows."""
    hale = _quoted("grossly negligent", "hale-row", "Tom Hale", 2)
    other = _quoted("grossly negligent", "vidal-row", "Pablo Vidal", 3, around=frozenset({"hale"}))
    assert not _automatic(hale, other)


def test_the_same_phrase_recalled_within_two_months_links_and_a_season_on_does_not():
    """Weeks on, articles still recall the official's phrase; a season on, it may be taken up
    anew."""
    official = _quoted("grossly negligent", "lindqvist-row", "Greta Lindqvist", 1)
    recalled = _vidal_beside_lindqvist("grossly negligent", 55)
    assert _automatic(official, recalled)
    later = _vidal_beside_lindqvist("grossly negligent", 100)
    assert not _automatic(official, later)


def test_a_phrase_of_words_most_articles_print_is_no_one_s_line():
    """'going to win', marked by two outlets beside each other's speaker, is common talk."""
    one = _quoted("They're going to win.", "lindqvist-row", "Greta Lindqvist", 2)
    other = _vidal_beside_lindqvist("we are going to win this", 3)
    assert not _automatic(one, other)
