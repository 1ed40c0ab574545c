"""In-article speaker registry and coreference.

Before attribution, every capitalised name in the article is registered, so a bare surname or a
headline mention resolves to the fullest name the article gives anywhere. Role phrases ("the
Turkish president") resolve through the titles each person was introduced with; pronouns resolve
to the most recent salient speaker or sentence subject of a compatible kind and gender.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field

import regex

from ..budget import UNLIMITED, Budget
from ..lexicon import PLACES, PLURAL_GROUP_NOUNS, SPEAKING_THINGS
from ..lexicon.function_words import GROUP_QUANTIFIERS
from ..lexicon.people import (
    COUNTERPART_TITLES,
    LEADING_TITLES,
    ORGANISATION_KINDS,
    ORGANISATION_ROLES,
)
from ..names import (
    is_same_speaker,
    looks_like_organisation,
    name_tokens,
    normalise_alias,
    one_word_of,
    strip_title,
)
from ..types import ORGANISATION, PERSON, UNKNOWN
from .name_runs import drop_final_period, is_fuller_name, person_phrase, run_phrases, without_opener
from .party_roles import titled_from_place
from .roles import (
    counterparts,
    gender_of,
    head_before_modifier,
    is_titled_name,
    names_a_person,
    nationalities,
    once_held,
    person_of_place,
    plural_people,
    plural_person_noun,
    role_words_before,
    roles_of,
    strip_determiner,
)

# Opens with \p{Lu} (the search skips to capitals); a word is possessive: a shorter one ends no run.
_CAP = r"\p{Lu}(?:\.(?:\p{Lu}\.)+|[\p{L}\p{M}’'\-]*+\.?)"
_NAME_RUNS = regex.compile(rf"{_CAP}(?:[ \t]+(?:(?:al|el|de|van|von|bin|da|di|of)[ \t]+)?{_CAP})+")
_GROUP = "group"


@dataclass
class Entity:
    """One speaker as the article names it."""

    name: str
    kind: str
    gender: str = ""
    descriptions: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    seen: list[int] = field(default_factory=list)
    common: bool = False  # a common noun opening a sentence ("Cost estimates, he added")

    def seen_before(self, at: int) -> int:
        """Offset of the last mention before `at`, or -1 (`seen` is kept sorted)."""
        index = bisect_left(self.seen, at)
        return self.seen[index - 1] if index else -1

    def see(self, at: int) -> None:
        insort(self.seen, at)


class Registry:
    """Entities of one article and the rules that map mentions onto them."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.by_token: dict[str, list[Entity]] = {}
        # Organisations by every key under which `is_same_speaker` can match their
        # name (see `_organisation_keys`), with their place in `entities`.
        self.organisations: dict[tuple, list[tuple[int, Entity]]] = {}
        self.places: dict[int, int] = {}  # id(entity) -> its place in `entities`
        self.filed: dict[str, set[int]] = {}  # ids of the entities in each `by_token` bucket
        # People by each role their titles give ("senator"), and what their titles say.
        self.by_role: dict[str, list[Entity]] = {}
        self.titles: dict[int, tuple[set[str], set[str], set[str]]] = {}

    def _add(self, entity: Entity) -> None:
        self.places[id(entity)] = len(self.entities)
        self.entities.append(entity)
        if entity.kind == ORGANISATION:
            self._index_organisation(entity)

    def _index_organisation(self, entity: Entity) -> None:
        """File an organisation under the keys of its (new) name; old keys stay."""
        place = self.places[id(entity)]
        for key in _organisation_keys(entity.name, stored=True):
            bucket = self.organisations.setdefault(key, [])
            if not bucket or bucket[-1][1] is not entity:
                bucket.append((place, entity))

    def _index(self, entity: Entity) -> None:
        for token in name_tokens(entity.name):
            filed = self.filed.setdefault(token, set())
            if id(entity) not in filed:
                filed.add(id(entity))
                self.by_token.setdefault(token, []).append(entity)

    def _describe(self, entity: Entity, description: str) -> None:
        """Add a title to a person, filing the person under the roles it gives."""
        descriptions, roles, nations = self.titles.setdefault(id(entity), (set(), set(), set()))
        if description in descriptions:
            return
        descriptions.add(description)
        entity.descriptions.append(description)
        words = list(name_tokens(description))
        for role in roles_of(words) - roles:
            roles.add(role)
            self.by_role.setdefault(role, []).append(entity)
        nations.update(nationalities(words))

    def scan_outside(
        self,
        text: str,
        excluded: list[tuple[int, int]],
        start: int = 0,
        end: int | None = None,
        budget: Budget = UNLIMITED,
    ) -> None:
        """One pass over the text registering names, except in the `excluded` ranges (sorted)."""
        end = len(text) if end is None else end
        position = 0
        for count, match in enumerate(_NAME_RUNS.finditer(text, start, end), 1):
            if count % 1024 == 0:
                budget.check("names")
            at = match.start()
            while position < len(excluded) and excluded[position][1] <= at:
                position += 1
            if position < len(excluded) and excluded[position][0] <= at:
                continue
            for offset, phrase in run_phrases(match.group()):
                where = at + offset
                space = text[where - 1 : where].isspace()
                before = role_words_before(text, where) if space else ""
                self._register(f"{before} {phrase}" if before else phrase, where)

    def _register(self, phrase: str, at: int) -> None:
        person = person_phrase(phrase)
        if person is not None:
            self.add_person(*person, at)

    def add_person(self, name: str, description: str, at: int) -> Entity:
        """Merge a person mention into a matching entity, keeping the fullest name.

        "Mrs. Clinton" never merges into Bill Clinton: a gender the mention states
        must not contradict the entity's.
        """
        name = without_opener(name)
        entity = self._match_person(name, at, gender_of(name, description))
        if entity is None:
            entity = Entity(name, PERSON, gender_of(name, description))
            self._add(entity)
            self._index(entity)
        elif is_fuller_name(name, entity.name):
            entity.name = name
            self._index(entity)
        if description:
            self._describe(entity, description)
        entity.gender = entity.gender or gender_of(name, description)
        entity.aliases.append(name)
        entity.see(at)
        return entity

    def _match_person(self, name: str, at: int, gender: str = "") -> Entity | None:
        """The most recently mentioned person this name can denote (of this gender, if known)."""
        tokens = name_tokens(name)
        if not tokens:
            return None
        best, best_at = None, -2
        # the newest namesakes only: an article naming hundreds of different people of one
        # surname would otherwise compare each new mention with all of them
        for entity in self.by_token.get(tokens[-1], [])[-_MAX_NAMESAKES:]:
            if entity.kind != PERSON or (gender and entity.gender not in ("", gender)):
                continue
            if " " not in name.strip():  # one written word: "Bob", "Clinton", "Mark-Viverito"
                ok = one_word_of(tokens, name_tokens(entity.name))
            else:
                ok = is_same_speaker(name, entity.name)
            seen = entity.seen_before(at) if entity.seen else -1
            if ok and seen > best_at:
                best, best_at = entity, seen
        return best

    def organisation(self, phrase: str, at: int) -> Entity:
        """Find or create the organisation a phrase names, keeping its fullest alias."""
        bare = _OWNER.sub(r"\1", strip_determiner(phrase))  # "Trump’s campaign": Trump campaign
        for entity in self._organisations_like(bare):
            if entity.kind == ORGANISATION and is_same_speaker(bare, entity.name):
                if len(name_tokens(bare)) > len(name_tokens(entity.name)):
                    entity.name = bare
                    self._index_organisation(entity)
                entity.see(at)
                entity.aliases.append(bare)
                return entity
        entity = Entity(bare, ORGANISATION, aliases=[bare], seen=[at])
        self._add(entity)
        return entity

    def _organisations_like(self, bare: str) -> list[Entity]:
        """The organisations `is_same_speaker` may match with `bare`, oldest first.

        Every other organisation shares no key with it, so an article naming
        thousands of organisations does not compare each new one with all of them.
        """
        if not bare:
            return []
        found: dict[int, Entity] = {}
        for key in _organisation_keys(bare, stored=False):
            for place, entity in self.organisations.get(key, ()):
                found.setdefault(place, entity)
        return [found[place] for place in sorted(found)]

    def resolve_name(self, phrase: str, at: int) -> Entity:
        """A capitalised speaker phrase: known person, organisation or new person."""
        raw, phrase = drop_final_period(phrase), without_opener(phrase)
        bare = drop_final_period(phrase)
        first = bare.split(maxsplit=1)[0].casefold() if bare else ""
        if first in GROUP_QUANTIFIERS or plural_people(strip_determiner(bare)):
            return self.group(phrase, at)  # "Several Democrats", "Republicans", "Americans"
        if is_titled_name(raw) and self._match_person(bare, at) is None:
            return self.organisation(raw, at)  # "The Hill", "The Blaze": no person's name
        name, description = person_of_place(bare) or strip_title(strip_determiner(bare))
        person_like = len(name_tokens(name)) >= 2 and not looks_like_organisation(name)
        if not person_like and (not name or looks_like_organisation(phrase)):
            return self.organisation(phrase, at)
        single = len(name_tokens(name)) == 1
        if single and name_tokens(name)[0] in PLACES and self._match_person(name, at) is None:
            return self.organisation(name, at)
        return self.add_person(name, description, at)

    def resolve_role(self, phrase: str, at: int) -> Entity:
        """ "the Turkish president" -> the person introduced with that title; else the phrase."""
        words = name_tokens(phrase)
        head = words[-1] if words else ""
        if head in PLURAL_GROUP_NOUNS or plural_person_noun(head):
            return self.group(phrase, at)  # "his parents": never a "he" or a "she"
        person = self.person_by_role(phrase, at)
        if person is not None:
            person.see(at)
            return person
        known = self._organisation_of_kind(phrase, head, at)
        if known is not None:
            return known
        if head in ORGANISATION_ROLES:
            return self.organisation(phrase, at)
        # "the retired neurosurgeon" is someone "he" may stand for later; "the ad" or
        # "his neutrality" is a thing that says something, never a "he" or a "she".
        noun = head_before_modifier(words) or phrase.split()[-1].casefold()  # "front-runner"
        kind = PERSON if names_a_person(noun) or names_a_person(head) else ORGANISATION
        entity = Entity(strip_determiner(phrase), kind, gender_of("", phrase), seen=[at])
        self._add(entity)
        return entity

    def person_by_role(self, phrase: str, at: int) -> Entity | None:
        """The person introduced with the title a role phrase gives, if any (none seen)."""
        words = name_tokens(phrase)
        # "a surrogate" introduces someone; "the campaign's statement" is a thing
        indefinite = phrase.split(maxsplit=1)[0].casefold() in _INDEFINITE if phrase else False
        thing = bool(words) and words[-1] in SPEAKING_THINGS
        of_someone = _OF_SOMEONE.search(phrase) is not None  # "spokesman of President X"
        found = None if indefinite or thing or of_someone else self._person_by_role(words, at)
        return found if found is None or titled_from_place(phrase, found.descriptions) else None

    def has_roles(self, entity: Entity) -> bool:
        """Do the titles the article gave this person name a role ("Mayor", "senator")?"""
        return bool(self.titles.get(id(entity), ((), (), ()))[1])

    def _organisation_of_kind(self, phrase: str, head: str, at: int) -> Entity | None:
        """ "the newspaper", "the agency": the body of that kind named last before `at`.

        Only a definite description of two words revisits a body; only the newest
        `_MAX_NAMESAKES` entities are read, so a flood of them costs no more.
        """
        kind = ORGANISATION_KINDS.get(head)
        words = phrase.split()
        if kind is None or len(words) != 2 or words[0].casefold() != "the":
            return None
        best, best_at = None, -1
        for entity in self.entities[-_MAX_NAMESAKES:]:
            if entity.kind != ORGANISATION or not entity.name[:1].isupper():
                continue
            seen = entity.seen_before(at)
            if seen > best_at and kind.intersection(name_tokens(entity.name)):
                best, best_at = entity, seen
        if best is not None:
            best.see(at)
        return best

    def group(self, phrase: str, at: int) -> Entity:
        entity = Entity(strip_determiner(phrase), _GROUP, seen=[at])
        self._add(entity)
        return entity

    def _person_by_role(self, words: list[str], at: int) -> Entity | None:
        """The latest person whose titles share the role and not a conflicting nationality.

        The role is the head before "of" or "for": "the spokesman for the Turkish
        president" is a spokesman, "the former secretary of state" a secretary.
        """
        head = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
        # "chief political strategist": a counterpart title before the head is no title
        roles = roles_of(words[:head]) - (COUNTERPART_TITLES - set(words[head - 1 : head]))
        nations, former = nationalities(words), "former" in words
        if not roles:
            return None
        best, best_at = None, -1  # a definite role phrase looks back, not ahead
        for entity in self._titled(roles):
            if entity.kind != PERSON or not entity.descriptions:
                continue
            if former and not once_held(entity.descriptions):
                continue  # "the former president" is not whoever is "President X" now
            _, their_roles, their_nations = self.titles[id(entity)]
            if not (roles & their_roles or counterparts(roles, their_roles)):
                continue
            if nations and their_nations and not nations & their_nations:
                continue
            seen = entity.seen_before(at)
            if seen > best_at:
                best, best_at = entity, seen
        return best

    def _titled(self, roles: set[str]) -> list[Entity]:
        """The people a role phrase may stand for, in the order they were introduced.

        Those sharing a role, and for a leading title or a counterpart, those with a
        counterpart or a leading title (see `counterparts`); of each role, only the
        newest `_MAX_NAMESAKES` people who took it.
        """
        wanted = set(roles)
        if roles & (LEADING_TITLES | COUNTERPART_TITLES):
            wanted |= COUNTERPART_TITLES
        if roles & COUNTERPART_TITLES:
            wanted |= LEADING_TITLES
        found: dict[int, Entity] = {}
        for role in wanted:
            for entity in self.by_role.get(role, [])[-_MAX_NAMESAKES:]:
                found.setdefault(self.places[id(entity)], entity)
        return [found[place] for place in sorted(found)]


_MAX_NAMESAKES = 64


def _organisation_keys(name: str, stored: bool) -> list[tuple]:
    """Keys under which `is_same_speaker(a, b)` can hold: a name is filed under the keys
    with `stored`, and a name looked up under those without; two names match only if
    they share one.

    Equal aliases share ("alias", key). Two organisation names match when one's tokens
    end the other's: the shorter one is filed as ("tokens", ...) and the longer one
    under every ("ending", ...) of its own. Two other names must share a surname.
    """
    keys: list[tuple] = [("alias", normalise_alias(name))]
    if looks_like_organisation(name):
        tokens = name_tokens(name)
        if stored:
            keys.append(("tokens", tokens))
            keys.extend(("ending", tokens[at:]) for at in range(len(tokens)))
        else:
            keys.append(("ending", tokens))
            keys.extend(("tokens", tokens[at:]) for at in range(len(tokens)))
    else:
        person = name_tokens(strip_title(name)[0] or name)
        if person:
            keys.append(("surname", person[-1]))
    return keys


_OWNER = regex.compile(r"^(\p{Lu}\S*?)[’']s?(?=\s)")
_INDEFINITE = frozenset({"a", "an", "another", "one"})
# A role "of" or "for" somebody named ("spokesman for Turkish President ...") is another
# person's; "secretary of state" or "chief of staff" is one role in lower case.
_OF_SOMEONE = regex.compile(r"\b(?:of|for)\s+(?:the\s+)?\p{Lu}")


def kind_of(entity: Entity | None) -> str:
    """The public speaker kind: groups of people count as unknown."""
    if entity is None or entity.kind == _GROUP:
        return UNKNOWN
    return entity.kind


def is_group(entity: Entity) -> bool:
    return entity.kind == _GROUP
