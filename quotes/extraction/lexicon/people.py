"""Words about people and names: roles, titles that are surnames, name particles, crowds."""

from __future__ import annotations

from . import words

# Role nouns that name a body, not a person ("the ministry said"): an organisation speaks.
ORGANISATION_ROLES = frozenset(
    words("ministry department agency government administration campaign")
)
# Role nouns that are things or bodies, never a person a participle's subject can be.
THING_ROLES = ORGANISATION_ROLES | frozenset(words("statement report reports"))


CROWD_NOUNS = frozenset(
    words(
        """crowd crowds audience supporters protesters protestors demonstrators delegates fans
        students marchers attendees spectators onlookers"""
    )
)


# Title words that are also surnames ("Peter T. King", "John Major", "Rob Bishop").
TITLE_SURNAMES = frozenset({"king", "major", "bishop", "judge", "pope", "prince", "lord"})


NAME_PARTICLES = {"al", "el", "de", "da", "di", "van", "von", "bin", "du", "la", "le", "del", "der"}


FEMALE_ROLES = frozenset({"spokeswoman", "congresswoman", "chairwoman", "mrs", "ms", "woman"})


MALE_ROLES = frozenset({"spokesman", "congressman", "chairman", "mr", "man"})


COUNTERPART_TITLES = frozenset({"counterpart", "leader", "chief", "head"})


# Given names ending in "-a" that men bear ("Joshua", "Mustafa") or both do ("Dana").
MASCULINE_A = frozenset(
    words("joshua luca luka nikita ezra andrea mustafa musa isa issa hamza sasha dana akira attila")
)


PARTISANS = frozenset(words("democrat republican conservative liberal progressive libertarian"))


# Titles of whoever leads a country or a body: "the Turkish president" may be the
# "Turkish counterpart" or the "Kremlin leader" named before; "the spokesman" may not.
LEADING_TITLES = frozenset(
    words("president minister prime premier chancellor king queen leader chief head ruler")
)
