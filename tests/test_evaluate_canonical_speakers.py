"""Canonical speaker accuracy and the sealed part, on small invented articles (no PolNeAR text)."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from quotes.evaluation.canonical import (
    LABELS,
    OPEN,
    PEOPLE,
    PERSON,
    ROLE,
    SEALED,
    Case,
    Recorder,
    canonical_right,
    format_tallies,
    in_part,
    is_sealed,
    names_someone,
    read_cases,
    score_cases,
    tally,
)
from quotes.extraction.types import DIRECT, ExtractedQuote, Extraction, Span

JUDGED = Path(__file__).resolve().parent.parent / "bench" / "judgments" / "canonical_speakers.jsonl"
TEXT = 'Gary Johnson spoke in Denver. "We will win this state," the former governor said.'
QUOTE = (TEXT.index("We"), TEXT.index("state,") + len("state,"))
MENTION = (TEXT.index("the former"), TEXT.index(" said"))


def _ids(sealed: bool, count: int) -> list[str]:
    """Invented article ids that fall in the sealed part (or not)."""
    return [f"doc-{n}" for n in range(1000) if is_sealed(f"doc-{n}") == sealed][:count]


def _case(label=PERSON, name="Gary Johnson", doc="x", **extra) -> Case:
    return Case(doc=doc, quote=QUOTE, mention=MENTION, label=label, name=name, **extra)


def _extraction(speaker, start=QUOTE[0], end=QUOTE[1]) -> Extraction:
    mention = Span(TEXT[MENTION[0] : MENTION[1]], *MENTION)
    quote = ExtractedQuote(
        text=TEXT[start:end],
        start=start,
        end=end,
        kind=DIRECT,
        speaker=speaker,
        speaker_mention=mention,
    )
    return Extraction(quotes=(quote,))


def _article(doc="x") -> dict:
    gold = {
        "quote": TEXT[QUOTE[0] : QUOTE[1]],
        "start": QUOTE[0],
        "end": QUOTE[1],
        "spans": [list(QUOTE)],
        "kind": "direct",
        "speaker": TEXT[MENTION[0] : MENTION[1]],
        "speaker_spans": [list(MENTION)],
        "cue": "said",
    }
    return {"id": doc, "text": TEXT, "quotes": [gold], "meta": {"ignore_spans": []}}


def test_the_sealed_part_is_a_stable_fifth_of_the_ids():
    """The same id always lands in the same part, and about one id in five is sealed."""
    ids = [f"doc-{n}" for n in range(1000)]
    sealed = [i for i in ids if is_sealed(i)]
    assert sealed == [i for i in ids if is_sealed(i)]
    assert 150 <= len(sealed) <= 250


def test_sealed_and_open_split_every_article_once():
    """Each article is in exactly one of the two parts; no part means every article."""
    for doc in _ids(True, 3) + _ids(False, 3):
        article = {"id": doc}
        assert in_part(article, SEALED) != in_part(article, OPEN)
        assert in_part(article, None)


def test_a_surname_or_a_title_names_the_judged_person():
    """Surname alone and a title in front are the same person; another given name is not."""
    case = _case()
    assert canonical_right("Johnson", case)
    assert canonical_right("Gov. Gary Johnson", case)
    assert not canonical_right("Bill Johnson", case)
    assert not canonical_right("former governor", case)
    assert not canonical_right(None, case)


def test_a_role_is_right_only_when_nobody_is_named():
    """An unnamed official must not be filed under a person the engine invented."""
    case = _case(label=ROLE, name=None)
    assert canonical_right(None, case)
    assert canonical_right("senior official", case)
    assert canonical_right("He", case)
    assert not canonical_right("Gary Johnson", case)


def test_several_people_accept_any_of_them_and_aliases_count():
    """For two named people either name is right; an alias the reader listed is right too."""
    pair = _case(label=PEOPLE, name="Ann Lee and Bo Park")
    assert canonical_right("Park", pair) and canonical_right("Ann Lee", pair)
    assert not canonical_right("Cy Dunn", pair)
    group = _case(label="organisation", name="Acme Corp", also=("Acme campaign",))
    assert canonical_right("Acme campaign", group)


def test_pronouns_and_determiners_name_nobody():
    """A resolver that leaves "Those" or "It" as the name has not named anyone."""
    assert not names_someone("Those")
    assert not names_someone("It")
    assert not names_someone("the former governor")
    assert names_someone("Gary Johnson")


def test_a_case_is_scored_on_the_quote_the_span_scorer_pairs_with_it():
    """The overlapping engine quote gives the name; a quote elsewhere leaves the case not found."""
    found = score_cases(_article(), _extraction("Johnson"), [_case()])[0]
    assert found.found and found.right and found.mention_right
    elsewhere = score_cases(_article(), _extraction("Johnson", 0, 12), [_case()])[0]
    assert not elsewhere.found and not elsewhere.right


def test_the_recorder_scores_judged_articles_from_the_same_extraction():
    """Articles pass through unchanged; only judged ones are scored, once each."""
    calls = []

    def extractor(text, **kwargs):
        calls.append(text)
        return _extraction("former governor")

    open_doc = _ids(False, 1)[0]
    recorder = Recorder([_case(doc=open_doc)], extractor)
    articles = list(recorder.articles([_article(open_doc), _article("unjudged")]))
    for article in articles:
        recorder(article["text"])
    assert len(calls) == 2 and len(recorder.outcomes) == 1
    tallies = tally(recorder.outcomes)
    assert (tallies[OPEN].cases, tallies[OPEN].found, tallies[OPEN].right) == (1, 1, 0)
    assert "open    accuracy 0.000 (0/1 found of 1 cases)" in format_tallies(tallies)
    assert "sealed" not in format_tallies(tallies)


def _write(tmp_path, articles, cases):
    gold, judged = tmp_path / "gold.jsonl", tmp_path / "judged.jsonl"
    gold.write_text("\n".join(json.dumps(a) for a in articles))
    judged.write_text("\n".join(json.dumps(c) for c in cases))
    return str(gold), str(judged)


def test_the_command_reports_each_part_with_counts(tmp_path, capsys):
    """--canonical prints one line per part; --split open leaves the sealed case out."""
    sealed_doc, open_doc = _ids(True, 1)[0], _ids(False, 1)[0]
    rows = [
        {"doc": d, "quote": list(QUOTE), "mention": list(MENTION), "label": ROLE, "name": None}
        for d in (sealed_doc, open_doc)
    ]
    gold, judged = _write(tmp_path, [_article(sealed_doc), _article(open_doc)], rows)
    call_command("evaluate_extraction", gold, "--canonical", judged)
    out = capsys.readouterr().out
    assert "open    accuracy" in out and "sealed  accuracy" in out
    call_command("evaluate_extraction", gold, "--canonical", judged, "--split", "open")
    out = capsys.readouterr().out
    assert "open    accuracy" in out and "sealed  accuracy" not in out
    assert "gold 1" in out


def test_the_sealed_part_never_lists_its_errors(tmp_path):
    """--errors with --split sealed is refused, so nobody reads them by accident."""
    gold, _ = _write(tmp_path, [_article(_ids(True, 1)[0])], [])
    with pytest.raises(CommandError):
        call_command("evaluate_extraction", gold, "--split", "sealed", "--errors")


def test_a_missing_judgments_file_is_a_command_error(tmp_path):
    """A wrong --canonical path fails cleanly."""
    gold, _ = _write(tmp_path, [_article()], [])
    with pytest.raises(CommandError):
        call_command("evaluate_extraction", gold, "--canonical", str(tmp_path / "none.jsonl"))


def test_the_stored_judgments_are_well_formed_and_hold_no_article_text():
    """Every row has offsets, a known label, a name unless it is a role, and a short reason."""
    cases = read_cases(str(JUDGED))
    rows = [json.loads(line) for line in JUDGED.read_text().splitlines() if line.strip()]
    assert len(cases) == len(rows) >= 260
    for case, row in zip(cases, rows, strict=True):
        assert case.label in LABELS and (case.name is None) == (case.label == ROLE)
        assert case.quote[0] < case.quote[1] and case.mention[0] < case.mention[1]
        assert 0 < len(row["reason"]) <= 120
        assert set(row) <= {"doc", "quote", "mention", "label", "name", "also", "reason", "batch"}
    assert sum(case.part == SEALED for case in cases) >= 55
