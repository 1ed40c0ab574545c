"""What an article says about itself: title, publisher, year and publication date.

The publisher comes from wire credits ("(Bloomberg) --", "WASHINGTON (Reuters) -"),
copyright lines ("©2019 Bloomberg L.P.") and reprint notes ("originally published
by Radio Free Europe/Radio Liberty"). "Source: News Agencies" names no publisher.
A publication date is only given when the text states a full date as such.
"""

from __future__ import annotations

import regex

from .dates import DAY_MONTH, MONTH_DAY, _month_number, make_date
from .text.boilerplate import is_boilerplate_line
from .types import SourceMetadata

_WIRE = regex.compile(r"^(?:[\p{Lu} .,'-]{2,40}\s)?\(([\p{L}&. ]{2,40})\)\s*(?:--|—|–|-)")
_COPYRIGHT = regex.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(\d{4})?\s*(.*)$", regex.IGNORECASE)
_REPRINT = regex.compile(r"originally published by\s+(.+?)(?:\s+and\s+is\s+|[.,;]|$)")
_SOURCE = regex.compile(r"^source\s*:\s*(.+)$", regex.IGNORECASE)
_PUBLISHED = regex.compile(
    r"^(?:published|updated|posted|first published)\b[:\s]*(?:on\s+)?(.*)$", regex.IGNORECASE
)
_ISO = regex.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DIGIT = regex.compile(r"\d")
_GENERIC_SOURCES = {"news agencies", "agencies", "wire services", "wires"}
_LEGAL_SUFFIX = regex.compile(r"\s+(?:L\.?P\.?|Inc\.?|Ltd\.?|LLC|Corp\.?|Co\.?)$")
_HEADER_LINES = 8
# The characters `_COPYRIGHT` and `_PUBLISHED` can match first, ignoring case (no other
# character folds to c, p, u or f), so that a line starting otherwise is not matched.
_COPYRIGHT_STARTS = frozenset("©(cC")
_PUBLISHED_STARTS = frozenset("pPuUfF")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _publisher(lines: list[str]) -> str:
    """The first credit line that names an outlet."""
    for line in lines:
        for pattern in (_WIRE, _REPRINT):
            match = pattern.search(line)
            if match:
                return match.group(1).strip()
        match = _COPYRIGHT.match(line)
        if match and match.group(2):
            name = (
                match.group(2).split(".")[0] if "All rights" in match.group(2) else match.group(2)
            )
            return _LEGAL_SUFFIX.sub("", name.strip(" .,")).strip()
        match = _SOURCE.match(line)
        if match and match.group(1).strip().casefold() not in _GENERIC_SOURCES:
            return match.group(1).strip()
    return ""


def _year(lines: list[str]) -> int | None:
    for line in lines:
        if line[:1] not in _COPYRIGHT_STARTS:
            continue  # every line is asked: a first character spares most the match
        match = _COPYRIGHT.match(line)
        if match and match.group(1):
            return int(match.group(1))
    return None


def _full_date(value: str):
    if _DIGIT.search(value) is None:
        return None  # every full date holds digits: three searches spared on a header line
    match = _ISO.search(value)
    if match:
        return make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = MONTH_DAY.search(value)
    if match and match.group(3):
        return make_date(int(match.group(3)), _month_number(match.group(1)), int(match.group(2)))
    match = DAY_MONTH.search(value)
    if match and match.group(3):
        return make_date(int(match.group(3)), _month_number(match.group(2)), int(match.group(1)))
    return None


def _published_on(lines: list[str]):
    """A date line ("Published: March 25, 2021", or a header line that is only a date)."""
    for index, line in enumerate(lines):
        match = _PUBLISHED.match(line) if line[:1] in _PUBLISHED_STARTS else None
        if match:
            found = _full_date(match.group(1))
            if found:
                return found
        if index < _HEADER_LINES and len(line) <= 40:
            found = _full_date(line)
            if found and len(regex.sub(r"[\d\p{P}\s]", "", line)) <= 12:
                return found
    return None


def infer_metadata(text: str) -> SourceMetadata:
    """Title (first non-boilerplate line), publisher, © year and stated publication date."""
    lines = _lines(text)
    title = next((line for line in lines if not is_boilerplate_line(line)), "")
    published = _published_on(lines)
    year = _year(lines) or (published.year if published else None)
    return SourceMetadata(title, _publisher(lines), published, year)
