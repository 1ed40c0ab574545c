"""Two importers at once, and an importer killed mid-batch, leave a consistent database.

These run real `manage.py import_sources` processes against the test database,
so they need a server that other processes can reach: PostgreSQL.
"""

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest
from django.db import connection

from bench.corpus import generate
from quotes.extraction import extract
from quotes.models import Claim, Quote, Source, Speaker, SpeakerAlias
from quotes.services.matching import rebuild_claims
from quotes.services.speakers import merge_speakers
from tests.claims_snapshot import claims_snapshot
from tests.concurrent_writers import post_claim
from tests.conftest import ROOT
from tests.shared_database import database_url

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs a database other processes share"
    ),
]


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


def split_corpus(tmp_path, docs, parts: int = 2) -> list:
    """`docs` dealt into `parts` JSON Lines files, as two feeds would bring them."""
    paths = [tmp_path / f"feed-{n}.jsonl" for n in range(parts)]
    for n, path in enumerate(paths):
        path.write_text("".join(json.dumps(d) + "\n" for d in docs[n::parts]))
    return paths


def duplicate_speakers() -> list:
    """Pairs of stored speakers that share a spelling: one person stored twice."""
    seen, duplicates = {}, []
    for speaker_id, key in SpeakerAlias.objects.values_list("speaker", "normalised"):
        if seen.setdefault(key, speaker_id) != speaker_id:
            duplicates.append(key)
    names = Counter(Speaker.objects.values_list("name", flat=True))
    return duplicates + [name for name, n in names.items() if n > 1]


def test_two_importers_of_feeds_that_share_speakers_store_each_speaker_once(tmp_path):
    """Racing importers neither duplicate a speaker nor lose an article, and their claims
    are those a single importer gives (rebuild_claims replays the articles in id order)."""
    docs = generate(40, seed=11)
    feeds = [importer(path) for path in split_corpus(tmp_path, docs)]
    results = [p.communicate(timeout=600) for p in feeds]
    assert [p.returncode for p in feeds] == [0, 0], results
    assert Source.objects.count() == 40
    assert duplicate_speakers() == []
    assert not Speaker.objects.filter(slug__regex=r"-[0-9]+$").exists()
    incremental = claims_snapshot()
    rebuild_claims()
    assert claims_snapshot() == incremental
    assert_every_source_is_whole()


def test_merging_speakers_while_an_import_runs_never_fails_and_loses_no_quote(tmp_path):
    """A merge waits for the article being written, then moves its quotes too."""
    docs = generate(60, seed=12)
    (path,) = split_corpus(tmp_path, docs, parts=1)
    process = importer(path)
    merges = 0
    while process.poll() is None:
        speakers = list(Speaker.objects.order_by("?")[:2])
        if len(speakers) == 2:
            merge_speakers(target=speakers[0], others=[speakers[1]])
            merges += 1
        time.sleep(0.05)
    _, err = process.communicate()
    assert process.returncode == 0, err
    assert merges > 0
    assert Source.objects.count() == 60
    assert_every_source_is_whole()


def test_ten_writers_posting_the_same_claim_at_once_make_one_claim():
    """The check for an existing text and the insert are one step under the catalogue lock."""
    context = multiprocessing.get_context("spawn")
    text = "Taxes went up by ten percent last year."
    with context.Pool(10) as pool:
        answers = pool.starmap(post_claim, [(database_url(), text)] * 10)
    created = [a for a in answers if not a.startswith("exists:")]
    assert len(created) == 1, answers
    assert set(answers) - set(created) == {f"exists:{created[0]}"}
    assert Claim.objects.filter(text=text).count() == 1
