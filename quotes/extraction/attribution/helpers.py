"""Small readings of tokens and text shared by the attribution strategies: where
the spaces around a quotation end, how many words a stretch holds, a sentence's
cues laid out for search."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import islice, pairwise

import regex

from ..cues.sentence import SentenceCues
from ..cues.speaker import Attributed
from ..lexicon.cue_words import AS_LEMMAS, NAMING_VERBS
from ..text.marks import Run

ATTRIBUTION_GAP = regex.compile(r"[\s,;:—–\-]*(?:as\s+)?")


# Every character `str.isspace` accepts, so that the searches below agree with
# `strip()` and `split()` (the regex class \s leaves out U+001C..U+001F).
SPACE_CHARS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_NOT_SPACE = f"[^{regex.escape(SPACE_CHARS)}]"
_SOLID = regex.compile(_NOT_SPACE)
_SOLID_BACK = regex.compile(_NOT_SPACE, regex.REVERSE)
_WORD_RUN = regex.compile(_NOT_SPACE + "+")


def first_solid(text: str, start: int, end: int) -> int:
    """Offset of the first character of text[start:end] that `strip()` keeps, or -1.

    Costs the length of the leading spaces, not of the stretch: asking it of
    the rest of a sentence for every quotation stays linear.
    """
    found = _SOLID.search(text, start, end) if start < end else None
    return found.start() if found else -1


def last_solid(text: str, start: int, end: int) -> int:
    """Offset of the last character of text[start:end] that `strip()` keeps, or -1."""
    found = _SOLID_BACK.search(text, start, end) if start < end else None
    return found.start() if found else -1


def is_blank(text: str, start: int, end: int) -> bool:
    """`not text[start:end].strip()`, without copying the stretch."""
    return first_solid(text, start, end) < 0


def word_count(text: str, run: Run) -> int:
    return len(text[run.start : run.end].split())


def few_words(text: str, start: int, end: int, most: int) -> bool:
    """`len(text[start:end].split()) <= most`, reading no further than word `most + 1`."""
    words = _WORD_RUN.finditer(text, start, end)
    return next(islice(words, most, None), None) is None


@dataclass
class CueIndex:
    """A sentence's cues (in text order) laid out for binary search by offset."""

    cues: SentenceCues
    ends: list[int]  # cue ends, in order
    starts: list[int]  # cue starts, in order
    mention_starts: list[int]  # mention starts, sorted ...
    mention_items: list[int]  # ... and the position of each one's cue
    as_cues: list[int]  # positions of the cues that take "as 'X'"
    naming: list[Attributed]  # the cues that may name someone, in order

    @classmethod
    def of(cls, cues: SentenceCues) -> CueIndex | None:
        items = cues.items
        ends = [i.cue.end for i in items]
        starts = [i.cue.start for i in items]
        if any(a > b for a, b in pairwise(ends)) or any(a > b for a, b in pairwise(starts)):
            return None
        mentions = sorted((item.mention.start, at) for at, item in enumerate(items))
        return cls(
            cues,
            ends,
            starts,
            [start for start, _ in mentions],
            [at for _, at in mentions],
            [at for at, item in enumerate(items) if item.cue.lemma in AS_LEMMAS],
            [item for item in items if item.cue.lemma in NAMING_VERBS],
        )

    def right_after(self, run: Run, masked: str) -> list[Attributed]:
        """The cues that may follow the quotation with only a `ATTRIBUTION_GAP` between, in order.

        The gap is punctuation and spaces, maybe with "as": an attribution whose
        cue or speaker starts further on cannot be one.
        """
        limit = ATTRIBUTION_GAP.match(masked, run.close_end).end()
        low = bisect_left(self.starts, run.close_end)
        positions = set(range(low, bisect_right(self.starts, limit, low)))
        first = bisect_left(self.mention_starts, run.close_end)
        last = bisect_right(self.mention_starts, limit, first)
        for at in self.mention_items[first:last]:
            if self.starts[at] >= run.close_end:
                positions.add(at)
        items = self.cues.items
        return [items[at] for at in sorted(positions)]
