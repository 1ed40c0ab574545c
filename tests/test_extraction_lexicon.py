"""Every word list of the extraction engine lives in `quotes/extraction/lexicon/`.

Copies of one list kept in several modules drift apart (issue #21 found five
"determiner" sets and three lists of possessives), so a module outside the
lexicon may hold a handful of words inline but never a list of them.
"""

import ast
from pathlib import Path

import regex

ENGINE = Path(__file__).resolve().parent.parent / "quotes" / "extraction"
LEXICON = ENGINE / "lexicon"
MOST_INLINE_WORDS = 5
# A word: letters with apostrophes, hyphens or dots ("it’s", "front-runner", "a.m.").
# Regular expressions and punctuation marks are no words.
WORD = regex.compile(r"[\p{L}][\p{L}\p{N}’'.\- ]*")


def _words_in(node: ast.AST) -> int:
    """How many words a set, tuple or list display, or a `words("...")` block, spells."""
    if isinstance(node, ast.Set | ast.Tuple | ast.List):
        return sum(
            1
            for element in node.elts
            if isinstance(element, ast.Constant)
            and isinstance(element.value, str)
            and WORD.fullmatch(element.value)
        )
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
        function = node.func
        name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", "")
        if name in ("words", "split") and isinstance(node.args[0].value, str):
            return len(node.args[0].value.split())
        if isinstance(function, ast.Attribute) and function.attr == "split":
            value = function.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return len(value.value.split())
    return 0


def _word_lists(path: Path) -> list[str]:
    """`file:line (n words)` for each inline list of more than five words in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exported = {
        id(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    }
    return [
        f"{path.relative_to(ENGINE)}:{node.lineno} ({count} words)"
        for node in ast.walk(tree)
        if id(node) not in exported and (count := _words_in(node)) > MOST_INLINE_WORDS
    ]


def _engine_modules() -> list[Path]:
    return [path for path in sorted(ENGINE.rglob("*.py")) if LEXICON not in path.parents]


def test_no_module_outside_the_lexicon_holds_a_word_list():
    """A list of more than five words belongs in the lexicon, defined once."""
    found = [entry for path in _engine_modules() for entry in _word_lists(path)]
    assert found == []


def test_the_check_sees_word_lists_in_every_form_they_take(tmp_path):
    """A set, a tuple, a list and a `words()` block are all caught; regexes are not."""
    module = tmp_path / "sample.py"
    module.write_text(
        'A = {"a", "an", "the", "this", "that", "these"}\n'
        'B = ("his", "her", "its", "our", "my", "your")\n'
        'C = words("one two three four five six")\n'
        'D = [r"^x$", r"(y)", r"\\bz", "^w", "[v]", "(?:u)"]\n'
        'E = {"a", "an", "the", "this", "that"}\n',
        encoding="utf-8",
    )
    lines = [entry.split(":")[1].split()[0] for entry in _word_lists_at(module)]
    assert lines == ["1", "2", "3"]


def _word_lists_at(path: Path) -> list[str]:
    """`_word_lists` for a file outside the engine (names it by file name only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{node.lineno} ({count} words)"
        for node in ast.walk(tree)
        if (count := _words_in(node)) > MOST_INLINE_WORDS
    ]


def test_the_lexicon_defines_each_list_once():
    """Two lists with the same words under two names are one list that drifted."""
    import importlib

    seen: dict[frozenset, str] = {}
    duplicates = []
    for path in sorted(LEXICON.glob("*.py")):
        name = "quotes.extraction.lexicon" + ("" if path.stem == "__init__" else f".{path.stem}")
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if attribute.isupper() and isinstance(value, frozenset | set | tuple | list):
                key = frozenset(value) if all(isinstance(v, str) for v in value) else None
                if key is None or len(key) <= 1:
                    continue
                if key in seen and seen[key].split(".")[-1] != attribute:  # not an import
                    duplicates.append((seen[key], attribute))
                seen.setdefault(key, f"{path.stem}.{attribute}")
    assert duplicates == []
