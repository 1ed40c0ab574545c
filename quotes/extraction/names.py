"""Pure name handling: normalising aliases and deciding whether two names are one speaker.

The DB layer uses these functions to merge speakers across articles, so they
must be conservative: two people who share a surname but have conflicting
given names ("Donald Trump", "Ivanka Trump") are never the same speaker.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from .lexicon import (
    DEMONYMS,
    FEMALE_NAMES,
    MALE_NAMES,
    ORG_WORDS,
    PLACES,
    TITLE_WORDS,
)
from .lexicon.function_words import NAME_DETERMINERS
from .lexicon.people import (
    BUILDING_WORDS,
    CLIPPED_HEADS,
    NAME_PARTICLES,
    SPEAKS_FOR_ROLES,
    TITLE_SURNAMES,
)
from .phrases.noun_phrases import is_person_noun

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[.’'\-][\p{L}\p{N}]+)*\.?")
_PUNCT = regex.compile(r"[^\p{L}\p{N}\s]+")
_SPACES = regex.compile(r"\s+")
_POSSESSIVE = regex.compile(r"[’']s$")


def _strip_accents(text: str) -> str:
    """Drop combining marks so that "Çavuşoğlu" and "Cavusoglu" compare equal."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def normalise_alias(name: str) -> str:
    """Casefold, strip accents and punctuation: the key under which aliases are compared.

    Dots vanish without a space so that "U.S." and "US" give the same key;
    hyphens and other punctuation become spaces.
    """
    text = _strip_accents(name).casefold().replace(".", "").replace("’", "").replace("'", "")
    text = _PUNCT.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """The normalised words of a name, without a leading article."""
    tokens = tuple(normalise_alias(name).split())
    skip = 0  # counted, then cut once: "A. A. A. ..." is a run of articles
    while skip < len(tokens) and tokens[skip] in NAME_DETERMINERS:
        skip += 1
    return tokens[skip:] if skip else tokens


def _is_title_token(word: str) -> bool:
    """True for words that describe a role or origin rather than name a person."""
    low = word.casefold()
    bare = low.rstrip(".")
    return (
        low in TITLE_WORDS
        or bare in TITLE_WORDS
        or low in DEMONYMS
        or bare.replace(".", "") in {"us", "uk", "un", "eu"}
        or low in PLACES
        or not any(part[:1].isupper() for part in word.split("-"))
    )


@lru_cache(maxsize=65536)
def strip_title(mention: str) -> tuple[str, str]:
    """Split "Turkish Foreign Minister Mevlut Cavusoglu" into name and description.

    The name is the trailing run of capitalised words that are not title,
    place or demonym words; everything before it is the description. An
    apposition ("Ibrahim Kalin, spokesman of ...") keeps the part before the
    comma as the name.
    """
    mention = mention.strip()
    if "," in mention:
        head, _, rest = mention.partition(",")
        name, desc = strip_title(head)
        if name:
            return name, ", ".join(p for p in (desc, rest.strip()) if p)
        name, desc = strip_title(rest)
        if name and not desc:
            return name, head.strip()  # "an aide to Sanders, Jeff Weaver": the name after it
    name, description = trailing_name(mention)
    if name and speaks_for_another(description):
        return "", mention  # "a spokesman for Hillary Clinton" is not Hillary Clinton
    return name, description


@lru_cache(maxsize=65536)
def trailing_name(mention: str) -> tuple[str, str]:
    """The name ending a phrase and what comes before it, whoever the phrase denotes.

    "supporters of Hillary Clinton" ends with the name of Hillary Clinton, who is
    in the story though the phrase is not her (that is `strip_title`'s question).
    """
    words = list(_WORD.finditer(mention))
    start = _name_start(words)
    if start == len(words):
        return "", mention
    if start + 2 < len(words) and _premodifier(words[start].group(), words[start + 1].group()):
        start += 1  # "Billionaire Donald Trump": a description opening the sentence
    name = " ".join(m.group() for m in words[start:])
    return name, mention[: words[start].start()].strip(" ,")


def _name_start(words: list) -> int:
    """Index of the first word of the trailing name in a mention's words (len if none)."""
    start = len(words)
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        if word.casefold() in NAME_PARTICLES and start < len(words):
            start = index
            continue
        last = index == len(words) - 1
        surname = word.casefold() in TITLE_SURNAMES and word[:1].isupper()
        surname = surname or (last and index and given_name_before(words[index - 1].group()))
        if last and index and surname and not _is_title_token(words[index - 1].group()):
            start = index  # "Peter T. King", "Martin Luther King": a surname like a title
            continue
        if _is_title_token(word) or (not last and _POSSESSIVE.search(word)):
            break  # "CNN’s Tara Setmayer": the owner describes her
        start = index
    return start


def _premodifier(word: str, following: str) -> bool:
    """Is a capitalised word before a listed given name a noun describing the person?

    News style puts an occupation before a name, capitalised when it opens the
    sentence ("Billionaire Donald Trump", "Neurosurgeon Ben Carson"); a given name
    is never preceded by a noun for people inside the name itself.
    """
    low = word.casefold()
    return given_name_before(following) and not given_name_before(word) and is_person_noun(low)


def speaks_for_another(description: str) -> bool:
    """Does a description end in a role that speaks for the person named after it?

    "a spokesman for Democratic presidential candidate", "an aide to", "lawyer
    for": the speaker is the spokesman, aide or lawyer, someone the phrase leaves
    unnamed, never the person the role serves (issue #21).
    """
    # after a comma the name is in apposition: "an aide to Sanders, Jeff Weaver" is Weaver
    words = normalise_alias(description.rpartition(",")[2]).split()
    for index, word in enumerate(words[:-1]):
        if word in SPEAKS_FOR_ROLES and words[index + 1] in _SERVING:
            return True
    return False


_SERVING = frozenset({"for", "to", "of"})


def one_word_of(word: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Can a name written as one word (its tokens `word`) be the person named `name`?

    A plain word is any of the name's words ("Bob", "Clinton"); a word joined by a
    hyphen ("Mark-Viverito") is a surname of two parts, so it must end the name: its
    first part is no given name.
    """
    if len(word) == 1:
        return word[0] in name
    return name[-len(word) :] == word


def given_name_before(word: str) -> bool:
    """ "Mark Cuban", "Anna French": after a listed given name a demonym is a surname."""
    low = word.casefold()
    return low in MALE_NAMES or low in FEMALE_NAMES


@lru_cache(maxsize=65536)
def looks_like_organisation(name: str) -> bool:
    """True for names that contain an organisation word or are places or acronyms."""
    tokens = name_tokens(name)
    if not tokens:
        return False
    if any(t in ORG_WORDS for t in tokens) or tokens[-1] in BUILDING_WORDS:
        return True  # "Trump Tower" is a building: never the person "he" stands for
    if " ".join(tokens) in PLACES or all(t in PLACES for t in tokens):
        return True
    bare = name.replace(".", "").strip()
    return bare.isupper() and len(bare) >= 2


def _given_names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names agree when the shorter list fits inside the longer one (initials allowed)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    for token in short:
        if token in long:
            continue
        if len(token) == 1 and any(t.startswith(token) for t in long):
            continue
        return False
    return True


def _person_tokens(name: str) -> tuple[str, ...]:
    """Name tokens with titles stripped, for person comparison."""
    bare, description = strip_title(name)
    if not bare and speaks_for_another(description):
        return ()  # "spokesman for Hillary Clinton" shares no name with Hillary Clinton
    return name_tokens(bare or name)


def clipped_name(full: str) -> tuple[str, ...]:
    """The tokens of an organisation's name without a head its article may drop, or ().

    "State Department" -> ("state",), "the Green Party" -> ("green",); a name
    whose last word is no head of CLIPPED_HEADS has no clipped form.
    """
    tokens = name_tokens(full)
    return tokens[:-1] if len(tokens) >= 2 and tokens[-1] in CLIPPED_HEADS else ()


@lru_cache(maxsize=65536)
def is_same_speaker(a: str, b: str) -> bool:
    """Do two names denote the same speaker?

    Organisations match when one normalised name ends the other ("State
    Department" / "U.S. State Department"). People match on surname with
    compatible given names, so "Erdogan" == "Recep Tayyip Erdogan" but
    "Hillary Clinton" != "Bill Clinton".
    """
    if not a or not b:
        return False
    if normalise_alias(a) == normalise_alias(b):
        return True
    org_a, org_b = looks_like_organisation(a), looks_like_organisation(b)
    if org_a or org_b:
        ta, tb = name_tokens(a), name_tokens(b)
        short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        return bool(short) and org_a == org_b and long[-len(short) :] == short
    pa, pb = _person_tokens(a), _person_tokens(b)
    if not pa or not pb or pa[-1] != pb[-1]:
        return False
    return _given_names_compatible(pa[:-1], pb[:-1])
