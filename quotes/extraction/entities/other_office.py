"""A role phrase does not revisit someone the article gave another office.

"... Mayor Dana Reyes disbanded the unit. '...,' the presidential candidate
said": news style revisits the newest named person with a definite role phrase,
but not when the article titled that person with an office the phrase does not
name (a mayor is not "the candidate"). The phrase is then the person the story
is about: of the people named in full whose titles do not contradict it (and
whose gender does not, "the congresswoman"), the one whose surname the article
writes most often, at least three times and more than twice as often as any
other's (`story_subject.py`). When no one stands out, the newest person stays.
"""

from __future__ import annotations

from collections import Counter

import regex

from ..lexicon.people import PARTY_WORDS
from ..names import name_tokens
from .registry import Entity, Registry
from .roles import counterparts, gender_of, roles_of
from .story_subject import StorySubjects, story_subject

_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}-]*")  # "Trump’s": Trump
_MOST = 16  # the people whose surnames are written most, of whom the story's subject is one


class StoryOffices:
    """Whom the story is about, for a pronoun with no antecedent or a role phrase that
    names an office the newest person does not hold."""

    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry
        self.story = StorySubjects(registry)
        self.ranked: list[tuple[int, int, Entity]] | None = None  # most written surnames first
        self.subjects: dict[tuple[frozenset[str], str], Entity | None] = {}

    def of(self, gender: str) -> Entity | None:
        """The person of this gender the story is about, if one stands out."""
        return self.story.of(gender)

    def fit(self, phrase: str, named: Entity | None) -> Entity | None:
        """The person a definite role phrase revisits, given the newest named one."""
        roles = offices(phrase)
        if named is None or not roles or not self._contradicts(named, roles):
            return named
        gender = gender_of("", phrase)
        key = (frozenset(roles), gender)
        if key not in self.subjects:  # one count per office and gender: no rescan per phrase
            self.subjects[key] = self._story_subject(roles, gender)
        subject = self.subjects[key]
        return named if subject is None or subject is named else subject

    def _story_subject(self, roles: set[str], gender: str) -> Entity | None:
        """Of the people whose surnames are written most, the one who stands out and fits."""
        if self.ranked is None:
            words = Counter(_CAPITALISED.findall(self.text))
            people = [(words[e.name.split()[-1]], i, e) for _, i, e in self.story.people]
            self.ranked = sorted(people, key=lambda p: (p[0], -p[1]), reverse=True)[:_MOST]
        fitting = [
            person
            for person in self.ranked
            if (not gender or person[2].gender in ("", gender))
            and not self._contradicts(person[2], roles)
        ]
        return story_subject(fitting, None)

    def _contradicts(self, entity: Entity, roles: set[str]) -> bool:
        """Did the article title this person only with other offices than `roles`?"""
        theirs = self.registry.titles.get(id(entity), ((), set(), ()))[1] - PARTY_WORDS
        return bool(theirs) and not (roles & theirs or counterparts(roles, theirs))


def offices(phrase: str) -> set[str]:
    """The offices a role phrase names, party words left out."""
    return roles_of(list(name_tokens(phrase))) - PARTY_WORDS
