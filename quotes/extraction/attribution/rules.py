"""The attribution rules: the ways a quotation finds its speaker, tried in order.

Each rule has a name (recorded on every quotation it attributes, so a curator
sees why a speaker was chosen), the line kinds where it applies, its
confidence, and `apply(context)`, which returns the attribution or None.
A rule whose confidence depends on the case (`GRADED`) returns the attribution
with its confidence. The `Attributor` tries the rules of `RULES` in order and
keeps the first attribution found. A new rule is one function, one entry in
`RULES` and one test file named after it.

A quotation no rule attributes may still continue the previous speaker's words
(`continuation.py`); the attributor records those as `CONTINUATION` or
`REPORTED_BEFORE`, and the reported clauses it drafts as `REPORTED_CLAUSE`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from ..cues.sentence import SentenceCues
from ..cues.speaker import Attributed
from ..text.layout import Sentence
from ..text.lines import BODY, CAPTION, HEADLINE
from ..text.marks import Run
from . import labelling, uncued
from .confidence import (
    ATTRIBUTION_SENTENCE_CONFIDENCE,
    CHANT_CONFIDENCE,
    COLON_SUBJECT_CONFIDENCE,
    LABELLING_CONFIDENCE,
    SIGNATURE_CONFIDENCE,
    SPEECH_NOUN_CONFIDENCE,
)
from .history import AttributionHistory

GRADED = None  # the rule gives each attribution its own confidence
CONTINUATION = "continuation"
REPORTED_BEFORE = "reported_before"
REPORTED_CLAUSE = "reported_clause"

_ANY_LINE = frozenset({BODY, HEADLINE, CAPTION})
_BODY = frozenset({BODY})


class Attributing(Protocol):
    """What a rule asks of the attributor reading the article (`attributor.py`).

    The attributor runs this table, so the table names what it needs instead of
    importing the attributor back. The methods are its strategies (`nearby.py`,
    `sentence_cue.py`); `labelling.py` reads a few of its caches too.
    """

    text: str
    sentences: list[Sentence]
    history: AttributionHistory

    def chant(self, run: Run, sentence: Sentence) -> Attributed | None: ...

    def choose(self, run: Run, cues: SentenceCues) -> tuple[Attributed | None, float]: ...

    def introduced(
        self, run: Run, index: int, sentences: list[Sentence]
    ) -> tuple[Attributed | None, float]: ...

    def next_sentence(
        self, run: Run, index: int, sentences: list[Sentence]
    ) -> Attributed | None: ...

    def colon_subject(self, run: Run, sentence: Sentence) -> Attributed | None: ...

    def signature(self, run: Run, index: int) -> Attributed | None: ...

    def noun_cue(self, run: Run, sentence: Sentence) -> Attributed | None: ...

    def voice(self, run: Run, index: int) -> Attributed | None: ...


@dataclass(frozen=True)
class Context:
    """One quotation to attribute: the attributor reading the article, the run, its sentence."""

    attributor: Attributing
    run: Run
    index: int
    sentence: Sentence


@dataclass(frozen=True)
class Rule:
    """One way a quotation finds its speaker."""

    name: str
    lines: frozenset[str]
    confidence: float | None
    apply: Callable[[Context], Any]


def first_attribution(context: Context) -> tuple[str, Attributed | None, float] | None:
    """The name, attribution and confidence of the first rule that attributes the run.

    An attribution to an unresolved "you", "we" or "I'm" ("you tell them, '...'")
    is the reader's or the writer's, nobody's in the story: the rule stops the
    search but its attribution is None.
    """
    kind = context.sentence.line_kind
    for rule in RULES:
        if kind not in rule.lines:
            continue
        found = rule.apply(context)
        if found is None:
            continue
        source, confidence = found if rule.confidence is GRADED else (found, rule.confidence)
        if _addressee(context.attributor.text, source):
            source = None
        return rule.name, source, confidence
    return None


def _addressee(text: str, source: Attributed) -> bool:
    """An unresolved "you", "we" or "I'm" is the reader or the writer, not a speaker."""
    mention = text[source.mention.start : source.mention.end].casefold()
    return source.entity is None and mention.replace("’", "'") in _NOBODY


_NOBODY = frozenset({"you", "we", "us", "i'm"})


def _graded(found: tuple[Attributed | None, float]) -> tuple[Attributed, float] | None:
    return found if found[0] is not None else None


def chant(c: Context):
    """ "chants of 'Lock her up!'": the crowd's words (nearby.py)."""
    return c.attributor.chant(c.run, c.sentence)


def labelling_verb(c: Context):
    """ "Comey called her handling 'extremely careless'": the labelling verb's subject
    says the phrase it takes (labelling.py)."""
    return labelling.labelled(c.attributor, c.run, c.index, c.sentence)


def cue_in_sentence(c: Context):
    """A cue of the quotation's own sentence governs it (sentence_cue.py)."""
    return _graded(c.attributor.choose(c.run, c.attributor.history.cues(c.index)))


def introduced(c: Context):
    """An attribution sentence right before, ending in a colon or bare (nearby.py)."""
    return _graded(c.attributor.introduced(c.run, c.index, c.attributor.sentences))


def attribution_sentence(c: Context):
    """A short next sentence that is only an attribution: "Erdogan said." (nearby.py)."""
    return c.attributor.next_sentence(c.run, c.index, c.attributor.sentences)


def colon_subject(c: Context):
    """ "McConnell delivered a blunt message: '...'": the subject speaks (nearby.py)."""
    return c.attributor.colon_subject(c.run, c.sentence)


def signature(c: Context):
    """A quotation closing its paragraph, signed on the next line (nearby.py)."""
    return c.attributor.signature(c.run, c.index)


def speech_noun(c: Context):
    """ "her March comment that, '...'": the possessor of a speech noun (nearby.py)."""
    return c.attributor.noun_cue(c.run, c.sentence)


def subject_voice(c: Context):
    """The sentence's subject says its clause-long quotations (uncued.py)."""
    return c.attributor.voice(c.run, c.index)


def attribution_tail(c: Context):
    """A verb of attribution closing the sentence after the subject (uncued.py)."""
    a = c.attributor
    return uncued.tail(a.text, c.run, c.sentence, a.history.resolve)


RULES = (
    Rule("chant", _ANY_LINE, CHANT_CONFIDENCE, chant),
    Rule("labelling_verb", _BODY, LABELLING_CONFIDENCE, labelling_verb),
    Rule("cue_in_sentence", _ANY_LINE, GRADED, cue_in_sentence),
    Rule("introduced", _BODY, GRADED, introduced),
    Rule("attribution_sentence", _BODY, ATTRIBUTION_SENTENCE_CONFIDENCE, attribution_sentence),
    Rule("colon_subject", frozenset({BODY, CAPTION}), COLON_SUBJECT_CONFIDENCE, colon_subject),
    Rule("signature", _BODY, SIGNATURE_CONFIDENCE, signature),
    Rule("speech_noun", _BODY, SPEECH_NOUN_CONFIDENCE, speech_noun),
    Rule("subject_voice", _BODY, uncued.SUBJECT_CONFIDENCE, subject_voice),
    Rule("attribution_tail", _BODY, uncued.TAIL_CONFIDENCE, attribution_tail),
)
