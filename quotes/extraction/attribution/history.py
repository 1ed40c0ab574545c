"""Who a pronoun may stand for: the salient speakers and subjects before it.

The coreference resolver asks the attributor this while cues are being built;
the answers are read off the sentences already attributed, newest first.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter

from ..cues.sentence import Attributed
from ..entities.coref import ISSUER, fits
from ..entities.registry import Entity
from ..text.layout import BODY, Sentence, memo
from .issuers import issuer


class HistoryMixin:
    """The salience history the resolver asks for a pronoun; part of `Attributor`.

    The methods read the attributor's state (text, sentences, caches) through `self`.
    """

    def _history(self, sentence: Sentence, before: int, key: tuple[str, str]) -> Entity | None:
        """The newest salient entity before a pronoun that fits it (`key`: its kind, gender).

        In order: speakers of the pronoun's own sentence (newest first), that
        sentence's subject, then the speakers and subject of each of up to eight
        earlier sentences, newest first. An entity that does not fit a pronoun
        never will (see `fits`), so what a search skips once it never reads again:
        a sentence with thousands of attributions is not rescanned per pronoun.
        Earlier sentences are read in the same order as before, on first need,
        since reading one builds its cues.
        """
        if key[0] == ISSUER:
            return issuer(self, sentence, before)  # "the statement said": who issued it
        current = self.cache.get(sentence.index)
        if current is not None and before > sentence.start:  # else nothing of it comes before
            found = self._newest_in_sentence(sentence.index, current.items, before, key)
            if found is not None:
                return found
        if sentence.line_kind == BODY:
            # "Bush went after Trump ..., when he called ...": the subject before the pronoun
            start, entity = self._subject(sentence.index, solid=True)
            if (
                entity is not None
                and 0 <= start < before
                and not _quoted_predicate(sentence, start, before)
                and fits(entity, *key)
            ):
                return entity
        for index in range(sentence.index - 1, max(0, sentence.index - _HISTORY) - 1, -1):
            if self.sentences[index].line_kind != BODY:
                continue
            found = self._first_fitting(index, key)
            if found is not None:
                return found
        return None

    def _newest_in_sentence(
        self, index: int, items: list[Attributed], before: int, key: tuple[str, str]
    ) -> Entity | None:
        """The newest speaker of the sentence whose mention starts before `before` and fits.

        The sentence's items may still be growing (its cues are being resolved):
        the ones added since the last question are taken in first.
        """
        alive = self.alive.get((index, key))
        if alive is None:
            alive = self.alive[(index, key)] = [0, []]
        stack = alive[1]
        for position in range(alive[0], len(items)):
            entity = items[position].entity
            if entity is not None and fits(entity, *key):
                stack.append(position)
        alive[0] = len(items)
        at = len(stack) - 1
        while at >= 0:
            item = items[stack[at]]
            if not fits(item.entity, *key):
                del stack[at]  # for good: it will not fit any later pronoun of this kind
            elif item.mention.start < before:
                return item.entity
            at -= 1
        return None

    def _first_fitting(self, index: int, key: tuple[str, str]) -> Entity | None:
        """The first entity of an earlier sentence, newest mention first, that fits."""
        ordered = self.ordered.get(index)
        if ordered is None:
            entries = [(i.mention.start, i.entity) for i in self.cues(index).items]
            entries.append(self._subject(index, solid=True))
            kept: dict[int, Entity] = {}
            for _, entity in sorted((e for e in entries if e[1] is not None), key=_offset)[::-1]:
                kept.setdefault(id(entity), entity)
            ordered = self.ordered[index] = tuple(kept.values())
        position = self.fitting.get((index, key), 0)
        while position < len(ordered) and not fits(ordered[position], *key):
            position += 1
        self.fitting[(index, key)] = position
        return ordered[position] if position < len(ordered) else None


_HISTORY = 8


def _quoted_predicate(sentence: Sentence, start: int, end: int) -> bool:
    """Is a quotation the predicate of the subject at `start`, before the pronoun at `end`?

    In 'Blinken "expressed concern ...," he said' the quotation follows the subject
    at once: "he" is the one reporting what Blinken did. In 'Ann Lee backs it
    "because it works," as she put it' the subject has a verb of its own first.
    """
    tokens = sentence.tokens
    index = bisect_right(tokens, start, key=_START)
    for token in tokens[index : index + _NEAR]:
        if token.start >= end:
            return False
        if token.is_quote:
            return True
        if token.text.islower():
            return False
    # a long run of capitalised words or punctuation: jump to the next deciding token
    deciding = memo(tokens, "quote_or_lower", _quotes_or_lower)
    at = bisect_left(deciding, index + _NEAR)
    if at == len(deciding) or tokens[deciding[at]].start >= end:
        return False
    return tokens[deciding[at]].is_quote


def _quotes_or_lower(tokens) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.is_quote or t.text.islower()]


_START = itemgetter(1)


_NEAR = 16  # tokens looked at one by one before an index of the sentence is built


def _offset(entry: tuple[int, object]) -> int:
    return entry[0]
