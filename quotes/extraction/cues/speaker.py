"""Who speaks at a cue: the readings of its sentence, tried in order.

The speaker after the verb ("said Erdogan", `inversion`), a passive's agent,
the main clause's subject for a fronted or trailing participle (", calling
him ..."), the phrase before the cue (`phrases.mentions`), the sentence's
subject (`phrases.subjects`); a reading is dropped when the sentence shows it
is no speaker: a possessor ("Lee's continued support"), a thing named ("a
book called ..."), the object of "issued a statement saying".
`SentenceCues` (`sentence.py`) asks this once for each cue it finds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..entities.registry import Entity
from ..lexicon import ROLE_NOUNS, SKIPPABLE, words
from ..lexicon.cue_forms import is_cue_word
from ..lexicon.cue_words import WRITTEN_ON_NOUNS
from ..lexicon.function_words import (
    INFINITIVE_SUBJECT_DETERMINERS,
    OBJECT_DETERMINERS,
    REPORTING_WH_WORDS,
    SUBJECT_PRONOUNS,
)
from ..lexicon.people import THING_ROLES
from ..phrases.cue import Cue
from ..phrases.mention import Mention
from ..phrases.mentions import joined_verb_subject, subject_before
from ..phrases.noun_phrases import make_mention
from ..phrases.subjects import clause_subject, main_subject, sentence_subject
from ..text.cache import back_over
from ..text.layout import Sentence
from .inversion import according_source, inverted_speaker, passive_agent
from .verbs import quotes_next


@dataclass
class Attributed:
    """A cue with the speaker found for it."""

    cue: Cue
    mention: Mention
    entity: Entity | None
    sentence: Sentence


# The entity a speaker mention of a sentence stands for: the entities stage's resolver
# asked with the attribution history so far (`attribution/history.py`).
Resolve = Callable[[Mention, Sentence], Entity | None]


def speaker(
    cue: Cue, sentence: Sentence, items: list[Attributed], resolve: Resolve
) -> Mention | None:
    """Input: a cue of the sentence, the attributions found before it in the sentence
    and the resolver. Output: the mention of whoever the cue says speaks, or None;
    whatever reading gave it, "the" cut off from its noun names nobody."""
    mention = _reading(cue, sentence, items, resolve)
    if mention is not None and _only_articles(sentence.tokens, mention):
        return None
    return mention


def _reading(
    cue: Cue, sentence: Sentence, items: list[Attributed], resolve: Resolve
) -> Mention | None:
    """The first reading of the sentence that gives the cue a speaker, tried in order."""
    tokens = sentence.tokens
    if cue.lemma == "according":
        return according_source(tokens, cue)
    agent = passive_agent(tokens, cue)
    if agent is not None:
        return agent
    if cue.is_participle and cue.first == 0:
        return main_subject(tokens)  # "Citing '...,' the spokeswoman told ..."
    prev = tokens[cue.first - 1].low if cue.first else ""
    if cue.is_participle and prev == ",":
        # ", calling him ...": the participle belongs to the main clause's subject.
        for earlier in reversed(items):
            if earlier.cue.first < cue.first:
                return _nearer(sentence, earlier, cue, resolve)
        mention = clause_subject(tokens, cue.first) or sentence_subject(tokens, cue.first)
        if mention is not None:
            return mention
    mention = inverted_speaker(tokens, cue)
    if mention is not None and prev == "," and mention.kind != "name":
        named = subject_before(tokens, cue)  # "X, 31, a photographer, said the ..."
        mention = named if named is not None and named.kind == "name" else mention
    if mention is None:
        mention = subject_before(tokens, cue)
        if mention is not None and _possessor_before(tokens, cue, mention):
            return None  # "Lee's continued support": a modifier of what he owns
    if mention is not None and _is_named_thing(tokens, cue, mention):
        return None  # "a book called 'Women Who Work'": a title, nobody speaking
    if mention is not None and cue.is_participle and _object_of_participle(tokens, cue, mention):
        mention = None  # "X issued a statement saying ...": the statement is X's
    if mention is None and _infinitive_quoting(tokens, cue):
        mention = sentence_subject(tokens, cue.first)
        if mention is None or _only_articles(tokens, mention, INFINITIVE_SUBJECT_DETERMINERS):
            return None  # "His face darted ..., as if to say, '...'": no speaker named
        return mention
    if mention is None and _before_skipped(tokens, cue) == "and":
        mention = joined_verb_subject(tokens, cue)
    if mention is None and (cue.is_participle or _before_skipped(tokens, cue) in _JOINS):
        for earlier in reversed(items):
            if earlier.cue.first < cue.first:
                if cue.is_participle:
                    return _nearer(sentence, earlier, cue, resolve)
                return earlier.mention
        mention = sentence_subject(tokens, cue.first)
    return mention


def _nearer(sentence: Sentence, earlier: Attributed, cue: Cue, resolve: Resolve) -> Mention:
    """The pronoun opening the participle's own clause when it stands for the same
    speaker as the earlier attribution, else that attribution's mention."""
    pronoun = _clause_pronoun(sentence.tokens, earlier, cue)
    if pronoun is None or earlier.entity is None:
        return earlier.mention
    same = resolve(pronoun, sentence) is earlier.entity
    return pronoun if same else earlier.mention


_JOINS = frozenset({",", "and", "but"})


def _infinitive_quoting(tokens, cue: Cue) -> bool:
    """ "... interrupted me in mid-sentence to announce, '...'": the subject announces."""
    return cue.first > 0 and tokens[cue.first - 1].low == "to" and quotes_next(tokens, cue.last + 1)


def _clause_pronoun(tokens, earlier: Attributed, cue: Cue) -> Mention | None:
    """ "X decried ... and he foreshadowed ... by urging '...'": a pronoun opening a clause
    between an earlier attribution and a participle is the participle's subject."""
    floor = max(earlier.cue.last, earlier.mention.last) + 1
    for index in range(cue.first - 2, floor - 1, -1):
        token = tokens[index]
        if token.low not in _CLAUSE_PRONOUNS:
            continue
        before = tokens[index - 1].low if index else ""
        after = tokens[index + 1]
        if before in REPORTING_WH_WORDS or is_cue_word(before) or not after.text.islower():
            return None  # "said he would ...": the subject of a reported clause
        return make_mention(tokens, index, index)
    return None


_CLAUSE_PRONOUNS = frozenset(words("he she they"))


def _before_skipped(tokens, cue: Cue) -> str:
    """The word before a cue past adverbs ("and later said" -> "and")."""
    index = back_over(tokens, "adverbs", _adverb_like, cue.first - 1) - 1
    return tokens[index].low if index >= 0 else ""


def _adverb_like(token) -> bool:
    return token.low in SKIPPABLE or token.low.endswith("ly")


_NAMING = frozenset({"call", "dub", "label", "brand", "term"})


def _is_named_thing(tokens, cue: Cue, mention: Mention) -> bool:
    """ "a website called ...", "a group dubbed ...": a past participle naming a new thing.

    "A reporter for AFP called it ..." is a person speaking: a person's role noun
    in the phrase makes the verb a cue again.
    """
    return (
        cue.lemma in _NAMING
        and cue.text.endswith("ed")
        and mention.last == cue.first - 1
        and tokens[mention.first].low in {"a", "an"}
        and not any(
            t.low in ROLE_NOUNS and t.low not in THING_ROLES
            for t in tokens[mention.first : mention.last + 1]
        )
    )


def _possessor_before(tokens, cue: Cue, mention: Mention) -> bool:
    """Is the subject a possessive right before a participle that modifies a noun?

    In "Lee's continued support" the possessor owns the phrase the participle opens;
    "Lee's said that" (has said) goes on with a clause, not with a noun.
    """
    if mention.last != cue.first - 1 or not tokens[mention.last].text.endswith(("’s", "'s")):
        return False
    if not cue.text.endswith(("ed", "ing")):
        return False  # "Lee's tweet said": a speech noun, whose owner speaks
    after = tokens[cue.last + 1] if cue.last + 1 < len(tokens) else None
    goes_on = after is None or after.low in SUBJECT_PRONOUNS or after.low in {"it", "that", "to"}
    return not goes_on and after.text.isalpha()


def _object_of_participle(tokens, cue: Cue, mention: Mention) -> bool:
    """ "X issued a statement saying ...": the thing the participle follows is the object
    of the clause before, no speaker; what a sign or a hat reads still speaks."""
    return _is_object(tokens, mention) and not _written_on(tokens, cue, mention)


def _is_object(tokens, mention: Mention) -> bool:
    """ "released a parody website (asking)": an indefinite noun phrase after a verb."""
    if mention.kind != "role" or mention.first == 0:
        return False
    before = tokens[mention.first - 1]
    if not (before.text.isalpha() and before.text.islower()):
        return False
    # "emailed supporters saying": a bare plural right after a past verb is its object
    return tokens[mention.first].low in OBJECT_DETERMINERS or before.low.endswith("ed")


def _written_on(tokens, cue: Cue, mention: Mention) -> bool:
    """ "wore a hat reading '...'", "held up a sign saying '...'": what a thing reads is
    written on that thing."""
    return cue.lemma in {"read", "say"} and tokens[mention.last].low in WRITTEN_ON_NOUNS


def _only_articles(tokens, mention: Mention, cut=frozenset({"the", "a", "an"})) -> bool:
    """ "The" cut off from its noun names nobody."""
    return all(t.low in cut for t in tokens[mention.first : mention.last + 1])
