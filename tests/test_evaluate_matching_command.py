"""`manage.py evaluate_matching`: the matcher on judged articles, in a scratch database."""

import json
import os
import subprocess
import sys

import pytest

from quotes.evaluation.judgments import AUTOMATIC, Judgment, figures, judgment_line, pair_key
from quotes.evaluation.matching import (
    article_date,
    evaluate,
    missed_true_pairs,
    recall_on_first,
)
from tests.conftest import ROOT

SEED_DATES = {"000": "2019-04-08", "001": "2019-04-08", "002": "2021-10-13"}


def seed_articles(seeds_dir) -> list[dict]:
    """Three seed articles in the PolNeAR layout, ids carrying publisher and date."""
    articles = []
    for path in sorted(seeds_dir.glob("*.txt")):
        prefix = path.name[:3]
        if prefix in SEED_DATES:
            article_id = f"seed-{prefix}_{SEED_DATES[prefix]}_{path.stem}"
            text = path.read_text(encoding="utf-8")
            articles.append({"id": article_id, "text": text, "meta": {"publisher": prefix}})
    return articles


def spans_text(articles, key) -> list[str]:
    bodies = {a["id"]: a["text"] for a in articles}
    return [bodies[doc][start:end] for doc, start, end in key]


def test_an_article_id_gives_its_date():
    """PolNeAR ids read <split>-<publisher>_<yyyy-mm-dd>_<slug>."""
    assert str(article_date("polnear-train-nyt_2016-02-11_some-slug")) == "2016-02-11"
    assert article_date("no-date-here") is None


@pytest.mark.django_db
def test_it_names_each_link_by_article_offsets_and_gives_its_relation(seeds_dir):
    """Pence's line, reported by two outlets the same day, is an automatic same-utterance link."""
    articles = seed_articles(seeds_dir)
    run = evaluate(articles, {})
    pence = [
        o
        for o, _ in run.pairs
        if all("reckless decisions" in t for t in spans_text(articles, o.key))
    ]
    assert [(o.decision, o.relation) for o in pence] == [(AUTOMATIC, "same_utterance")]


@pytest.mark.django_db
def test_judged_links_give_precision_and_judged_misses_lower_recall(seeds_dir):
    """A link judged wrong lowers precision; a true pair the engine missed lowers recall."""
    articles = seed_articles(seeds_dir)
    run = evaluate(articles, {})
    links = sorted(o.key for o, _ in run.pairs if o.decision == AUTOMATIC)
    missed = (("seed-x", 0, 5), ("seed-y", 0, 5))
    judged = {
        links[0]: Judgment("different", ""),
        links[1]: Judgment("same_utterance", ""),
        missed: Judgment("echo", ""),
    }
    fig = figures([o for o, _ in run.pairs], judged)
    assert (fig.automatic.judged, fig.automatic.right) == (2, 1)
    assert sum(fig.true_pairs.values()) == 2 and sum(fig.found.values()) == 1


@pytest.mark.django_db
def test_the_missed_true_pairs_are_listed_with_what_the_engine_did_with_them(seeds_dir):
    """A judged true pair left unlinked is listed; a linked one and a different one are not."""
    articles = seed_articles(seeds_dir)
    run = evaluate(articles, {})
    linked = sorted(o.key for o, _ in run.pairs if o.decision == AUTOMATIC)
    quote = next(q for q in run.quotes.values() if q.source.origin.startswith("seed-000"))
    other = next(q for q in run.quotes.values() if q.source.origin.startswith("seed-002"))
    unpaired = pair_key(
        (quote.source.origin, quote.start, quote.end), (other.source.origin, other.start, other.end)
    )
    judged = {
        linked[0]: Judgment("same_utterance", ""),
        linked[1]: Judgment("different", ""),
        unpaired: Judgment("echo", ""),
    }
    missed = [o for o, _ in missed_true_pairs(run, judged)]
    assert [o.key for o in missed] == [unpaired]
    assert missed[0].decision in ("none", "suggested")


@pytest.mark.django_db
def test_recall_on_the_first_judged_pairs_ignores_pairs_judged_after_them(seeds_dir):
    """Pairs a later round judged (because its rules linked them) do not count in it."""
    articles = seed_articles(seeds_dir)
    run = evaluate(articles, {})
    linked = sorted(o.key for o, _ in run.pairs if o.decision == AUTOMATIC)
    missed = (("seed-x", 0, 5), ("seed-y", 0, 5))
    judged = {
        missed: Judgment("same_utterance", ""),
        linked[0]: Judgment("different", ""),
        linked[1]: Judgment("same_utterance", ""),
        linked[2]: Judgment("same_utterance", ""),
    }
    assert recall_on_first(run, judged, 2) == (0, 1)
    assert recall_on_first(run, judged, 3) == (1, 2)
    assert recall_on_first(run, judged, 4) == (2, 3)


def manage(*args, tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    env["FACTCHECK_VAR_DIR"] = str(tmp_path)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_the_command_prints_the_figures_without_touching_the_users_database(seeds_dir, tmp_path):
    """It imports into a scratch database: the configured one stays empty."""
    articles = tmp_path / "articles.jsonl"
    articles.write_text("\n".join(json.dumps(a) for a in seed_articles(seeds_dir)) + "\n")
    judged = tmp_path / "judged.jsonl"
    judged.write_text(judgment_line((("a", 0, 1), ("b", 0, 1)), "echo", "a miss") + "\n")
    assert manage("migrate", "-v0", tmp_path=tmp_path).returncode == 0
    done = manage("evaluate_matching", str(articles), "--judgments", str(judged), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "3 articles" in done.stdout and "recall of judged true pairs: 0/1" in done.stdout
    count = manage(
        "shell",
        "-c",
        "from quotes.models import Source; print(Source.objects.count())",
        tmp_path=tmp_path,
    )
    assert count.stdout.strip().splitlines()[-1] == "0"


def test_a_broken_judgments_file_is_one_line_naming_it(seeds_dir, tmp_path):
    """Bad input: the file and line, nothing imported."""
    judged = tmp_path / "judged.jsonl"
    judged.write_text('{"a": ["x", 1, 2], "b": ["y", 1, 2], "label": "maybe"}\n')
    done = manage(
        "evaluate_matching", "missing.jsonl", "--judgments", str(judged), tmp_path=tmp_path
    )
    assert done.returncode != 0
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .endswith("judged.jsonl:1: unknown label 'maybe' or malformed span")
    )


def test_the_report_tables_automatic_links_by_relation_given_and_relation_judged():
    """Where relation labels go wrong: one row per relation given, one column per judged label."""
    from quotes.evaluation.judgments import Figures, format_report

    fig = Figures()
    fig.relations.update({("repetition", "same_utterance"): 67, ("echo", "echo"): 9})
    lines = format_report(fig).splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("stored / judged"))
    assert lines[at].split()[3:] == ["same_utterance", "repetition", "echo", "different"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[at + 1 : at + 4]}
    assert rows["repetition"] == ["67", "0", "0", "0"]
    assert rows["echo"] == ["0", "0", "9", "0"]
