"""Judged pairs and the figures they give (pure: no database)."""

import pytest

from quotes.evaluation.judgments import (
    AUTOMATIC,
    SUGGESTED,
    Outcome,
    figures,
    format_report,
    judgment_line,
    pair_key,
    read_judgments,
)

A, B, C = ("doc-a", 10, 40), ("doc-b", 5, 30), ("doc-c", 0, 12)


def write(tmp_path, *lines: str):
    path = tmp_path / "judged.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_a_pair_is_named_the_same_whichever_side_comes_first():
    """Judgments and engine outcomes meet on an order-free key."""
    assert pair_key(A, B) == pair_key(B, A)


def test_judgments_round_trip_through_their_file(tmp_path):
    """A written line reads back as the same judgment, in either order of the units."""
    path = write(tmp_path, judgment_line(pair_key(B, A), "echo", "takes up the phrase"))
    judged = read_judgments(path)
    assert judged[pair_key(A, B)].label == "echo"


def test_a_bad_label_is_refused_with_the_file_and_line(tmp_path):
    """One clear line names where the file is wrong."""
    path = write(tmp_path, judgment_line(pair_key(A, B), "echo", ""), '{"a": [], "b": []}')
    with pytest.raises(ValueError, match=r"judged.jsonl:2"):
        read_judgments(path)


def test_precision_counts_judged_links_and_leaves_unjudged_ones_out(tmp_path):
    """Right, wrong, relation right and unjudged are counted per method and relation."""
    judged = read_judgments(
        write(
            tmp_path,
            judgment_line(pair_key(A, B), "same_utterance", "same line"),
            judgment_line(pair_key(A, C), "different", "topic only"),
            judgment_line(pair_key(B, C), "echo", "not linked: a miss"),
        )
    )
    outcomes = [
        Outcome(pair_key(A, B), AUTOMATIC, "exact", "same_utterance"),
        Outcome(pair_key(A, C), AUTOMATIC, "key_phrase", "echo"),
        Outcome(pair_key(("x", 1, 2), C), AUTOMATIC, "exact", "echo"),
        Outcome(pair_key(B, C), SUGGESTED, "paraphrase", "echo"),
    ]
    fig = figures(outcomes, judged, max_partners=3)
    assert (fig.automatic.judged, fig.automatic.right, fig.automatic.unjudged) == (2, 1, 1)
    assert fig.by_method["exact"].precision == 1.0
    assert fig.by_method["key_phrase"].precision == 0.0
    assert fig.by_relation["same_utterance"].relation_right == 1
    assert (fig.suggested.judged, fig.suggested.right) == (1, 1)
    assert sum(fig.true_pairs.values()) == 2 and sum(fig.found.values()) == 1
    report = format_report(fig)
    assert "recall of judged true pairs: 1/2 = 0.500" in report
    assert "most cross-source partners of one quote in a claim: 3" in report
