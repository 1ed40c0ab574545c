"""Backup and restore, as the README's Operations section documents them, on both backends.

`manage.py export_data OUT.json` writes users, groups, API tokens and every
catalogue and history table; `migrate` then `loaddata OUT.json` restores it
into a fresh database. The native paths copy a whole database: `pg_dump -Fc`
and `pg_restore --clean --if-exists` on PostgreSQL, SQLite's online backup
otherwise. Restores run in scratch databases through `manage.py` subprocesses,
as an operator would run them; results come back as JSON from `manage.py shell`.
"""

import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from rest_framework.authtoken.models import Token
from simple_history.models import HistoricalRecords

from quotes.choices import MatchMethod, QuoteKind, Rating
from quotes.management.commands.export_data import exported_models
from quotes.models import Claim, ClaimQuote, Quote, Source, Speaker, SpeakerAlias
from quotes.services.claims import update_claim
from quotes.services.quotes import verify_quotes
from quotes.services.speakers import merge_speakers
from tests.conftest import ROOT

PASSWORD = "correct horse battery"
POSTGRES = connection.vendor == "postgresql"


# -- run inside the test database and, through `manage.py shell`, inside restored ones --


def curate(username: str = "alice") -> None:
    """A curator's work: an account in `curators` with a token, a rating, a verified quote and
    a speaker merge, each leaving history rows that name the curator."""
    user = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="curators"))
    Token.objects.create(user=user)
    HistoricalRecords.context.request = SimpleNamespace(user=user)  # as the middleware does
    try:
        update_claim(
            claim=Claim.objects.order_by("pk").first(),
            rating=Rating.MISLEADING,
            rating_explanation="Out of context.",
        )
        verify_quotes(quotes=[Quote.objects.order_by("pk").first()])
        target, other = Speaker.objects.filter(quotes__isnull=False).distinct().order_by("pk")[:2]
        merge_speakers(target=target, others=[other])
    finally:
        del HistoricalRecords.context.request


def history_models() -> list:
    return [m for m in exported_models() if any(f.name == "history_user" for f in m._meta.fields)]


def snapshot(username: str = "alice") -> dict:
    """What a restore must give back: row counts per model and the curator's work."""
    user = get_user_model().objects.get(username=username)
    curators = Group.objects.get(name="curators")
    return {
        "counts": {m._meta.label: m._base_manager.count() for m in exported_models()},
        "token": Token.objects.get(user=user).key,
        "password_ok": user.check_password(PASSWORD),
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "curator_permissions": sorted(curators.permissions.values_list("codename", flat=True)),
        "ratings": {
            c.slug: [c.rating, c.rating_explanation, c.reviewed_at.isoformat()]
            for c in Claim.objects.exclude(rating=Rating.UNRATED)
        },
        "verified": sorted(Quote.objects.filter(verified=True).values_list("pk", flat=True)),
        "history": sum(m.objects.count() for m in history_models()),
        "history_by_user": sum(
            m.objects.filter(history_user=user).count() for m in history_models()
        ),
    }


def add_rows() -> dict:
    """New rows after a restore, each with its history row: the last id of each model with
    integer ids, before and after. A stale PostgreSQL sequence would collide and raise."""

    def last_ids() -> dict:
        return {
            m._meta.label: m._base_manager.order_by("-pk").values_list("pk", flat=True).first()
            for m in exported_models()
            if m._meta.pk.get_internal_type() in ("AutoField", "BigAutoField")
        }

    before = last_ids()
    user = get_user_model().objects.create_user("erin")
    Token.objects.create(user=user)
    body = 'Erin said "backups work" on Monday.'
    source = Source.objects.create(title="After the restore", body=body, content_hash="f" * 64)
    speaker = Speaker.objects.create(name="Erin Example", slug="erin-example-after-restore")
    SpeakerAlias.objects.create(speaker=speaker, alias="Erin", normalised="erin after restore")
    start = body.index("backups")
    quote = Quote.objects.create(
        source=source,
        speaker=speaker,
        text="backups work",
        start=start,
        end=start + len("backups work"),
        kind=QuoteKind.DIRECT,
    )
    claim = Claim.objects.create(text="Backups work.", slug="backups-work-after-restore")
    ClaimQuote.objects.create(claim=claim, quote=quote, method=MatchMethod.CURATOR)
    return {"before": before, "after": last_ids()}


# -- scratch databases and `manage.py` --


def manage(url: str, *args: str, tmp_path) -> str:
    """Run `manage.py` against the database at `url`; its output, or the test fails."""
    env = {**os.environ, "DATABASE_URL": url, "FACTCHECK_VAR_DIR": str(tmp_path)}
    env.pop("TEST_DATABASE_NAME", None)
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"manage.py {args[0]}: {done.stdout}{done.stderr}"
    return done.stdout


def query(url: str, expression: str, *, tmp_path):
    """Evaluate an expression from this module in the database at `url`, as JSON."""
    code = (
        "import json; from tests.test_backup_restore import *; "
        f"print('RESULT ' + json.dumps({expression}))"
    )
    out = manage(url, "shell", "-v", "0", "-c", code, tmp_path=tmp_path)
    line = next(line for line in out.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def server_url(name: str) -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{name}"


@contextmanager
def scratch_database(label: str, tmp_path):
    """The URL of a new, empty database, dropped afterwards: a file on SQLite, a database
    named after the test database on PostgreSQL (`test_helper_backup_restore`)."""
    if not POSTGRES:
        yield f"sqlite:///{tmp_path / f'{label}.sqlite3'}"
        return
    import psycopg

    s = connection.settings_dict
    name = f"{s['NAME']}_{label}"
    with psycopg.connect(
        host=s["HOST"] or "127.0.0.1",
        port=s["PORT"] or 5432,
        user=s["USER"],
        password=s["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.execute(f'CREATE DATABASE "{name}"')
        try:
            yield server_url(name)
        finally:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def curated_database(url: str, tmp_path) -> None:
    """A migrated database with the seeds and a curator's work, built as an operator would."""
    manage(url, "migrate", "-v", "0", tmp_path=tmp_path)
    manage(url, "loaddata", "seeds", "-v", "0", tmp_path=tmp_path)
    query(url, "curate()", tmp_path=tmp_path)


def vandalise(url: str, tmp_path) -> None:
    """Changes a restore must undo: claims and tokens gone, a stranger's account added."""
    code = (
        "[Claim.objects.all().delete(), Token.objects.all().delete(), "
        "get_user_model().objects.create_user('mallory').pk, Claim.objects.count()]"
    )
    assert query(url, code, tmp_path=tmp_path)[-1] == 0


# -- the tests --


def test_an_export_restores_into_a_fresh_database_with_the_curators_work(seeded, tmp_path):
    """Everything comes back: every model's rows, the token, the rating, the history by user.

    A second export from the restored database is identical to the first, so no
    field was lost or changed (timestamps to the microsecond); new rows then get
    fresh ids, so loaddata reset PostgreSQL's sequences.
    """
    curate()
    expected = snapshot()
    assert expected["history_by_user"] > 0 and expected["ratings"] and expected["verified"]
    export = tmp_path / "export.json"
    call_command("export_data", str(export), verbosity=0)

    rows = json.loads(export.read_text(encoding="utf-8"))
    labels = {row["model"] for row in rows}
    assert labels <= {m._meta.label_lower for m in exported_models()}
    assert {"auth.user", "authtoken.token", "quotes.historicalclaim", "quotes.corpusterm"} <= labels
    assert not labels & {"contenttypes.contenttype", "auth.permission", "sessions.session"}
    by_user = [
        r for r in rows if r["model"] == "quotes.historicalclaim" and r["fields"]["history_user"]
    ]
    assert by_user and all(r["fields"]["history_user"] == ["alice"] for r in by_user)

    with scratch_database("restore", tmp_path) as url:
        manage(url, "migrate", "-v", "0", tmp_path=tmp_path)
        manage(url, "loaddata", str(export), "-v", "0", tmp_path=tmp_path)
        restored = query(url, "snapshot()", tmp_path=tmp_path)
        again = tmp_path / "again.json"
        manage(url, "export_data", str(again), "-v", "0", tmp_path=tmp_path)
        fresh = query(url, "add_rows()", tmp_path=tmp_path)

    assert restored == expected
    assert json.loads(again.read_text(encoding="utf-8")) == rows
    grown = {label for label, pk in fresh["after"].items() if pk != fresh["before"][label]}
    assert {"auth.User", "quotes.Quote", "quotes.Claim", "quotes.HistoricalClaim"} <= grown
    for label in grown:
        assert fresh["before"][label] is None or fresh["after"][label] > fresh["before"][label]


@pytest.mark.skipif(POSTGRES, reason="SQLite's backup; PostgreSQL has its own test")
def test_the_sqlite_online_backup_restores_the_database(tmp_path):
    """The README's Python backup (and the sqlite3 CLI's, where installed) and its reverse."""
    live = tmp_path / "live.sqlite3"
    url = f"sqlite:///{live}"
    curated_database(url, tmp_path)
    expected = query(url, "snapshot()", tmp_path=tmp_path)

    backups = {"python": tmp_path / "python-backup.sqlite3"}
    backup = (
        "import sqlite3, sys; sqlite3.connect(sys.argv[1]).backup(sqlite3.connect(sys.argv[2]))"
    )
    subprocess.run([sys.executable, "-c", backup, live, backups["python"]], check=True)
    if shutil.which("sqlite3"):
        backups["cli"] = tmp_path / "cli-backup.sqlite3"
        subprocess.run(["sqlite3", live, f".backup '{backups['cli']}'"], check=True)

    for tool, path in backups.items():
        vandalise(url, tmp_path)
        if tool == "cli":
            subprocess.run(["sqlite3", live, f".restore '{path}'"], check=True)
        else:
            subprocess.run([sys.executable, "-c", backup, path, live], check=True)
        assert query(url, "snapshot()", tmp_path=tmp_path) == expected, tool


@pytest.mark.skipif(not POSTGRES, reason="pg_dump and pg_restore need PostgreSQL")
def test_pg_dump_and_pg_restore_restore_the_database(tmp_path):
    """`pg_dump -Fc`, then `pg_restore --clean --if-exists --no-owner` over the changed
    database and into an empty one."""
    dump = tmp_path / "factcheck.dump"
    with scratch_database("live", tmp_path) as url:
        curated_database(url, tmp_path)
        expected = query(url, "snapshot()", tmp_path=tmp_path)
        subprocess.run(["pg_dump", "-Fc", "-d", url, "-f", dump], check=True)
        vandalise(url, tmp_path)
        restore = ["pg_restore", "--clean", "--if-exists", "--no-owner", "-d", url, dump]
        subprocess.run(restore, check=True, capture_output=True)
        assert query(url, "snapshot()", tmp_path=tmp_path) == expected
        assert not query(
            url, "get_user_model().objects.filter(username='mallory').exists()", tmp_path=tmp_path
        )
    with scratch_database("empty", tmp_path) as url:
        restore = ["pg_restore", "--clean", "--if-exists", "--no-owner", "-d", url, dump]
        subprocess.run(restore, check=True, capture_output=True)
        assert query(url, "snapshot()", tmp_path=tmp_path) == expected
        query(url, "add_rows()", tmp_path=tmp_path)
