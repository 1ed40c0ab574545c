"""In-article speaker registry and coreference.

Before attribution, every capitalised name in the article is registered, so a
bare surname or a headline mention resolves to the fullest name the article
gives anywhere. Role phrases ("the Turkish president") resolve through the
titles each person was introduced with; pronouns resolve to the most recent
salient speaker or sentence subject of a compatible kind and gender.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .budget import UNLIMITED, Budget
from .cues import is_cue_word
from .layout import ABBREVIATIONS as _ABBREVIATIONS
from .lexicon import (
    DEMONYMS,
    FEMALE_NAMES,
    MALE_NAMES,
    PLACES,
    PLURAL_GROUP_NOUNS,
    QUALIFIERS,
    ROLE_NOUNS,
    SPEAKING_THINGS,
    TITLE_WORDS,
    is_person_noun,
    words,
)
from .names import (
    given_name_before,
    looks_like_organisation,
    name_tokens,
    normalise_alias,
    strip_title,
)
from .types import ORGANISATION, PERSON, UNKNOWN

_CAP = r"(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}’'\-]*\.?)"
_NAME_RUN = regex.compile(rf"{_CAP}(?:[ \t]+(?:(?:al|el|de|van|von|bin|da|di|of)[ \t]+)?{_CAP})*")
_NAME_RUNS = regex.compile(rf"{_CAP}(?:[ \t]+(?:(?:al|el|de|van|von|bin|da|di|of)[ \t]+)?{_CAP})+")
_LEADING = frozenset(
    words(
        """
    the a an but and or however in on at after before when while if as yet so last this
    perhaps maybe indeed instead thus within without among amid across through throughout
    toward towards upon beyond behind inside outside since until via
    that these those there it he she they we i his her their its our my for with from by
    to of now then still meanwhile also earlier later neither both while any every each some
    no all many most several other another such despite during under against like unlike
    since until through among amid toward towards about over into did does do is are was
    were has have had will would can could should why how what where who which not
    """
    )
)
_GROUP = "group"
_FEMALE_ROLES = frozenset({"spokeswoman", "congresswoman", "chairwoman", "mrs", "ms", "woman"})
_MALE_ROLES = frozenset({"spokesman", "congressman", "chairman", "mr", "man"})
_COUNTERPARTS = frozenset({"counterpart", "leader", "chief", "head"})
_DEMONYM_OF = {
    "turkey": "turkish",
    "russia": "russian",
    "us": "american",
    "america": "american",
    "united states": "american",
    "britain": "british",
    "uk": "british",
    "china": "chinese",
    "iran": "iranian",
    "syria": "syrian",
}


@dataclass
class Entity:
    """One speaker as the article names it."""

    name: str
    kind: str
    gender: str = ""
    descriptions: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    seen: list[int] = field(default_factory=list)

    def seen_before(self, at: int) -> int:
        """Offset of the last mention before `at`, or -1 (`seen` is kept sorted)."""
        index = bisect_left(self.seen, at)
        return self.seen[index - 1] if index else -1

    def see(self, at: int) -> None:
        insort(self.seen, at)


@lru_cache(maxsize=65536)
def _gender(name: str, description: str) -> str:
    words = set(normalise_alias(description).split())
    if words & _FEMALE_ROLES:
        return "f"
    if words & _MALE_ROLES:
        return "m"
    tokens = name_tokens(name)
    first = tokens[:1]
    if first and first[0] in FEMALE_NAMES:
        return "f"
    if first and first[0] in MALE_NAMES:
        return "m"
    if len(tokens) >= 2 and _feminine_given_name(tokens[0]):
        return "f"  # "Gabriela Violeta Lazar": not someone "he" stands for
    return ""


# Given names ending in "-a" that men bear ("Joshua", "Mustafa") or both do ("Dana").
_MASCULINE_A = frozenset(
    words("joshua luca luka nikita ezra andrea mustafa musa isa issa hamza sasha dana akira attila")
)


def _feminine_given_name(given: str) -> bool:
    """Unlisted given names ending in "-a" are mostly women's across the languages in the news."""
    return len(given) >= 4 and given.endswith("a") and given not in _MASCULINE_A


def _nationalities(words: list[str]) -> set[str]:
    found = {_DEMONYM_OF.get(w, w) for w in words if w in DEMONYMS or w in PLACES}
    return {w for w in found if w not in {"republican", "democratic", "gop"}}


def _roles(words: list[str]) -> set[str]:
    return {w for w in words if w in ROLE_NOUNS or w in TITLE_WORDS} - {"former", "top"}


def _person_of_place(phrase: str) -> tuple[str, str] | None:
    """ "Scott Hawkins of Cheyenne" is Scott Hawkins; "Bank of America" is not split."""
    head, of, rest = phrase.partition(" of ")
    if not of or looks_like_organisation(head):
        return None
    name, title = strip_title(head)  # "Sen. Maria Cantwell of Washington": a title too
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return name, f"{title} of {rest}".strip()


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
        for role in _roles(words) - roles:
            roles.add(role)
            self.by_role.setdefault(role, []).append(entity)
        nations.update(_nationalities(words))

    def scan(self, text: str, start: int, end: int) -> None:
        """Register every person name in text[start:end] with the title it comes with."""
        self.scan_outside(text, [], start, end)

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
            for offset, phrase in _run_phrases(match.group()):
                where = at + offset
                space = text[where - 1 : where].isspace()
                before = _role_words_before(text, where) if space else ""
                self._register(f"{before} {phrase}" if before else phrase, where)

    def _register(self, phrase: str, at: int) -> None:
        person = _person_phrase(phrase)
        if person is not None:
            self.add_person(*person, at)

    def add_person(self, name: str, description: str, at: int) -> Entity:
        """Merge a person mention into a matching entity, keeping the fullest name.

        "Mrs. Clinton" never merges into Bill Clinton: a gender the mention states
        must not contradict the entity's.
        """
        name = _without_opener(name)
        entity = self._match_person(name, at, _gender(name, description))
        if entity is None:
            entity = Entity(name, PERSON, _gender(name, description))
            self._add(entity)
            self._index(entity)
        elif _fuller(name, entity.name):
            entity.name = name
            self._index(entity)
        if description:
            self._describe(entity, description)
        entity.gender = entity.gender or _gender(name, description)
        entity.aliases.append(name)
        entity.see(at)
        return entity

    def _match_person(self, name: str, at: int, gender: str = "") -> Entity | None:
        """The most recently mentioned person this name can denote (of this gender, if known)."""
        from .names import is_same_speaker

        tokens = name_tokens(name)
        if not tokens:
            return None
        best, best_at = None, -2
        # the newest namesakes only: an article naming hundreds of different people of one
        # surname would otherwise compare each new mention with all of them
        for entity in self.by_token.get(tokens[-1], [])[-_MAX_NAMESAKES:]:
            if entity.kind != PERSON or (gender and entity.gender not in ("", gender)):
                continue
            if len(tokens) == 1:
                ok = tokens[0] in name_tokens(entity.name)
            else:
                ok = is_same_speaker(name, entity.name)
            seen = entity.seen_before(at) if entity.seen else -1
            if ok and seen > best_at:
                best, best_at = entity, seen
        return best

    def organisation(self, phrase: str, at: int) -> Entity:
        """Find or create the organisation a phrase names, keeping its fullest alias."""
        from .names import is_same_speaker

        bare = _strip_determiner(phrase)
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
        phrase = _without_opener(phrase)
        bare = _drop_final_period(phrase)
        first = bare.split(maxsplit=1)[0].casefold() if bare else ""
        if first in _QUANTIFIERS or _plural_people(_strip_determiner(bare)):
            return self._group(phrase, at)  # "Several Democrats", "Republicans", "Americans"
        name, description = _person_of_place(bare) or strip_title(_strip_determiner(bare))
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
        if head in PLURAL_GROUP_NOUNS or _plural_person_noun(head):
            return self._group(phrase, at)  # "his parents": never a "he" or a "she"
        # "a campaign surrogate" introduces someone; "the surrogate" may be someone known
        # "the campaign's statement" is a thing: never a person known by a title
        indefinite = phrase.split(maxsplit=1)[0].casefold() in _INDEFINITE if phrase else False
        thing = head in SPEAKING_THINGS
        of_someone = _OF_SOMEONE.search(phrase) is not None  # "spokesman of President X"
        person = None if indefinite or thing or of_someone else self._person_by_role(words, at)
        if person is not None:
            person.see(at)
            return person
        if head in {"ministry", "department", "agency", "government", "administration", "campaign"}:
            return self.organisation(phrase, at)
        # "the retired neurosurgeon" is someone "he" may stand for later; "the ad" or
        # "his neutrality" is a thing that says something, never a "he" or a "she".
        kind = PERSON if _names_a_person(_head_before_modifier(words) or head) else ORGANISATION
        entity = Entity(_strip_determiner(phrase), kind, _gender("", phrase), seen=[at])
        self._add(entity)
        return entity

    def _group(self, phrase: str, at: int) -> Entity:
        entity = Entity(_strip_determiner(phrase), _GROUP, seen=[at])
        self._add(entity)
        return entity

    def _person_by_role(self, words: list[str], at: int) -> Entity | None:
        """The latest person whose titles share the role and not a conflicting nationality.

        The role is the head before "of" or "for": "the spokesman for the Turkish
        president" is a spokesman, "the former secretary of state" a secretary.
        """
        head = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
        roles, nations = _roles(words[:head]), _nationalities(words)
        if not roles:
            return None
        best, best_at = None, -2
        for entity in self._titled(roles):
            if entity.kind != PERSON or not entity.descriptions:
                continue
            _, their_roles, their_nations = self.titles[id(entity)]
            if not (roles & their_roles or _counterparts(roles, their_roles)):
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
        counterpart or a leading title (see `_counterparts`); of each role, only the
        newest `_MAX_NAMESAKES` people who took it.
        """
        wanted = set(roles)
        if roles & (_LEADING_TITLES | _COUNTERPARTS):
            wanted |= _COUNTERPARTS
        if roles & _COUNTERPARTS:
            wanted |= _LEADING_TITLES
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


_INDEFINITE = frozenset({"a", "an", "another", "one"})
# A role "of" or "for" somebody named ("spokesman for Turkish President ...") is another
# person's; "secretary of state" or "chief of staff" is one role in lower case.
_OF_SOMEONE = regex.compile(r"\b(?:of|for)\s+(?:the\s+)?\p{Lu}")
_QUANTIFIERS = frozenset(words("several many some most few both all other"))
_PARTISANS = frozenset(words("democrat republican conservative liberal progressive libertarian"))


def _plural_people(name: str) -> bool:
    """ "Democrats", "Americans": one plural word for the members of a party or a nation."""
    low = name.casefold()
    return " " not in low and low.endswith("s") and (low[:-1] in DEMONYMS or low[:-1] in _PARTISANS)


# Titles of whoever leads a country or a body: "the Turkish president" may be the
# "Turkish counterpart" or the "Kremlin leader" named before; "the spokesman" may not.
_LEADING_TITLES = frozenset(
    words("president minister prime premier chancellor king queen leader chief head ruler")
)


def _counterparts(roles: set[str], their_roles: set[str]) -> bool:
    """A generic leading title on either side matches a leading title on the other."""
    if their_roles & _COUNTERPARTS:
        return bool(roles & (_LEADING_TITLES | _COUNTERPARTS))
    return bool(roles & _COUNTERPARTS and their_roles & _LEADING_TITLES)


def _head_before_modifier(words: tuple[str, ...]) -> str:
    """ "envoy for the Syrian Kurds" is an envoy: the head comes before "of" or "for".

    So does it before what places or qualifies it: "a man in the crowd", "a source
    familiar with the investigation", "a message on the website".
    """
    for index, word in enumerate(words):
        if word in _POSTMODIFIER_STARTS and index:
            return words[index - 1]
    return ""


_POSTMODIFIER_STARTS = frozenset(words("of for in on at from with")) | {
    pair.split()[0] for pair in QUALIFIERS
}


def _plural_person_noun(head: str) -> bool:
    """ "parents", "senators", "nurses": the plural of a noun naming a person."""
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else ""
    return bool(singular) and is_person_noun(singular)


def _names_a_person(head: str) -> bool:
    """Can a role phrase with this head noun be a person ("nominee", "neurosurgeon")?"""
    return is_person_noun(head) or head in TITLE_WORDS


@lru_cache(maxsize=65536)
def _run_phrases(run: str) -> tuple[tuple[int, str], ...]:
    """The names in a run of capitalised words, with their offsets in the run.

    A Title-Case headline ("The National Review Crowd Does Not Like Donald Trump")
    is split at its function words first: no name holds "Does" or "Like".
    """
    found: list[tuple[int, str]] = []
    for start, segment in _segments(run):
        found.extend((start + offset, phrase) for offset, phrase in _segment_phrases(segment))
    return tuple(found)


def _segments(run: str) -> list[tuple[int, str]]:
    """Pieces of a run between capitalised function words, with their offsets."""
    segments, start = [], None
    for found in _WORDS_IN_RUN.finditer(run):
        word = found.group()
        if _breaks_names(word):
            if start is not None:
                segments.append((start, run[start : found.start()].rstrip()))
            start = None
            continue
        if start is None:
            start = found.start()
        if _PLURAL_POSSESSIVE.search(word) and found.end() < len(run):
            # "Bernie Sanders’ Jewish faith": the owner's name ends at the possessive
            segments.append((start, run[start : found.end() - 1]))
            start = None
    if start is not None:
        segments.append((start, run[start:]))
    return segments


_PLURAL_POSSESSIVE = regex.compile(r"s[’']$")


def _casefold_word(word: str) -> str:
    return word.casefold().replace("’", "'")


def _breaks_names(word: str) -> bool:
    """A function word, a time mark or an inflected reporting verb in a capitalised run:
    "9:33 PM Donald Trump Calls Out Ted Cruz" names Donald Trump and Ted Cruz."""
    low = _casefold_word(word)
    return low in _TITLE_CASE_FUNCTION_WORDS or low in _TIME_MARKS or _inflected_cue(low)


def _inflected_cue(low: str) -> bool:
    """ "Says", "Stated", "Telling": a reporting verb no name is made of ("Said" can be)."""
    return low.endswith(("s", "ed", "ing")) and is_cue_word(low)


_TIME_MARKS = frozenset(words("am pm a.m. p.m."))


# Words a Title-Case headline capitalises and no name holds ("Will" and "May" can).
_TITLE_CASE_FUNCTION_WORDS = frozenset(
    words(
        """
    does do did doesn't don't not like is are was were be been has have had would could
    should can't won't isn't to for with from about against and or but her his their its
    our my who what why how where let just than into over under says it's he's she's
    """
    )
)


def _segment_phrases(run: str) -> tuple[tuple[int, str], ...]:
    """The names in a run without function words, with their offsets in it.

    A word ending a sentence ("... in Benghazi. Bob Woodward") splits the run;
    each piece loses leading function words, a final "'s" and a final period.
    """
    if ". " not in run:  # no word ends with a period inside the run: one piece
        words = run.split()
        skip = 0
        while skip < len(words) and _is_opener(words[skip]):
            skip += 1
        if len(words) - skip > 2 and words[skip] in _OPENING_CUES:
            skip += 1  # "Said Dorothy Poynter, ...": an inverted cue; "Said Jalili" is a name
        if skip == len(words):
            return ()
        phrase = " ".join(words[skip:])
        if phrase.endswith(("’s", "'s")):
            phrase = phrase[:-2]
        return ((0, _drop_final_period(phrase)),)
    pieces: list[tuple[int, str]] = []
    words: list[tuple[int, str]] = []
    for found in _WORDS_IN_RUN.finditer(run):
        words.append((found.start(), found.group()))
        if _ends_sentence(found.group()) and found.end() < len(run):
            pieces.extend(_run_piece(words, not pieces))
            words = []
    pieces.extend(_run_piece(words, not pieces))
    return tuple(pieces)


_WORDS_IN_RUN = regex.compile(r"\S+")
_OPENING_CUES = frozenset({"Said"})


def _ends_sentence(word: str) -> bool:
    """ "Benghazi." rather than "Sen.", "Jr.", "U.S." or an initial."""
    if not word.endswith(".") or len(word) <= 3 or "." in word[:-1]:
        return False
    low = word.casefold()
    return low[:-1] not in _ABBREVIATIONS and low not in TITLE_WORDS


def _run_piece(words: list[tuple[int, str]], first: bool) -> list[tuple[int, str]]:
    """The name in some words of a run; the run's first piece keeps the run's offset."""
    skip = 0
    while skip < len(words) and _is_opener(words[skip][1]):
        skip += 1
    if skip == len(words):
        return []
    phrase = " ".join(word for _, word in words[skip:])
    if phrase.endswith(("’s", "'s")):
        phrase = phrase[:-2]
    return [(0 if first else words[skip][0], _drop_final_period(phrase))]


@lru_cache(maxsize=65536)
def _person_phrase(phrase: str) -> tuple[str, str] | None:
    """(name, description) when a capitalised phrase names a person, else None."""
    if looks_like_organisation(phrase):
        return None
    words = phrase.split()
    while words and words[-1].casefold().rstrip(".,") in _TIME_WORDS:
        words.pop()  # "Trump Wednesday told ...": the day is not part of the name
    name, description = strip_title(" ".join(words))
    tokens = name_tokens(name)
    placed = any(t in PLACES or t in DEMONYMS for t in tokens)
    if len(tokens) < 2 or (placed and not _surname_of_place(tokens)):
        return None
    if all(word.isupper() for word in name.split()):
        return None  # "FULL TEXT:", "BREAKING NEWS": a label in capitals, not a name
    return name, description


def _fuller(name: str, current: str) -> bool:
    """Is `name` a fuller form of `current`? "Donald J. Trump" is; "Real Donald Trump"
    (from a book title) is not: nothing but a given name goes before a given name."""
    new, old = name_tokens(name), name_tokens(current)
    if len(new) <= len(old):
        return False
    if given_name_before(old[0]) and new[0] != old[0]:
        return given_name_before(new[0])
    return True


def _surname_of_place(tokens: list[str]) -> bool:
    """ "Mark Cuban": a listed given name, then a demonym or place only as the surname."""
    head = tokens[:-1]
    return given_name_before(tokens[0]) and not any(t in PLACES or t in DEMONYMS for t in head)


_TIME_WORDS = frozenset(
    words("monday tuesday wednesday thursday friday saturday sunday today tonight yesterday")
)


def _drop_final_period(phrase: str) -> str:
    """ "Erdogan." at a sentence end loses the period; "Jr." and "U.S." keep theirs."""
    last = phrase.split()[-1] if phrase.split() else ""
    if last.endswith(".") and len(last) > 3 and "." not in last[:-1]:
        return phrase[:-1]
    return phrase


def _without_opener(phrase: str) -> str:
    """ "Although Weiner", "Interestingly Blocher", "Stated Stone": a capitalised sentence
    opener glued to the name it precedes is no part of that name."""
    words = phrase.split()
    skip = 0
    while len(words) - skip > 1 and _is_opener(words[skip]):
        skip += 1
    return " ".join(words[skip:])


def _is_opener(word: str) -> bool:
    low = word.casefold()
    participle = low.endswith("ing") and len(low) >= _PARTICIPLE_LENGTH  # "Celebrating"
    return low in _OPENERS or _inflected_cue(low) or low.endswith("ingly") or participle


_OPENERS = _LEADING | frozenset(
    words(
        """
    although though because even unless whereas absent rival given using citing noting
    adding saying speaking
    """
    )
)
# Shorter "-ing" words open names ("Sterling", "Channing", "Manning").
_PARTICIPLE_LENGTH = 9


def _strip_determiner(phrase: str) -> str:
    words = phrase.split()
    skip = 0
    while skip < len(words) and words[skip].casefold() in {"the", "a", "an", "this"}:
        skip += 1
    return " ".join(words[skip:])


def _role_words_before(text: str, at: int) -> str:
    """Lower-case title words right before a name ("Kremlin leader", "his Turkish counterpart")."""
    if not text[at - 1 : at].isspace():
        return ""
    window = text[max(0, at - 60) : at]
    return _role_words(tuple(window.split()[-3:]))


@lru_cache(maxsize=65536)
def _role_words(words: tuple[str, ...]) -> str:
    if not words or words[-1].casefold() not in _ROLE_LIKE:
        return ""
    kept: list[str] = []
    for word in reversed(words):
        low = word.casefold()
        if low in ROLE_NOUNS or low in TITLE_WORDS or low in _COUNTERPARTS or low in DEMONYMS:
            kept.insert(0, word)
        else:
            break
    return " ".join(kept) if any(w.casefold() in _COUNTERPARTS | ROLE_NOUNS for w in kept) else ""


_ROLE_LIKE = ROLE_NOUNS | TITLE_WORDS | _COUNTERPARTS | DEMONYMS


def kind_of(entity: Entity | None) -> str:
    """The public speaker kind: groups of people count as unknown."""
    if entity is None or entity.kind == _GROUP:
        return UNKNOWN
    return entity.kind


def is_group(entity: Entity) -> bool:
    return entity.kind == _GROUP
