"""The README's API examples are what the API answers today, not what it once answered."""

import os
import socket
import subprocess

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_readme_examples_are_the_api_s_real_output_today():
    """scripts/api-examples.sh --check serves a fresh seed import and compares, writing nothing."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env["PORT"] = str(free_port())
    done = subprocess.run(
        ["bash", "scripts/api-examples.sh", "--check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "API examples are current" in done.stdout
