"""The kinds of body a definite noun ("the company", "the group") may stand for.

Each kind pairs the nouns news style calls a body by with the words its name may
hold, so `bodies.py` can take "the newspaper" for "The Advocate" and "the company"
for "Vanguard Logistics Services".

Groups (issue #21): "the group", "the foundation", "the association" and "the
coalition" call a named body of people by what it is, just as "the company" calls a
firm: "..., according to the National Golf Foundation. Almost 650 courses have
closed, the group says." Such a body's name ends in a word of its kind ("Foundation",
"Coalition", "Club for Growth" holds "Club"), so the newest name of that kind before
the phrase is the body meant. Before, only firms, outlets and websites were
searched, and "the group" was filed as a speaker named "group".
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import ORG_WORDS, words
from ..lexicon.people import GROUP_BODY_NOUNS, GROUP_NAME_WORDS, ORGANISATION_KINDS


@dataclass(frozen=True)
class Kind:
    """A kind of body: the nouns that call it so, and the words its name may hold."""

    nouns: frozenset[str]
    name_words: frozenset[str]
    titled: bool = False  # "The Advocate": an outlet's name may open with "The"


COMPANIES = Kind(frozenset(words("company firm")), ORGANISATION_KINDS["company"])
_OUTLETS = Kind(
    frozenset(words("newspaper paper magazine outlet")), ORGANISATION_KINDS["paper"], titled=True
)
_SITES = Kind(frozenset(words("website site")), frozenset())
_GROUPS = Kind(GROUP_BODY_NOUNS, GROUP_NAME_WORDS)
ANY = Kind(frozenset(), ORG_WORDS, titled=True)
BODY_NOUNS = {
    **{noun: _GROUPS for noun in GROUP_BODY_NOUNS},
    "company": COMPANIES,
    "firm": COMPANIES,
    "newspaper": _OUTLETS,
    "paper": _OUTLETS,
    "magazine": _OUTLETS,
    "website": _SITES,
    "site": _SITES,
}
