"""The lines of an article and what kind each is.

Quoted words in headlines and captions need stricter handling than in the
story's body, and boilerplate lines (see `boilerplate`) carry no reported
speech at all, so every non-empty line is classified as headline,
subheading, caption, boilerplate or body before the text is masked and split
into sentences (`layout`).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lexicon.text_words import SMALL_WORDS
from ..types import Span
from .boilerplate import stripped_lines

HEADLINE, SUBHEADING, CAPTION, BOILERPLATE, BODY = (
    "headline",
    "subheading",
    "caption",
    "boilerplate",
    "body",
)

_CAPTION_END = regex.compile(r"(?:\[[^\]]{3,120}\]|\([^()]*/[^()]*\))\s*$")
# "Ann Lee via Getty Images.", "Ann Lee/Reuters": a photo credit on a line of its own,
# capitalised words only, the photographer's name then the agency's
_CREDIT_NAME = r"\p{Lu}[\p{L}\p{M}.’'\-]*(?: \p{Lu}[\p{L}\p{M}.’'\-]*){0,3}"
_CREDIT = regex.compile(rf"{_CREDIT_NAME}(?: via |\s*/\s*){_CREDIT_NAME}\.?")
_TERMINAL = regex.compile(r"[.!?:;,…]\s*$")
_SUBHEADING_WORDS = 8
_LABEL_WORDS = 4
# A line that is one quotation in single marks: headline style, so a section's
# pull quote; body text quotes in double marks ("Nooooo!" on a line is speech).
_PULL_QUOTE = regex.compile(r"[‘'](?:[^‘’'\n]|[’'](?=\p{L}))+[’']")
_HEADLINE_MAX_WORDS = 25
_SENTENCE_END = regex.compile(r"[.!?…][\p{Pf}\"')\]]*$")


@dataclass
class Line:
    start: int
    end: int
    kind: str
    paragraph: int


def classify_lines(
    text: str, boilerplate: list[Span], raw_lines: list[tuple[int, str]] | None = None
) -> list[Line]:
    """Every non-empty line with its kind; the first non-boilerplate line may be the headline.

    `boilerplate` is what `find_boilerplate(text)` found: the text stage reads it
    first, as the article's result reports it too. `raw_lines` is
    `boilerplate.stripped_lines(text)` when the caller has it already.
    """
    boiler = {span.start for span in boilerplate}
    if raw_lines is None:
        raw_lines = stripped_lines(text)
    lines: list[Line] = []
    headline_seen = False
    for paragraph, (start, stripped) in enumerate(raw_lines):
        is_last = paragraph == len(raw_lines) - 1
        kind = _line_kind(stripped, start in boiler, headline_seen or is_last)
        headline_seen = headline_seen or kind != BOILERPLATE
        lines.append(Line(start, start + len(stripped), kind, paragraph))
    return lines


def _looks_like_headline(line: str) -> bool:
    """Headlines are short and either unpunctuated at the end or in title case."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) > _HEADLINE_MAX_WORDS:
        return False
    if not _SENTENCE_END.search(line):
        return True
    if _LABELLED.match(line):
        return True  # "Sanders: Endorsements prove Clinton 'candidate of ...'."
    return all(w[:1].isupper() or w.casefold() in SMALL_WORDS for w in words)


# "Name: ..." or "Name on Topic: ...", the way headlines name who speaks.
_LABELLED = regex.compile(r"\p{Lu}[\p{L}.’'\- ]{0,60}:\s")


def _line_kind(line: str, boilerplate: bool, headline_seen: bool) -> str:
    """Headline first, then captions (credit at the end), short unpunctuated subheadings, body."""
    if boilerplate:
        return BOILERPLATE
    if not headline_seen:
        return HEADLINE if _looks_like_headline(line) else BODY
    # the cheap tests first, as a search reads all of a paragraph: a bracketed credit
    # ends the (stripped) line; a credit line is two names of at most four words each
    if (line.endswith(("]", ")")) and _CAPTION_END.search(line)) or (
        _at_most_words(line, 9) and _CREDIT.fullmatch(line)
    ):
        return CAPTION
    bare = line.strip("\"'‘’“”«»„‚ ")
    short = _at_most_words(bare, _SUBHEADING_WORDS)
    if short and not _TERMINAL.search(bare):
        return SUBHEADING
    if short and _PULL_QUOTE.fullmatch(line):
        return SUBHEADING  # "'A really tough decision.'" over a section: a pull quote
    if line == bare and bare.isupper() and _at_most_words(bare, _LABEL_WORDS):
        return SUBHEADING  # "FULL TEXT.", "ASSOCIATED PRESS.": a label, not a sentence
    return BODY


def _at_most_words(line: str, most: int) -> bool:
    """`len(line.split()) <= most`, without splitting a whole paragraph to know it."""
    return len(line.split(maxsplit=most)) <= most
