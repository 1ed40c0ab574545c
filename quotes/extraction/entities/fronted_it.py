"""An "it" after a fronted place in the text ("At the bottom, it reads") opens its clause.

"The email includes a photo of Lee. At the bottom it reads, '...'": English may
front a prepositional phrase before the subject, and the "it" after it is still
the subject of the sentence, taking up the document the sentence before was about.
The resolver took up such a document only for an "it" opening the sentence, so
this one was left unresolved. Only a short phrase opened by a preposition counts,
with no verb or clause of its own ("At the bottom", "In the letter", "On its last
page,"): a longer opening may hold a clause whose subject "it" goes with.
"""

from __future__ import annotations

from ..lexicon.function_words import PREPOSITIONS
from ..phrases.mention import Mention
from ..text.layout import Token

_FRONTED_WORDS = 5  # "On the last page of", at most, before the comma


def opens_clause(tokens: list[Token], mention: Mention) -> bool:
    """Is the pronoun the sentence's first word, or right after a short fronted
    prepositional phrase?"""
    if mention.first == 0:
        return True
    before = tokens[: mention.first]
    if before[-1].text == ",":
        before = before[:-1]
    if not before or len(before) > _FRONTED_WORDS or before[0].low not in PREPOSITIONS:
        return False
    return all(token.text.isalpha() or token.text.endswith(("’s", "'s")) for token in before)
