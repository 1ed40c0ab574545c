"""Recognising lines that belong to the publishing platform rather than the story.

App prompts, newsletter pitches, copyright and reprint credits never carry
reported speech, so the engine reports them and skips them.
"""

from __future__ import annotations

import regex

from ..types import Span

_PATTERNS = [
    r"^(?:add|install)\b.{0,60}\b(?:app|application)\b.{0,40}$",
    r"^\p{Lu}{1,4}\s+install$",
    r"^join (?:our|us)\b.{0,120}\b(?:telegram|whatsapp|channel|newsletter|community)\b",
    r"^(?:©|\(c\)\s*\d|copyright\b)",
    r"^source\s*:\s*[\p{L} ,&/.-]{2,60}$",
    r"^(?:read more|related|also read|see also|watch|listen)\s*:",
    r"^(?:follow|like) us on\b",
    r"^(?:sign up|subscribe)\b.{0,100}$",
    r"^click here\b",
    r"^(?:download|get) the\b.{0,40}\bapp\b",
    r"^share this (?:article|story)\b",
    r"^advertisement$",
    r"^to contact the (?:reporter|editor|editors|author)s?\b",
    r"^[-—–]+\s*with assistance from\b",
    r"^\(updates? (?:with|to)\b.{0,120}\)$",
]
_BOILERPLATE = regex.compile("|".join(f"(?:{p.lstrip('^')})" for p in _PATTERNS), regex.IGNORECASE)
_ANYWHERE = regex.compile(
    r"\ball rights reserved\b|\boriginally published by\b.{0,120}\b(?:reprinted|republished)\b",
    regex.IGNORECASE,
)
_COPYRIGHT = regex.compile(r"^(?:©|\(c\)\s*\d|copyright\b)", regex.IGNORECASE)
# What `_COPYRIGHT` can match first, ignoring case (no other character folds to "c"):
# every line is asked, and one starting otherwise is not searched.
_COPYRIGHT_STARTS = frozenset("©(cC")
_TRAILER_WORDS = 6
_MAX_LINE = 300


def is_boilerplate_line(line: str) -> bool:
    """True when a whole line is a platform prompt or a credit rather than story text."""
    line = line.strip()
    if len(line) > _MAX_LINE:
        return False
    if _BOILERPLATE.match(line):
        return True
    lowered = line.casefold()
    return ("reserved" in lowered or "published by" in lowered) and bool(_ANYWHERE.search(line))


def stripped_lines(text: str) -> list[tuple[int, str]]:
    """(offset, stripped line) for every line of `text` that is not blank.

    The text stage reads these once and hands them to `find_boilerplate` and
    `lines.classify_lines`, which read the same lines.
    """
    found: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            found.append((offset + line.index(stripped), stripped))
        offset += len(line)
    return found


def find_boilerplate(text: str, lines: list[tuple[int, str]] | None = None) -> list[Span]:
    """Spans of boilerplate lines; short lines after a copyright line are the site's trailer.

    `lines` is `stripped_lines(text)` when the caller has it already.
    """
    spans: list[Span] = []
    after_copyright = False
    for start, stripped in stripped_lines(text) if lines is None else lines:
        is_trailer = after_copyright and len(stripped.split()) <= _TRAILER_WORDS
        if is_boilerplate_line(stripped) or is_trailer:
            spans.append(Span(stripped, start, start + len(stripped)))
        if stripped[:1] in _COPYRIGHT_STARTS and _COPYRIGHT.search(stripped):
            after_copyright = True
    return spans
