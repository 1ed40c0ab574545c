"""Whom "the two", "both" or a plural title ("the committee chairmen") stands for.

News style names two people together ("Senator Ann Lee and Representative Bo
Park sent a letter") and then quotes them as one: "the two wrote", "both said",
"the lawmakers wrote" after two lawmakers. Such a definite plural description
stands for the newest pair of people joined by "and" before it, no further back
than the history reaches; a plural title ("the chairmen") only for a pair who
both hold that title, and another plural ("the heavyweights") only for a pair
named just before it, about a sentence back (not crowds, documents or groups).
The pair speaks as one group, "Ann Lee and Bo Park".
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..lexicon import DOCUMENT_NOUNS, PLURAL_GROUP_NOUNS, SPEAKING_THINGS
from ..lexicon.people import CROWD_NOUNS, DELEGATE_ROLES, PAIR_WORDS
from ..names import name_tokens
from ..types import PERSON
from .registry import Entity, Registry
from .roles import roles_of

NEARBY = "nearby"
_NEARBY_CHARS = 400  # a plural with no title: a pair named this close before, about a sentence
_MAX_PAIRS = 32  # pairs of neighbouring names read back from one phrase, at most
_MAX_GAP = 160  # characters from the first name of a pair to the second
_AFTER_AND = 6  # words between "and" and the second name ("and Judiciary Committee Chairman")
_AND = regex.compile(r"\band\b")
# A one-word name right before "and", a party and state in brackets allowed: "Lee (R-Ohio) and"
_SURNAME_AND = regex.compile(
    r"\b(\p{Lu}[\p{L}’'-]+)\s*(?:\([^()]{1,24}\)\s*)?,?\s+and\s+(?!.*\band\b)"
)
# Between two names of a pair: no quotation, no clause or sentence end ("... tax. Lee said").
_BREAK = regex.compile(r"[\n!?;:\"“”]|\p{Ll}{2,}\.\s")


class NamedPairs:
    """The pairs of people an article names together, found by the phrases that take them up."""

    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry
        self.index: list[tuple[int, int, Entity]] | None = None
        self.groups: dict[tuple[int, int], Entity] = {}

    def named(self, phrase: str, at: int, reach: int) -> Entity | None:
        """The pair a phrase at `at` stands for, named together from offset `reach` on."""
        plural = pair_description(phrase)
        if plural is None:
            return None
        if plural == NEARBY:  # "the heavyweights": only a pair named just before
            plural, reach = "", max(reach, at - _NEARBY_CHARS)
        pair = self._newest_pair(at, reach, plural)
        if pair is None:
            return None
        key = (id(pair[0]), id(pair[1]))
        if key not in self.groups:
            self.groups[key] = self.registry.group(f"{pair[0].name} and {pair[1].name}", at)
        return self.groups[key]

    def _newest_pair(self, at: int, reach: int, title: str) -> tuple[Entity, Entity] | None:
        if self.index is None:  # the names the registry read before attribution began
            people = enumerate(self.registry.entities)
            self.index = sorted((s, n, e) for n, e in people if e.kind == PERSON for s in e.seen)
        index = self.index
        high = bisect_left(index, (at, -1))
        low = max(bisect_left(index, (reach, -1)), high - _MAX_PAIRS)
        for second in range(high - 1, low - 1, -1):
            end, _, other = index[second]
            first = self._joined_before(index, second, max(reach, end - _MAX_GAP))
            if first is None or first is other or not (_named(first) and _named(other)):
                continue
            if not title or (self._holds(first, title) and self._holds(other, title)):
                return first, other
        return None

    def _joined_before(self, index: list, second: int, reach: int) -> Entity | None:
        """The person joined by "and" to the name at index[second]: the name before it,
        or a surname written alone right before "and" ("Lee and Senator Bo Park")."""
        end = index[second][0]
        start, _, first = index[second - 1] if second else (-1, 0, None)
        if start >= reach and _joined(self.text[start:end]):
            return first
        found = _SURNAME_AND.search(self.text, reach, end)
        if found is None or not _joined(self.text[found.start() : end]):
            return None
        word = name_tokens(found.group(1))
        people = [e for e in self.registry.by_token.get(word[-1], ()) if e.kind == PERSON]
        return people[0] if word and len(people) == 1 else None

    def _holds(self, entity: Entity, title: str) -> bool:
        return title in self.registry.titles.get(id(entity), ((), (), ()))[1]


def pair_description(phrase: str) -> str | None:
    """ "" for "the two", "both" or "the two lawmakers"; the title for "the chairmen";
    NEARBY for another plural ("the heavyweights"), which takes up only a pair just named.

    Not a possessive ("the two men's lawyer"), a role of someone ("the two aides to X"),
    nor people who speak for another or stay unnamed ("the two officials").
    """
    words = phrase.casefold().split()
    if not words or words[0] not in ("the", "both") or "of" in words or "for" in words:
        return None
    if any(word.endswith(("’s", "'s")) for word in words):
        return None
    singular = _singular(words[-1]) if len(words) > 1 else ""
    if singular in DELEGATE_ROLES or singular in SPEAKING_THINGS:
        return None
    if words[0] == "both" or any(word in PAIR_WORDS for word in words[1:]):
        return "" if len(words) <= 4 else None
    titles = roles_of([singular]) if singular and singular != words[-1] else set()
    if len(words) > 4 or singular == words[-1] or not singular.isalpha():
        return None
    if len(titles) == 1:
        return next(iter(titles))
    unnamed = singular in CROWD_NOUNS or words[-1] in CROWD_NOUNS or singular in DOCUMENT_NOUNS
    return None if unnamed or words[-1] in PLURAL_GROUP_NOUNS else NEARBY


def _singular(word: str) -> str:
    """ "chairmen" -> "chairman", "senators" -> "senator"; a word not plural stays."""
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _named(entity: Entity) -> bool:
    """A person named in full or by a known given name, not a stray capitalised word."""
    return len(name_tokens(entity.name)) >= 2 or bool(entity.gender)


def _joined(between: str) -> bool:
    """Does the text from one name to the next join them with "and" in one clause?

    "Ann Lee (D-Ohio) and Judiciary Committee Chairman ", "Ann Lee, a nurse, and ":
    the words after "and" are few and hold no comma.
    """
    if len(between) > _MAX_GAP or _BREAK.search(between):
        return False
    joins = list(_AND.finditer(between))
    if not joins:
        return False
    after = between[joins[-1].end() :]
    return "," not in after and len(after.split()) <= _AFTER_AND
