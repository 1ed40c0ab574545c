"""Rejoining a sentence the splitter cut after a quoted question or exclamation.

'"Are you ready?" Miller asked the crowd.' ends a sentence at "?" as far as
punctuation goes; when what follows opens with a speaker and a cue, the two
pieces are one sentence, so the quotation keeps its attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import regex

from ..lexicon import PRONOUNS
from ..phrases.mentions import subject_before
from ..text.layout import CLOSING_MARKS, Sentence
from ..text.lines import BODY
from .verbs import find_cues

_QUOTED_QUESTION = regex.compile(r"[?!…][\p{Pf}\"'»]+$")
_TAIL_TOKENS = 12
# A quotation ending in "?", "!" or "…" and a word after it: three patterns, each opening
# with its literal mark, since the stdlib engine skips to a literal in a tight loop but
# tries a class such as [?!…] at every character of a text beyond Latin-1 (a fourth the cost).
_SPLITS_AFTER_QUOTE = tuple(
    re.compile(mark + r"[\"'”’»]+[ \t]+[^\W\d_]") for mark in (r"\?", "!", "…")
)


def join_attribution_tails(
    sentences: list[Sentence], masked: str, hits: list[int]
) -> list[Sentence]:
    """Rejoin '"Are you ready?" Miller asked.' which the splitter cut after the question mark.

    A quotation ending in ? or ! is followed by a capitalised speaker, so the
    splitter sees a sentence end; when the next sentence opens with a speaker
    and a cue, the two are one sentence.
    """
    if not any(split.search(masked) for split in _SPLITS_AFTER_QUOTE):
        return sentences  # the common case: nothing to rejoin, indexes already set
    joined: list[Sentence] = []
    for sentence in sentences:
        previous = joined[-1] if joined else None
        if previous is not None and _is_attribution_tail(masked, previous, sentence, hits):
            sentence = Sentence(
                masked, previous.start, sentence.end, previous.line_kind, previous.paragraph
            )
            joined[-1] = sentence
        else:
            joined.append(sentence)
    for index, sentence in enumerate(joined):
        sentence.index = index
    return joined


def _is_attribution_tail(masked: str, previous: Sentence, sentence: Sentence, hits) -> bool:
    if previous.paragraph != sentence.paragraph or previous.line_kind != BODY:
        return False
    if masked[previous.end - 1] not in CLOSING_MARKS:
        return False
    if not _QUOTED_QUESTION.search(masked, max(previous.start, previous.end - 4), previous.end):
        return False
    own = bisect_left(hits, previous.start)
    if own < len(hits) and hits[own] < previous.end:
        return False  # 'X responded: "...?"' already has its cue; the next sentence is new
    low = bisect_left(hits, sentence.start)
    if low == len(hits) or hits[low] >= sentence.end:
        return False
    tokens = sentence.tokens
    colon = _last_quoting_colon(tokens)
    for cue in find_cues(tokens[:_TAIL_TOKENS], starts=hits[low : low + 3], after_quotation=True):
        if colon > cue.last:
            return False  # "X explained to a paper: '...'": the cue has its own quotation
        if cue.first == 0:  # '"...?" asked Sen. Maria Cantwell': an inverted speaker
            return len(tokens) > 1 and tokens[1].is_cap and tokens[1].low not in PRONOUNS
        mention = subject_before(tokens, cue)
        if mention is None or mention.first != 0:
            return False
        # '"Too forced?" He tweeted when ...': a pronoun right before its cue attributes too
        return mention.kind != "pronoun" or cue.first == 1
    return False


def _last_quoting_colon(tokens) -> int:
    """Index of the last colon that opens a quotation of the same sentence (-1: none).

    A cue before it introduces that quotation of its own.
    """
    return max(
        (
            i
            for i in range(len(tokens) - 1)
            if tokens[i].text == ":" and any(t.is_quote for t in tokens[i + 1 : i + 3])
        ),
        default=-1,
    )
