"""Settings read the environment strictly and start with no configuration."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from factcheck.env import env_bool, env_int, secret_key
from tests.conftest import ROOT


def test_env_bool_accepts_the_usual_spellings(monkeypatch):
    """true/false, 1/0, yes/no and on/off are all understood, in any case."""
    for raw, expected in [("True", True), ("1", True), ("off", False), ("NO", False)]:
        monkeypatch.setenv("FLAG", raw)
        assert env_bool("FLAG") is expected


def test_env_bool_refuses_a_typo_and_names_the_variable(monkeypatch):
    """A misspelt boolean stops start-up instead of silently meaning False."""
    monkeypatch.setenv("FLAG", "ture")
    with pytest.raises(ImproperlyConfigured, match="FLAG"):
        env_bool("FLAG")


def test_env_int_names_the_variable_when_it_is_not_a_number(monkeypatch):
    """A bad number names its variable."""
    monkeypatch.setenv("SECURE_HSTS_SECONDS", "a year")
    with pytest.raises(ImproperlyConfigured, match="SECURE_HSTS_SECONDS"):
        env_int("SECURE_HSTS_SECONDS", 0)


def test_secret_key_is_generated_once_and_then_reused(tmp_path, monkeypatch):
    """With no SECRET_KEY a key is written to var/ with owner-only rights, and read back later."""
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = secret_key(tmp_path)
    assert len(first) > 40
    assert secret_key(tmp_path) == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def _settings_in_subprocess(**env):
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    full_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "factcheck.settings", **env}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=full_env, capture_output=True, text=True
    )


def test_debug_is_off_unless_asked_for():
    """A plain start has DEBUG off."""
    env = {k: v for k, v in os.environ.items() if k != "DEBUG"}
    result = subprocess.run(
        [sys.executable, "-c", "import factcheck.settings as s; print(s.DEBUG)"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "False", result.stderr


def test_debug_cannot_be_left_on_in_production():
    """PRODUCTION=true with DEBUG=true refuses to start."""
    result = _settings_in_subprocess(PRODUCTION="true", DEBUG="true", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "DEBUG must be off when PRODUCTION is true" in result.stderr
