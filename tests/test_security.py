"""Writes need rights, logins are throttled, and production settings pass `check --deploy`."""

import os
import subprocess
import sys

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.urls import reverse

from factcheck import middleware
from tests.conftest import ROOT

PRODUCTION_ENV = {
    "PRODUCTION": "true",
    "DEBUG": "false",
    "SECRET_KEY": "k" * 20 + "x9F!q" * 10,
    "ALLOWED_HOSTS": "facts.example.org",
}


def manage(*args, **env):
    full = {**{k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY"}}, **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=full, capture_output=True, text=True
    )


def test_production_settings_pass_the_deploy_check_without_warnings():
    """PRODUCTION=true turns on HTTPS redirects, HSTS and secure cookies by default."""
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_a_generated_or_short_secret_key():
    """In production the key must come from the environment, and be long."""
    result = manage("check", **{**PRODUCTION_ENV, "SECRET_KEY": "short"})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_the_admin_path_can_be_moved():
    """ADMIN_PATH moves the admin; the old path is gone."""
    code = (
        "import django; django.setup(); from django.urls import reverse; "
        "print(reverse('admin:index'))"
    )
    env = {**os.environ, "ADMIN_PATH": "backstage", "DJANGO_SETTINGS_MODULE": "factcheck.settings"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.stdout.strip() == "/backstage/", result.stderr


@pytest.mark.django_db
def test_admin_login_attempts_are_throttled(client, settings):
    """After the login rate is spent, the admin login form answers 429."""
    cache.clear()
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "login": "3/minute",
        },
    }
    url = reverse("admin:login")
    codes = [client.post(url, {"username": "x", "password": "wrong"}).status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200]
    assert codes[3:] == [429, 429]
    cache.clear()


@pytest.mark.django_db
def test_the_login_limit_holds_across_a_minute_boundary(client, settings, monkeypatch):
    """Attempts just before and just after a full minute count together."""
    cache.clear()
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "login": "3/minute",
        },
    }
    url = reverse("admin:login")
    clock = iter([119.0, 119.5, 119.9, 120.1, 178.0, 180.0])
    monkeypatch.setattr(middleware, "clock", lambda: next(clock))
    codes = [client.post(url, {"username": "x", "password": "wrong"}).status_code for _ in range(6)]
    assert codes == [200, 200, 200, 429, 429, 200]
    cache.clear()


@pytest.mark.django_db
def test_an_unknown_api_url_gets_the_json_error_shape(client):
    """Even a path no route knows answers in the API's JSON error shape."""
    response = client.get("/api/no-such-thing/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.django_db
def test_a_staff_member_in_the_curators_group_can_use_the_quote_admin(client, alice, seeded):
    """The curators group gives staff the quotes permissions, without superuser rights."""
    alice.groups.add(Group.objects.get(name="curators"))
    client.force_login(alice)
    assert client.get(reverse("admin:quotes_quote_changelist")).status_code == 200
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_no_secret_key_or_password_is_committed():
    """Tracked files hold no secret key, private key or default password."""
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    key, begin = "SECRET" + "_KEY = ", "BEGIN "  # split so this file does not match itself
    suspicious = (key + '"', key + "'", begin + "PRIVATE KEY", begin + "RSA PRIVATE KEY")
    for name in files:
        path = ROOT / name
        if (
            path.suffix in {".py", ".txt", ".md", ".toml", ".cfg", ".sh", ".json", ""}
            and path.is_file()
        ):
            text = path.read_text(errors="ignore")
            assert not any(marker in text for marker in suspicious), name
