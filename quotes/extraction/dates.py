"""When was it said? Dates of utterances from the words around the attribution.

Resolved against the publication date when the text gives a relative date
("on Monday", "last week", "yesterday"); a month and day take the year of
publication (or the © year), moving back a year if that would put the
utterance after publication. Unknown stays None.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta

import regex

from .attribution.drafts import Draft
from .lexicon.time_words import WEEKDAYS

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


# The same patterns without their leading \b: at the first character of a window
# (where a search of the sliced window starts) the boundary always holds, since
# every alternative begins with a letter or a digit.
_MONTH_DAY_AT = regex.compile(MONTH_DAY.pattern.removeprefix(r"\b"))
_DAY_MONTH_AT = regex.compile(DAY_MONTH.pattern.removeprefix(r"\b"))
_RELATIVE_AT = regex.compile(
    _RELATIVE.pattern.removeprefix(r"\b").replace(r"|\b(yesterday", r"|(yesterday"),
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
    month_day = MONTH_DAY.search(window)
    day_month = None if month_day else DAY_MONTH.search(window)
    return _absolute_from(month_day, day_month, published_on, year)


def _relative(window: str, published_on: date | None) -> date | None:
    return _relative_from(_RELATIVE.search(window), published_on)


def said_on(window: str, published_on: date | None, year: int | None) -> date | None:
    """The utterance date stated in `window` (the attribution and its sentence), if any."""
    return _absolute(window, published_on, year) or _relative(window, published_on)


def said_dates(
    masked: str, drafts: list[Draft], published_on: date | None, year: int | None
) -> list[date | None]:
    """The date each draft's quotation was said on; None for one without a source.

    The window of a quotation runs from its attribution (the earlier of cue and
    speaker mention) to the end of the attribution's sentence.
    """
    dates = DateFinder(masked)
    return [
        None
        if (source := draft.source) is None
        else dates.said_on(
            min(source.cue.start, source.mention.start),
            source.sentence.end,
            source.sentence.start,
            published_on,
            year,
        )
        for draft in drafts
    ]


class DateFinder:
    """`said_on` for many windows of one text that end where their sentence ends.

    Every quotation of a sentence asks about the stretch from its attribution to
    the end of the sentence; searching each stretch anew is quadratic in a
    sentence with thousands of attributions. Instead each pattern's matches are
    listed once per sentence, at every position where one starts, and a window
    takes the first one after its start. What a search of the sliced window
    finds at its very first character is checked on its own, since a slice has
    nothing before it for the leading \\b to look at.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[tuple[int, int], tuple] = {}

    def said_on(
        self, start: int, end: int, floor: int, published_on: date | None, year: int | None
    ) -> date | None:
        """`said_on(text[start:end], ...)`, where floor <= start is where the sentence starts."""
        if start < floor:
            return said_on(self.text[start:end], published_on, year)
        lists = self.found.get((floor, end))
        if lists is None:
            lists = self.found[(floor, end)] = self._lists(floor, end, published_on)
        month_day, day_month, relative = (
            None if listed is None else _first_match(self.text, start, end, at, listed)
            for at, listed in zip((_MONTH_DAY_AT, _DAY_MONTH_AT, _RELATIVE_AT), lists, strict=True)
        )
        return _absolute_from(month_day, day_month, published_on, year) or _relative_from(
            relative, published_on
        )

    def _lists(self, floor: int, end: int, published_on: date | None) -> tuple:
        """Each pattern's matches in the sentence, or None where none can matter.

        Most sentences hold no digit, so no month and day; most hold no word
        of a relative date either (`_may_be_relative`); and without a publication
        date a relative date resolves to nothing: those scans, overlapped and so
        slower than a search, are skipped.
        """
        digits = _DIGIT.search(self.text, floor, end) is not None
        relative = published_on is not None and _may_be_relative(self.text[floor:end])
        return tuple(
            _starting_matches(pattern, self.text, floor, end) if wanted else None
            for pattern, wanted in ((MONTH_DAY, digits), (DAY_MONTH, digits), (_RELATIVE, relative))
        )


def _may_be_relative(stretch: str) -> bool:
    """Could `_RELATIVE` (or `_RELATIVE_AT`) match in the stretch?

    Each of its words, case folded, holds "day", "ght" or "week" (pieces without an
    "i": ignoring case, the patterns take "İ" for one, which folds to two characters).
    """
    folded = stretch.casefold()
    return "day" in folded or "week" in folded or "ght" in folded


_DIGIT = regex.compile(r"\d")


def _starting_matches(pattern, text: str, start: int, end: int) -> tuple[list[int], list]:
    """Every match of `pattern` in text[:end] from `start` on, one per starting position."""
    matches = list(pattern.finditer(text, start, end, overlapped=True, concurrent=False))
    return [m.start() for m in matches], matches


def _first_match(text: str, start: int, end: int, at, listed):
    """The match a search of text[start:end] would find, with offsets into `text`."""
    found = at.match(text, start, end)
    if found is not None:
        return found
    starts, matches = listed
    index = bisect_right(starts, start)
    return matches[index] if index < len(matches) else None


def _absolute_from(month_day, day_month, published_on: date | None, year: int | None):
    """`_absolute` given what each pattern's search found."""
    match = month_day
    if match:
        month, day, given = _month_number(match.group(1)), int(match.group(2)), match.group(3)
    else:
        match = day_month
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


def _relative_from(match, published_on: date | None) -> date | None:
    """`_relative` given what the search found."""
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
