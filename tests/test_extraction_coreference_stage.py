"""Coreference is a stage that is handed the attribution history, not called back.

The resolver (`quotes/extraction/entities/coref.py`) once had the attributor's
history assigned into it (`resolver.history = ...`) and cut off again when an
article was done: a reader following the pipeline had to know who plugged
what into the resolver, and when. Now the history is an argument of
`Resolver.resolve`, and no other module sets anything on the resolver.
"""

import ast
from pathlib import Path

from quotes.extraction.attribution.history import AttributionHistory
from quotes.extraction.budget import UNLIMITED
from quotes.extraction.cues.hits import cue_positions
from quotes.extraction.entities import find_entities
from quotes.extraction.phrases.subjects import sentence_subject
from quotes.extraction.text import read_text

ENGINE = Path(__file__).resolve().parent.parent / "quotes" / "extraction"
COREF = ENGINE / "entities" / "coref.py"


def _set_on_a_resolver_or_a_history(source: str) -> list[str]:
    """Assignments like `resolver.history = f` or `self.resolver.x = y`: an attribute set on
    the resolver, or a `history` set on any object but `self`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            if not isinstance(target, ast.Attribute):
                continue
            owner = ast.unparse(target.value)
            if owner.endswith("resolver") or (target.attr == "history" and owner != "self"):
                found.append(f"{node.lineno}: {ast.unparse(target)}")
    return found


def test_no_module_but_coref_sets_anything_on_the_resolver():
    offenders = {
        str(path.relative_to(ENGINE)): found
        for path in sorted(ENGINE.rglob("*.py"))
        if path != COREF
        and (found := _set_on_a_resolver_or_a_history(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_check_sees_a_callback_plugged_into_the_resolver():
    source = (
        "resolver.history = self._history\n"
        "self.resolver.history = no_history\n"
        "self.history = History()\n"
    )
    assert _set_on_a_resolver_or_a_history(source) == [
        "1: resolver.history",
        "2: self.resolver.history",
    ]


def test_the_resolver_answers_a_pronoun_from_the_history_it_is_handed():
    text = (
        "Dale Ormond toured the bottling plant on Monday.\n\nHe said the plant would stay open.\n"
    )
    reading = read_text(text, UNLIMITED)
    resolver = find_entities(text, reading.lines, UNLIMITED)
    hits = cue_positions(reading.masked)
    history = AttributionHistory(text, reading.masked, resolver, hits, reading.sentences)
    sentence = reading.sentences[1]
    pronoun = sentence_subject(sentence.tokens, len(sentence.tokens))
    assert text[pronoun.start : pronoun.end] == "He"
    assert resolver.resolve(pronoun, sentence, history).name == "Dale Ormond"
