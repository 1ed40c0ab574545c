"""No module of the extraction engine imports one that imports it back.

A circle of imports makes the stages unreadable in order: to follow one
article a reader has to go back to a module already read (issue #21 found
`issuers.py` and `rules.py` importing `attributor.py`, which imported them).
The graph is read from the source with `ast`, so every import counts: relative
or absolute, at the top, inside a function, or under `if TYPE_CHECKING:`.
"""

import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "quotes" / "extraction"
PACKAGE = "quotes.extraction"


def _module_name(root: Path, path: Path, package: str) -> str:
    """`quotes.extraction.cues.sentence` for cues/sentence.py; a package for its __init__."""
    parts = [package, *path.relative_to(root).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported(name: str, node: ast.AST, is_package: bool) -> list[list[str]]:
    """Each name one import statement names, as [module.name, module] (or [module])."""
    if isinstance(node, ast.Import):
        return [[alias.name] for alias in node.names]
    stem = node.module or ""
    if node.level:
        base = name.split(".")[: None if is_package else -1]
        base = base[: len(base) - (node.level - 1)]
        stem = ".".join(base + ([node.module] if node.module else []))
    return [[f"{stem}.{alias.name}", stem] for alias in node.names]


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the modules of the same tree it imports, by any import statement.

    `from .pkg import module` imports the module, `from .module import name` the
    module; an import of something outside the tree is no edge.
    """
    paths = {_module_name(root, path, package): path for path in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for candidates in _imported(name, node, is_package):
                    edges.update(next(([c] for c in candidates if c in paths), []))
        graph[name] = edges - {name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of two or more modules that reach one another (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_of_the_engine_imports_one_that_imports_it_back():
    assert circles(import_graph(ENGINE, PACKAGE)) == []


def test_the_check_sees_an_engine_module_importing_another():
    graph = import_graph(ENGINE, PACKAGE)
    history, rules = graph[f"{PACKAGE}.attribution.history"], graph[f"{PACKAGE}.attribution.rules"]
    assert f"{PACKAGE}.entities.coref" in history  # `from ..entities.coref import fits`
    assert f"{PACKAGE}.attribution.uncued" in rules  # `from . import labelling, uncued`


def test_the_check_sees_a_circle_closed_under_type_checking_or_by_an_absolute_import(tmp_path):
    package = tmp_path / "engine"
    (package / "stage").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "stage" / "__init__.py").write_text("")
    (package / "stage" / "runner.py").write_text("from .rules import TABLE\n")
    (package / "stage" / "rules.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .runner import Runner\n"
    )
    (package / "low.py").write_text("def helper():\n    from engine.top import run\n")
    (package / "top.py").write_text("from . import low\n")
    found = circles(import_graph(package, "engine"))
    assert found == [["engine.low", "engine.top"], ["engine.stage.rules", "engine.stage.runner"]]
