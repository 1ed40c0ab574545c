"""Judging batches of canonical speaker cases and the selection that orders them.

Invented articles only (no PolNeAR text). A later batch is judged before anyone
reads the engine's errors on it, so its own line is the held-out figure.
"""

import json

from django.core.management import call_command

from quotes.evaluation.canonical import (
    OPEN,
    ROLE,
    Case,
    Outcome,
    format_tallies,
    is_sealed,
    read_cases,
    selection,
    tally,
)

TEXT = 'Gary Johnson spoke in Denver. "We will win this state," the former governor said.'
QUOTE = [TEXT.index("We"), TEXT.index("state,") + len("state,")]
MENTION = [TEXT.index("the former"), TEXT.index(" said")]


def _open_ids(count: int) -> list[str]:
    return [f"doc-{n}" for n in range(1000) if not is_sealed(f"doc-{n}")][:count]


def _article(doc: str, speaker_span=MENTION, pronoun=False, cue="said") -> dict:
    gold = {
        "quote": TEXT[QUOTE[0] : QUOTE[1]],
        "start": QUOTE[0],
        "end": QUOTE[1],
        "spans": [QUOTE],
        "kind": "direct",
        "speaker": TEXT[speaker_span[0] : speaker_span[1]],
        "speaker_spans": [speaker_span],
        "speaker_is_pronoun": pronoun,
        "cue": cue,
    }
    return {"id": doc, "text": TEXT, "quotes": [gold], "meta": {"ignore_spans": []}}


def test_a_line_without_a_batch_is_batch_one(tmp_path):
    """Old judgment lines carry no batch field and still read as batch 1."""
    path = tmp_path / "judged.jsonl"
    row = {"doc": "x", "quote": QUOTE, "mention": MENTION, "label": ROLE, "name": None}
    path.write_text(json.dumps(row) + "\n" + json.dumps({**row, "batch": 2}) + "\n")
    assert [case.batch for case in read_cases(str(path))] == [1, 2]


def test_a_later_batch_gets_its_own_line_and_still_counts_in_its_part():
    """The fresh batch is reported apart ("open b2") and inside the open total."""
    doc = _open_ids(1)[0]
    old = Case(doc, tuple(QUOTE), tuple(MENTION), ROLE)
    fresh = Case(doc, tuple(QUOTE), tuple(MENTION), ROLE, batch=2)
    tallies = tally([Outcome(old, True, None), Outcome(fresh, True, "Gary Johnson")])
    assert (tallies[OPEN].cases, tallies[OPEN].right) == (2, 1)
    assert (tallies["open b2"].cases, tallies["open b2"].right) == (1, 0)
    assert "open b2 accuracy 0.000 (0/1 found of 1 cases)" in format_tallies(tallies)


def test_the_command_scores_only_the_batch_asked_for(tmp_path, capsys):
    """--batch 2 leaves batch 1's cases out of the canonical figures."""
    first, second = _open_ids(2)
    gold, judged = tmp_path / "gold.jsonl", tmp_path / "judged.jsonl"
    gold.write_text("\n".join(json.dumps(_article(d)) for d in (first, second)))
    row = {"quote": QUOTE, "mention": MENTION, "label": ROLE, "name": None}
    rows = [{**row, "doc": first}, {**row, "doc": second, "batch": 2}]
    judged.write_text("\n".join(json.dumps(r) for r in rows))
    call_command("evaluate_extraction", str(gold), "--canonical", str(judged), "--batch", "2")
    out = capsys.readouterr().out
    assert "of 1 cases" in out and "open b2" in out and "of 2 cases" not in out


def test_the_selection_keeps_nameless_phrases_and_third_person_pronouns():
    """A role phrase or "he" makes a case; a named speaker or "I" does not."""
    first, second, third = _open_ids(3)
    named = [TEXT.index("Gary"), TEXT.index(" spoke")]
    articles = [_article(first), _article(second, named), _article(third, MENTION, True)]
    articles[2]["quotes"][0]["speaker_spans"] = [[TEXT.index("We"), TEXT.index("We") + 2]]
    assert [case["doc"] for case in selection(articles, OPEN)] == [first]


def test_the_selection_leaves_out_entries_whose_speaker_is_the_cue_word():
    """PolNeAR sometimes files the cue ("said") as the speaker; that is no mention to judge."""
    doc = _open_ids(1)[0]
    cue = [TEXT.index(" said") + 1, TEXT.index(" said") + 5]
    article = _article(doc, cue, cue="Johnson")
    assert selection([article], OPEN) == []


def test_the_selection_takes_at_most_two_cases_from_one_article():
    """Three role-phrase quotes in one article give two cases, in hash order."""
    doc = _open_ids(1)[0]
    article = _article(doc)
    gold = article["quotes"][0]
    for shift in (1, 2):
        article["quotes"].append({**gold, "spans": [[QUOTE[0] + shift, QUOTE[1]]]})
    chosen = selection([article], OPEN)
    assert len(chosen) == 2
    assert chosen == sorted(chosen, key=lambda case: case["key"])
