"""Sentences and tokens of an article, with quoted words masked out.

The attribution logic must never read words inside quotation marks as cues
or speakers, so the text is masked (quoted words become `_`, offsets kept)
before it is split into sentences and tokens. Each sentence keeps the kind
of the line it stands on (see `lines`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import namedtuple
from itertools import repeat
from operator import itemgetter

import regex

from ..lexicon.text_words import ABBREVIATIONS
from .cache import TokenList
from .lines import BOILERPLATE, Line
from .marks import Run

# Closing and opening quotation marks as tokens of a masked sentence (the cue and
# phrase stages read them).
CLOSING_MARKS = frozenset({"”", "’", '"', "'", "»"})
OPENING_MARKS = frozenset({"“", '"', "„", "«", "‘", "'"})

_TOKEN = regex.compile(
    r"_+|(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-&.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{N}_]"
)
# A sentence ends at terminal punctuation and the space after it; a closing mark
# glued to the next capitalised word ("... Hispanics!”Former Republican ...") ends
# one too, since the missing space is a typing slip.
_BOUNDARY = regex.compile(
    r"[.!?…]+(?:[\p{Pf}\"')\]]*\s+(?=[\p{Lu}\p{Pi}\"'„‚«\p{N}(\[])|\p{Pf}+(?=\p{Lu}\p{Ll}))|\n+"
)


_Fields = namedtuple("_Fields", "text start end low is_quote is_cap")


class Token(_Fields):
    """A word, punctuation mark or masked quotation, with offsets into the text.

    A tuple (text, start, end, low, is_quote, is_cap) built in bulk by `tokenize`
    without running Python code per token; the fields read as attributes.
    """

    __slots__ = ()

    def __new__(cls, text: str, start: int, end: int, low: str | None = None) -> Token:
        low = text.casefold() if low is None else low
        return tuple.__new__(cls, (text, start, end, low, text[0] == "_", text[0].isupper()))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


class Sentence:
    """A sentence of masked text: its bounds and line kind; tokens are made on first use."""

    __slots__ = (
        "_masked",
        "_quote_starts",
        "_tokens",
        "end",
        "index",
        "line_kind",
        "paragraph",
        "start",
    )

    def __init__(self, masked: str, start: int, end: int, line_kind: str, paragraph: int):
        self._masked, self.start, self.end = masked, start, end
        self.line_kind, self.paragraph = line_kind, paragraph
        self._tokens: list[Token] | None = None
        self._quote_starts: list[int] | None = None
        self.index = 0

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = tokenize(self._masked, self.start, self.end)
        return self._tokens

    @property
    def quote_starts(self) -> list[int]:
        """Offsets of the masked quotations among the tokens, in order (made on first use)."""
        if self._quote_starts is None:
            self._quote_starts = [t.start for t in self.tokens if t.is_quote]
        return self._quote_starts


def mask(text: str, runs: list[Run]) -> str:
    """Replace quoted words with `_`, keeping a final .!? so sentence ends stay visible."""
    pieces: list[str] = []
    cursor = 0
    for run in runs:
        last = run.end - 1 if text[run.end - 1] in ".!?" else run.end
        if last <= cursor:
            continue
        start = max(run.start, cursor)
        pieces.append(text[cursor:start])
        inner = text[start:last]
        if "\n" in inner:
            pieces.append("\n".join("_" * len(part) for part in inner.split("\n")))
        else:
            pieces.append("_" * len(inner))
        cursor = last
    pieces.append(text[cursor:])
    return "".join(pieces)


def tokenize(masked: str, start: int, end: int) -> list[Token]:
    """Tokens of masked[start:end]; a period sticks to a known abbreviation ("Mr.").

    Every per-token step is a C-level `map`, so the cost is the regex scan.
    That scan keeps the GIL (`concurrent=False`): by default `regex` releases and
    takes it back around every match of a str, a sixth of the scan's cost here,
    and an article is read by one thread anyway.
    """
    matches = list(_TOKEN.finditer(masked, start, end, concurrent=False))
    texts = list(map(_GROUP, matches))
    firsts = list(map(_FIRST, texts))
    tokens = TokenList(
        map(
            _NEW,
            repeat(Token),
            zip(
                texts,
                map(_START, matches),
                map(_END, matches),
                map(str.casefold, texts),
                map(_UNDERSCORE.__eq__, firsts),
                map(str.isupper, firsts),
                strict=True,
            ),
        )
    )
    return _join_abbreviations(tokens, texts) if "." in texts else tokens


def _join_abbreviations(tokens: list[Token], texts: list[str]) -> list[Token]:
    """Stick a period to the word right before it when that is "Mr", "Jan" or an initial."""
    joins: list[int] = []
    index = 0
    while True:
        try:
            index = texts.index(".", index + 1)
        except ValueError:
            break
        prev, dot = tokens[index - 1], tokens[index]
        if prev[2] == dot[1] and (prev[3] in ABBREVIATIONS or (len(prev[0]) == 1 and prev[5])):
            joins.append(index)
    for index in reversed(joins):
        prev = tokens[index - 1]
        tokens[index - 1 : index + 1] = [Token(prev[0] + ".", prev[1], tokens[index][2])]
    return tokens


_MATCH = type(_TOKEN.match("a"))
_GROUP, _START, _END = _MATCH.group, _MATCH.start, _MATCH.end
_FIRST = itemgetter(0)
_NEW = tuple.__new__
_UNDERSCORE = "_"


def _ends_with_abbreviation(masked: str, at: int) -> bool:
    """Is the period at `at` the end of "Mr." or an initial rather than a sentence?"""
    index = at
    while index > 0 and masked[index - 1].isalpha():
        index -= 1
    word = masked[index:at].casefold()
    return word in ABBREVIATIONS or (len(word) == 1 and masked[index].isupper())


def split_sentences(masked: str, lines: list[Line]) -> list[Sentence]:
    """Sentences within each line, split at terminal punctuation outside quotations."""
    sentences: list[Sentence] = []
    for line in lines:
        if line.kind == BOILERPLATE:
            continue
        cursor = line.start
        for match in _BOUNDARY.finditer(masked, line.start, line.end, concurrent=False):
            if masked[match.start()] == "." and _ends_with_abbreviation(masked, match.start()):
                continue
            cut = match.start() + len(match.group().rstrip())
            sentences.append(_sentence(masked, cursor, cut, line))
            cursor = match.end()
        if cursor < line.end:
            sentences.append(_sentence(masked, cursor, line.end, line))
    kept = [s for s in sentences if s.end > s.start and not masked[s.start : s.end].isspace()]
    for index, sentence in enumerate(kept):
        sentence.index = index
    return kept


def _sentence(masked: str, start: int, end: int, line: Line) -> Sentence:
    return Sentence(masked, start, end, line.kind, line.paragraph)


def token_before(tokens: list[Token], at: int) -> int:
    """Index of the last token starting before offset `at` (-1 when there is none).

    A binary search on the tokens themselves: a sentence with thousands of
    quotations asks this once per quotation, so no list of offsets is built.
    """
    return bisect_left(tokens, at, key=_TOKEN_START) - 1


_TOKEN_START = itemgetter(1)


def quoted_between(sentence: Sentence, start: int, end: int) -> bool:
    """Is there a quotation between two offsets of the sentence?

    In 'Blinken "expressed concern ...," he said' a quotation stands between the
    subject and the pronoun: "he" is the one reporting what Blinken did.
    """
    starts = sentence.quote_starts
    index = bisect_right(starts, start)
    return index < len(starts) and starts[index] < end
