"""The write services form layers: no import cycle, and no import hidden inside a function."""

import ast
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

SERVICES = ROOT / "quotes" / "services"
MODULES = sorted(p.stem for p in SERVICES.glob("*.py") if p.stem != "__init__")


def service_imports(module: str) -> set[str]:
    """The other service modules `module` imports at its top level."""
    tree = ast.parse((SERVICES / f"{module}.py").read_text(encoding="utf-8"))
    found = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("quotes.services."):
                found.add(node.module.rsplit(".", 1)[1])
            elif node.module == "quotes.services":
                found.update(alias.name for alias in node.names)
    return found & set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_each_service_module_imports_alone_in_a_fresh_interpreter(module):
    """No module relies on another having been imported first."""
    code = f"import django; django.setup(); import quotes.services.{module}"
    env_setup = {"DJANGO_SETTINGS_MODULE": "factcheck.settings"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env_setup},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-800:]


def test_no_service_imports_anything_inside_a_function():
    """An import inside a function is how a cycle hides; there is none in quotes/services/."""
    hidden = []
    for module in MODULES:
        tree = ast.parse((SERVICES / f"{module}.py").read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in top:
                hidden.append(f"{module}.py:{node.lineno}")
    assert hidden == []


def test_the_service_modules_import_each_other_without_a_cycle():
    """Each service builds only on lower ones (claim_links at the bottom of the claim services)."""
    graph = {module: service_imports(module) for module in MODULES}
    done, visiting = set(), []

    def visit(module):
        assert module not in visiting, " -> ".join([*visiting, module])
        if module in done:
            return
        visiting.append(module)
        for other in sorted(graph[module]):
            visit(other)
        visiting.pop()
        done.add(module)

    for module in MODULES:
        visit(module)
    assert "claim_links" in MODULES
    leaves = {"locks", "conflicts", "json_rows"}  # import nothing of ours
    assert graph["claim_links"] <= {"history", "claim_text", "claim_groups", "speakers", *leaves}
    assert all(graph[leaf] == set() for leaf in leaves)
