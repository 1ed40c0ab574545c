"""When was it said? Dates of utterances from the words around the attribution.

Resolved against the publication date when the text gives a relative date
("on Monday", "last week", "yesterday"); a month and day take the year of
publication (or the © year), moving back a year if that would put the
utterance after publication. Unknown stays None.
"""

from __future__ import annotations

from datetime import date, timedelta

import regex

MONTHS = {
    name: index
    for index, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
MONTH_DAY = regex.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
DAY_MONTH = regex.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\b(?:,?\s+(\d{{4}}))?")
_RELATIVE = regex.compile(
    r"\b(?:(last|on|late|early)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(yesterday|today|tonight|last week|last night|this week)\b",
    regex.IGNORECASE,
)


def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return MONTHS.get(name.casefold().rstrip("."), 0)


def _absolute(window: str, published_on: date | None, year: int | None) -> date | None:
    match = MONTH_DAY.search(window)
    if match:
        month, day, given = _month_number(match.group(1)), int(match.group(2)), match.group(3)
    else:
        match = DAY_MONTH.search(window)
        if not match:
            return None
        day, month, given = int(match.group(1)), _month_number(match.group(2)), match.group(3)
    if given:
        return make_date(int(given), month, day)
    base = published_on.year if published_on else year
    if base is None:
        return None
    found = make_date(base, month, day)
    if found and published_on and found > published_on:
        found = make_date(base - 1, month, day)
    return found


def _relative(window: str, published_on: date | None) -> date | None:
    match = _RELATIVE.search(window)
    if not match or published_on is None:
        return None
    if match.group(2):
        target = WEEKDAYS.index(match.group(2).casefold())
        back = (published_on.weekday() - target) % 7
        if back == 0 and (match.group(1) or "").casefold() == "last":
            back = 7
        return published_on - timedelta(days=back)
    word = match.group(3).casefold()
    offsets = {"yesterday": 1, "last night": 1, "last week": 7}
    return published_on - timedelta(days=offsets.get(word, 0))


def said_on(window: str, published_on: date | None, year: int | None) -> date | None:
    """The utterance date stated in `window` (the attribution and its sentence), if any."""
    return _absolute(window, published_on, year) or _relative(window, published_on)
