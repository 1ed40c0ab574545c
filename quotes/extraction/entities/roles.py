"""What a person's roles, gender and place say about whom a role phrase names.

"the Turkish president", "his counterpart", "the spokeswoman": the words of a
role phrase matched against the titles, gender and country the article gave.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import (
    DEMONYMS,
    FEMALE_NAMES,
    MALE_NAMES,
    PLACES,
    ROLE_NOUNS,
    TITLE_WORDS,
)
from ..lexicon.function_words import POSTMODIFIER_STARTS
from ..lexicon.people import (
    COUNTERPART_TITLES,
    FEMALE_ROLES,
    LEADING_TITLES,
    MALE_ROLES,
    MASCULINE_A,
    PARTISANS,
    ROLE_OF_ABBREVIATION,
    SUBORDINATE_RANKS,
)
from ..names import looks_like_organisation, name_tokens, normalise_alias, strip_title
from ..phrases.noun_phrases import is_person_noun

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


@lru_cache(maxsize=65536)
def gender_of(name: str, description: str) -> str:
    words = set(normalise_alias(description).split())
    if words & FEMALE_ROLES:
        return "f"
    if words & MALE_ROLES:
        return "m"
    tokens = name_tokens(name)
    first = tokens[:1] if " " in name.strip() or "-" not in name else ()  # "Mark-Viverito"
    if first and first[0] in FEMALE_NAMES:
        return "f"
    if first and first[0] in MALE_NAMES:
        return "m"
    if len(tokens) >= 2 and _feminine_given_name(tokens[0]):
        return "f"  # "Gabriela Violeta Lazar": not someone "he" stands for
    return ""


def _feminine_given_name(given: str) -> bool:
    """Unlisted given names ending in "-a" are mostly women's across the languages in the news."""
    return len(given) >= 4 and given.endswith("a") and given not in MASCULINE_A


def nationalities(words: list[str]) -> set[str]:
    found = {_DEMONYM_OF.get(w, w) for w in words if w in DEMONYMS or w in PLACES}
    return {w for w in found if w not in {"republican", "democratic", "gop"}}


def roles_of(words: list[str]) -> set[str]:
    """The roles title words give; an abbreviation counts as its word ("Sen." a senator).

    A title after a subordinate rank is that rank's office: "Vice President Ann Lee"
    is a vice president, never "the former president".
    """
    found = {
        w
        for i, w in enumerate(words)
        if (w in ROLE_NOUNS or w in TITLE_WORDS) and not (i and words[i - 1] in SUBORDINATE_RANKS)
    } - {"former", "top"}
    return {ROLE_OF_ABBREVIATION.get(w.rstrip("."), w) for w in found}


def once_held(descriptions: list[str]) -> bool:
    """Was the person introduced with a title held before ("former Sen.", "ex-president")?"""
    return any(
        word.startswith("ex-") or word == "former"
        for description in descriptions
        for word in description.casefold().split()
    )


def person_of_place(phrase: str) -> tuple[str, str] | None:
    """ "Scott Hawkins of Cheyenne" is Scott Hawkins; "Bank of America" is not split."""
    head, of, rest = phrase.partition(" of ")
    if not of or looks_like_organisation(head):
        return None
    name, title = strip_title(head)  # "Sen. Maria Cantwell of Washington": a title too
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return name, f"{title} of {rest}".strip()


def plural_people(name: str) -> bool:
    """ "Democrats", "Americans": one plural word for the members of a party or a nation."""
    low = name.casefold()
    return " " not in low and low.endswith("s") and (low[:-1] in DEMONYMS or low[:-1] in PARTISANS)


def counterparts(roles: set[str], their_roles: set[str]) -> bool:
    """A generic leading title on either side matches a leading title on the other."""
    if their_roles & COUNTERPART_TITLES:
        return bool(roles & (LEADING_TITLES | COUNTERPART_TITLES))
    return bool(roles & COUNTERPART_TITLES and their_roles & LEADING_TITLES)


def head_before_modifier(words: tuple[str, ...]) -> str:
    """ "envoy for the Syrian Kurds" is an envoy: the head comes before "of" or "for".

    So does it before what places or qualifies it: "a man in the crowd", "a source
    familiar with the investigation", "a message on the website".
    """
    for index, word in enumerate(words):
        if word in POSTMODIFIER_STARTS and index:
            return words[index - 1]
    return ""


def plural_person_noun(head: str) -> bool:
    """ "parents", "senators", "nurses": the plural of a noun naming a person."""
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else ""
    return bool(singular) and is_person_noun(singular)


def names_a_person(head: str) -> bool:
    """Can a role phrase with this head noun be a person ("nominee", "neurosurgeon")?

    An age used as a noun ("the 52-year-old said") is always a person in news style.
    """
    return is_person_noun(head) or head in TITLE_WORDS or _AGE_NOUN.fullmatch(head) is not None


_AGE_NOUN = regex.compile(r"\d+-year-old")


@lru_cache(maxsize=65536)
def strip_determiner(phrase: str) -> str:
    words = phrase.split()
    skip = 0
    while skip < len(words) and words[skip].casefold() in {"the", "a", "an", "this"}:
        skip += 1
    return " ".join(words[skip:])


def role_words_before(text: str, at: int) -> str:
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
        if low in ROLE_NOUNS or low in TITLE_WORDS or low in COUNTERPART_TITLES or low in DEMONYMS:
            kept.insert(0, word)
        else:
            break
    return (
        " ".join(kept) if any(w.casefold() in COUNTERPART_TITLES | ROLE_NOUNS for w in kept) else ""
    )


_ROLE_LIKE = ROLE_NOUNS | TITLE_WORDS | COUNTERPART_TITLES | DEMONYMS


@lru_cache(maxsize=65536)
def is_titled_name(phrase: str) -> bool:
    """ "The Hill", "The Blaze": a capital "The" before a bare name makes it the title of a
    publication or body, since people's names take no article ("The Senator" and "The Rev.
    Al Sharpton" hold a title, so they are not bare names). A name whose first word the
    name reader takes for a description ("The New Yorker": "New") is not caught."""
    article, _, rest = phrase.partition(" ")
    if article != "The" or not rest or not all(w[:1].isupper() for w in rest.split()):
        return False
    name, description = strip_title(rest)
    return bool(name) and not description and not looks_like_organisation(rest)
