"""Smoke runs of every benchmark in bench/ on a tiny corpus: our side only, no peer tools.

Each bench runs its real code path at a tiny size, on whichever database the
suite runs on (SQLite or PostgreSQL), with its peers disabled (`--no-peers`,
`--inprocess`), and every figure it prints must be a positive number. The full
benchmarks (`make bench`) are not part of the suite.
"""

import re
import shutil

import pytest
from django.core.cache import cache

from bench import (
    bench_api,
    bench_extraction,
    bench_import,
    bench_matching_db,
    dbbench,
    extraction_instructions,
    report,
)
from bench.bench_matching import main as matching_memory_main

NUMBER = r"([0-9][0-9,]*(?:\.[0-9]+)?)"


def figures(text: str, unit: str) -> list[float]:
    """Every number printed just before `unit`."""
    found = re.findall(NUMBER + r"\s*" + re.escape(unit), text)
    return [float(value.replace(",", "")) for value in found]


def assert_positive(text: str, unit: str, count: int) -> None:
    values = figures(text, unit)
    assert len(values) >= count, f"expected {count} figures in {unit!r}:\n{text}"
    assert all(value > 0 for value in values), f"a figure in {unit!r} is not positive:\n{text}"


@pytest.fixture(autouse=True)
def bench_dir(tmp_path, monkeypatch):
    """Benchmarks write their files under a temporary folder, not var/bench/."""
    monkeypatch.setattr(dbbench, "VAR", tmp_path)


def test_extraction_bench_prints_positive_throughput(capsys):
    bench_extraction.main(["--compare", "--generated", "5", "--no-peers", "--polnear", ""])
    out = capsys.readouterr().out
    assert_positive(out, "MB/s", 2)
    assert_positive(out, "docs/s", 2)
    assert "textacy" not in out


def test_extraction_bench_default_mode_on_the_seeds(capsys):
    bench_extraction.main(["--repeat", "1"])
    out = capsys.readouterr().out
    assert_positive(out, "MB/s", 2)
    assert_positive(out, "docs/s", 2)


def test_matching_bench_in_memory(capsys):
    matching_memory_main(["--sizes", "20", "40", "--queries", "5", "--rounds", "1"])
    out = capsys.readouterr().out
    assert_positive(out, "ms/quote", 2)


@pytest.mark.django_db
def test_import_bench_on_the_test_database(capsys):
    bench_import.main(["--inprocess", "--base", "3", "--sizes", "6", "12", "--articles", "2"])
    out = capsys.readouterr().out
    assert_positive(out, "articles/s", 2)
    assert_positive(out, "ms/article", 2)
    assert_positive(out, "MB", 2)
    assert re.search(r"N=\s+6 ", out) and re.search(r"N=\s+12 ", out), out


@pytest.mark.django_db
def test_copies_keep_quotes_checkable_and_hashes_fresh():
    from quotes.models import Quote, Source
    from quotes.services.sources import content_hash

    dbbench.import_docs(bench_import.generate(3, seed=1))
    dbbench.mark_base()
    base_quotes = Quote.objects.count()
    filled = dbbench.fill_to(sources=9)
    assert filled["source"] == 9
    assert filled["quote"] == 3 * base_quotes > 0
    for source in Source.objects.all():
        assert source.content_hash == content_hash(source.body)
        for quote in source.quotes.all():
            assert source.body[quote.start : quote.end] == quote.text
    assert Source.objects.values("content_hash").distinct().count() == 9


@pytest.mark.django_db
def test_matching_db_bench_on_the_test_database(capsys):
    bench_matching_db.main(["--inprocess", "--base", "3", "--sizes", "10", "30", "--articles", "2"])
    out = capsys.readouterr().out
    assert_positive(out, "ms per new quote", 2)
    assert "ratio" in out


@pytest.mark.django_db
def test_api_bench_in_process(capsys):
    dbbench.import_docs(bench_import.generate(6, seed=1))
    dbbench.mark_base()
    dbbench.fill_to(quotes=100, keys=False)
    cache.clear()  # the anonymous throttle counts in the cache
    result = bench_api.main(["--inprocess", "2"])
    out = capsys.readouterr().out
    assert_positive(out, "req/s", 6)
    assert_positive(out, "ms", 12)
    assert set(result["results"]) == {"quotes by speaker", "claim detail", "full-text search"}


def test_report_renders_every_section(tmp_path):
    import json

    rows = [
        {
            "size": size, "stored_articles": size, "stored_quotes": 5 * size, "articles": 2,
            "quotes": 10, "articles_per_s": 2.0, "ms_per_article": 500.0,
            "match_ms_per_quote": 40.0, "match_share": 0.8, "peak_rss_mb": 60.0,
        }
        for size in (10, 20)
    ]  # fmt: skip
    base = {"articles": 3, "seconds": 1.0, "chunks": [{"upto": 3, "articles_per_s": 3.0}]}
    backends = [{"backend": "postgresql", "base": base, "rows": rows}]
    engine = {"mb_s": 1.0, "docs_s": 2.0, "mb_s_cpu": 1.0, "wall": 1, "cpu": 1, "found": 3}
    served = {"rps": 10.0, "p50_ms": 5.0, "p99_ms": 9.0}
    results = {
        "extraction": {"corpora": {"generated": {"docs": 2, "bytes": 10, "engines": {
            "ours": engine, "regex": engine, "textacy": {**engine, "bailed": 1}}}}},
        "import": {"articles": 2, "backends": backends},
        "matching": {"backends": backends},
        "api": {"mode": "wrk", "targets": {
            "quotes": 10, "speaker": "a", "speaker_quotes": 5, "claim": "c", "claim_quotes": 2,
            "search": "x", "search_hits": 1},
            "results": {"quotes by speaker": {"api": served, "minimal": served,
                                              "datasette": served}}},
        "queue": {"articles": 4, "seed": 1, "rates": {
            "one process, no queue": 10.0, "--queue, 1 worker": 8.0, "--queue, 2 workers": 9.0}},
        "faults": {"articles": 4, "seed": 1, "seconds": 3.0, "sources": 4, "duplicate_texts": 0,
                   "speakers_stored_twice": 0, "jobs": 8, "jobs_not_done": 0,
                   "jobs_run_twice": 1, "claims": 2, "claims_sequential": 2,
                   "claims_equal": True},
    }  # fmt: skip
    for name, data in results.items():
        (tmp_path / f"{name}.json").write_text(json.dumps(data))
    out = tmp_path / "RESULTS.md"
    report.main(["--results", str(tmp_path), "--out", str(out)])
    text = out.read_text()
    for heading in ("Extraction", "Import", "API under load", "Matching", "Method"):
        assert heading in text
    assert "**MISSED**" in text and "met" in text
    assert "Target 2 workers >= 1.7x one process: **MISSED** (0.90x)" in text
    assert "with a worker killed: met." in text


def test_a_report_of_some_parts_keeps_the_measured_sections_of_the_others(tmp_path):
    """Re-running only the extraction bench leaves the API figures of the last run in place."""
    import json

    out = tmp_path / "RESULTS.md"
    out.write_text(
        "# Benchmark results\n\n## 1. Extraction throughput\n\nMeasured 2026-01-01 00:00 UTC.\n\n"
        "old extraction table\n\n## 3. API under load\n\nMeasured 2026-01-02 00:00 UTC.\n\n"
        "| api table kept |\n\n## Method\n\nold method\n"
    )
    engine = {"mb_s": 1.0, "docs_s": 2.0, "mb_s_cpu": 1.0, "wall": 1, "cpu": 1, "found": 3}
    extraction = {"corpora": {"generated": {"docs": 2, "bytes": 10, "engines": {"ours": engine}}}}
    (tmp_path / "extraction.json").write_text(json.dumps(extraction))
    report.main(["--results", str(tmp_path), "--out", str(out)])
    text = out.read_text()
    assert "old extraction table" not in text
    assert "Measured 2026-01-02 00:00 UTC.\n\n| api table kept |" in text
    assert "## import\n\nNot run in this run." in text
    assert text.count("## Method") == 1


def test_the_extraction_bench_keeps_each_engines_best_round():
    """Rounds run every engine in turn; the fastest wall and CPU time of each are kept."""
    slow = {"wall": 2.0, "cpu": 1.5, "found": 3}
    fast = {"wall": 1.0, "cpu": 1.8, "found": 3}
    best = bench_extraction._best([{"ours": slow}, {"ours": fast}])
    assert best["ours"]["wall"] == 1.0
    assert best["ours"]["cpu"] == 1.5


def test_instruction_count_bench_prints_a_positive_warm_pass_or_says_valgrind_is_missing(capsys):
    extraction_instructions.main(["--generated", "2"])
    out = capsys.readouterr().out
    if shutil.which("valgrind") is None:
        assert "valgrind is not installed" in out
    else:
        assert_positive(out, "M instructions", 1)
        assert_positive(out, "M)", 1)
