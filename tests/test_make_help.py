"""`make` alone, or `make help`, lists every target with what it does; it builds nothing."""

import re
import shutil
import subprocess

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")


def targets() -> set[str]:
    """Every target the Makefile declares phony: the commands a user may type."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.search(r"^\.PHONY:(.*)$", text, re.MULTILINE).group(1).split())


def test_make_alone_prints_a_line_for_each_target():
    """No target is left out, and each says something."""
    done = subprocess.run(
        ["make", "--no-print-directory"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    listed = {m.group(1): m.group(2) for m in re.finditer(r"make (\S+)\s+(.+)", done.stdout)}
    assert set(listed) == targets()
    assert all(len(description.split()) >= 2 for description in listed.values())


def test_make_help_is_the_same_list():
    """`make help` prints what `make` alone prints."""
    alone = subprocess.run(
        ["make", "--no-print-directory"], cwd=ROOT, capture_output=True, text=True
    )
    helped = subprocess.run(
        ["make", "--no-print-directory", "help"], cwd=ROOT, capture_output=True, text=True
    )
    assert alone.stdout == helped.stdout
