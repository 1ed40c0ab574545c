"""A name ending in "Valley", "County" or "Canyon" is a place, not a person.

"I have great respect for Silicon Valley," the candidate said: every capitalised run
of two words or more is registered as a possible person, so "Silicon Valley" became
a person named in full, the newest one before "the candidate", which then revisited
it. English names places after the feature they are ("Orange County", "Napa Valley",
"Chesapeake Bay"); such a noun ends no person's name (`PLACE_FEATURE_NOUNS`, surnames
like "Rivers" or "Lake" left out).
"""

from __future__ import annotations

from ..lexicon.people import PLACE_FEATURE_NOUNS


def names_place_feature(tokens: tuple[str, ...] | list[str]) -> bool:
    """Do the name's normalised tokens end in a place feature noun?"""
    return len(tokens) >= 2 and tokens[-1] in PLACE_FEATURE_NOUNS
