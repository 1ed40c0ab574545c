"""Turn the JSON figures of one `make bench` run into bench/RESULTS.md (Markdown tables).

Every comparison is a ratio of figures measured in the same run; each target is
marked met or MISSED with the numbers it was judged on.

Run:  .venv/bin/python bench/report.py [--results var/bench/results] [--out bench/RESULTS.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def verdict(ok: bool) -> str:
    return "met" if ok else "**MISSED**"


def fmt(value, digits: int = 1) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float) and value != value:
        return "n/a"
    return f"{value:,.{digits}f}"


def ratio(value: float | None) -> str:
    """A ratio with two significant digits below 10 ("0.0061x", "2.4x", "151x")."""
    if value is None:
        return "—"
    if value >= 10:
        return f"{value:,.0f}x"
    return f"{value:.2g}x"


def _load(results: Path, name: str) -> dict | None:
    path = results / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else None


def extraction_section(data: dict) -> list[str]:
    rounds = max(c.get("rounds", 1) for c in data["corpora"].values())
    out = [
        "## 1. Extraction throughput",
        "",
        "Same texts for every engine, one process each, one core. Wall figures are what a "
        "user waits for; per-CPU-second figures are steadier on a loaded machine. "
        "`regex floor` is one `regex` pass that only finds quotation marks. "
        f"Each engine ran once per round, in turn, for {rounds} round(s); the table shows "
        "its best round.",
        "",
        "| corpus | engine | MB/s | docs/s | MB/s per CPU s | ours vs engine (wall) | "
        "ours vs engine (CPU) | quotes found |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    targets = []
    for corpus, c in data["corpora"].items():
        engines = c["engines"]
        ours = engines["ours"]
        label = f"{corpus} ({c['docs']:,} docs, {c['bytes'] / 1e6:.2f} MB)"
        names = {"ours": "ours (`extract`)", "textacy": "textacy + en_core_web_sm"}
        for name, f in engines.items():
            wall = ours["mb_s"] / f["mb_s"] if name != "ours" else None
            cpu = ours["mb_s_cpu"] / f["mb_s_cpu"] if name != "ours" else None
            found = f"{f['found']:,}" + (
                f" ({f['bailed']} docs refused)" if f.get("bailed") else ""
            )
            out.append(
                f"| {label} | {names.get(name, 'regex floor')} | {fmt(f['mb_s'], 3)} | "
                f"{fmt(f['docs_s'])} | {fmt(f['mb_s_cpu'], 3)} | "
                f"{ratio(wall)} | {ratio(cpu)} | {found} |"
            )
        if "textacy" in engines:
            wall = ours["mb_s"] / engines["textacy"]["mb_s"]
            cpu = ours["mb_s_cpu"] / engines["textacy"]["mb_s_cpu"]
            targets.append(
                f"- Target extraction >= 100x textacy on {corpus}: {verdict(min(wall, cpu) >= 100)}"
                f" ({wall:.0f}x wall, {cpu:.0f}x per CPU second)."
            )
        else:
            targets.append(f"- textacy not run on {corpus} (peers disabled): target not judged.")
    return [*out, "", *targets, ""]


def import_section(data: dict) -> list[str]:
    out = [
        "## 2. Import throughput and 4. memory",
        "",
        f"New generated articles ({data['articles']} per size, a fresh seed each) imported through "
        "the real path (`read_documents` + `import_batch` -> `import_source`, as "
        "`manage.py import_sources` does) into a store already holding N articles; one fresh "
        "process per size, so its peak RSS is that import's.",
        "",
        "| backend | stored articles | stored quotes | articles/s | ms per article | "
        "`match_quotes` ms per new quote | share in matching | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    targets, notes = [], []
    for b in data["backends"]:
        rows = b["rows"]
        for r in rows:
            out.append(
                f"| {b['backend']} | {r['stored_articles']:,} | {r['stored_quotes']:,} | "
                f"{fmt(r['articles_per_s'], 2)} | {fmt(r['ms_per_article'], 0)} | "
                f"{fmt(r['match_ms_per_quote'])} | {r['match_share']:.0%} | "
                f"{fmt(r['peak_rss_mb'], 0)} |"
            )
        base = b["base"]
        chunks = ", ".join(
            f"{c['upto']:,}: {c['articles_per_s']:.2f}/s" for c in base.get("chunks", [])
        )
        notes.append(
            f"- {b['backend']}: the store was filled by {base['articles']:,} real imports "
            f"({base['seconds']:.0f} s; rate by articles stored so far: {chunks}), then SQL "
            "copies of those rows (see Method)."
        )
        if len(rows) < 2:
            targets.append(f"- {b['backend']}: fewer than two sizes measured; flatness not judged.")
            continue
        first, last = rows[0], rows[-1]
        growth = last["ms_per_article"] / first["ms_per_article"]
        rss = last["peak_rss_mb"] / first["peak_rss_mb"]
        if b["backend"] == "postgresql":
            best = max(r["articles_per_s"] for r in rows)
            targets.append(
                f"- Target import >= 300 articles/s on PostgreSQL: {verdict(best >= 300)} "
                f"(best {best:.2f} articles/s)."
            )
        targets.append(
            f"- Target cost per article flat from {first['size']:,} to {last['size']:,} "
            f"({b['backend']}; judged as <= 1.5x): {verdict(growth <= 1.5)} ({growth:.2f}x)."
        )
        targets.append(
            f"- Target peak RSS does not grow with the store ({b['backend']}; judged as <= 1.2x "
            f"from {first['size']:,} to {last['size']:,}): {verdict(rss <= 1.2)} "
            f"({first['peak_rss_mb']:.0f} -> {last['peak_rss_mb']:.0f} MB)."
        )
    return [*out, "", *notes, "", *targets, ""]


def polnear_section(data: dict) -> list[str]:
    """Real news (PolNeAR train) into an empty PostgreSQL database, with its phases."""
    rate = data["articles_per_s"]
    out = [
        "## 6. Real news import",
        "",
        f"PolNeAR train ({data['articles']:,} articles, {data['quotes']:,} quotes) imported "
        "through `import_source` (publisher and date as `evaluate_matching` reads them) into "
        "an empty, freshly migrated PostgreSQL database, in one process "
        "(`bench/bench_polnear.py`).",
        "",
        f"- {fmt(data['seconds'])} s, {fmt(rate)} articles/s; peak RSS "
        f"{fmt(data['peak_rss_mb'], 0)} MB.",
        f"- Target >= 50 articles/s: {verdict(rate >= 50)} ({fmt(rate)}).",
        "",
        "| phase | seconds | share |",
        "|---|---:|---:|",
    ]
    for phase, seconds in data["phases"].items():
        out.append(f"| {phase} | {fmt(seconds)} | {100 * seconds / data['seconds']:.0f}% |")
    if "extraction_seconds" in data:
        out += [
            "",
            f"Extraction took {fmt(data['extraction_seconds'])} s in the thread that prepares "
            "the next articles while one is written (`quotes.importing.ahead`); the importing "
            "thread's wait for it is the first phase.",
        ]
    return out


def queue_section(data: dict) -> list[str]:
    """Articles/s through the job queue with 1 and 2 workers, against one process."""
    rates = data["rates"]
    base = rates["one process, no queue"]
    out = [
        "## 7. Import through the queue",
        "",
        f"{data['articles']} generated articles into an empty PostgreSQL database: "
        "`import_sources` alone, then `import_sources --queue` with 1 and 2 `celery -A "
        "factcheck worker --concurrency 1` processes (prefork, as `make worker`) on RabbitMQ "
        "(`bench/bench_queue.py`).",
        "",
        "| run | articles/s | vs one process |",
        "|---|---:|---:|",
    ]
    out += [f"| {label} | {fmt(rate)} | {rate / base:.2f}x |" for label, rate in rates.items()]
    two = next((r for label, r in rates.items() if label.startswith("--queue, 2")), None)
    if two is not None:
        out += ["", f"- Target 2 workers >= 1.7x one process: {verdict(two >= 1.7 * base)} "
                f"({two / base:.2f}x)."]  # fmt: skip
    return [*out, ""]


def faults_section(data: dict) -> list[str]:
    """Two workers, one killed mid-job: duplicates, lost jobs, and the claims."""
    clean = data["duplicate_texts"] == data["speakers_stored_twice"] == data["jobs_not_done"] == 0
    whole = clean and data["sources"] == data["articles"] and data["claims_equal"]
    return [
        "## 8. Faults on the queue",
        "",
        f"{data['articles']:,} generated articles, every one enqueued twice by two "
        "`import_sources --queue` runs at once, imported by two workers on RabbitMQ; one worker "
        "is killed with SIGKILL while it holds a job and started again. The articles are then "
        "imported by one process in the order the workers stored them, into a second database, "
        "and the claims of both compared (`bench/bench_queue_faults.py`).",
        "",
        f"- {fmt(data['seconds'], 0)} s; sources {data['sources']:,} of {data['articles']:,}; "
        f"texts stored twice {data['duplicate_texts']}; speakers stored twice "
        f"{data['speakers_stored_twice']}; jobs {data['jobs']:,}, not done "
        f"{data['jobs_not_done']}, run twice {data['jobs_run_twice']}.",
        f"- Claims: {data['claims']:,} from the workers, {data['claims_sequential']:,} from one "
        f"importer; equal: {'yes' if data['claims_equal'] else 'no'}.",
        f"- Target 0 duplicates and the claims of a sequential import, with a worker killed: "
        f"{verdict(whole)}.",
        "",
    ]


def matching_section(data: dict) -> list[str]:
    out = [
        "## 5. Matching cost per new quote, in the database",
        "",
        "`quotes.services.matching.match_quotes` timed inside the real import of new "
        "generated articles (retrieval keys, candidate fetch, scoring, pairs, claims). "
        "SQL statements and candidate comparisons per new quote are counted in the same "
        "run: they do not depend on the machine's load, the times do.",
        "",
        "| backend | stored quotes | new quotes timed | ms per new quote | vs smallest | "
        "CPU ms per quote (this process) | SQL statements per quote | comparisons per quote |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    targets = []
    for b in data["backends"]:
        rows = b["rows"]
        if not rows:
            continue
        for r in rows:
            ratio = r["match_ms_per_quote"] / rows[0]["match_ms_per_quote"]
            out.append(
                f"| {b['backend']} | {r['stored_quotes']:,} | {r['quotes']:,} | "
                f"{fmt(r['match_ms_per_quote'])} | {ratio:.2f}x | "
                f"{fmt(r.get('match_cpu_ms_per_quote'))} | "
                f"{fmt(r.get('match_queries_per_quote'))} | "
                f"{fmt(r.get('match_comparisons_per_quote'))} |"
            )
        ratio = rows[-1]["match_ms_per_quote"] / rows[0]["match_ms_per_quote"]
        targets.append(
            f"- Target {rows[-1]['size']:,}-quote figure within 1.5x of the "
            f"{rows[0]['size']:,}-quote one ({b['backend']}): {verdict(ratio <= 1.5)} "
            f"({ratio:.2f}x)."
        )
        cpu = [r.get("match_cpu_ms_per_quote") for r in (rows[0], rows[-1])]
        if all(cpu):
            targets.append(f"  The same ratio in this process's CPU time: {cpu[1] / cpu[0]:.2f}x.")
    return [*out, "", *targets, ""]


def api_section(data: dict) -> list[str]:
    t = data["targets"]
    mode = data.get("mode")
    head = (
        f"wrk, {data.get('connections')} connections, 2 threads, {data.get('seconds')} s per "
        f"run after a 2 s warm-up; gunicorn with {data.get('workers')} sync workers for the API "
        "and the minimal view; Datasette `serve -i` on a SQLite export of the same rows. All on "
        "127.0.0.1, on the same machine as the load generator."
        if mode == "wrk"
        else "In-process (Django test client), no servers: a smoke figure, not a load test."
    )
    out = [
        "## 3. API under load",
        "",
        f"PostgreSQL holding {t['quotes']:,} quotes. {head} "
        f"Queries: quotes by speaker `{t['speaker']}` ({t['speaker_quotes']:,} quotes, the most "
        f"quoted), claim detail `{t['claim']}` ({t['claim_quotes']:,} public links, the largest "
        f"claim), full-text search `q={t['search']}` ({t['search_hits']:,} hits). Every answer "
        "is the first page of 50 with the total count, except a claim's detail, which lists "
        "all its quotes.",
        "",
        "| query | server | requests/s | p50 ms | p99 ms | vs minimal view (req/s) | same rows |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    names = {
        "api": "the API (DRF)",
        "api-redis": "the API, throttles in Redis",
        "minimal": "minimal Django view",
        "datasette": "Datasette (SQLite)",
    }
    same = data.get("same_rows", {})
    for query, by_server in data["results"].items():
        minimal = by_server.get("minimal", {}).get("rps")
        for server, f in by_server.items():
            versus = f"{f['rps'] / minimal:.2f}x" if minimal else "—"
            errors = ""
            if f.get("non_2xx") or f.get("timeouts"):
                errors = f" ({f.get('non_2xx', 0)} non-2xx, {f.get('timeouts', 0)} timeouts)"
            if not f["rps"]:
                errors += " (no request completed)"
            out.append(
                f"| {query} | {names[server]} | {fmt(f['rps'])}{errors} | {fmt(f['p50_ms'], 2)} "
                f"| {fmt(f['p99_ms'], 2)} | {versus} | "
                f"{'yes' if same.get(query) else ('n/a' if not same else 'NO')} |"
            )
    targets = []
    for server in ("api", "api-redis"):
        targets += _api_targets(data["results"], server, names[server], t)
    if t["quotes"] < 1_000_000:
        targets.append(
            f"- Note: {t['quotes']:,} quotes, below the 1,000,000 the targets name (BENCH_QUOTES)."
        )
    notes = [
        "- `same rows`: the first page (or the claim's quotes) holds the same quote ids in the "
        "same order on every server. A search lists every hit in the list's order (said_on, "
        "source, start) on all three: PostgreSQL matches with the english configuration, SQLite "
        "FTS5 with the porter tokenizer, so the hits could differ while answering the same "
        "words.",
        "- `the API, throttles in Redis`: the same API and settings with `REDIS_URL` set, the "
        'shared throttle cache README\'s "Rate limits" recommends for several workers; without '
        "it the two DRF throttles keep their counters in a database table (about ten queries and "
        "two commits a request, on one row per client address).",
    ]
    return [*out, "", *notes, "", *targets, ""]


def _api_targets(results: dict, server: str, name: str, t: dict) -> list[str]:
    """Issue #20's read targets, for one of the API's servers."""
    out = []
    speaker = results.get("quotes by speaker", {})
    if server in speaker and "datasette" in speaker:
        api, ds = speaker[server]["rps"], speaker["datasette"]["rps"]
        out.append(
            f"- {name}: quotes by speaker >= Datasette's requests/s: {verdict(api >= ds)} "
            f"({api:.1f} vs {ds:.1f})."
        )
    if server in speaker and "minimal" in speaker:
        api, ratio = speaker[server], speaker[server]["rps"] / speaker["minimal"]["rps"]
        out.append(
            f"- {name}: quotes by speaker >= 0.7x the minimal view's requests/s: "
            f"{verdict(ratio >= 0.7)} ({ratio:.2f}x); p99 < 50 ms: "
            f"{verdict(api['p99_ms'] is not None and api['p99_ms'] < 50)} "
            f"({fmt(api['p99_ms'], 1)} ms)."
        )
    search = results.get("full-text search", {})
    if server in search and "datasette" in search:
        api, ds = search[server], search["datasette"]["rps"]
        out.append(
            f"- {name}: full-text search >= 1.0x Datasette's requests/s: "
            f"{verdict(api['rps'] >= ds)} ({api['rps'] / ds:.2f}x); p99 < 300 ms: "
            f"{verdict(api['p99_ms'] is not None and api['p99_ms'] < 300)} "
            f"({fmt(api['p99_ms'], 1)} ms)."
        )
    claim = results.get("claim detail", {})
    if server in claim and "minimal" in claim:
        ratio = claim[server]["rps"] / claim["minimal"]["rps"]
        out.append(
            f"- {name}: claim detail >= 0.7x the minimal view's requests/s: "
            f"{verdict(ratio >= 0.7)} ({ratio:.2f}x)."
        )
    return out


METHOD = """## Method

- Fill: a base of real imports (generated articles, `bench/corpus.py` seed 1) through
  `import_source`, then SQL copies of those real rows until the store holds N articles or
  quotes (`bench/dbbench.py`): each copied source gets its body plus one marker line (a fresh
  SHA-256 content hash; every quote still satisfies `text == body[start:end]`, spot-checked
  after each copy), and copies of its quotes and claim links; speakers are shared; copies
  have no history rows. On PostgreSQL copies are written with `session_replication_role =
  replica` (the per-row text trigger and FK triggers off; the copy is exact by construction).
  The real import is too slow to pre-fill 100,000 articles (see the rates of the base import
  above), hence the copies.
- For the import and matching benchmarks the copies also get the base's retrieval keys and
  pairs, and their links join the base's claims (a copy is the same statement again, where
  the matcher would have put it): claims and key postings grow with N, which is the case the
  matching cost must stay flat on. For the API benchmark every block gets its own claims, so
  a claim's detail stays the size of a real one.
- The timed articles are new generated articles published after everything stored
  (2022-2024 against the base's 2019-2021), as a newsroom's feed is. The same articles are
  timed at every size: after each measure they are deleted again through `delete_source`,
  so the sizes differ in what is stored, not in what is imported.
- Peak RSS is that of a fresh process importing the new articles into the filled store.
- wrk keeps 8 requests in flight against 2 gunicorn workers (or one Datasette process), so
  latencies include queueing: p50 is about (connections / workers) x the service time.
- The measured import is always the real one on new articles, never a copy.
- The API runs with `THROTTLE_ANON` and `THROTTLE_USER` at 1000000/second (DRF applies both
  rates to anonymous clients; the defaults would answer 429 to the load generator);
  otherwise the product's settings (DEBUG off), once with the throttle counters in the
  database's cache table (no `REDIS_URL`, the default) and once in Redis (`REDIS_URL`,
  when one answers at `BENCH_REDIS_URL`, default redis://127.0.0.1:6379/15).
- Large counts (10,000 rows or more) are remembered by each API worker for 60 s
  (`quotes.selectors.count_of`), so the repeated requests of a run count once per worker
  and minute; the minimal view counts every time.
- Peers live in their own virtualenvs under `var/bench-peers/` (made by `bench/peers.sh`),
  never in the project's requirements; wrk comes from Debian.
"""


def sizes_used(results: Path) -> str:
    parts = []
    if data := _load(results, "extraction"):
        parts += [f"extraction on {c['docs']:,} {n} articles" for n, c in data["corpora"].items()]
    if data := _load(results, "import"):
        for b in data["backends"]:
            sizes = ", ".join(f"{r['size']:,}" for r in b["rows"])
            parts.append(f"import on {b['backend']} at {sizes} stored articles")
        parts.append(f"{data['articles']} new articles timed per size")
    if data := _load(results, "matching"):
        for b in data["backends"]:
            sizes = ", ".join(f"{r['size']:,}" for r in b["rows"])
            parts.append(f"matching on {b['backend']} at {sizes} stored quotes")
    if data := _load(results, "api"):
        parts.append(f"API on {data['targets']['quotes']:,} quotes")
    return "; ".join(parts) or "none"


SECTION_TITLES = {
    "## 1. Extraction": "extraction",
    "## 2. Import": "import",
    "## 3. API": "api",
    "## 5. Matching": "matching",
    "## 6. Real news": "polnear",
    "## 7. Import through the queue": "queue",
    "## 8. Faults on the queue": "faults",
}


def previous_sections(path: Path) -> dict[str, list[str]]:
    """The measured sections of an earlier RESULTS.md, by part, each with its own date.

    A run of some parts keeps the others, so a fresh clone can re-measure one part
    without losing figures that take hours to measure again.
    """
    if not path.exists():
        return {}
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text().splitlines():
        if line.startswith("## "):
            name = next((n for t, n in SECTION_TITLES.items() if line.startswith(t)), None)
            current = found.setdefault(name, []) if name else None
        if current is not None:
            current.append(line)
    return {
        name: lines
        for name, lines in found.items()
        if any(line.startswith("Measured ") for line in lines)
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", default=str(ROOT / "var" / "bench" / "results"))
    parser.add_argument("--out", default=str(ROOT / "bench" / "RESULTS.md"))
    parser.add_argument("--command", default="make bench")
    args = parser.parse_args(argv)
    results = Path(args.results)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    settings = {k: v for k, v in sorted(os.environ.items()) if k.startswith("BENCH_")}
    lines = [
        "# Benchmark results",
        "",
        f"Produced by `{args.command}`, finished {time.strftime('%Y-%m-%d %H:%M %Z')} at commit "
        f"{commit or 'unknown'} (plus uncommitted work, if any), Python "
        f"{platform.python_version()}, {os.cpu_count()} CPUs, load average at the end "
        f"{os.getloadavg()[0]:.2f} (a shared machine: compare ratios, not absolute times).",
        "",
        "Each section says when, at which commit and with which settings it was measured; "
        "`BENCH_PARTS=api make bench` re-measures one part and keeps the others from the "
        "previous bench/RESULTS.md. Settings not named are the defaults in `bench/run.sh`.",
        "",
        "Sizes used in this run: " + sizes_used(results) + ".",
        "",
    ]
    sections = [
        ("extraction", extraction_section),
        ("import", import_section),
        ("api", api_section),
        ("matching", matching_section),
        ("polnear", polnear_section),
        ("queue", queue_section),
        ("faults", faults_section),
    ]
    previous = previous_sections(Path(args.out))
    for name, section in sections:
        data = _load(results, name)
        if data:
            when = time.strftime(
                "%Y-%m-%d %H:%M", time.gmtime((results / f"{name}.json").stat().st_mtime)
            )
            part = section(data)
            provenance = f"Measured {when} UTC at commit {commit} by `{args.command}`"
            if settings:
                provenance += " with " + ", ".join(f"`{k}={v}`" for k, v in settings.items())
            lines += [part[0], "", provenance + ".", *part[1:]]
        elif name in previous:
            lines += previous[name]  # not re-run: the last measured figures, with their date
        else:
            lines += [f"## {name}", "", "Not run in this run.", ""]
    lines.append(METHOD)
    Path(args.out).write_text("\n".join(lines))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
