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


# Abbreviated titles and the role each stands for: "Florida Sen. Marco Rubio" is the
# person "the Florida senator" names later in the story.
ROLE_OF_ABBREVIATION = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "pres": "president",
    "adm": "admiral",
    "supt": "superintendent",
}


# Head nouns of the names of buildings and venues ("Trump Tower", "Trump Plaza",
# "Caesars Palace"): a place where things happen, never a person who speaks.
BUILDING_WORDS = frozenset(
    words(
        """tower towers plaza hotel casino palace building airport stadium arena
        avenue boulevard mall resort memorial"""
    )
)


# Roles that speak for someone else, question someone else or stay unnamed by custom:
# "the spokesman", "the moderator" or "the official" after a named person is another
# person, never that person again.
DELEGATE_ROLES = frozenset(
    words(
        """spokesman spokeswoman spokesperson aide adviser advisor official source
        representative lawyer attorney staffer assistant deputy witness officer
        person man woman member resident voter supporter critic moderator interviewer
        questioner reporter"""
    )
)


# People defined by their tie to the person named after "for", "to" or "of": "a
# spokesman for Hillary Clinton", "an aide to Sanders", "supporters of Trump" are
# someone else than Clinton, Sanders or Trump.
SPEAKS_FOR_ROLES = frozenset(
    words(
        """spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers
        advisor advisors lawyer lawyers attorney attorneys staffer staffers supporter
        supporters backer backers critic critics opponent opponents ally allies"""
    )
)


# The head of an organisation's name that its article may drop once it has named it:
# "State" is "the State Department" of the lines before, "Labour" the "Labour Party".
CLIPPED_HEADS = frozenset(
    words("department ministry agency bureau committee commission council party")
)


# What kind of organisation a descriptor names, by the words such a body's name holds:
# "the newspaper" is the "Daily News" named before, "the agency" the "State Department".
_OUTLET_NAMES = frozenset(words("news times post journal tribune herald gazette daily magazine"))
_GOVERNMENT_NAMES = frozenset(
    words("department agency ministry office bureau service administration commission")
)
_COMPANY_NAMES = frozenset(
    words(
        """inc corp company co ltd corporation industries services systems airlines motors
        holdings group technologies logistics"""
    )
)
ORGANISATION_KINDS = {
    "newspaper": _OUTLET_NAMES,
    "paper": _OUTLET_NAMES,
    "tabloid": _OUTLET_NAMES,
    "magazine": _OUTLET_NAMES,
    "agency": _GOVERNMENT_NAMES,
    "department": _GOVERNMENT_NAMES,
    "ministry": _GOVERNMENT_NAMES,
    "company": _COMPANY_NAMES,
    "firm": _COMPANY_NAMES,
}


# Ranks that make a title another office: a vice president is not "the president".
SUBORDINATE_RANKS = frozenset(words("vice deputy lieutenant assistant under"))

# Words that make a definite description two people named together: "the two", "both".
PAIR_WORDS = frozenset(words("two both pair duo"))

# Words of a role phrase that name a party, not an office ("the Republican candidate").
PARTY_WORDS = PARTISANS | frozenset(words("gop democratic"))

# Parts of place names that are no place alone: "the New Democrat" is a faction, not a place
# and a party (`entities/party_roles.py`).
PLACE_PARTS = frozenset(words("new north south east west united"))

# "the group", "the coalition": nouns news style calls a named body of people by, and the
# words that end such a body's name ("Club for Growth", "National Golf Foundation").
GROUP_BODY_NOUNS = frozenset(
    words("group organization organisation coalition nonprofit non-profit association foundation")
)
GROUP_NAME_WORDS = frozenset(
    words(
        """group coalition association foundation union alliance league federation network
        fund council committee institute center centre pac movement organization organisation
        caucus club"""
    )
)

# Common nouns that end the name of a place, never a person's name ("Silicon Valley",
# "Orange County", "Grand Canyon"): surnames that are such words ("Rivers", "Lake", "Hill")
# are left out.
PLACE_FEATURE_NOUNS = frozenset(
    words("valley county canyon river bay peninsula desert gulf strait coast harbor harbour")
)
