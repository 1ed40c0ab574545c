"""The engine stays readable in pieces: no file over 400 lines, no function over 60.

Issue #21 set these limits when `Attributor` had grown to one class of 527
lines; a rule added to an already long function or file is the sign that it
wants a module of its own (as attribution/introduced.py and
phrases/common_subjects.py were split out).
"""

import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "quotes" / "extraction"
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60


def _sources():
    return sorted(ENGINE.rglob("*.py"))


def test_no_engine_file_is_longer_than_400_lines():
    long = {
        str(p.relative_to(ENGINE)): n
        for p in _sources()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_FILE_LINES
    }
    assert long == {}


def test_no_engine_function_is_longer_than_60_lines():
    long = {}
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(ENGINE)}:{node.name}"] = lines
    assert long == {}


def test_the_limits_see_every_engine_module():
    """The walk finds the stage packages, so a limit cannot pass by reading nothing."""
    found = {p.relative_to(ENGINE).parts[0] for p in _sources()}
    assert {"text", "phrases", "cues", "attribution", "entities", "lexicon"} <= found
