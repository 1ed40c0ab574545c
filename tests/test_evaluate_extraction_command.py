"""The evaluate_extraction management command prints the measures as a table."""

import json

import pytest
from django.core.management import CommandError, call_command

from tests.test_extraction_evaluation import build_gold


def test_it_prints_the_table_for_a_gold_file(tmp_path, capsys):
    """Span, attribution and speaker rows are printed, and --limit is honoured."""
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in build_gold()))
    call_command("evaluate_extraction", str(path), "--limit", "2")
    out = capsys.readouterr().out
    assert "span@0.3" in out and "attribution@0.8" in out and "speaker accuracy" in out
    assert "gold 2" in out


def test_errors_are_listed_on_request(tmp_path, capsys):
    """--errors lists false alarms before the table."""
    article = {"id": "z", "text": "“We won,” Smith said.", "quotes": [], "meta": {}}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(article))
    call_command("evaluate_extraction", str(path), "--errors")
    assert "z\tFALSE" in capsys.readouterr().out


def test_a_missing_file_is_a_command_error(tmp_path):
    """A path that does not exist fails cleanly."""
    with pytest.raises(CommandError):
        call_command("evaluate_extraction", str(tmp_path / "missing.jsonl"))


def test_split_scores_only_its_part(tmp_path, capsys):
    """--split dev and --split heldout together score every article once."""
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in build_gold()))
    totals = 0
    for split in ("dev", "heldout"):
        call_command("evaluate_extraction", str(path), "--split", split)
        out = capsys.readouterr().out
        totals += int(out.rsplit("gold ", 1)[1].split()[0])
    assert totals == 3


def test_the_counts_behind_attribution_f1_are_printed(tmp_path, capsys):
    """The table is rounded; the counts and an unrounded F1 let a reader check a figure."""
    article = {
        "id": "a",
        "text": "“We won,” Smith said. “We lost,” Jones said.",
        "quotes": [
            {
                "quote": "We won,",
                "start": 1,
                "end": 8,
                "kind": "direct",
                "speaker": "Smith",
                "speaker_spans": [[10, 15]],
            },
        ],
        "meta": {},
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(article))
    call_command("evaluate_extraction", str(path))
    out = capsys.readouterr().out
    assert "at overlap 0.3: 1 found, 1 with the right speaker (attribution F1 0.6667)" in out
