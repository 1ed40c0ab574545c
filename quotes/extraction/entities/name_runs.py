"""Capitalised runs of an article cut into the phrases that may be names.

"Mr. Smith of Ohio", "Benghazi. Bob Woodward": a run of capitalised words is
split at sentence ends, openers and cue words before the registry reads it.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import DEMONYMS, PLACES, TITLE_WORDS, words
from ..lexicon.cue_forms import is_cue_word
from ..lexicon.openers import NAME_OPENERS
from ..lexicon.text_words import ABBREVIATIONS, TITLE_CASE_FUNCTION_WORDS
from ..lexicon.time_words import DAY_WORDS
from ..names import (
    given_name_before,
    looks_like_organisation,
    name_tokens,
    strip_title,
    trailing_name,
)
from .place_features import names_place_feature
from .roles import roles_of


@lru_cache(maxsize=65536)
def run_phrases(run: str) -> tuple[tuple[int, str], ...]:
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
        if word.endswith(("s’", "s'")) and found.end() < len(run):
            # "Bernie Sanders’ Jewish faith": the owner's name ends at the possessive
            segments.append((start, run[start : found.end() - 1]))
            start = None
    if start is not None:
        segments.append((start, run[start:]))
    return segments


def _casefold_word(word: str) -> str:
    return word.casefold().replace("’", "'")


@lru_cache(maxsize=65536)
def _breaks_names(word: str) -> bool:
    """A function word, a time mark or an inflected reporting verb in a capitalised run:
    "9:33 PM Donald Trump Calls Out Ted Cruz" names Donald Trump and Ted Cruz.

    Cached: the same capitalised words recur in run after run of an article."""
    low = _casefold_word(word)
    return low in TITLE_CASE_FUNCTION_WORDS or low in _TIME_MARKS or _inflected_cue(low)


def _inflected_cue(low: str) -> bool:
    """ "Says", "Stated", "Telling": a reporting verb no name is made of ("Said" can be)."""
    return low.endswith(("s", "ed", "ing")) and is_cue_word(low)


_TIME_MARKS = frozenset(words("am pm a.m. p.m."))


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
        return ((0, drop_final_period(phrase)),)
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
    return low[:-1] not in ABBREVIATIONS and low not in TITLE_WORDS


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
    return [(0 if first else words[skip][0], drop_final_period(phrase))]


@lru_cache(maxsize=65536)
def person_phrase(phrase: str) -> tuple[str, str] | None:
    """(name, description) when a capitalised phrase names a person, else None."""
    if looks_like_organisation(phrase) and not _body_title_before_name(phrase):
        return None
    words = phrase.split()
    while words and words[-1].casefold().rstrip(".,") in DAY_WORDS:
        words.pop()  # "Trump Wednesday told ...": the day is not part of the name
    # "Supporters of Hillary Clinton" does not speak as her, but names her
    name, description = strip_title(" ".join(words))
    if not name:
        name, description = trailing_name(" ".join(words))
    tokens = name_tokens(name)
    placed = any(t in PLACES or t in DEMONYMS for t in tokens)
    if names_place_feature(tokens):
        return None  # "Silicon Valley", "Orange County" (place_features.py)
    # "President Obama", "Sen. Cruz": a title of office before a bare surname ("Mr." is none)
    titled = len(tokens) == 1 and not placed and bool(roles_of(name_tokens(description)))
    if (len(tokens) < 2 and not titled) or (placed and not _surname_of_place(tokens)):
        return None
    if all(word.isupper() for word in name.split()):
        return None  # "FULL TEXT:", "BREAKING NEWS": a label in capitals, not a name
    return name, description


def _body_title_before_name(phrase: str) -> bool:
    """ "City Council Speaker Ann Lee", "Board Chairman Ann Lee": a title of office that
    holds the name of a body, before a person's given name and surname.

    Why: the body word makes the whole run look like an organisation, but English puts
    a title, however long, before the name of the one who holds it.
    """
    name, description = strip_title(phrase)
    tokens = name_tokens(name)
    title = name_tokens(description)
    if len(tokens) < 2 or looks_like_organisation(name) or not title:
        return False
    if any(word.isupper() for word in name.split()):
        return False  # "Navy SEAL Ty Woods": a capitalised rank is still part of the title
    return bool(roles_of(title[-1:]))  # the title ends in a role: "Speaker", "Chairman"


def is_fuller_name(name: str, current: str) -> bool:
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


@lru_cache(maxsize=65536)
def drop_final_period(phrase: str) -> str:
    """ "Erdogan." at a sentence end loses the period; "Jr." and "U.S." keep theirs."""
    last = phrase.split()[-1] if phrase.split() else ""
    if last.endswith(".") and len(last) > 3 and "." not in last[:-1]:
        return phrase[:-1]
    return phrase


@lru_cache(maxsize=65536)
def without_opener(phrase: str) -> str:
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
    return low in NAME_OPENERS or _inflected_cue(low) or low.endswith("ingly") or participle


# Shorter "-ing" words open names ("Sterling", "Channing", "Manning").
_PARTICIPLE_LENGTH = 9
