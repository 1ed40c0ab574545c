"""A document named after its issuer speaks for the issuer.

"According to the new Acme Research Center survey, ...", "the Clinton campaign
memo said", "a Quinnipiac University poll released Monday found": news style
puts the name of whoever issued a document right before the noun for it, as a
modifier, so the document speaks for that name (a body or a person), not for a
speaker called "Acme Research Center survey". The name is the run of
capitalised words right before the document noun, with an organisation word
after it ("the Clinton campaign memo"); a run that is only a place, a nationality,
a party word, a weekday or a month ("the Texas poll", "the Monday statement") names
no issuer. Possessives are left to `owned_documents.py`.
"""

from __future__ import annotations

import regex

from ..lexicon import AD_VOICES, DEMONYMS, DOCUMENT_NOUNS, PLACES
from ..lexicon.documents import MEDIA_WORDS, MONTH_NAMES, PUBLISHED_NOUNS
from ..lexicon.people import ORGANISATION_ROLES, PARTY_WORDS
from ..lexicon.time_words import WEEKDAYS
from ..names import name_tokens
from ..types import PERSON
from .registry import Entity, Registry

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.&/’'-]*")
_OPENERS = frozenset({"the", "a", "an", "this", "that"})
_NO_ISSUER = DEMONYMS | PLACES | PARTY_WORDS | frozenset(WEEKDAYS) | MONTH_NAMES | MEDIA_WORDS


def issuer_span(phrase: str) -> tuple[int, int] | None:
    """Where in the phrase the issuer's name runs (offsets into `phrase`), if it names one."""
    words = list(_WORD.finditer(phrase))
    if len(words) < 3 or words[0].group().casefold() not in _OPENERS:
        return None
    noun = next((i for i, w in enumerate(words) if w.group().casefold() in PUBLISHED_NOUNS), 0)
    last = noun - 1
    if last >= 1 and words[last].group().casefold() in ORGANISATION_ROLES:
        last -= 1  # "the Clinton campaign memo": the campaign
    first = last
    while first >= 1 and (_capitalised(words[first].group()) or _inner_of(words, first)):
        first -= 1  # "the University of Texas poll": "of" inside a name
    first += 1
    if noun < 2 or first > last:
        return None
    run = [w.group().casefold().rstrip(".") for w in words[first : last + 1]]
    if any(word in MEDIA_WORDS for word in run) or all(word in _NO_ISSUER for word in run):
        return None
    return words[first].start(), words[noun - 1].end()


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.endswith(("’s", "'s"))


def _inner_of(words: list, index: int) -> bool:
    return words[index].group() == "of" and _capitalised(words[index - 1].group())


def named_issuer(registry: Registry, phrase: str, at: int) -> Entity | None:
    """The body or person a document phrase at `at` names as its issuer, if it names one."""
    span = issuer_span(phrase)
    if span is None:
        return None
    name, at = phrase[span[0] : span[1]], at + span[0]
    words = name_tokens(name)
    if words and any(e.kind == PERSON for e in registry.by_token.get(words[-1], ())):
        return registry.resolve_name(name, at)  # "the Voss statement": a person the article named
    return registry.organisation(name, at)  # else a body: "Gallup", never a "she"


def names_document(phrase: str) -> bool:
    """ "the statement", "the new ad", "the Clinton campaign memo": a definite document."""
    words = phrase.split()
    definite = len(words) >= 2 and words[0].casefold() in ("the", "this", "that")
    return definite and words[-1].casefold() in DOCUMENT_NOUNS | AD_VOICES  # "the narrator"
