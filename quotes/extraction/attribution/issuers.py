"""Who issued a document that speaks: "the statement said", "the ad says".

News style names a document's author or issuer where it first brings the
document up, and then lets the document speak: "Fox News issued a statement
... the statement said", "Bernie Sanders is releasing a new ad ... The ad
says", "The PPIC poll shows ... according to the poll". The coreference
resolver asks the history for the issuer (`History.issuer`); the answer is read off
the sentences already seen, newest first, among documents of the phrase's own
kind ("the suit" is a lawsuit, never the statement issued since): the name
before the document noun ("a Clinton campaign memo", "Podliska's lawsuit") or
after "by" or "from" ("a lawsuit filed by Podliska", "an ad from Our
Principles PAC"); for a document brought up as new ("a statement", "his new
ad"), the subject or speaker of that sentence before it, or the body whose
"its" or "their" it is. A document brought up with no issuer names nobody; a
definite one nobody brought up, right after a named body spoke ("Fox News
confirmed ... the statement read"), is that body's. "The narrator" is the
voice of the newest ad.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from ..cues.sentence import SentenceCues
from ..entities.coref import Resolver
from ..entities.registry import Entity
from ..lexicon import AD_VOICES, DOCUMENT_NOUNS, ORG_WORDS
from ..lexicon.function_words import (
    MENTION_DETERMINERS,
    PASSIVE_AUXILIARIES,
    THIRD_PERSON_POSSESSIVES,
)
from ..lexicon.people import ORGANISATION_ROLES
from ..lexicon.time_words import DAY_WORDS
from ..names import looks_like_organisation, name_tokens
from ..text.cache import memo
from ..text.layout import Sentence
from ..text.lines import BODY
from ..types import ORGANISATION
from .bodies import body_before, names_place
from .written_by import own_writer, writer_after

_LOOK_BACK = 4  # sentences before the document’s own
_NEWEST = 3  # document nouns read per sentence, newest first: a flood of them costs no more
_MODIFIERS = 6  # tokens between a determiner and its document ("a new 30-second ad")
_NEWEST_SPEAKERS = 8  # a sentence's speakers read, newest first
_FURTHEST = 16  # sentences read back for a document whose issuer is written beside it
# Documents news style calls by one another's name ("a lawsuit ... the suit said").
_FAMILIES = {
    "suit": "lawsuit",
    "complaint": "lawsuit",
    "filing": "lawsuit",
    "advertisement": "ad",
    "commercial": "ad",
    "e-mail": "email",
    "message": "email",
    "memorandum": "memo",
    "survey": "poll",
    "release": "statement",
}
# A document brought up with no issuer one can name: "a threatening letter arrived".
UNNAMED = Entity("", "")
_NEW = THIRD_PERSON_POSSESSIVES | {"a", "an"}  # "a statement", "his new ad": brought up now


class Seen(Protocol):
    """What the search reads of the attribution history (`history.py`, which calls it)."""

    text: str
    sentences: list[Sentence]
    resolver: Resolver

    def cues(self, index: int) -> SentenceCues: ...

    def subject(self, index: int, solid: bool = False) -> tuple[int, Entity | None]: ...


def issuer(seen: Seen, sentence: Sentence, before: int) -> Entity | None:
    """The named issuer of the newest document brought up before `before`, or None.

    Only documents of the phrase's own kind count: "the suit" is the lawsuit
    brought up before, not the statement a spokesman issued since. "The suit"
    also says a suit was brought up, however long ago: past the last few
    sentences, one whose issuer is written beside it ("Podliska's lawsuit", "a
    lawsuit filed by Podliska") is still the one meant.
    """
    registry = seen.resolver.registry
    own = own_writer(registry, seen.text, sentence.tokens, before)  # "the memo, written by X"
    if own is not None:
        return own
    family = _family_at(sentence.tokens, before)
    near = sentence.index - _LOOK_BACK
    furthest = max(0, sentence.index - _FURTHEST) if family else sentence.index + 1
    for index in range(sentence.index, furthest - 1, -1):
        current = seen.sentences[index]
        if current.line_kind != BODY:
            continue
        limit = before if index == sentence.index else current.end
        found = _in_sentence(seen, index, limit, family, index >= near)
        if found is not None:
            return None if found is UNNAMED else found
    return (
        _body_just_heard(seen, sentence, before)
        or _brought_up_long_ago(seen, range(near - 1, furthest - 1, -1), family)
        or _suer(seen, sentence, family)
    )


def _brought_up_long_ago(seen: Seen, indexes: range, family: str) -> Entity | None:
    """ "Keller set up a website ... [ten paragraphs] ... the website says": with
    no document of its kind nearer, the one brought up as new further back is meant."""
    for index in indexes:
        if seen.sentences[index].line_kind != BODY:
            continue
        found = _in_sentence(seen, index, seen.sentences[index].end, family, True)
        if found is not None:
            return None if found is UNNAMED else found
    return None


def _suer(seen: Seen, sentence: Sentence, family: str) -> Entity | None:
    """ "Democrats will sue the state ... the lawsuit says": with no lawsuit brought up,
    the suit is the one the verb "sue" announced, filed by that sentence's subject."""
    if family != "lawsuit":
        return None
    for index in range(sentence.index - 1, max(-1, sentence.index - _FURTHEST - 1), -1):
        earlier = seen.sentences[index]
        if earlier.line_kind == BODY and any(t.low in _SUE for t in earlier.tokens):
            start, entity = seen.subject(index)
            return entity if start >= 0 and _named(entity) else None
    return None


_SUE = frozenset({"sue", "sues", "sued", "suing"})


def _body_just_heard(seen: Seen, sentence: Sentence, before: int) -> Entity | None:
    """ "Fox News confirmed that Kelly met Trump. ... the statement read": a document
    nobody was said to issue, right after a named body spoke, is that body's.

    Only the newest speaker of the phrase's sentence and the one before counts, and
    only a body: after a person speaks, "the statement" may well be another's.
    """
    for index in range(sentence.index, max(-1, sentence.index - 2), -1):
        if seen.sentences[index].line_kind != BODY:
            continue
        items = seen.cues(index).items
        for item in islice(reversed(items), _NEWEST_SPEAKERS):
            entity, mention = item.entity, item.mention
            if mention.start >= before or entity is None or mention.kind == "pronoun":
                continue
            if entity.kind == ORGANISATION and _named(entity) and not names_place(entity.name):
                return entity
            return None
    return None


def _family_at(tokens, before: int) -> str:
    """The kind of document the phrase at `before` names ("the new ad": "ad")."""
    start = bisect_left(tokens, before, key=lambda token: token.start)
    for token in tokens[start : start + _MODIFIERS + 2]:
        if token.low in DOCUMENT_NOUNS:
            return _family(token.low)
        if token.low in AD_VOICES:
            return "ad"  # "the narrator": the voice of the newest ad
    return ""


def _in_sentence(seen: Seen, index: int, limit: int, family: str, near: bool) -> Entity | None:
    """The issuer of the sentence's newest document of the family before `limit`; one
    brought up as new ("his new ad") only in a `near` sentence."""
    tokens = seen.sentences[index].tokens
    documents = memo(tokens, ("documents", family), _Documents(family))
    high = bisect_left(documents, limit, key=lambda at: tokens[at].start)
    for at in reversed(documents[max(0, high - _NEWEST) : high]):
        found = (
            _named_before(seen, tokens, at)
            or _filed_by(seen, tokens, at)
            or writer_after(seen.resolver.registry, seen.text, tokens, at)
        )
        if found is None and near and _is_new(tokens, at):
            return _brought_up(seen, index, at) or _owner_body(seen, tokens, at) or UNNAMED
        if found is not None:
            return found
    return None


def _family(noun: str) -> str:
    """ "suit" and "complaint" are a "lawsuit"; a word no document names is no family."""
    return _FAMILIES.get(noun, noun) if noun in DOCUMENT_NOUNS else ""


@dataclass(frozen=True)
class _Documents:
    """Builds the indexes of a sentence's documents of one family, kept per sentence."""

    family: str

    def __call__(self, tokens) -> list[int]:
        return [i for i, token in enumerate(tokens) if _family(token.low) == self.family]


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


def _filed_by(seen: Seen, tokens, at: int) -> Entity | None:
    """ "a lawsuit filed by a former staffer named Bradley Podliska", "a new ad from Our
    Principles PAC": the name after "by" or "from"."""
    after = at + 1
    while after < len(tokens) and tokens[after].low in PASSIVE_AUXILIARIES:
        after += 1  # "an email was sent from", "a suit has been filed by"
    if after < len(tokens) and tokens[after].low.endswith(("ed", "en", "nt")):
        after += 1  # "filed by", "written by", "sent by"
    if after >= len(tokens) or tokens[after].low not in ("by", "from"):
        return None
    for first in range(after + 1, min(len(tokens), after + 1 + _MODIFIERS)):
        if tokens[first].is_cap:
            last = first
            while last + 1 < len(tokens) and tokens[last + 1].is_cap:
                last += 1
            if last + 1 < len(tokens) and tokens[last + 1].low in ORGANISATION_ROLES:
                last += 1  # "issued by the Sanders campaign": the campaign, not Sanders
            phrase = seen.text[tokens[first].start : tokens[last].end]
            registry = seen.resolver.registry
            if looks_like_organisation(phrase) or not tokens[last].is_cap:  # "Forward Ohio PAC"
                return registry.organisation(phrase, tokens[first].start)
            entity = registry.resolve_name(phrase, tokens[first].start)
            if tokens[after].low == "from" and len(name_tokens(entity.name)) < 2:
                return None  # "mailed from Boston": where it came from, not who wrote it
            return entity if _named(entity) else None
        if not tokens[first].low[:1].isalpha() and tokens[first].text != ",":
            return None  # past a comma: "from the club's director, Jeremy Boreing"
    return None


def _brought_up(seen: Seen, index: int, at: int) -> Entity | None:
    """ "Sanders is releasing a new ad": a document brought up as new is its subject's;
    in "The paper said Diaz released a statement" the name right before the verb."""
    tokens = seen.sentences[index].tokens
    agent = _name_before_verb(seen, tokens, at)
    if agent is not None:
        return agent
    start, entity = seen.subject(index)
    if entity is not None and 0 <= start < tokens[at].start and _named(entity):
        return entity
    items = seen.cues(index).items
    for item in islice(reversed(items), _NEWEST_SPEAKERS):  # a flood of cues costs no more
        if item.mention.start < tokens[at].start and _named(item.entity):
            return item.entity
    return None


def _name_before_verb(seen: Seen, tokens, at: int) -> Entity | None:
    """The name just before the one verb that brings the document up ("Diaz released")."""
    back = next(
        (b for b in range(at - 1, max(-1, at - _MODIFIERS), -1) if tokens[b].low in _NEW), -1
    )
    verb = back - 1
    if verb < 1 or not (tokens[verb].text.isalpha() and tokens[verb].text.islower()):
        return None
    first = verb
    while first > 0 and tokens[first - 1].is_cap and tokens[first - 1].text.isalpha():
        first -= 1
    if first == verb or (first > 0 and tokens[first - 1].low in MENTION_DETERMINERS):
        return None
    phrase = seen.text[tokens[first].start : tokens[verb - 1].end]
    entity = seen.resolver.registry.resolve_name(phrase, tokens[first].start)
    return entity if _named(entity) else None


def _owner_body(seen: Seen, tokens, at: int) -> Entity | None:
    """ "the editors of The Advocate, who aimed their editorial": a body's document."""
    back = next(
        (b for b in range(at - 1, max(-1, at - _MODIFIERS), -1) if tokens[b].low in _NEW), -1
    )
    if back < 0 or tokens[back].low not in ("its", "their"):
        return None
    phrase = body_before(seen.text, tokens, back)
    return seen.resolver.registry.organisation(phrase, tokens[at].start) if phrase else None


def _is_new(tokens, at: int) -> bool:
    """ "a statement", "his new ad": brought up now; "the statement": brought up earlier."""
    for back in range(at - 1, max(-1, at - 1 - _MODIFIERS), -1):
        low = tokens[back].low
        if low in _NEW:
            return True
        if low in MENTION_DETERMINERS or (not tokens[back].text[:1].isalnum() and low != "-"):
            return False
    return False


def _named(entity: Entity | None) -> bool:
    """A person or body with a name, not a role phrase kept as it was written."""
    return entity is not None and entity.name[:1].isupper()
