"""Where the article's cue words stand: one scan of the masked text before any sentence is read.

The attribution stage asks this once per article; the offsets it gives decide
which sentences are tokenised at all and which of their tokens `verbs.find_cues`
examines, so a sentence without a cue word is never split into tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import methodcaller

from ..lexicon.cue_forms import CUE_FORMS
from ..lexicon.cue_words import MULTI_WORD_CUE_STARTS

_HIT_WORDS = sorted(
    {form for form in CUE_FORMS if " " not in form} | MULTI_WORD_CUE_STARTS, key=len
)


def _trie_pattern(items: Iterable[str]) -> str:
    """A regular expression matching exactly these words, shaped as a prefix tree."""
    tree: dict = {}
    for item in items:
        node = tree
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


# Lower-case cue words as whole tokens: one pass over the masked article finds
# every place a cue can start, so sentences without one are never tokenised.
# The stdlib engine runs this prefix-tree pattern several times faster than
# `regex`; "not preceded or followed by a letter or digit" is (?<![^\W_]) and
# (?![^\W_]).
_CUE = "(?:" + _trie_pattern(_HIT_WORDS) + r")(?![^\W_])"
# Each match steps possessively over the words that are no cue word, with what
# separates them, and ends on the next cue word (its group) or at the end of the
# text. A search that tried the cue pattern at every character, and so started
# the matcher anew at each one, cost two-fifths more. Every step lands on the
# start of a word, where the plain search would have matched the same cue.
# A word is stepped over as [^\W_][a-z]*+[^\W_]*+ and a gap as [ ]*+[\W_]*+, which match what
# [^\W_]++ and [\W_]*+ match: the stdlib engine checks a letter or a space of a non-Latin-1
# text against a range in a few instructions, and against \w only through Unicode tables.
_HITS = re.compile(
    r"[\W_]*+(?:(?!" + _CUE + r")[^\W_][a-z]*+[^\W_]*+[ ]*+[\W_]*+)*+"
    r"(?:(?<![^\W_])(" + _CUE + r")|\Z)"
)
_CUE_START = methodcaller("start", 1)


def cue_positions(masked: str) -> list[int]:
    """Offsets of every lower-case cue word in the (masked) text, in order.

    The match that reaches the end of the text holds no cue: its group starts at -1.
    """
    return [start for start in map(_CUE_START, _HITS.finditer(masked)) if start >= 0]
