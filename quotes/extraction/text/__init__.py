"""The text stage: an article's lines, quotation marks and sentences.

Input: the article as a string. Output: a `Reading` of it, which every later
stage works from: the lines with their kind (headline, body, caption,
boilerplate ...), the quotation runs outside boilerplate, the text with those
runs masked so that no quoted word is read as the story's own, and the
sentences of the masked text. Offsets all index the original text.

Read in the order `read_text` calls them: `boilerplate` (the platform's
lines), `lines` (each line's kind), `marks` (quotation runs outside
boilerplate), then `layout` (the masked text, its sentences and tokens).
`cache` is what later stages keep of each sentence's tokens (`memo`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..budget import Budget
from ..types import Span
from .boilerplate import find_boilerplate, stripped_lines
from .layout import Sentence, mask, split_sentences
from .lines import BOILERPLATE, Line, classify_lines
from .marks import Run, quotes_outside


@dataclass(frozen=True)
class Reading:
    """What the text stage finds in one article, in text order."""

    lines: list[Line]
    runs: list[Run]
    masked: str
    sentences: list[Sentence]
    boilerplate: list[Span]


def read_text(text: str, budget: Budget) -> Reading:
    """Lines, quotation runs outside boilerplate, masked text and sentences of `text`."""
    raw_lines = stripped_lines(text)
    boilerplate = find_boilerplate(text, raw_lines)
    lines = classify_lines(text, boilerplate, raw_lines)
    budget.check("layout")
    blocked = [(line.start, line.end) for line in lines if line.kind == BOILERPLATE]
    runs = quotes_outside(text, blocked, budget)
    masked = mask(text, runs)
    sentences = split_sentences(masked, lines)
    budget.check("sentences")
    return Reading(lines, runs, masked, sentences, boilerplate)
