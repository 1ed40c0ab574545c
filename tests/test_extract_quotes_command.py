"""The extract_quotes management command: JSON Lines in, JSON Lines out, errors per line."""

import json

import pytest
from django.core.management import CommandError, call_command


def test_it_writes_one_line_per_article_in_the_stable_format(tmp_path):
    """Each output line carries the id and the quotes with offsets and speaker mention."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a1", "text": "“We will win,” Smith said.", "x": 1}) + "\n")
    target = tmp_path / "out.jsonl"
    call_command("extract_quotes", str(source), "-o", str(target))
    (line,) = target.read_text().splitlines()
    record = json.loads(line)
    assert record["id"] == "a1"
    (quote,) = record["quotes"]
    assert set(quote) == {
        "text",
        "start",
        "end",
        "kind",
        "speaker",
        "speaker_mention",
        "cue",
        "confidence",
        "rule",
    }
    assert quote["speaker"] == "Smith"
    assert quote["rule"], "every quote names the rule that attributed it"
    assert quote["speaker_mention"] == {"text": "Smith", "start": 15, "end": 20}


def test_bad_lines_are_reported_and_the_rest_goes_on(tmp_path, capsys):
    """A broken line gets a one-line error with file and line number; exit is non-zero."""
    source = tmp_path / "in.jsonl"
    source.write_text('not json\n{"id": "b", "text": "“Yes,” Jones said."}\n{"id": 3}\n')
    target = tmp_path / "out.jsonl"
    with pytest.raises(CommandError):
        call_command("extract_quotes", str(source), "-o", str(target))
    err = capsys.readouterr().err
    assert f"{source}:1:" in err and f"{source}:3:" in err
    assert [json.loads(x)["id"] for x in target.read_text().splitlines()] == ["b"]


def test_it_reads_stdin_and_writes_stdout(monkeypatch, capsys):
    """“-” means standard input and output."""
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": "s", "text": "No quotes here."}\n'))
    call_command("extract_quotes", "-", "-o", "-")
    assert json.loads(capsys.readouterr().out) == {"id": "s", "quotes": []}
