"""Quotations no listed cue governs, attributed from the shape of their sentence.

Two readings, tried after every cue-based one has failed: a clause-long quotation
woven into a sentence is the words of the sentence's subject ('Ryan worried that
the safety net was becoming "a hammock that lulls ..."'), and a speaker with any
past-tense verb closing the sentence after a quotation attributes it ('"This is
fantastic!" beamed Donald Hartley.'). Both return an `Attributed` whose cue is
the verb they read, with the confidence the caller reports.
"""

from __future__ import annotations

import regex

from ..cues.inversion import phrase_after
from ..cues.speaker import Attributed, Resolve
from ..entities.coref import stands_for_name
from ..lexicon import DEMONYMS, ROLE_NOUNS, TITLE_WORDS
from ..lexicon.function_words import PREPOSITIONS
from ..lexicon.openers import NOT_VOICE, TAIL_FOLLOWERS
from ..phrases.cue import Cue
from ..phrases.mention import Mention
from ..phrases.noun_phrases import make_mention
from ..phrases.subjects import sentence_subject
from ..text.layout import Sentence, quoted_between, token_before
from ..text.marks import Run

AS_BEFORE = regex.compile(r"\bas\s*$")
_SUMS_UP = regex.compile(r"\bas\s+(?:an?\s+)?$")  # "hailed it as a 'breakthrough'"
VOICE_WORDS = 3
SUBJECT_CONFIDENCE, TAIL_CONFIDENCE = 0.5, 0.6
_MAX_APPOSITION_TOKENS = 16


def subject_voice(
    text: str,
    masked: str,
    run: Run,
    sentence: Sentence,
    resolve: Resolve,
    least: int = VOICE_WORDS,
) -> Attributed | None:
    """A clause-long quotation woven into a sentence with no cue: its subject's words.

    'Paul Ryan worried that the safety net was becoming "a hammock that lulls
    ..."' and 'Washington thanked Obama for "taking these steps ..."' quote the
    subject. Short quotations stay out (scare quotes, titles), and so does a
    subject followed by a copula, a possession or no verb at all ("The Syrian
    refugees ...": the phrase stopped short of its noun); `least` is the fewest words
    that make a clause. A word or two after
    "as" sums someone up in the subject's words ("Trump summed up Clinton as
    'terrible'"), whatever the verb.
    """
    sums_up = _SUMS_UP.search(masked[max(0, run.open_at - 12) : run.open_at])
    if len(text[run.start : run.end].split()) < least and not sums_up:
        return None
    tokens = sentence.tokens
    mention = sentence_subject(tokens, token_before(tokens, run.open_at) + 1)
    if mention is None or quoted_between(sentence, mention.start, run.open_at):
        return None
    if _object_or_modifier(tokens, mention):
        return None  # "most of the Syrian refugees ...": no subject of its own
    index = _past_apposition(tokens, mention.last + 1)
    verb = tokens[index] if index < len(tokens) else None
    if verb is None or verb.start >= run.open_at or not _verb_like(verb.text):
        return None
    entity = resolve(mention, sentence)
    one_word = mention.first == mention.last
    if entity is None or (one_word and not stands_for_name(entity, mention)):
        return None
    cue = Cue("say", "say", index, index, verb.text, verb.start, verb.end)
    return Attributed(cue, mention, entity, sentence)


def tail(text: str, run: Run, sentence: Sentence, resolve: Resolve) -> Attributed | None:
    """'"This is fantastic!" beamed Donald Hartley.' and '"...," Hannity started.': a
    speaker and a past-tense verb closing the sentence after a quotation attribute it,
    whatever the verb; unlisted verbs ("beamed", "retaliated") are speech there.
    """
    if text[run.end - 1] not in ",!?":
        return None
    tokens = sentence.tokens
    i = token_before(tokens, run.close_end) + 1
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
    if i >= len(tokens):
        return None
    if _past_verb(tokens[i].text):  # "beamed Donald Hartley."
        mention, verb_at = phrase_after(tokens, i + 1), i
        if mention is None or not _ends_tail(tokens, mention.last + 1):
            return None
    else:  # "Hannity started.", "it recommended." (a report or a body speaking)
        mention = make_mention(tokens, i, i) if tokens[i].low == "it" else phrase_after(tokens, i)
        if mention is None or mention.last + 1 >= len(tokens):
            return None
        verb_at = mention.last + 1
        if not _past_verb(tokens[verb_at].text) or not _ends_tail(tokens, verb_at + 1):
            return None
    entity = resolve(mention, sentence)
    if entity is None:
        return None
    verb = tokens[verb_at]
    cue = Cue("say", "say", verb_at, verb_at, verb.text, verb.start, verb.end)
    return Attributed(cue, mention, entity, sentence)


def _past_verb(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) > 3 and word.endswith("ed")


def _ends_tail(tokens, index: int) -> bool:
    return index >= len(tokens) or tokens[index].low in TAIL_FOLLOWERS


def _object_or_modifier(tokens, mention: Mention) -> bool:
    """A phrase after a preposition, or one that stops at a nationality ("the Syrian"
    in "the Syrian refugees"), is no subject that speaks."""
    after_preposition = mention.first > 0 and tokens[mention.first - 1].low in PREPOSITIONS
    return after_preposition or tokens[mention.last].low in DEMONYMS


def _past_apposition(tokens, index: int) -> int:
    """The token after ", the chairwoman of the party," when an apposition opens at `index`."""
    if index >= len(tokens) or tokens[index].text != ",":
        return index
    for end in range(index + 1, min(len(tokens), index + _MAX_APPOSITION_TOKENS)):
        if tokens[end].text == ",":
            return end + 1
        if tokens[end].is_quote:
            break
    return index


def _verb_like(word: str) -> bool:
    """A lower-case word that may be the subject's verb: not a copula, not a noun of the
    phrase itself ("the Arizona sheriff")."""
    role = word in ROLE_NOUNS or word in TITLE_WORDS
    return word.isalpha() and word.islower() and word not in NOT_VOICE and not role
