"""Who issued a document that speaks: "the statement said", "the ad says".

News style names a document's author or issuer where it first brings the
document up, and then lets the document speak: "Fox News issued a statement
... the statement said", "Bernie Sanders is releasing a new ad ... The ad
says", "The PPIC poll shows ... according to the poll". The coreference
resolver asks the history for the issuer (`History.issuer`); the answer is read off
the sentences already seen, newest first: the name before the document noun
("a Clinton campaign memo", "Podliska's lawsuit"), or, for a document brought
up as new ("a statement", "his new ad"), the subject or speaker of that
sentence before it.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice
from typing import Protocol

from ..cues.sentence import SentenceCues
from ..entities.coref import Resolver
from ..entities.registry import Entity
from ..lexicon import DOCUMENT_NOUNS, ORG_WORDS
from ..lexicon.function_words import MENTION_DETERMINERS, THIRD_PERSON_POSSESSIVES
from ..lexicon.time_words import DAY_WORDS
from ..text.layout import BODY, Sentence, memo

_LOOK_BACK = 4  # sentences before the document’s own
_NEWEST = 3  # document nouns read per sentence, newest first: a flood of them costs no more
_MODIFIERS = 6  # tokens between a determiner and its document ("a new 30-second ad")
_NEWEST_SPEAKERS = 8  # a sentence's speakers read, newest first
_NEW = THIRD_PERSON_POSSESSIVES | {"a", "an"}  # "a statement", "his new ad": brought up now


class Seen(Protocol):
    """What the search reads of the attribution history (`history.py`, which calls it)."""

    text: str
    sentences: list[Sentence]
    resolver: Resolver

    def cues(self, index: int) -> SentenceCues: ...

    def subject(self, index: int, solid: bool = False) -> tuple[int, Entity | None]: ...


def issuer(seen: Seen, sentence: Sentence, before: int) -> Entity | None:
    """The named issuer of the newest document brought up before `before`, or None."""
    first = max(0, sentence.index - _LOOK_BACK)
    for index in range(sentence.index, first - 1, -1):
        current = seen.sentences[index]
        if current.line_kind != BODY:
            continue
        limit = before if index == sentence.index else current.end
        found = _in_sentence(seen, index, limit)
        if found is not None:
            return found
    return None


def _in_sentence(seen: Seen, index: int, limit: int) -> Entity | None:
    tokens = seen.sentences[index].tokens
    documents = memo(tokens, "documents", _documents)
    high = bisect_left(documents, limit, key=lambda at: tokens[at].start)
    for at in reversed(documents[max(0, high - _NEWEST) : high]):
        found = _named_before(seen, tokens, at) or _brought_up(seen, index, at)
        if found is not None:
            return found
    return None


def _documents(tokens) -> list[int]:
    return [i for i, token in enumerate(tokens) if token.low in DOCUMENT_NOUNS]


def _named_before(seen: Seen, tokens, at: int) -> Entity | None:
    """ "The PPIC poll", "a Clinton campaign memo", "Podliska's lawsuit": the name before it."""
    first = at
    while first > 0 and at - first < _MODIFIERS:
        token = tokens[first - 1]
        if token.low in MENTION_DETERMINERS or token.low in DAY_WORDS:
            break  # "their Friday editorial": a day is no issuer
        if not (token.is_cap or token.low in ORG_WORDS):
            break
        first -= 1
    while first < at and not tokens[first].is_cap:
        first += 1
    if first == at:
        return None
    phrase = seen.text[tokens[first].start : tokens[at - 1].end]
    if phrase.endswith(("’s", "'s")):
        phrase = phrase[:-2]
    entity = seen.resolver.registry.resolve_name(phrase, tokens[first].start)
    return entity if _named(entity) else None


def _brought_up(seen: Seen, index: int, at: int) -> Entity | None:
    """ "Sanders is releasing a new ad": a document brought up as new is its subject's."""
    tokens = seen.sentences[index].tokens
    for back in range(at - 1, max(-1, at - 1 - _MODIFIERS), -1):
        low = tokens[back].low
        if low in _NEW:
            break
        if low in MENTION_DETERMINERS or (not tokens[back].text[:1].isalnum() and low != "-"):
            return None  # "the statement": one brought up earlier
    else:
        return None
    start, entity = seen.subject(index)
    if entity is not None and 0 <= start < tokens[at].start and _named(entity):
        return entity
    items = seen.cues(index).items
    for item in islice(reversed(items), _NEWEST_SPEAKERS):  # a flood of cues costs no more
        if item.mention.start < tokens[at].start and _named(item.entity):
            return item.entity
    return None


def _named(entity: Entity | None) -> bool:
    """A person or body with a name, not a role phrase kept as it was written."""
    return entity is not None and entity.name[:1].isupper()
