"""`import_sources --queue`: one job per article, run by `celery -A factcheck worker` processes.

Without a broker the jobs run in the command's own process, on any database. With
one, real workers run them: separate processes against the test database (so
PostgreSQL), with Redis or RabbitMQ as the broker, each test on a queue of its own.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.apps import apps
from django.db import connection
from kombu import Connection

from bench.corpus import generate
from quotes.importing.batch import import_batch
from quotes.importing.readers import read_documents
from quotes.models import ImportJob, Source, Speaker
from quotes.services.jobs import enqueue_import, run_import_job
from quotes.services.locks import CATALOGUE_LOCK
from quotes.services.sources import content_hash
from tests.claims_snapshot import claims_snapshot
from tests.conftest import ROOT
from tests.shared_database import database_url
from tests.test_import_concurrency import assert_every_source_is_whole, duplicate_speakers
from tests.test_import_sources_command import run

REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
RABBITMQ = os.environ.get("TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672//")
Job = ImportJob.State

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="workers need a database other processes share"
)


def write_feed(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def url_clash(path: Path) -> Path:
    """Two different articles that claim one URL: the second cannot be stored."""
    docs = [{"id": n, "text": f"Article {n}: the minister said “yes”.", "url": "https://x.test/a"}
            for n in ("a", "b")]  # fmt: skip
    return write_feed(path, docs)


# --- without a broker: the jobs run in-process -------------------------------


@pytest.mark.django_db
def test_without_a_broker_queued_articles_are_imported_here_and_summed_up_as_usual(seeds_dir):
    out, err, error = run(seeds_dir, "--queue")
    assert error is None, err
    assert out.startswith("Sources: 5 new, 0 unchanged, 0 failed;")
    jobs = ImportJob.objects.all()
    assert [(j.state, j.attempts, j.new_source, j.worker) for j in jobs] == [
        (Job.DONE, 1, True, "in-process")
    ] * 5
    assert {job.source_id for job in jobs} == set(Source.objects.values_list("pk", flat=True))
    assert not jobs.exclude(body="").exists(), "a done job leaves the text to its source"


@pytest.mark.django_db
def test_a_second_queued_run_finds_every_article_stored(seeds_dir):
    run(seeds_dir, "--queue")
    out, _, error = run(seeds_dir, "--queue")
    assert error is None
    assert "0 new, 5 unchanged, 0 failed" in out
    assert Source.objects.count() == 5
    assert ImportJob.objects.filter(new_source=False).count() == 5


@pytest.mark.django_db
def test_a_failed_job_keeps_its_article_and_its_error_line_names_the_file(tmp_path):
    feed = url_clash(tmp_path / "clash.jsonl")
    out, err, error = run(feed, "--queue")
    assert "1 new, 0 unchanged, 1 failed" in out
    assert str(error) == "1 input(s) failed; see the errors above"
    assert f"error: {feed}#b: IntegrityError:" in err
    failed = ImportJob.objects.get(state=Job.FAILED)
    assert failed.error.startswith("IntegrityError:") and "\n" not in failed.error
    assert failed.body.startswith("Article b") and failed.source is None


@pytest.mark.django_db
def test_an_unreadable_input_is_one_line_and_the_rest_is_enqueued(tmp_path, seeds_dir):
    (tmp_path / "empty.txt").write_text(" \n")
    out, err, error = run(tmp_path / "empty.txt", seeds_dir / "000_963c09935acbe5ae.txt", "--queue")
    assert f"error: {tmp_path / 'empty.txt'}: empty file" in err
    assert "1 new, 0 unchanged, 1 failed" in out
    assert error is not None


@pytest.mark.django_db
def test_no_wait_only_enqueues_and_goes_with_queue_alone(seeds_dir):
    out, _, error = run(seeds_dir, "--queue", "--no-wait")
    assert error is None
    assert out.startswith("Enqueued 5 jobs (batch ")
    _, _, error = run(seeds_dir, "--no-wait")
    assert str(error) == "--no-wait goes with --queue"


@pytest.mark.django_db
def test_a_job_delivered_again_once_done_changes_nothing(seeds_dir):
    """A broker may deliver a job twice; the second delivery finds it done."""
    job = enqueue_import(body=(seeds_dir / "000_963c09935acbe5ae.txt").read_text())
    again = run_import_job(job_id=job.pk, worker="w2")
    assert (again.state, again.attempts, again.source_id) == (Job.DONE, 1, job.source_id)
    assert Source.objects.count() == 1


@pytest.mark.django_db
def test_a_job_whose_worker_died_mid_run_is_imported_by_the_next_delivery(seeds_dir):
    """A dead worker leaves the job running with nothing stored; the next run imports it once."""
    job = ImportJob.objects.create(body=(seeds_dir / "000_963c09935acbe5ae.txt").read_text())
    ImportJob.objects.filter(pk=job.pk).update(state=Job.RUNNING, attempts=1, worker="w1")
    done = run_import_job(job_id=job.pk, worker="w2")
    assert (done.state, done.attempts, done.worker, done.new_source) == (Job.DONE, 2, "w2", True)
    assert Source.objects.count() == 1


@pytest.mark.django_db
def test_two_jobs_of_one_text_store_it_once():
    """A file's line ends and an API client's CRLFs are the same text."""
    text = "The mayor spoke.\nShe said: “The bridge opens in May.”"
    first, second = enqueue_import(body=text), enqueue_import(body=text.replace("\n", "\r\n"))
    assert (first.new_source, second.new_source) == (True, False)
    assert first.source_id == second.source_id


def test_a_worker_without_a_broker_setting_refuses_to_start_in_one_line():
    """Without CELERY_BROKER_URL nothing is queued, so a worker would wait for nothing."""
    env = {k: v for k, v in os.environ.items() if k != "CELERY_BROKER_URL"}
    done = subprocess.run(
        [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-P", "solo"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "celery worker: set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0) to run workers"
    )


# --- with a broker: real workers on PostgreSQL ---------------------------------


class Cluster:
    """Workers, enqueuers and a web server as separate processes, on one broker and queue."""

    def __init__(self, broker: str, logs: Path):
        self.broker, self.logs = broker, logs
        self.queue = f"test-{uuid.uuid4().hex[:12]}"
        self.workers: dict[str, subprocess.Popen] = {}
        self.others: list[subprocess.Popen] = []

    def env(self, **extra) -> dict:
        return {
            **os.environ,
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": self.broker,
            "CELERY_QUEUE": self.queue,
            **extra,
        }

    def start_workers(self, *names: str) -> None:
        """`celery -A factcheck worker`, one process each (solo pool), ready to take jobs."""
        for name in names:
            log = self.logs / f"{name}.log"
            self.workers[name] = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-P", "solo",
                 "-n", f"{name}@%h", "--without-mingle", "--without-gossip", "-l", "info"],
                cwd=ROOT, env=self.env(), stdout=log.open("w"), stderr=subprocess.STDOUT,
            )  # fmt: skip
        for name in names:
            wait_until(lambda name=name: " ready." in self.log(name), seconds=90, what=name)

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")

    def import_sources(self, *args, **env) -> subprocess.Popen:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "import_sources", *map(str, args), "--queue",
             "--no-progress"],
            cwd=ROOT, env=self.env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        self.others.append(process)
        return process

    def serve(self) -> str:
        """The API under gunicorn, as `make serve` runs it; returns its base URL."""
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        log = self.logs / "gunicorn.log"
        command = ["gunicorn", "factcheck.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"]
        self.others.append(
            subprocess.Popen(
                [sys.executable, "-m", *command],
                cwd=ROOT,
                env=self.env(),
                stdout=log.open("w"),
                stderr=subprocess.STDOUT,
            )
        )
        base = f"http://127.0.0.1:{port}"
        wait_until(lambda: _answers(f"{base}/api/"), seconds=60, what="gunicorn")
        return base

    def stop(self) -> None:
        """Warm shutdown for whatever still runs, then the queue leaves the broker."""
        processes = [*self.workers.values(), *self.others]
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        with Connection(self.broker, connect_timeout=5) as conn:
            conn.default_channel.queue_delete(self.queue)
            conn.default_channel.exchange_delete(self.queue)  # Celery names one after the queue


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


def wait_until(condition, *, seconds: float, what: str, every: float = 0.2):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {seconds} s waiting for {what}")


def reachable_or_skip(broker: str) -> None:
    try:
        with Connection(broker, connect_timeout=3) as conn:
            conn.ensure_connection(max_retries=1)
    except Exception as error:  # any transport's "cannot connect"
        pytest.skip(f"no broker answers at {broker}: {error}")


@pytest.fixture
def cluster_on(transactional_db, tmp_path):
    """Make a Cluster on a broker (skipping when none answers); stop it after the test."""
    clusters = []

    def make(broker: str) -> Cluster:
        reachable_or_skip(broker)
        clusters.append(Cluster(broker, tmp_path))
        return clusters[-1]

    yield make
    for cluster in clusters:
        cluster.stop()


@contextmanager
def catalogue_held():
    """Hold the catalogue lock, so every import stops at its first write: mid-job."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [CATALOGUE_LOCK])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [CATALOGUE_LOCK])


def sequential_claims(feed: Path) -> set:
    """The claims one importer gives, into an empty catalogue, the articles in stored order."""
    stored = list(Source.objects.order_by("pk").values_list("content_hash", flat=True))
    docs = sorted(
        read_documents([str(feed)], max_bytes=1 << 30),
        key=lambda doc: stored.index(content_hash(doc.body)),
    )
    models = apps.get_app_config("quotes").get_models()
    tables = sorted({m._meta.db_table for m in models if not m._meta.proxy})
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    assert import_batch(docs).failed == 0
    return claims_snapshot()


def summary_counts(out: str) -> tuple[int, int, int]:
    """(new, unchanged, failed) from the command's summary line."""
    words = out.split("Sources: ")[1].split(";")[0].split(", ")
    return tuple(int(word.split()[0]) for word in words)


@needs_postgres
def test_a_worker_drains_the_queue_and_the_command_names_each_failure_by_its_file(
    cluster_on, tmp_path, seeds_dir
):
    """Redis: the command waits for the worker, then sums up as a plain import does."""
    cluster = cluster_on(REDIS)
    cluster.start_workers("w1")
    clash = url_clash(tmp_path / "clash.jsonl")
    out, err = cluster.import_sources(seeds_dir, clash).communicate(timeout=300)
    assert summary_counts(out) == (6, 0, 1), (out, err)
    assert f"error: {clash}#b: IntegrityError:" in err
    assert "Waiting for the workers" in err
    done = ImportJob.objects.filter(state=Job.DONE)
    assert done.count() == 6
    assert {worker.split("@")[0] for worker in done.values_list("worker", flat=True)} == {"w1"}
    assert Source.objects.count() == 6


@needs_postgres
def test_two_workers_importing_the_same_articles_at_once_store_each_once_as_one_importer_would(
    cluster_on, tmp_path
):
    """RabbitMQ: two enqueuers send every article twice, two workers race on them."""
    cluster = cluster_on(RABBITMQ)
    feed = write_feed(tmp_path / "feed.jsonl", generate(12, seed=11))
    cluster.start_workers("w1", "w2")
    runs = [cluster.import_sources(feed) for _ in range(2)]
    results = [process.communicate(timeout=600) for process in runs]
    assert [process.returncode for process in runs] == [0, 0], results
    new, unchanged, failed = (
        sum(n) for n in zip(*(summary_counts(out) for out, _ in results), strict=True)
    )
    assert (new, unchanged, failed) == (12, 12, 0)
    workers = {name.split("@")[0] for name in ImportJob.objects.values_list("worker", flat=True)}
    assert workers == {"w1", "w2"}
    assert Source.objects.count() == 12
    assert duplicate_speakers() == []
    assert not Speaker.objects.filter(slug__regex=r"-[0-9]+$").exists()
    assert_every_source_is_whole()
    concurrent = claims_snapshot()
    assert len(concurrent) >= 3
    assert concurrent == sequential_claims(feed)


@needs_postgres
def test_a_worker_killed_mid_job_loses_nothing_and_each_article_is_imported_once(
    cluster_on, tmp_path
):
    """RabbitMQ hands the dead worker's job to the other one, which imports it exactly once."""
    cluster = cluster_on(RABBITMQ)
    feed = write_feed(tmp_path / "feed.jsonl", generate(6, seed=12))
    cluster.start_workers("w1", "w2")
    with catalogue_held():
        enqueuer = cluster.import_sources(feed, "--no-wait")
        assert enqueuer.wait(timeout=120) == 0, enqueuer.communicate()
        running = wait_until(
            lambda: ImportJob.objects.filter(state=Job.RUNNING).count() == 2,
            seconds=60,
            what="both workers to be mid-job",
        )
        victim = ImportJob.objects.get(state=Job.RUNNING, worker__startswith="w1@")
        cluster.workers["w1"].send_signal(signal.SIGKILL)
        cluster.workers["w1"].wait(timeout=30)
    assert running
    jobs = ImportJob.objects.all()
    wait_until(
        lambda: not jobs.exclude(state=Job.DONE).exists(), seconds=180, what="the queue to drain"
    )
    victim.refresh_from_db()
    assert (victim.attempts, victim.worker.split("@")[0]) == (2, "w2")
    assert jobs.filter(new_source=True).count() == Source.objects.count() == 6
    assert sorted(jobs.values_list("attempts", flat=True)) == [1, 1, 1, 1, 1, 2]
    assert_every_source_is_whole()


@needs_postgres
def test_an_unreachable_broker_is_one_error_line_and_no_job_is_left_waiting(cluster_on, seeds_dir):
    cluster = cluster_on(REDIS)
    process = cluster.import_sources(
        seeds_dir / "000_963c09935acbe5ae.txt", CELERY_BROKER_URL="redis://127.0.0.1:9/0"
    )
    _, err = process.communicate(timeout=120)
    assert process.returncode == 1
    last_line = err.strip().splitlines()[-1]
    assert last_line.startswith("CommandError: cannot reach the broker (CELERY_BROKER_URL):"), err
    assert ImportJob.objects.get().state == Job.FAILED
