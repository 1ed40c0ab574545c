"""Scanning quotation marks into quoted stretches.

One linear pass over the mark characters (Unicode classes Pi/Pf plus the
straight and low-9 marks). Each mark is classified by its neighbours as an
opener, a closer or an apostrophe, and a small stack pairs them. Only
outermost quotations become runs; a quote inside a quote stays part of its
outer run. A paragraph that opens a quote and does not close it, followed by
a paragraph that opens again, yields pieces chained into one quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..budget import UNLIMITED, Budget

DOUBLE, SINGLE = "double", "single"
OPEN, CLOSE, AMBIGUOUS, APOSTROPHE = "open", "close", "ambiguous", "apostrophe"

_SINGLES = "’'‘‚‹›‛"
_SINGLE_MARKS = frozenset(_SINGLES)
# The classes Pi and Pf as `regex` reads \p{Pi} and \p{Pf} (a test holds them to it
# over every code point), spelled out so that the stdlib engine can look for them.
PI_PF = "«‘‛“‟‹⸂⸄⸉⸌⸜⸠»’”›⸃⸅⸊⸍⸝⸡"
_MARK_CHARS = "".join(sorted(set(PI_PF + '"„«»') | _SINGLE_MARKS))
# A doubled mark, every mark character or a run of line breaks (one paragraph
# break). Every alternative opens with a literal character, so the stdlib engine
# skips the text between marks in one tight loop (a class among the alternatives,
# or a class of Unicode properties, had the matcher started at every character).
# A single mark with a letter or digit on both sides ("don’t", "Erdogan’s") is an
# apostrophe whatever its shape: `_glued` drops it.
_MARK = re.compile("’’|''|``|,,|" + "|".join(re.escape(mark) for mark in _MARK_CHARS) + r"|\n\n*")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")
_TAG = regex.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]{0,500})?/?>")
_ELISION = regex.compile(r"(?:tis|twas|em|til|cause|bout|n|s|d)\b", regex.IGNORECASE)
_OPEN_BEFORE = set("([{—–-/\u00a0") | {None}
_CLOSE_AFTER = set(".,;:!?)]}—–-/\u00a0…") | {None}
_DOUBLE_OPENERS = {"“", "„", "«", "``", "‟", ",,"}
_DOUBLE_CLOSERS = {"”", "»", "’’", "''"}
_SINGLE_OPENERS = {"‘", "‚", "‹", "‛"}
_SINGLE_CLOSERS = {"’", "›"}


@dataclass
class Run:
    """One quoted stretch: `start:end` are the quoted words, `open_at:close_end` include marks."""

    open_at: int
    start: int
    end: int
    close_end: int
    style: str
    chain: int
    closed: bool = True


def _is_word(ch: str | None) -> bool:
    return ch is not None and (ch.isalnum())


def _ends_quote(ch: str | None) -> bool:
    """Can a quotation end right before this mark ("rapists“", "Mexicans —.“")?"""
    return ch is not None and (ch.isalnum() or ch in ".,!?;:…—–-")


_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")


def _glued(text: str, at: int) -> bool:
    """Is the single mark at `at` between two letters or digits, so an apostrophe?"""
    return (
        0 < at < len(text) - 1 and _letter_or_digit(text[at - 1]) and _letter_or_digit(text[at + 1])
    )


@lru_cache(maxsize=4096)
def _letter_or_digit(ch: str) -> bool:
    """`regex`'s [\\p{L}\\p{N}] for one character (str.isalnum reads another Unicode table)."""
    return _LETTER_OR_DIGIT.match(ch) is not None


def _char(text: str, index: int) -> str | None:
    return text[index] if 0 <= index < len(text) else None


def _classify(text: str, at: int, mark: str) -> tuple[str, str]:
    """Return (style, role) of the mark at `at` from the characters around it."""
    before, after = _char(text, at - 1), _char(text, at + len(mark))
    if before is not None and before in _INVISIBLE:
        before = " "  # a direction mark pasted from the web ("\u202a”Sorry ...") stands alone
    if mark in _DOUBLE_OPENERS:
        if mark == "“" and _ends_quote(before) and not _is_word(after):
            return DOUBLE, AMBIGUOUS  # German-style closer after „, or a mistyped closer
        return DOUBLE, OPEN
    if mark == "''":
        # Two straight singles stand for a double mark on both sides ("''Lock her up!''",
        # as some archives print it), so they open after a space as a straight " does.
        role = _straight_role(before, after)
        return DOUBLE, OPEN if role == OPEN else CLOSE
    if mark in _DOUBLE_CLOSERS:
        if mark in "”»" and (before is None or before.isspace()) and _is_word(after):
            return DOUBLE, OPEN  # a closer typed where an opener belongs
        return DOUBLE, CLOSE
    if mark == '"':
        if _INCHES.search(text, max(0, at - 8), at) and (after is None or not after.isalpha()):
            return DOUBLE, APOSTROPHE  # inch mark: 6'2", a 12" pizza
        return DOUBLE, _straight_role(before, after)
    if mark in _SINGLE_OPENERS:
        if _is_word(before):
            return SINGLE, APOSTROPHE if _is_word(after) else CLOSE
        if after is not None and after.isdigit():
            return SINGLE, APOSTROPHE  # ‘90s typed with the wrong mark
        return SINGLE, OPEN
    return SINGLE, _single_role(text, at, before, after)


# A measure in inches: one or two digits, maybe after feet ("6'2", "12"), not an
# amount that a quotation ends with ("about $200,000").
_INCHES = regex.compile(r"(?<![\d$,.])(?:\d{1,2}['’]\s?)?\d{1,2}$")


def _straight_role(before: str | None, after: str | None) -> str:
    """A straight double mark opens after space, closes before space, else is ambiguous."""
    opening = before in _OPEN_BEFORE or (before is not None and before.isspace())
    closing = after in _CLOSE_AFTER or (after is not None and after.isspace())
    if opening and not closing:
        return OPEN
    if closing and not opening:
        return CLOSE
    return AMBIGUOUS


def _single_role(text: str, at: int, before: str | None, after: str | None) -> str:
    """’ and ' are apostrophes inside words, before digits and in elisions; else quote marks."""
    if _is_word(before) and _is_word(after):
        return APOSTROPHE
    if before is None or before.isspace() or before in _OPEN_BEFORE:
        if after is None or after.isspace():
            return APOSTROPHE
        if after.isdigit() or _ELISION.match(text, at + 1):
            return APOSTROPHE
        if text[at] == "’" and not after.isupper():
            return APOSTROPHE
        return OPEN
    return CLOSE


def _next_line_opener(text: str, newline_at: int, style: str) -> int | None:
    """Where the next paragraph opens a quote of this style, if it begins with one."""
    index = newline_at
    while index < len(text) and text[index].isspace():
        index += 1
    if index >= len(text):
        return None
    mark = text[index : index + 2] if text[index : index + 2] in ("``", ",,") else text[index]
    got_style, role = _classify(text, index, mark)
    return index if got_style == style and role in (OPEN, AMBIGUOUS) else None


class _Scanner:
    """Stack machine that pairs marks; kept as a class so each step is a short method."""

    def __init__(self, text: str, budget: Budget = UNLIMITED) -> None:
        self.text = text
        self.budget = budget
        self.stack: list[tuple[int, int, str]] = []  # (mark start, inner start, style)
        self.runs: list[Run] = []
        self.chain = 0
        self.expect_open_at = -1

    def scan(self) -> list[Run]:
        tags = []
        if "<" in self.text:
            tags = [m.span() for m in _TAG.finditer(self.text, concurrent=False)]
        position = 0
        for count, match in enumerate(_MARK.finditer(self.text), 1):
            if count % 4096 == 0:
                self.budget.check("quotation marks")
            mark = match.group()
            if mark in _SINGLE_MARKS and _glued(self.text, match.start()):
                continue
            if tags:
                at = match.start()
                while position < len(tags) and tags[position][1] <= at:
                    position += 1
                if position < len(tags) and tags[position][0] <= at:
                    continue  # attribute values of markup such as <tweet author="...">
            if mark[0] == "\n":
                if self.stack:  # a break with no quotation open changes nothing
                    self._paragraph_break(match.start())
            else:
                self._mark(match.start(), mark)
        self._paragraph_break(len(self.text))
        return self.runs

    def _mark(self, at: int, mark: str) -> None:
        style, role = _classify(self.text, at, mark)
        if role == APOSTROPHE:
            return
        if role == AMBIGUOUS:
            role = CLOSE if any(s == style for _, _, s in self.stack) else OPEN
        if role == OPEN:
            self._open(at, mark, style)
        else:
            self._close(at, mark, style)

    def _open(self, at: int, mark: str, style: str) -> None:
        if self.stack and self.stack[-1][2] == style:
            if len(self.stack) == 1 and style == DOUBLE:
                self.stack.clear()  # an opener never closed: restart from here
            else:
                return
        if len(self.stack) >= 2:
            return
        self.stack.append((at, at + len(mark), style))

    def _close(self, at: int, mark: str, style: str) -> None:
        while self.stack and self.stack[-1][2] != style:
            if len(self.stack) == 1:
                return  # a lone closer of the other style: an apostrophe
            self.stack.pop()
        if not self.stack:
            return
        open_at, start, _ = self.stack.pop()
        if not self.stack:
            self._emit(open_at, start, at, at + len(mark), style, closed=True)

    def _paragraph_break(self, at: int) -> None:
        if not self.stack:
            return
        open_at, start, style = self.stack[0]
        self.stack.clear()
        opener = _next_line_opener(self.text, at, style)
        if opener is not None or style == DOUBLE:
            self._emit(open_at, start, at, at, style, closed=False)
        if opener is not None:
            self.expect_open_at = opener

    def _emit(self, open_at: int, start: int, end: int, close_end: int, style: str, closed: bool):
        """Record a run, trimmed of surrounding spaces; continuation keeps the chain id."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        if open_at != self.expect_open_at:
            self.chain += 1
        self.runs.append(Run(open_at, start, end, close_end, style, self.chain, closed))


def scan_quotes(text: str, budget: Budget = UNLIMITED) -> list[Run]:
    """Every outermost quoted stretch of `text`, in order."""
    return _Scanner(text, budget).scan()


def quotes_outside(
    text: str, blocked: list[tuple[int, int]], budget: Budget = UNLIMITED
) -> list[Run]:
    """The runs of `text` that open outside the `blocked` spans (boilerplate lines)."""
    return [r for r in scan_quotes(text, budget) if not _inside(blocked, r.start)]


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Is `at` inside one of the sorted, disjoint spans?"""
    index = bisect_right(spans, (at, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]
