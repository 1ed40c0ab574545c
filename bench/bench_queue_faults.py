"""Two workers import the same articles at once, one is killed mid-job: what is stored?

Issue #20's fault target, at feed scale: after 2 workers import N generated
articles (2,000 by default) through the queue, with one worker killed by SIGKILL
while it runs a job, there must be 0 duplicates and the claims one importer gives.

1. A fresh PostgreSQL database, `import_sources FEED --queue` run twice at once (two
   feeds' worth of enqueuers: every article is sent twice), two `celery -A factcheck
   worker -P solo` processes taking the jobs from RabbitMQ.
2. Once a third of the jobs are done, worker 1 is killed with SIGKILL in the middle
   of a job (the bench waits until it holds one), and a new worker 1 is started, as a
   process supervisor would.
3. When both enqueuers have finished: counts of sources, duplicate texts, speakers
   stored twice (one spelling under two rows, or one name twice), jobs not done, and
   the job the killed worker held (delivered again, imported once).
4. The articles are imported again by one process, in the order the workers stored
   them, into a second fresh database; both databases' claims are compared as
   tests/claims_snapshot.py pictures them (which quotes each claim groups, and how
   each is linked).

Run:  .venv/bin/python bench/bench_queue_faults.py [--articles 2000] [--seed 31]
          [--broker amqp://guest:guest@127.0.0.1:5672//] [--database bench_faults]
Both databases are dropped at the end (--keep keeps them).
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import dbbench  # noqa: E402
from bench.bench_queue import env_for, log, manage, start_workers, stop  # noqa: E402
from bench.corpus import generate  # noqa: E402

# What the child process prints of one database: counts and the claims' picture.
INSPECT = """
import json
from collections import Counter
from bench import dbbench
dbbench.setup_django()
from quotes.models import ImportJob, Source, Speaker, SpeakerAlias
from tests.claims_snapshot import claims_snapshot
hashes = Counter(Source.objects.values_list("content_hash", flat=True))
aliases = {}
for speaker, key in SpeakerAlias.objects.values_list("speaker", "normalised"):
    aliases.setdefault(key, set()).add(speaker)
names = Counter(Speaker.objects.values_list("name", flat=True))
jobs = ImportJob.objects
origins = Source.objects.order_by("pk").values_list("origin", flat=True)
claims = sorted(
    json.dumps([text, sorted(map(list, entries))]) for text, entries in claims_snapshot()
)
print(json.dumps({
    "sources": sum(hashes.values()),
    "duplicate_texts": sum(n - 1 for n in hashes.values()),
    "speakers": Speaker.objects.count(),
    "speakers_stored_twice": sum(len(s) > 1 for s in aliases.values())
    + sum(n > 1 for n in names.values()),
    "jobs": jobs.count(),
    "jobs_not_done": jobs.exclude(state="done").count(),
    "jobs_run_twice": jobs.filter(attempts__gt=1).count(),
    "order": [o.rsplit("#", 1)[-1] for o in origins],
    "claims": claims,
}))
"""


KILL_WAIT = 1800  # seconds to wait for worker 1 to hold a job past the first third


def inspect(database: str) -> dict:
    env = {**env_for(database), "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", INSPECT], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def jobs_in(database: str, state: str, worker: str = "") -> int:
    """How many jobs are in `state` (of `worker` if given), read with psql-free psycopg."""
    import psycopg

    url = dbbench.pg_url(database).replace("postgres://", "postgresql://", 1)
    sql = "SELECT count(*) FROM quotes_importjob WHERE state = %s AND worker LIKE %s"
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql, [state, f"{worker}%"]).fetchone()[0]


def enqueue(env: dict, feed: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "import_sources", str(feed), "--queue", "--no-progress"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def kill_mid_job(database: str, workers: list, env: dict, logs: Path, after: int) -> None:
    """SIGKILL worker 1 once `after` jobs are done and it holds one; start a new worker 1.

    Gives up with one line if worker 1 holds no job within KILL_WAIT seconds (the queue
    drained first, or the worker died), rather than waiting for ever.
    """
    deadline = time.monotonic() + KILL_WAIT
    while jobs_in(database, "done") < after or jobs_in(database, "running", "bench1@") == 0:
        if time.monotonic() > deadline:
            raise SystemExit(f"worker 1 held no job within {KILL_WAIT} s: nothing was killed")
        time.sleep(0.05)
    workers[1].send_signal(signal.SIGKILL)
    workers[1].wait(timeout=30)
    workers[1] = _restart(env, logs)


def _restart(env: dict, logs: Path) -> subprocess.Popen:
    """A new `bench1` worker, as a supervisor restarts a dead one."""
    log_file = logs / "worker1-restarted.log"
    command = ["celery", "-A", "factcheck", "worker", "-P", "solo", "-n", "bench1@%h", "-l"]
    worker = subprocess.Popen(
        [sys.executable, "-m", *command, "info", "--without-mingle", "--without-gossip"],
        cwd=ROOT, env=env, stdout=log_file.open("w"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    return worker


def concurrent_run(args, feed: Path, run_db: str, logs: Path) -> float:
    env = env_for(run_db, args.broker, f"bench-faults-{uuid.uuid4().hex[:8]}")
    workers = start_workers(env, 2, logs)
    started = time.perf_counter()
    try:
        enqueuers = [enqueue(env, feed) for _ in range(2)]
        kill_mid_job(run_db, workers, env, logs, after=args.articles // 3)
        log("worker 1 killed mid-job and started again")
        for process in enqueuers:
            out, err = process.communicate()
            if process.returncode:
                raise SystemExit(f"import_sources --queue failed:\n{err}")
            log(out.strip().splitlines()[-1] if out.strip() else "")
    finally:
        stop(workers)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--broker", default="amqp://guest:guest@127.0.0.1:5672//")
    parser.add_argument("--database", default="bench_faults", help="prefix of the databases")
    parser.add_argument("--keep", action="store_true", help="keep both databases")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    if not dbbench.pg_available():
        raise SystemExit("needs PostgreSQL (see bench/dbbench.py for the address)")
    run_db, seq_db = f"{args.database}_run", f"{args.database}_sequential"
    with tempfile.TemporaryDirectory() as tmp:
        logs = Path(tmp)
        docs = generate(args.articles, seed=args.seed)
        feed = dbbench.write_jsonl(docs, logs / "feed.jsonl")
        for name in (run_db, seq_db):
            dbbench.pg_create(name)
            manage(env_for(name), "migrate", "-v0")
        seconds = concurrent_run(args, feed, run_db, logs)
        run = inspect(run_db)
        ordered = sorted(docs, key=_position_in(run["order"]))
        in_order = dbbench.write_jsonl(ordered, logs / "in_order.jsonl")
        manage(env_for(seq_db), "import_sources", str(in_order), "--no-progress")
        sequential = inspect(seq_db)
    if not args.keep:
        for name in (run_db, seq_db):
            dbbench.pg_drop(name)
    figures = summary(args, run, sequential, seconds)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))
    print(table(figures))


def _position_in(order: list[str]):
    """Sort key: where the workers stored the article (its origin ends in `#id`)."""
    where = {doc_id: n for n, doc_id in enumerate(order)}
    return lambda doc: where.get(str(doc["id"]), len(where))


def summary(args, run: dict, sequential: dict, seconds: float) -> dict:
    """The figures of the run; `claims_equal` compares the two databases' whole pictures."""
    counts = ("sources", "duplicate_texts", "speakers_stored_twice", "jobs", "jobs_not_done")
    return {
        "articles": args.articles,
        "seed": args.seed,
        "seconds": round(seconds, 1),
        **{key: run[key] for key in (*counts, "jobs_run_twice")},
        "claims": len(run["claims"]),
        "claims_sequential": len(sequential["claims"]),
        "claims_equal": run["claims"] == sequential["claims"],
    }


def table(f: dict) -> str:
    twice, equal = f["jobs_run_twice"], "yes" if f["claims_equal"] else "NO"
    rows = [
        (f"{f['articles']:,} generated articles, each sent twice, 2 workers, one SIGKILLed", ""),
        ("---", "---:"),
        ("wall clock: enqueue, import, kill and restart", f"{f['seconds']:.0f} s"),
        ("sources stored / articles", f"{f['sources']:,} / {f['articles']:,}"),
        ("texts stored twice", f["duplicate_texts"]),
        ("speakers stored twice", f["speakers_stored_twice"]),
        ("jobs / not done / run twice", f"{f['jobs']:,} / {f['jobs_not_done']} / {twice}"),
        ("claims: workers / one importer", f"{f['claims']:,} / {f['claims_sequential']:,}"),
        ("claims equal to one importer's, same article order", equal),
    ]
    return "\n".join(f"| {a} | {b} |" for a, b in rows)


if __name__ == "__main__":
    main()
