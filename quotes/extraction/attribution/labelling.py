"""A marked phrase that a verb of calling, labelling or judging takes as its object.

In 'Comey called her handling of the emails "extremely careless"', 'the agents
described the ground as "Swiss cheese"' or 'the department deemed the messages
"top secret"' the journalist marks the words of the verb's subject, whoever
else the paragraph quotes. The verb is found by stepping back from the phrase
within its clause (no comma, no "that" or "because" between; quoted phrases
joined by "and" share it); its subject must be a person, a group, an
organisation or a document that speaks, or the phrase is a scare quote.
A passive ("messages later deemed 'top secret'", "was called 'a hoax'") names
no speaker, and a verb inside a clause that a speech verb reports ("she noted
that he had called it 'weak'") is left to the cue of that speech verb.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..cues.speaker import Attributed
from ..lexicon import ORG_WORDS, PRONOUNS, SKIPPABLE, SPEAKING_THINGS
from ..lexicon.cue_forms import CALL, CUE_FORMS, LABELLING_FORMS, is_verb_cue_word
from ..lexicon.cue_words import (
    CALL_PARTICLES,
    LABELLING_AS_VERBS,
    LABELLING_OF_VERBS,
    LABELLING_OF_WORDS,
    LABELLING_SCOPE_STOPS,
)
from ..lexicon.function_words import ARTICLES, BE_FORMS, FINITE_AUXILIARIES, MODALS
from ..phrases.cue import Cue
from ..phrases.mention import Mention
from ..phrases.mentions import subject_before, verb_at
from ..phrases.noun_phrases import is_person_noun
from ..phrases.subjects import sentence_subject
from ..text.cache import memo
from ..text.layout import Sentence, token_before
from ..text.marks import Run
from .helpers import ATTRIBUTION_GAP, CueIndex

# How many tokens may stand between the verb and the phrase ("called undocumented
# immigrants from Mexico 'rapists'"); a longer stretch is another clause.
MAX_OBJECT_TOKENS = 12
_MAX_SCAN = 4 * MAX_OBJECT_TOKENS
_MARK = regex.compile(r"[\"'“”‘’«»„‚‹›`]+")
# The characters of `_MARK`: a token starting otherwise is no run of marks, and the
# walk back from a phrase asks this of every word, so no match is tried for those.
_MARK_CHARS = frozenset("\"'“”‘’«»„‚‹›`")
_FRONTED = frozenset({"what", "which", "that", "whom"})  # "what he called 'X'": an object


def labelled(attributor, run: Run, index: int, sentence: Sentence) -> Attributed | None:
    """The subject of the labelling verb whose object the marked phrase is, if it speaks."""
    tokens = sentence.tokens
    opening = token_before(tokens, run.open_at + 1)
    if opening < 1 or tokens[opening].start != run.open_at:
        return None
    verb = _governing_verb(tokens, opening)
    if verb is None or _passive(tokens, verb, opening) or _hypothetical(tokens, verb):
        return None
    if _modifying_participle(tokens, verb):
        return None  # "signs calling Christie 'a loser'": the signs' words, no speaker
    cues = attributor.history.cues(index)
    table = attributor._index(index)
    if _attributed_after(cues, table, run, attributor.masked):
        return None  # '..., calling it "a hoax," Smith said': the quotation's own attribution
    item = _cue_item(cues, table, tokens[verb].start)
    mention = item.mention if item is not None else _subject(tokens, verb)
    if mention is None or not _speaks(tokens, mention) or _reported(cues, mention):
        return None  # "she noted that Sanders had called him 'weak'": her cue governs
    entity = item.entity if item is not None else attributor.history.resolve(mention, sentence)
    if entity is None:
        return None
    if item is not None:
        return item  # the cue the sentence already has: quotations it governs stay one group
    return _attributed(attributor, sentence, verb, mention, entity)


def _attributed(attributor, sentence: Sentence, verb: int, mention: Mention, entity):
    """One `Attributed` per verb, so the phrases a verb governs form one quotation."""
    known = attributor.labelled
    key = (sentence.index, verb)
    if key not in known:
        token = sentence.tokens[verb]
        lemma = LABELLING_FORMS[token.low]
        cue = Cue(lemma, CALL, verb, verb, token.text, token.start, token.end)
        known[key] = Attributed(cue, mention, entity, sentence)
    return known[key]


def _governing_verb(tokens, opening: int) -> int | None:
    """The labelling verb whose clause holds the phrase opening at token `opening`.

    Steps back over the object ("the two reports", "him", "undocumented immigrants
    from Mexico") and over quoted phrases joined to this one; stops at a clause
    break, a speech verb of another kind, or after `MAX_OBJECT_TOKENS` words.
    """
    seen = 0
    saw_as = saw_of = False
    listed = True  # only marks, commas and "and" / "or" since the phrase: a list of phrases
    at = opening - 1
    floor = max(-1, opening - _MAX_SCAN)  # quoted phrases in a row cost a bounded walk
    while at > floor and seen <= MAX_OBJECT_TOKENS:
        token = tokens[at]
        low = token.low
        if token.is_quote or (token.text[0] in _MARK_CHARS and _MARK.fullmatch(token.text)):
            at -= 1
            continue
        if listed and low == "," and at > 0 and _MARK.fullmatch(tokens[at - 1].text):
            at -= 1  # "called him 'weak,' 'sad' and ...": a list of phrases
            continue
        listed = listed and low in _LIST_WORDS
        if not low[:1].isalnum() or low in LABELLING_SCOPE_STOPS:
            return None
        if low in LABELLING_FORMS:
            return at if _takes_phrase(tokens, at, saw_as, saw_of) else None
        if is_verb_cue_word(low):
            return None  # "said the 'crisis' was over": the speech verb's cue governs
        saw_as = saw_as or low == "as"
        after_verb = at > 0 and tokens[at - 1].low in LABELLING_FORMS
        saw_of = saw_of or (low in LABELLING_OF_WORDS and after_verb)
        seen += 1
        at -= 1
    return None


def _takes_phrase(tokens, verb: int, saw_as: bool, saw_of: bool) -> bool:
    """Does the verb take the phrase in this sense: "called X 'Y'" but not "called for
    'Y'"; "slammed X as 'Y'" but not "slammed his 'plan'"; "warned of 'Y'"."""
    lemma = LABELLING_FORMS[tokens[verb].low]
    following = tokens[verb + 1].low if verb + 1 < len(tokens) else ""
    if lemma == "call" and following in CALL_PARTICLES:
        return False
    if lemma in LABELLING_OF_VERBS:
        return saw_of
    if lemma in LABELLING_AS_VERBS:
        return saw_as
    return True


def _passive(tokens, verb: int, opening: int) -> bool:
    """ "was called 'a hoax'", "messages later deemed 'top secret'": nobody named speaks.

    A past form with no object before the phrase is a passive unless an auxiliary,
    a pronoun subject or a fronted object ("what he called 'X'") shows it active.
    """
    before = _skip_adverbs(tokens, verb - 1)
    previous = tokens[before].low if before >= 0 else ""
    if previous in BE_FORMS or previous in _GET_FORMS:
        return True
    word = tokens[verb].low
    if word.endswith("ing") or not (word.endswith(("ed", "en")) or word == "cast"):
        return False
    if previous in FINITE_AUXILIARIES or previous in MODALS or previous in PRONOUNS:
        return False
    if before >= 1 and tokens[before - 1].low in _FRONTED:
        return False
    between = [t for t in tokens[verb + 1 : opening] if not _filler(t)]
    return not between


def _skip_adverbs(tokens, at: int) -> int:
    """The index of the first token at or before `at` that is no adverb or time word."""
    floor = at - MAX_OBJECT_TOKENS
    while at > floor and at >= 0 and (tokens[at].low.endswith("ly") or tokens[at].low in _SKIP):
        at -= 1
    return at


def _filler(token) -> bool:
    """Marks, determiners and "as" between a verb and its phrase: no object of their own."""
    return _MARK.fullmatch(token.text) is not None or token.low in ARTICLES or token.low == "as"


# Adverbs and time words between a verb and what precedes it ("later deemed"); not
# the auxiliaries, which tell an active verb from a passive one.
_SKIP = SKIPPABLE - BE_FORMS - FINITE_AUXILIARIES - MODALS
_GET_FORMS = frozenset({"get", "got", "gets", "getting", "gotten"})


def _cue_item(cues, table: CueIndex | None, at: int):
    """The sentence's cue at the verb (starting at offset `at`), if its speaker stands
    before it; found by binary search when the cues are in text order."""
    if table is None:
        found = [item for item in cues.items if item.cue.start == at]
    else:
        position = bisect_left(table.starts, at)
        found = cues.items[position : position + 1] if position < len(table.starts) else []
    item = found[0] if found and found[0].cue.start == at else None
    return item if item is not None and item.mention.start < item.cue.start else None


def _reported(cues, mention: Mention) -> bool:
    """Does a speech verb before the labelling verb's subject report its clause ("X says
    (that) Y called Z 'W'", "X said he heard Y talk of 'W'")? Then its cue governs."""
    tokens = cues.sentence.tokens
    return memo(tokens, "first reporting verb", lambda t: _first_report(cues, t)) < mention.first


def _first_report(cues, tokens) -> int:
    """Where the sentence's first speech verb (no labelling cue) ends, or past its end."""
    ends = [item.cue.last for item in cues.items if item.cue.group != CALL]
    words = (
        at
        for at, token in enumerate(tokens)
        if is_verb_cue_word(token.low) and CUE_FORMS[token.low][1] != CALL
    )
    return min([*ends, next(words, len(tokens))])


def _attributed_after(cues, table: CueIndex | None, run: Run, masked: str) -> bool:
    """An attribution right after the quotation: '"...," Smith said', '"...," said Smith'."""
    items = cues.items if table is None else table.right_after(run, masked)
    for item in items:
        begin = item.cue.start
        if item.mention.start >= run.close_end:
            begin = min(begin, item.mention.start)
        if begin >= run.close_end and ATTRIBUTION_GAP.fullmatch(masked, run.close_end, begin):
            return True
    return False


def _modifying_participle(tokens, verb: int) -> bool:
    """ "a campaign dubbing its rivals 'X'": a participle right after a noun modifies it;
    one set off by a comma or joined by "and" (", calling him ...") is the subject's."""
    if not tokens[verb].low.endswith("ing"):
        return False
    before = _skip_adverbs(tokens, verb - 1)
    return before >= 0 and tokens[before].low not in _JOINS


def _hypothetical(tokens, verb: int) -> bool:
    """ "would call him a 'chicken'": words not (yet) said."""
    before = _skip_adverbs(tokens, verb - 1)
    return before >= 0 and tokens[before].low in MODALS


def _subject(tokens, verb: int) -> Mention | None:
    """The subject of a labelling verb that is no cue of the sentence ("deemed"); for
    a verb joined to an earlier one ("reviewed the record and deemed him ..."), or a
    participle (", calling ..."), the subject of the sentence."""
    found = subject_before(tokens, verb_at(tokens, verb))
    if found is not None:
        return found
    before = _skip_adverbs(tokens, verb - 1)
    joined = before >= 0 and tokens[before].low in _JOINS
    return sentence_subject(tokens, verb) if joined else None


_JOINS = frozenset({"and", "or", ","})
_LIST_WORDS = frozenset({"and", "or"})


def _speaks(tokens, mention: Mention) -> bool:
    """A name, a pronoun, or a phrase headed by a noun for people, a body or a text."""
    if mention.kind in ("name", "pronoun"):
        return True
    head = tokens[mention.last].low
    return is_person_noun(head) or head in ORG_WORDS or head in SPEAKING_THINGS
