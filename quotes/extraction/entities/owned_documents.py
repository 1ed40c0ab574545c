"""A document someone owns speaks for its owner: "her ad", "one of his letters".

News writes "one of her ads asked, '...'" or "his statement said" for words the
owner put out; a possessive determiner names whose they are, as "his campaign"
names whose campaign (`coref.Resolver._owned_body`). The quote is filed under
the person "his" or "her" stands for, found as a pronoun would be.
"""

from __future__ import annotations

from ..lexicon import AD_VOICES, DOCUMENT_NOUNS, OWNER_PRONOUNS

_OWNED_NOUNS = DOCUMENT_NOUNS | AD_VOICES


def owner_pronoun(phrase: str) -> str | None:
    """ "he" or "she" for a document phrase opened by "his" or "her" ("one of" may come first)."""
    words = phrase.casefold().split()
    if words[:2] == ["one", "of"]:
        words = words[2:]
    if len(words) < 2 or words[0] not in OWNER_PRONOUNS:
        return None
    head = words[-1]
    if head in _OWNED_NOUNS or (head.endswith("s") and head[:-1] in _OWNED_NOUNS):
        return OWNER_PRONOUNS[words[0]]
    return None
