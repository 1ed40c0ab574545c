"""Rate limits hold: a forged X-Forwarded-For picks no new key, and workers share one count.

The last test serves the app with two real gunicorn workers against the test
database, so it needs a database other processes share: PostgreSQL.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager

import pytest
from django.db import connection
from django.urls import reverse
from rest_framework.throttling import ScopedRateThrottle

from tests.conftest import ROOT
from tests.shared_database import database_url

TOKEN_URL = "/api/auth/token/"
BAD_LOGIN = {"username": "alice", "password": "guess"}
REDIS_URL = "redis://127.0.0.1:6379/11"


def forged(i: int) -> str:
    return f"203.0.113.{i % 250}, 198.51.100.{i % 250}"


def settings_in_a_fresh_process(expression: str, **env) -> str:
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    full = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "TRUSTED_PROXIES"}}
    full |= {"DJANGO_SETTINGS_MODULE": "factcheck.settings", **env}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=full, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_throttle_cache_is_the_database_unless_redis_url_is_set():
    """Counters are shared by every worker: Redis when REDIS_URL is set, the database otherwise."""
    backend = "settings.CACHES['default']['BACKEND']"
    assert settings_in_a_fresh_process(backend) == "factcheck.cache.UpsertDatabaseCache"
    with_redis = settings_in_a_fresh_process(backend, REDIS_URL=REDIS_URL)
    assert with_redis == "django.core.cache.backends.redis.RedisCache"


def test_no_forwarded_header_is_trusted_unless_proxies_are_configured():
    """TRUSTED_PROXIES sets DRF's NUM_PROXIES; by default it is 0: trust no header."""
    num_proxies = "settings.REST_FRAMEWORK['NUM_PROXIES']"
    assert settings_in_a_fresh_process(num_proxies) == "0"
    assert settings_in_a_fresh_process(num_proxies, TRUSTED_PROXIES="1") == "1"


def test_a_rotating_forged_header_does_not_escape_the_token_throttle(
    api, shared_cache, monkeypatch
):
    """Each attempt claims a new address; all count against the connecting one, in the database."""
    monkeypatch.setitem(ScopedRateThrottle.THROTTLE_RATES, "login", "3/minute")
    codes = [
        api.post(TOKEN_URL, BAD_LOGIN, HTTP_X_FORWARDED_FOR=forged(i)).status_code for i in range(5)
    ]
    assert codes == [400, 400, 400, 429, 429]
    assert shared_cache.get("throttle_login_127.0.0.1")


def test_behind_a_trusted_proxy_the_address_it_adds_is_the_client(api, settings, monkeypatch):
    """With TRUSTED_PROXIES=1 the last X-Forwarded-For entry, the one our proxy wrote, counts."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    monkeypatch.setitem(ScopedRateThrottle.THROTTLE_RATES, "login", "2/minute")

    def attempt(forwarded_for):
        return api.post(TOKEN_URL, BAD_LOGIN, HTTP_X_FORWARDED_FOR=forwarded_for).status_code

    assert [attempt(f"10.0.0.{i}, 192.0.2.1") for i in range(3)] == [400, 400, 429]
    assert attempt("192.0.2.2") == 400  # another client behind the same proxy


def test_the_admin_login_throttle_ignores_a_forged_header(client, db, settings):
    """The admin form identifies clients as DRF does, so the header is no way around it either."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "login": "2/minute",
        },
    }
    from django.core.cache import cache

    cache.clear()
    url = reverse("admin:login")
    codes = [
        client.post(url, BAD_LOGIN, HTTP_X_FORWARDED_FOR=forged(i)).status_code for i in range(3)
    ]
    assert codes == [200, 200, 429]
    cache.clear()


# --- two gunicorn workers ------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def gunicorn(tmp_path, env: dict):
    """Two sync workers serving the app on a free port; yields the port and the access log."""
    port, log, errors = free_port(), tmp_path / "access.log", tmp_path / "gunicorn.log"
    server = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "factcheck.wsgi", "--workers", "2",
            "--bind", f"127.0.0.1:{port}", "--access-logfile", str(log),
            "--access-logformat", "%(p)s %(s)s", "--error-logfile", str(errors),
        ],
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not errors.exists() or errors.read_text().count("Booting worker") < 2:
            assert server.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.1)
        yield port, log
    finally:
        server.terminate()
        server.wait(timeout=30)


def post_bad_login(port: int, forwarded_for: str) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{TOKEN_URL}",
        data=b"username=alice&password=guess",
        headers={"X-Forwarded-For": forwarded_for},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@contextmanager
def one_worker_held(port: int):
    """Keep one sync worker busy reading a half-sent request; it finishes on leaving.

    The worker that accepted this connection cannot accept another until the
    headers end, so every request sent meanwhile is served by the other worker.
    Yields a list that receives the held request's status once it is answered.
    """
    body = b"username=alice&password=guess"
    held = socket.create_connection(("127.0.0.1", port), timeout=30)
    held.sendall(f"POST {TOKEN_URL} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode())
    status = []
    try:
        yield status
        held.sendall(
            f"X-Forwarded-For: {forged(999)}\r\nConnection: close\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        status.append(int(held.makefile("rb").readline().split()[1]))
    finally:
        held.close()


@pytest.fixture(params=["database", "redis"])
def server_cache(request) -> dict:
    """The environment of a server whose throttle cache is the database's or Redis, emptied."""
    if request.param == "database":
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM factcheck_cache")
        return {}
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError:
        pytest.skip(f"no Redis answers at {REDIS_URL}")
    for key in client.scan_iter(match=":1:throttle_login_*"):
        client.delete(key)
    return {"REDIS_URL": REDIS_URL}


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs a database other processes share"
)
def test_two_gunicorn_workers_share_one_login_limit_despite_forged_headers(tmp_path, server_cache):
    """Attempts on one worker count on the other, and a rotating X-Forwarded-For changes nothing.

    One worker is held while the other spends the whole limit; the held worker's
    attempt is then refused too. Per-worker counters would let it through, and a
    trusted header would have let every attempt through.
    """
    limit = 3
    drop = {"REDIS_URL", "TRUSTED_PROXIES", "PRODUCTION", "DEBUG", "SECRET_KEY"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env |= {"DATABASE_URL": database_url(), "THROTTLE_LOGIN": f"{limit}/minute", **server_cache}
    with gunicorn(tmp_path, env) as (port, log), one_worker_held(port) as held:
        codes = [post_bad_login(port, forged(i)) for i in range(limit + 2)]
    assert codes == [400] * limit + [429, 429]
    assert held == [429]
    workers = {line.split()[0] for line in log.read_text().splitlines()}
    assert len(workers) == 2, log.read_text()
