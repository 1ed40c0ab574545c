"""The subject of a sentence, for quotes whose cue has no speaker of its own.

"In an interview on Saturday, the president ...": datelines, fronted clauses
and one-word openers are stepped over to find who the sentence is about, which
is who speaks after a colon or in a participle clause (", calling him ...");
`main_subject` is the subject after a fronted participle phrase ("Citing
'...,' the aide told") and `clause_subject` the subject of the "when" clause a
participle closes (", when protesters interrupted her, shouting ..."): both
read a part of the sentence as a sentence and give its subject back in the
whole sentence's indexes. What no
reading here places is left to the scan for the first speaker-like phrase
(`subject_scan`), which reads on from where these readings stop.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..lexicon import FEMALE_NAMES, MALE_NAMES, words
from ..lexicon.function_words import APPROXIMATORS, ARTICLES, PASSIVE_AUXILIARIES, PREPOSITIONS
from ..lexicon.openers import ADVERB_OPENERS
from ..lexicon.time_words import NUMBER_WORDS
from ..text.cache import TokenList, memo
from ..text.layout import CLOSING_MARKS, Token
from .common_subjects import MAX_SUBJECT_WORDS, common_subject, speaking_head
from .mention import Mention
from .noun_phrases import DATELINE_DASHES, inside_phrase, is_person_noun, make_mention
from .openings import subject_start
from .subject_scan import scanned_subject


def sentence_subject(tokens: list[Token], before: int) -> Mention | None:
    """The first speaker-like phrase of the sentence that is not inside a prepositional phrase.

    A fronted adverbial ("In an interview on Saturday, the president ...") is skipped.
    """
    index = after_dateline(tokens, before)
    if index:  # offsets are shifted back at the end; the shorter sentence is kept for reuse
        tokens, before = memo(tokens, ("after", index), _Tail(index)), before - index
    mention = _subject_of(tokens, before)
    if mention is None or not index:
        return mention
    return shift_mention(mention, index)


def after_dateline(tokens: list[Token], before: int) -> int:
    """Where the sentence starts after "WASHINGTON (AP) —" or "Washington (AFP) –"."""
    if not tokens or not tokens[0].is_cap:
        return 0
    shouting = tokens[0].text.isupper() and len(tokens[0].text) > 1
    for position in range(1, min(before, 8)):
        token = tokens[position]
        if token.text in DATELINE_DASHES:
            agency = tokens[position - 1].text == ")"
            return position + 1 if shouting or agency else 0
        if not shouting and not (token.is_cap or token.text in {"(", ")"}):
            return 0
    return 0


@dataclass(frozen=True)
class _Tail:
    """Builds the tokens after a dateline, keeping their own cache."""

    index: int

    def __call__(self, tokens: list[Token]) -> list[Token]:
        return TokenList(tokens[self.index :])


def shift_mention(mention: Mention, by: int) -> Mention:
    """The same mention with token indexes moved by `by` (found in a slice of the tokens)."""
    refers = mention.refers
    return Mention(
        mention.first + by,
        mention.last + by,
        mention.start,
        mention.end,
        mention.kind,
        shift_mention(refers, by) if refers is not None else None,
    )


def main_subject(tokens: list[Token]) -> Mention | None:
    """The subject of the main clause after a fronted participle phrase and its comma."""
    # the comma may sit inside the quotation: "Citing 'obligations in Tennessee,' the ..."
    start = next(
        (i + 1 for i, t in enumerate(tokens) if t.text == "," or t.text in CLOSING_MARKS), None
    )
    while start is not None and start < len(tokens) and tokens[start].text in _AFTER_QUOTE:
        start += 1
    if start is None or start >= len(tokens):
        return None
    found = sentence_subject(tokens[start:], len(tokens) - start)
    return shift_mention(found, start) if found is not None else None


_AFTER_QUOTE = CLOSING_MARKS | {","}


def clause_subject(tokens: list[Token], before: int) -> Mention | None:
    """ "..., when Sanders protesters interrupted her, shouting '...'": the participle
    belongs to the subject of the clause it closes, opened by "when" or "while"."""
    stops = memo(tokens, "clause_stops", _clause_stops)
    at = bisect_right(stops, before - 2) - 1  # the nearest opener or quotation before
    if at < 0 or stops[at] < 1:
        return None
    index = stops[at]
    if tokens[index].is_quote:
        return None
    found = sentence_subject(tokens[index + 1 : before], before - index - 1)
    if found is None or found.first != 0:
        return None
    return shift_mention(found, index + 1)


def _clause_stops(tokens: list[Token]) -> list[int]:
    """Where a backward search for a clause opener stops: an opener or a quotation."""
    return [i for i, t in enumerate(tokens) if t.low in _CLAUSE_OPENERS or t.is_quote]


_CLAUSE_OPENERS = frozenset(words("when while though although whereas"))


def _subject_of(tokens: list[Token], before: int) -> Mention | None:
    counted = _counted_subject(tokens, before)
    if counted is not None:
        return counted
    index = subject_start(tokens, before)
    apposed = _apposed_name(tokens, index, before)
    if apposed is not None:
        return apposed
    common = common_subject(tokens, index, before)
    if common is not None:
        return common
    return scanned_subject(tokens, index, before)


_MAX_LEAD = 5
_MAX_DESCRIBED_LEAD = 8


def _apposed_name(tokens: list[Token], first: int, before: int) -> Mention | None:
    """ "One early supporter, Representative Lee Zeldin, ... gave ...": the name set off.

    A short lower-case-led phrase, a comma, then a name of two or more capitalised
    words closed by a comma: the name is who the sentence is about.
    """
    # "The head of the farmers' union, Ann Lee, said": after an
    # article the preposition qualifies the role; opening the sentence it fronts a clause
    described = first < before and tokens[first].low in ARTICLES
    lead = _MAX_DESCRIBED_LEAD if described else _MAX_LEAD
    comma = next(
        (i for i in range(first + 1, min(before, first + lead + 1)) if tokens[i].text == ","),
        None,
    )
    if comma is None or (not described and any(t.low in PREPOSITIONS for t in tokens[first:comma])):
        return None
    end = comma + 1
    while end < before and end - comma <= MAX_SUBJECT_WORDS and inside_phrase(tokens[end]):
        end += 1
    names = tokens[comma + 1 : end]
    if not names or end >= before or tokens[_after_home(tokens, end, before)].text != ",":
        return None
    if len(names) == 1:  # "His sister, Ann, said": a given name after a person's role
        low = names[0].low
        given = names[0].is_cap and (low in FEMALE_NAMES or low in MALE_NAMES)
        if not (given and is_person_noun(tokens[comma - 1].low)):
            return None
    elif not (tokens[end - 1].is_cap and tokens[end - 2].is_cap):
        return None
    return make_mention(tokens, comma + 1, end - 1)


def _after_home(tokens: list[Token], end: int, before: int) -> int:
    """Past "of Dayton, Ohio" or "from Reno" after a set-off name: where the name is from
    ("Another delegate, Carl Dunn of Dayton, Ohio, said"); else `end` itself."""
    if tokens[end].low not in ("of", "from"):
        return end
    at = end + 1
    while at < before and (tokens[at].is_cap or tokens[at].text == ",") and at - end <= _HOME:
        if tokens[at].text == "," and not (at + 1 < before and tokens[at + 1].is_cap):
            return at  # the comma that closes the place
        at += 1
    return end


_HOME = 6  # "of Washington, D.C.": a place of a few words


def opening_possessor(tokens: list[Token]) -> Mention | None:
    """ "Roper's article also attacked Marsh": the sentence is about Roper, whose article
    acts, not about Marsh, its object; the possessor is whom a later pronoun takes up.

    Only for pronouns: the possessor is not the subject that speaks ("Roper's article
    said: ..." is the article's, found by the document rules).
    """
    first = 1 if tokens and tokens[0].low in ADVERB_OPENERS else 0
    before = len(tokens)
    last = first
    while last < min(before, first + _POSSESSOR_WORDS) and tokens[last].is_cap:
        if tokens[last].text.endswith(("’s", "'s")):
            following = tokens[last + 1] if last + 1 < before else None
            if following is None or not following.text.isalpha() or not following.text.islower():
                return None
            if any(t.low in PASSIVE_AUXILIARIES for t in tokens[last + 2 : last + 4]):
                return None  # "Clinton's position was backed by Ann Lee": not Clinton's act
            mention = make_mention(tokens, first, last)
            return Mention(first, last, mention.start, mention.end - 2, mention.kind)
        last += 1
    return None


_POSSESSOR_WORDS = 3  # "Ian Roper's", "Sen. Ann Lee's"


def _counted_subject(tokens: list[Token], before: int) -> Mention | None:
    """ "About 200 protesters gathered ..., chanting ...": a counted group opens the sentence.

    "About" before a number is an amount, not a preposition opening a clause.
    """
    index = 0
    while index < min(before, 3) and tokens[index].low in APPROXIMATORS:
        index += 1
    if index >= before or not (tokens[index].text.isdigit() or tokens[index].low in NUMBER_WORDS):
        return None
    last = speaking_head(tokens, index, before)
    return make_mention(tokens, 0, last) if last is not None else None
