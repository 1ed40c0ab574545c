"""bench/extraction_dump.py: the byte-for-byte record a speed change is checked against."""

import json

from bench import extraction_dump


def _dump(tmp_path, *options):
    out = tmp_path / "dump.jsonl"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    missing = tmp_path / "no-polnear.jsonl"
    extraction_dump.main([str(out), "--polnear", str(missing), "--seeds", str(seeds), *options])
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_the_dump_holds_the_generated_articles_when_asked(tmp_path):
    records = _dump(tmp_path, "--generated", "3", "--seed", "5")
    assert [r["id"] for r in records] == ["gen-5-0", "gen-5-1", "gen-5-2"]
    assert all(r["extraction"]["quotes"] for r in records)


def test_generated_articles_are_extracted_with_their_publication_date(tmp_path):
    from bench.corpus import generate

    records = _dump(tmp_path, "--generated", "2", "--seed", "5")
    dates = [d["published_on"] for d in generate(2, seed=5)]
    said = [{q["said_on"] for q in r["extraction"]["quotes"] if q["said_on"]} for r in records]
    # a quote "said on Tuesday" is dated from the article's own day, so never after it
    for days, published in zip(said, dates, strict=True):
        assert all(day <= published for day in days)
    assert any(said)
