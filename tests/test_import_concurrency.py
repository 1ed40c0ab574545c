"""Two importers at once, and an importer killed mid-batch, leave a consistent database.

These run real `manage.py import_sources` processes against the test database,
so they need a server that other processes can reach: PostgreSQL.
"""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from django.db import connection

from bench.corpus import generate
from quotes.extraction import extract
from quotes.models import Quote, Source
from tests.conftest import ROOT

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs a database other processes share"
    ),
]


def database_url() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def importer(*paths) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": database_url()}
    return subprocess.Popen(
        [sys.executable, "manage.py", "import_sources", *map(str, paths), "--no-progress"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_every_source_is_whole():
    """Each stored source has exactly the quotes the engine finds in it, with matching offsets."""
    for source in Source.objects.all():
        expected = {
            (q.start, q.end) for q in extract(source.body, published_on=source.published_on).quotes
        }
        stored = set(source.quotes.values_list("start", "end"))
        assert stored == expected, source.origin
    for quote in Quote.objects.select_related("source"):
        assert quote.source.body[quote.start : quote.end] == quote.text


def test_two_importers_started_at_once_store_each_article_once(seeds_dir):
    """Racing importers on the same files end with no duplicates and no errors."""
    first, second = importer(seeds_dir), importer(seeds_dir)
    results = [p.communicate(timeout=300) for p in (first, second)]
    assert (first.returncode, second.returncode) == (0, 0), results
    assert Source.objects.count() == 5
    assert_every_source_is_whole()
    new = sum(int(out.split(" new")[0].split()[-1]) for out, _ in results)
    assert new == 5


def test_an_importer_killed_mid_batch_leaves_whole_sources_and_a_rerun_completes(tmp_path):
    """SIGKILL mid-batch never leaves half a source, and a rerun finishes the job."""
    corpus = tmp_path / "batch.jsonl"
    docs = generate(120, seed=5)
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs))
    process = importer(corpus)
    deadline = time.monotonic() + 120
    while Source.objects.count() < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert 5 <= Source.objects.count() < 120
    assert_every_source_is_whole()
    rerun = importer(corpus)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert Source.objects.count() == 120
    assert "unchanged" in out
    assert_every_source_is_whole()


def test_two_importers_of_different_articles_count_every_shared_word_exactly(seeds_dir, tmp_path):
    """The corpus statistics are upserts that add: two writers at once lose no count."""
    from tests.test_corpus_statistics import expected_counts, stored_counts

    halves = [tmp_path / "a", tmp_path / "b"]
    for n, path in enumerate(sorted(seeds_dir.glob("*.txt"))):
        halves[n % 2].mkdir(exist_ok=True)
        (halves[n % 2] / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    first, second = importer(halves[0]), importer(halves[1])
    results = [p.communicate(timeout=300) for p in (first, second)]
    assert (first.returncode, second.returncode) == (0, 0), results
    assert stored_counts() == expected_counts()
