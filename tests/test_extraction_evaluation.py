"""The scoring functions, on a small gold file in the PolNeAR format written here."""

import json

from quotes.evaluation.extraction import (
    evaluate,
    format_table,
    gold_units,
    report_rows,
    score_article,
)
from quotes.extraction import extract


def _article(ident, text, quotes):
    return {"id": ident, "text": text, "quotes": quotes, "meta": {"ignore_spans": []}}


def _gold(text, quote, speaker, kind="direct", spans=None):
    start = text.index(quote)
    speaker_start = text.index(speaker)
    return {
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        "spans": spans or [[start, start + len(quote)]],
        "kind": kind,
        "speaker": speaker,
        "speaker_spans": [[speaker_start, speaker_start + len(speaker)]],
        "cue": "said",
    }


def build_gold():
    """Three articles in wire style with direct, split and mixed quotes."""
    one = "“We will finish the purchase,” Erdogan told reporters in Moscow."
    two = "“This is our right,” Kalin said. “No one can ask us to back down.”"
    three = "Pence warned that Turkey must choose between “a critical partnership” or risk."
    split_b = two.index("No one")
    return [
        _article("a", one, [_gold(one, "We will finish the purchase,", "Erdogan")]),
        _article(
            "b",
            two,
            [
                {
                    **_gold(two, "This is our right,", "Kalin"),
                    "start": None,
                    "end": None,
                    "spans": [[1, 19], [split_b, split_b + len("No one can ask us to back down.")]],
                }
            ],
        ),
        _article(
            "c",
            three,
            [
                _gold(
                    three,
                    "Turkey must choose between “a critical partnership” or risk",
                    "Pence",
                    kind="mixed",
                )
            ],
        ),
    ]


def test_a_mixed_gold_quote_is_judged_on_its_quoted_words():
    """Only the part inside quotation marks is kept for a mixed quote."""
    article = build_gold()[2]
    (unit,) = gold_units(article)
    text = article["text"]
    assert [text[s:e] for s, e in unit.pieces] == ["a critical partnership"]


def test_evaluation_on_a_small_gold_file_reaches_the_floor(tmp_path):
    """The engine scores attribution F1 of at least 0.9 on the hand-made gold file."""
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in build_gold()), encoding="utf-8")
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    counts = evaluate(articles, extract)
    rows = {name: (p, r, f) for name, p, r, f in report_rows(counts)}
    assert rows["attribution@0.3"][2] >= 0.9
    assert rows["span@0.8"][2] >= 0.9
    assert "speaker accuracy" in format_table(counts)


def test_errors_name_each_miss_and_false_alarm():
    """With errors on, a missed quote and an unmatched prediction are listed."""
    text = "“We will win,” Smith said. The “so-called deal” was mocked by Jones, who said so."
    article = _article("d", text, [])
    counts = evaluate([article], extract, errors=True)
    assert counts.gold == 0
    assert any("FALSE" in line for line in counts.errors)


def test_a_quote_the_gold_files_with_another_counts_as_a_split_piece():
    """Two quotations the gold joins into one unit: one matches, the other is a split piece."""
    text = (
        "“We will win this,” Dana Whitfield said on Monday.\n\n"
        "Later she told reporters: “Nobody thought we could.”\n"
    )
    first, second = "We will win this,", "Nobody thought we could."
    spans = [[text.index(first), text.index(first) + len(first)],
             [text.index(second), text.index(second) + len(second)]]  # fmt: skip
    article = _article("a", text, [_gold(text, first, "Dana Whitfield", spans=spans)])
    counts = score_article(article, extract(text))
    assert counts.predicted == 2 and counts.matched[0.3] == 1
    assert counts.split_pieces == 1
    assert "one piece of an annotated quote matched elsewhere: 1" in format_table(counts)


def test_indirect_quotes_are_counted_with_the_share_inside_an_annotation():
    """An indirect quote inside an annotated attribution is supported; one outside is not."""
    text = (
        "Senator Dana Whitfield said the plan would fail within a year.\n\n"
        "Tom Reyes said the mill had closed in 1998.\n"
    )
    annotated = "the plan would fail within a year"
    quote = _gold(text, annotated, "Dana Whitfield", kind="indirect")
    counts = score_article(_article("a", text, [quote]), extract(text))
    assert (counts.indirect, counts.indirect_supported) == (2, 1)
    assert "indirect quotes: 2 found, 0.500 of them" in format_table(counts)


def test_an_indirect_gold_entry_with_quoted_words_is_judged_as_a_partial_quote():
    """PolNeAR files "Trump: 'We are going to win.'" as indirect (its kind sees only double
    marks); the scorer judges it on its quoted words, unless a direct entry covers them."""
    text = "Trump: 'We are going to win so much.'\n\nHe spoke in Ohio.\n"
    quoted = "We are going to win so much."
    entry = _gold(text, "'" + quoted + "'", "Trump", kind="indirect")
    covered = _gold(text, quoted, "Trump")
    (unit,) = gold_units(_article("a", text, [entry]))
    assert [text[s:e] for s, e in unit.pieces] == [quoted]
    assert len(gold_units(_article("b", text, [entry, covered]))) == 1


def test_a_gold_entry_with_speaker_and_cue_swapped_is_read_the_right_way_round():
    """PolNeAR files a few '"...," said Bolton.' with speaker "said" and cue "Bolton"."""
    text = "“I would support the nominee,” said Bolton."
    entry = {**_gold(text, "I would support the nominee,", "said"), "cue": "Bolton"}
    article = _article("s", text, [entry])
    (unit,) = gold_units(article)
    assert unit.speaker == "Bolton"
    counts = score_article(article, extract(text))
    assert counts.attributed[0.3] == 1


def test_a_swapped_entry_with_a_longer_cue_phrase_is_read_the_right_way_round_too():
    """ "said in a statement" filed as the speaker of '..., Sinovic said in a statement.'"""
    text = "“It is ludicrous,” Sinovic said in a statement."
    entry = {**_gold(text, "It is ludicrous,", "said in a statement"), "cue": "Sinovic"}
    (unit,) = gold_units(_article("t", text, [entry]))
    assert unit.speaker == "Sinovic"
    report = {**_gold(text, "It is ludicrous,", "Sinovic"), "speaker": "Report", "cue": ":"}
    (kept,) = gold_units(_article("u", text, [report]))
    assert kept.speaker == "Report"
