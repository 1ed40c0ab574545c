"""One source's marked phrase under rows that do not say so: a body's role phrase, one name
twice, a role phrase the same week, a speaker few stories name, a rare name in a verbatim line.

Every sentence here is invented for the test.
"""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from quotes.choices import QuoteKind, SpeakerKind
from quotes.matching import AUTOMATIC, CorpusStats, Occurrence, compare
from quotes.matching.evidence import name_stems, speaker_body, speaker_names
from quotes.matching.stats import phrase_terms
from quotes.matching.text import content_words
from quotes.models import Quote, Source, Speaker
from quotes.services.occurrences import facts_of

# A thousand articles; the audit phrase is quoted by many (not rare), "Hale"
# and "Board" are printed by most (as is the word "good"), "Lindqvist" and "NSB" by few.
STATS = CorpusStats(
    documents=1000,
    df={term: 40 for term in phrase_terms("grossly negligent")}
    | {term: 700 for term in content_words("Hale Board Pilar good")}
    | {term: 25 for term in content_words("Ferris Lindqvist NSB")},
)
AUDIT_STORY = frozenset({"audit", "ministry", "ledger", "contract", "tender", "probe"})
OTHER_STORY = frozenset({"harbour", "crane", "strike", "docker", "union", "wage"})


def _quoted(text, row, name, day, *, around=frozenset(), story=AUDIT_STORY, body=frozenset()):
    """A marked quote as the database hands it over: its row, the story and names around it."""
    return Occurrence(
        text=text,
        marked=True,
        speaker=row,
        said_on=date(2022, 3, 1) + timedelta(days=day),
        context=story | around,
        names=name_stems(text),
        speaker_names=speaker_names(name),
        speaker_body=body,
    )


def _automatic(a: Occurrence, b: Occurrence) -> bool:
    link = compare(a, b, STATS)
    return link is not None and link.decision == AUTOMATIC


def test_an_organisation_s_role_phrase_speaks_for_the_body_that_modifies_it():
    assert speaker_body("NSB inquiry") == {"nsb"}
    assert speaker_body("the Ferris campaign") == {"ferris"}
    assert speaker_body("Greta Lindqvist") == frozenset()  # a name is its own identity
    assert speaker_body("two auditors") == frozenset()


def test_an_inquiry_s_phrase_links_to_the_director_quoted_beside_the_body_s_name():
    """'The NSB inquiry found ...' in one article, 'NSB Director Lindqvist called it ...'."""
    inquiry = _quoted("grossly negligent", "inquiry-row", "NSB inquiry", 9, body=frozenset({"nsb"}))
    director = _quoted(
        "grossly negligent", "lindqvist-row", "Greta Lindqvist", 2, around=frozenset({"nsb"})
    )
    assert _automatic(inquiry, director)


def test_a_body_every_story_prints_ties_no_role_phrase_to_anyone():
    """'Board' is in most articles: the board's inquiry and Lindqvist are not tied by it."""
    body = speaker_body("Board inquiry")
    inquiry = _quoted("grossly negligent", "inquiry-row", "Board inquiry", 9, body=body)
    director = _quoted(
        "grossly negligent", "lindqvist-row", "Greta Lindqvist", 2, around=frozenset({"board"})
    )
    assert not _automatic(inquiry, director)


def test_one_name_under_two_rows_is_one_source():
    """The resolver filed 'Audit Office' twice; a fortnight apart, its phrase is one line."""
    one = _quoted("grossly negligent", "office-row-1", "Audit Office", 1)
    other = _quoted("grossly negligent.", "office-row-2", "Audit Office", 15)
    assert _automatic(one, other)


def test_a_role_phrase_whose_article_names_the_other_speaker_ties_only_within_the_week():
    """'The opposition leader' and Pilar Ferris, two days apart, are one line; three weeks
    apart, a group taking up a phrase it shares with her is not her line."""
    role = _quoted("grossly negligent", "role-row", "opposition leader", 3)
    role = replace(role, article_names=frozenset({"ferris", "pilar"}))
    ferris = _quoted("grossly negligent", "ferris-row", "Pilar Ferris", 1)
    assert _automatic(role, ferris)
    late = replace(role, said_on=role.said_on + timedelta(days=20))
    assert not _automatic(late, ferris)


def test_a_speaker_few_stories_name_needs_no_more_of_the_story_than_the_name():
    """Lindqvist's phrase in two articles whose other words differ is still her finding."""
    one = _quoted("grossly negligent", "lindqvist-row", "Greta Lindqvist", 1)
    other = _quoted("grossly negligent", "lindqvist-row", "Greta Lindqvist", 6, story=OTHER_STORY)
    assert _automatic(one, other)


def test_a_speaker_every_story_names_still_needs_the_same_story():
    one = _quoted("grossly negligent", "hale-row", "Tom Hale", 1)
    other = _quoted("grossly negligent", "hale-row", "Tom Hale", 6, story=OTHER_STORY)
    assert not _automatic(one, other)


def test_a_verbatim_line_with_two_informative_words_and_a_rare_name_is_one_line_reported_twice():
    """Two outlets print the same sentence, credited to two people; 'Lindqvist' marks one story."""
    line = "I will wait until I sit down with Lindqvist"
    one = _quoted(line, "ferris-row", "Pilar Ferris", 1, story=OTHER_STORY)
    other = _quoted(line, "hale-row", "Tom Hale", 6)
    assert _automatic(one, other)
    common = "I will wait until I sit down with Hale"
    assert not _automatic(
        _quoted(common, "ferris-row", "Pilar Ferris", 1, story=OTHER_STORY),
        _quoted(common, "lindqvist-row", "Greta Lindqvist", 6),
    )


@pytest.mark.django_db
def test_the_database_passes_an_organisation_s_body_and_not_a_person_s_place():
    """'NSB inquiry' filed as an organisation speaks for the NSB; 'Oslo voter' is a person."""
    body = "grossly negligent".ljust(30) * 2  # each quote's text at its offsets
    source = Source.objects.create(title="t", body=body, content_hash="t")
    rows = {
        "NSB inquiry": SpeakerKind.ORGANISATION,
        "Oslo voter": SpeakerKind.PERSON,
    }
    quotes = []
    for n, (name, kind) in enumerate(rows.items()):
        speaker = Speaker.objects.create(name=name, slug=f"s{n}", kind=kind)
        quotes.append(
            Quote.objects.create(
                source=source,
                speaker=speaker,
                text="grossly negligent",
                start=30 * n,
                end=30 * n + len("grossly negligent"),
                kind=QuoteKind.PARTIAL,
            )
        )
    facts = facts_of({q.pk for q in quotes})
    assert facts[quotes[0].pk].unit(0, 7).speaker_body == {"nsb"}
    assert facts[quotes[1].pk].unit(0, 7).speaker_body == frozenset()


def test_a_slogan_with_a_rare_name_is_not_one_line_whoever_marks_it():
    """'reckless Nordvik spending' is a phrase two people can both use: rule 4's, not 0b's."""
    slogan = "reckless Nordvik spending."
    one = _quoted(slogan, "ferris-row", "Pilar Ferris", 1)
    other = _quoted(slogan, "lindqvist-row", "Greta Lindqvist", 4)
    assert not _automatic(one, other)


QUOTED = "We do not charge the towns for our audit reports"
PARAPHRASED = "the office doesn't bill towns for its audit reports or the inspections"


def _paraphrase_pair(name: str, row: str, days: int):
    said = _quoted(QUOTED, row, name, 1)
    reported = replace(_quoted(PARAPHRASED, row, name, 1 + days), marked=False)
    return said, reported


def test_a_speaker_few_stories_name_quoted_and_paraphrased_the_same_day_is_one_statement():
    said, reported = _paraphrase_pair("Greta Lindqvist", "lindqvist-row", 0)
    link = compare(said, reported, STATS)
    assert 0.40 <= link.score < 0.60  # a paraphrase, not a near-duplicate
    assert link.decision == AUTOMATIC


def test_a_paraphrase_days_later_or_of_a_name_every_story_prints_stays_a_suggestion():
    later = compare(*_paraphrase_pair("Greta Lindqvist", "lindqvist-row", 3), STATS)
    everywhere = compare(*_paraphrase_pair("Tom Hale", "hale-row", 0), STATS)
    assert later.decision != AUTOMATIC
    assert everywhere.decision != AUTOMATIC


def test_a_statement_credited_to_whoever_issued_it_links_to_its_paraphrase_the_same_day():
    """A foundation's line in one article, credited in the other to the founder named
    beside it (a name few stories print), reported the same day in the same story."""
    said = _quoted(QUOTED, "foundation-row", "the foundation", 1, around=frozenset({"lindqvist"}))
    reported = replace(_quoted(PARAPHRASED, "lindqvist-row", "Greta Lindqvist", 1), marked=False)
    assert _automatic(said, reported)
    common = replace(_quoted(PARAPHRASED, "hale-row", "Tom Hale", 1), marked=False)
    assert not _automatic(replace(said, context=AUDIT_STORY | {"hal"}), common)


def test_a_denial_one_source_repeats_is_its_negation_and_one_distinctive_word():
    """Hale's 'not solvent', days after his interview line: the denial is half the claim.
    Printed by most stories, 'not good' is anyone's words, even under one row; and a
    month on, 'not solvent' may be said of anything."""
    interview = _quoted("I am just not solvent at this point", "hale-row", "Tom Hale", 1)
    recalled = _quoted("not solvent", "hale-row", "Tom Hale", 5)
    assert _automatic(interview, recalled)
    common = _quoted("I am just not good at this point", "hale-row", "Tom Hale", 1)
    assert not _automatic(common, _quoted("not good", "hale-row", "Tom Hale", 5))
    other_story = _quoted("not solvent", "hale-row", "Tom Hale", 5, story=OTHER_STORY)
    assert not _automatic(interview, other_story)
    assert not _automatic(interview, replace(recalled, said_on=date(2022, 4, 1)))
