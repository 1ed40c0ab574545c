"""Scale-out import: articles/s in one process, and through the queue with 1 and 2 workers.

Each run imports the same generated articles into a fresh, empty PostgreSQL database
(a copy of one migrated template): first `manage.py import_sources FEED` alone, then
`import_sources FEED --queue` with 1, then 2, `celery -A factcheck worker --concurrency 1`
processes already waiting (the prefork pool of `make worker`, one job at a time each).

Not `-P solo` by default: on RabbitMQ a solo worker, which takes one message at a time
and acknowledges it late, sat idle for one to two seconds every few jobs although the
queue was full (seen in the job rows' started and finished times), while prefork and
threads workers went from job to job in milliseconds, as solo does on Redis.
`--pool solo` measures it: 1 worker at 0.61x one process, against 0.89x with prefork.
The time is the command's wall clock, enqueueing and draining included; the
workers' start-up is not.

Run:  .venv/bin/python bench/bench_queue.py [--articles 200] [--seed 21]
          [--broker amqp://guest:guest@127.0.0.1:5672//] [--workers 1 2] [--pool prefork]
          [--database bench_queue]  (names the template and run databases; both dropped)
          [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import dbbench  # noqa: E402
from bench.corpus import generate  # noqa: E402

TEMPLATE = "bench_queue_template"  # --database NAME makes these NAME_template and NAME_run
RUN = "bench_queue_run"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def env_for(database: str, broker: str = "", queue: str = "") -> dict:
    env = {**os.environ, "DATABASE_URL": dbbench.pg_url(database)}
    env.pop("CELERY_BROKER_URL", None)
    if broker:
        env.update(CELERY_BROKER_URL=broker, CELERY_QUEUE=queue)
    return env


def manage(env: dict, *args: str) -> float:
    """Run a manage.py command to its end; returns its wall-clock seconds."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=sys.stderr
    )
    return time.perf_counter() - started


def start_workers(env: dict, count: int, logs: Path, pool: str) -> list[subprocess.Popen]:
    workers = []
    for n in range(count):
        log_file = logs / f"worker{n}.log"
        command = ["celery", "-A", "factcheck", "worker", "-P", pool, "--concurrency", "1"]
        command += ["-l", "info", "-n", f"bench{n}@%h", "--without-mingle", "--without-gossip"]
        workers.append(
            subprocess.Popen(
                [sys.executable, "-m", *command],
                cwd=ROOT,
                env=env,
                stdout=log_file.open("w"),
                stderr=subprocess.STDOUT,
            )
        )
        while " ready." not in log_file.read_text():
            if workers[-1].poll() is not None:
                raise SystemExit(f"worker {n} exited: see {log_file}")
            time.sleep(0.2)
    return workers


def stop(workers: list[subprocess.Popen]) -> None:
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.wait(timeout=120)


def measure(
    feed: Path, articles: int, broker: str, workers: int, logs: Path, pool: str = "prefork"
) -> float:
    """Articles/s of one import into a fresh copy of the template (workers=0: no queue)."""
    dbbench.pg_create(RUN, template=TEMPLATE)
    queue = f"bench-{uuid.uuid4().hex[:8]}"
    env = env_for(RUN, broker if workers else "", queue)
    running = start_workers(env, workers, logs, pool) if workers else []
    try:
        extra = ["--queue"] if workers else []
        seconds = manage(env, "import_sources", str(feed), "--no-progress", *extra)
    finally:
        stop(running)
    return articles / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--broker", default="amqp://guest:guest@127.0.0.1:5672//")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--pool", default="prefork", choices=["prefork", "threads", "solo"])
    parser.add_argument("--database", default="bench_queue", help="prefix of the databases")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    global TEMPLATE, RUN
    TEMPLATE, RUN = f"{args.database}_template", f"{args.database}_run"
    if not dbbench.pg_available():
        raise SystemExit("needs PostgreSQL (see bench/dbbench.py for the address)")
    with tempfile.TemporaryDirectory() as tmp:
        logs = Path(tmp)
        feed = dbbench.write_jsonl(generate(args.articles, seed=args.seed), logs / "feed.jsonl")
        dbbench.pg_create(TEMPLATE)
        manage(env_for(TEMPLATE), "migrate", "-v0")
        rates = {"one process, no queue": measure(feed, args.articles, args.broker, 0, logs)}
        for count in args.workers:
            label = f"--queue, {count} worker{'s' if count > 1 else ''}"
            rates[label] = measure(feed, args.articles, args.broker, count, logs, args.pool)
            log(f"{label}: {rates[label]:.1f} articles/s")
        for name in (RUN, TEMPLATE):
            dbbench.pg_drop(name)
    base = rates["one process, no queue"]
    if args.json:
        figures = {"articles": args.articles, "seed": args.seed, "rates": rates}
        Path(args.json).write_text(json.dumps(figures, indent=1))
    print(f"| import of {args.articles} generated articles | articles/s | vs one process |")
    print("|---|---:|---:|")
    for label, rate in rates.items():
        print(f"| {label} | {rate:.1f} | {rate / base:.2f}x |")


if __name__ == "__main__":
    main()
