"""The text stage: an article's lines, quotation marks and sentences.

Input: the article as a string. Output: a `Reading` of it, which every later
stage works from: the lines with their kind (headline, body, caption,
boilerplate ...), the quotation runs outside boilerplate, the text with those
runs masked so that no quoted word is read as the story's own, and the
sentences of the masked text. Offsets all index the original text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..budget import Budget
from ..types import Span
from .boilerplate import find_boilerplate
from .layout import BOILERPLATE, Line, Sentence, classify_lines, mask, split_sentences
from .marks import Run, scan_quotes


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
    boilerplate = find_boilerplate(text)
    lines = classify_lines(text, boilerplate)
    budget.check("layout")
    blocked = [(line.start, line.end) for line in lines if line.kind == BOILERPLATE]
    runs = [r for r in scan_quotes(text, budget) if not _inside(blocked, r.start)]
    masked = mask(text, runs)
    sentences = split_sentences(masked, lines)
    budget.check("sentences")
    return Reading(lines, runs, masked, sentences, boilerplate)


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Is `at` inside one of the sorted, disjoint spans?"""
    index = bisect_right(spans, (at, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]
