"""A "he" or "she" that nothing recent can stand for is the person the story is about.

News writers drop a name for a pronoun once the reader knows whom the story is
on: an abstract or a new section may open with "she has said" after no name at
all. When the sentences before offer no one, the pronoun is the person of its
gender the article names most often, if that person is named in full, has a
known gender, is named at least three times and more than twice as often as
anyone else of that gender. The counts are the names the registry's scan of the
whole article found for each person, taken before attribution resolves anything,
so the answer does not depend on which pronoun asks first.
"""

from __future__ import annotations

from ..names import name_tokens
from ..types import PERSON
from .registry import Entity, Registry

_FEWEST_MENTIONS = 3  # a person named once or twice is not what the story is about


def named_people(registry: Registry) -> list[tuple[int, int, Entity]]:
    """(times named, place, person) for each person the scan found named in full."""
    return [
        (len(entity.seen), index, entity)
        for index, entity in enumerate(registry.entities)
        if entity.kind == PERSON and len(name_tokens(entity.name)) >= 2
    ]


def story_subject(people: list[tuple[int, int, Entity]], gender: str | None) -> Entity | None:
    """The person of this gender ("m" or "f"; None: any) named most often, if one stands out."""
    ranked = [p for p in people if gender is None or p[2].gender == gender]
    ranked.sort(key=_count, reverse=True)
    if not ranked or ranked[0][0] < _FEWEST_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][0] * 2 > ranked[0][0]:
        return None  # two people of the story: no one stands out
    return ranked[0][2]


def _count(person: tuple[int, int, Entity]) -> tuple[int, int]:
    return person[0], -person[1]  # the earlier named first among equals


class StorySubjects:
    """The story subject of each gender, from the counts of the registry's scan."""

    def __init__(self, registry: Registry) -> None:
        self.people = named_people(registry)  # before attribution adds to the counts
        self.found: dict[str, Entity | None] = {}

    def of(self, gender: str) -> Entity | None:
        if gender not in self.found:
            self.found[gender] = story_subject(self.people, gender)
        return self.found[gender]
