"""`bench/bench_polnear.py`: real news into an empty PostgreSQL database, and its report section.

The data file is not part of the repository, so without it the bench must say so and
leave `make bench` running; with figures, the report shows them against the target.
"""

import json

from bench import bench_polnear, report


def test_the_bench_says_it_skipped_when_the_data_file_is_absent(tmp_path, capsys):
    bench_polnear.main(["--polnear", str(tmp_path / "absent.jsonl")])
    assert capsys.readouterr().out.startswith("skipped: PolNeAR file not found")


def test_the_report_shows_the_real_news_rate_and_its_phases_against_the_target(tmp_path):
    phases = {"extraction": 2.0, "matching": 60.0, "commits": 3.0, "other writes": 15.0}
    figures = {"articles": 840, "sources": 839, "quotes": 10000, "seconds": 80.0,
               "articles_per_s": 10.5, "phases": phases, "peak_rss_mb": 200.0}  # fmt: skip
    (tmp_path / "polnear.json").write_text(json.dumps(figures))
    out = tmp_path / "RESULTS.md"
    report.main(["--results", str(tmp_path), "--out", str(out)])
    text = out.read_text()
    assert "## 6. Real news import" in text
    assert "Target >= 50 articles/s: **MISSED** (10.5)" in text
    assert "| matching | 60.0 | 75% |" in text
