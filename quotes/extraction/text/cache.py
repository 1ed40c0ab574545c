"""What later stages derive from a sentence's tokens, kept with the tokens.

The text stage makes each sentence's tokens a `TokenList`; the phrase, cue,
entity and attribution stages ask of them questions that many quotations or
cues of one sentence ask again ("the commas of the sentence", "where the
adverbs before this token start"). `memo` keeps each answer with the tokens,
so a sentence holding thousands of quotations is still scanned once.
"""

from __future__ import annotations


class TokenList(list):
    """The tokens of one sentence, with the answers `memo` keeps for them.

    A slice of it is a plain list, without a cache: what is derived from a
    slice is derived again each time.
    """

    __slots__ = ("memo",)


def memo(tokens: list, key: object, build):
    """`build(tokens)`, computed once per sentence when `tokens` is a sentence's TokenList."""
    cache = getattr(tokens, "memo", None)
    if cache is None:
        if not isinstance(tokens, TokenList):
            return build(tokens)
        cache = tokens.memo = {}
    found = cache.get(key, _MISSING)
    if found is _MISSING:
        found = cache[key] = build(tokens)
    return found


_MISSING = object()


def table(tokens: list, key: object) -> dict:
    """A dict kept with the sentence under `key`, which its asker fills in itself (an
    answer per index, say): only the key names it. A slice gets a fresh one each time."""
    known = getattr(tokens, "memo", None)
    if known is None:
        if not isinstance(tokens, TokenList):
            return {}
        known = tokens.memo = {}
    found = known.get(key)
    if found is None:
        found = known[key] = {}
    return found


def back_over(tokens: list, name: str, keep, index: int) -> int:
    """Where the run of tokens that `keep` accepts, ending at `index`, starts.

    That is the lowest j with keep(t) for every token t in tokens[j : index + 1]
    (index + 1 when keep(tokens[index]) fails). Every cue of a sentence may step
    back over such a run ("would quickly quickly ... say"), and runs of cues can
    form one ("reply reply reply ..."): the answer is kept per `name` and index,
    so each token is stepped over once.
    """
    known = table(tokens, ("back over", name))
    path = []
    while index >= 0 and keep(tokens[index]):
        if index in known:
            found = known[index]
            break
        path.append(index)
        index -= 1
    else:
        found = index + 1
    for at in path:
        known[at] = found
    return found
