"""A document whose writer is given after it ("the letter, written by Kenneth Roe,")
speaks for that writer.

News style often names a document first and its writer after it, set off by a
comma or in a relative clause: "The letter, written by Kenneth Roe, a dean, ..."
or "'...,' read the statement, which was attributed to Mell." A later "the letter
said", or the quotation the statement itself reads, is the writer's. The issuer
search (`issuers.py`) read the writer only from a name before the document ("a Roe
letter") or right after it with "by" or "from" ("a letter from Roe"), so such a
document was filed under a speaker named "statement". Only a participle that says
who wrote or put a name to the words counts (`WRITER_PARTICIPLES`): "the letter,
sent to Roe," names the one it went to.
"""

from __future__ import annotations

from bisect import bisect_left

from ..entities.registry import Entity, Registry
from ..lexicon import DOCUMENT_NOUNS
from ..lexicon.documents import WRITER_PARTICIPLES
from ..lexicon.function_words import PASSIVE_AUXILIARIES
from ..names import looks_like_organisation

_RELATIVES = frozenset({"which", "that"})
_NAME_WORDS = 5  # a capitalised run read at most


def writer_after(registry: Registry, text: str, tokens, at: int) -> Entity | None:
    """The writer named after the document noun at token `at`, or None."""
    after = at + 1
    if after < len(tokens) and tokens[after].text == ",":
        after += 1
    if after < len(tokens) and tokens[after].low in _RELATIVES:
        after += 1
    while after < len(tokens) and tokens[after].low in PASSIVE_AUXILIARIES:
        after += 1
    if after + 2 >= len(tokens) or tokens[after].low not in WRITER_PARTICIPLES:
        return None
    if tokens[after + 1].low not in ("by", "to") or not tokens[after + 2].is_cap:
        return None
    first = last = after + 2
    while last + 1 < len(tokens) and last - first < _NAME_WORDS and tokens[last + 1].is_cap:
        last += 1
    phrase = text[tokens[first].start : tokens[last].end]
    if phrase.endswith(("’s", "'s")):
        return None  # "attributed to Mell's office": someone else's body
    if looks_like_organisation(phrase):
        return registry.organisation(phrase, tokens[first].start)
    entity = registry.resolve_name(phrase, tokens[first].start)
    return entity if entity.name[:1].isupper() else None


def own_writer(registry: Registry, text: str, tokens, before: int) -> Entity | None:
    """The writer given after the document the phrase at offset `before` names
    ("read the statement, which was attributed to Mell")."""
    start = bisect_left(tokens, before, key=lambda token: token.start)
    for at in range(start, min(len(tokens), start + _PHRASE_WORDS)):
        if tokens[at].low in DOCUMENT_NOUNS:
            return writer_after(registry, text, tokens, at)
    return None


_PHRASE_WORDS = 8  # "the campaign's initial two-page statement"
