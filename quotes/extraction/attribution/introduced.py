"""People a sentence introduces by name and apposition ("Wes Nakagiri, a delegate ...").

News style brings in a new speaker with a name and a description, then quotes
them with a pronoun. The pronoun history (`history.py`) falls back on them
when a paragraph's speakers and subjects do not fit.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from ..entities.registry import Entity, Registry
from ..lexicon.function_words import ARTICLES, PREPOSITIONS
from ..text.layout import Sentence
from ..types import PERSON

_START = itemgetter(1)


def people_index(registry: Registry) -> list[tuple[int, int, Entity]]:
    """Every place a person is named, in order: (offset, entity number, entity)."""
    people = enumerate(registry.entities)
    return sorted(
        (at, n, entity) for n, entity in people if entity.kind == PERSON for at in entity.seen
    )


def introduced(
    index: list[tuple[int, int, Entity]], sentence: Sentence, masked: str
) -> list[Entity]:
    """The people the sentence introduces outside its quotations, in order."""
    low = bisect_left(index, (sentence.start, -1))
    high = bisect_left(index, (sentence.end, -1), low)
    tokens, found = sentence.tokens, []
    for at, _, entity in index[low:high]:
        if masked[at] != "_" and _apposed(tokens, bisect_left(tokens, at, key=_START)):
            found.append(entity)
    return found


def _apposed(tokens, index: int) -> bool:
    """Is the name at `index` two or three words followed by ", a", ", an" or ", the"?

    Not the end of an opening phrase: "In downtown San Francisco, a group marched".
    """
    if tokens[0].low in PREPOSITIONS and all(t.text != "," for t in tokens[:index]):
        return False
    end = index
    while end < len(tokens) and tokens[end].is_cap:
        end += 1
    if not 2 <= end - index <= 3 or end + 1 >= len(tokens):
        return False
    return tokens[end].text == "," and tokens[end + 1].low in ARTICLES
