""" "The Wisconsin Republican", "the Ohio Democrat": a role phrase, not a name.

News style revisits a politician by home state and party: "Ryan spoke ...
'...,' the Wisconsin Republican said". Every word is capitalised, so the phrase
reads as a name ("Wisconsin Republican", a person nobody named); it is a
definite description of one person, as "the senator" is, and is resolved as
such. Only "the", then place words, then a singular party noun: "the Log Cabin
Republicans" (a body) and "the Republican" alone are left as they were.
"""

from __future__ import annotations

from ..lexicon import PLACES
from ..lexicon.people import PLACE_PARTS

_PARTY_NOUNS = frozenset({"republican", "democrat"})


def place_and_party(phrase: str) -> bool:
    """Is the phrase "the" + a place + a party noun, naming one politician?"""
    words = phrase.split()
    if len(words) < 3 or words[0].casefold() != "the" or words[-1].casefold() not in _PARTY_NOUNS:
        return False
    place = [word.casefold() for word in words[1:-1]]
    if len(place) == 1 and place[0] in PLACE_PARTS:
        return False  # "the New Democrat": a faction, not a place
    return all(w[:1].isupper() and low in PLACES for w, low in zip(words[1:-1], place, strict=True))


def titled_from_place(phrase: str, descriptions: list[str]) -> bool:
    """May a person titled with `descriptions` be the one a role phrase names?

    For "the Wisconsin Republican" only if a title gave the person that place too
    ("Wisconsin Rep. Paul Ryan"): a person titled "Republican" alone ("Republican
    Donald Trump's comments") is some other Republican, and the phrase is left to
    revisit the person named before, as "the senator" does. Any other phrase: yes.
    """
    if not place_and_party(phrase):
        return True
    place = " ".join(phrase.split()[1:-1]).casefold()
    return any(place in description.casefold() for description in descriptions)
