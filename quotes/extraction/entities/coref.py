"""Turning a speaker mention into an entity: names, role phrases and pronouns.

Pronouns resolve to the most recent salient entity: a speaker of an earlier
attribution or the subject of an earlier sentence (the attributor supplies
that history, newest first). Mentions inside the
pronoun's own sentence are not candidates (in "Blinken 'expressed concern',
he said" the "he" is not Blinken), except that a relative clause ("Biden's
remarks, in which he called ...") points at the possessor before it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from ..lexicon import PRONOUNS
from ..names import name_tokens
from ..phrases.noun_phrases import Mention, pronoun_of
from ..text.layout import Sentence, memo
from ..types import ORGANISATION, PERSON
from .registry import Entity, Registry, is_group

_RELATIVE = frozenset({"which", "whom", "where", "when"})


def no_history(sentence: Sentence, before: int, key: tuple[str, str]) -> Entity | None:
    """A resolver outside an article knows nobody a pronoun could stand for."""
    return None


def fits(entity: Entity, kind: str, gender: str) -> bool:
    """Can a pronoun of this kind and gender stand for the entity?

    Once false it stays false for the rest of the article: an entity's kind
    never changes and its gender is only ever set once, from unknown.
    """
    if kind == PERSON:
        return entity.kind == PERSON and entity.gender in ("", gender)
    if kind == ORGANISATION:
        return entity.kind == ORGANISATION
    return is_group(entity) or entity.kind == ORGANISATION


class Resolver:
    """Resolves mentions in reading order, remembering who is salient."""

    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry
        # (sentence, offset of the pronoun, (kind, gender)) -> the newest salient entity
        # before the pronoun that fits it, or None; the attributor supplies it.
        self.history: Callable[[Sentence, int, tuple[str, str]], Entity | None] = no_history

    def resolve(self, mention: Mention, sentence: Sentence) -> Entity | None:
        """The entity a mention denotes, or None for unresolvable pronouns."""
        if mention.refers is not None:
            return self.resolve(mention.refers, sentence)
        phrase = self.text[mention.start : mention.end]
        if not name_tokens(phrase):
            return None  # "The" alone: an article with no noun names nobody
        if mention.kind == "pronoun":
            return self._pronoun(pronoun_of(phrase.casefold()), mention, sentence)
        if mention.kind == "name":
            return self.registry.resolve_name(phrase, mention.start)
        return self.registry.resolve_role(phrase, mention.start)

    def resolve_pronoun(self, pronoun: str, mention: Mention, sentence: Sentence) -> Entity | None:
        """The entity a pronoun given apart from its mention denotes ("her" in "her remark")."""
        return self._pronoun(pronoun, mention, sentence)

    def _pronoun(self, pronoun: str, mention: Mention, sentence: Sentence) -> Entity | None:
        kind, gender = PRONOUNS.get(pronoun, ("", ""))
        if pronoun in {"i", "we", "you"}:
            return None
        possessor = self._relative_possessor(mention, sentence)
        if possessor is not None and kind == PERSON:
            return possessor
        return self.history(sentence, mention.start, (kind, gender))

    def _relative_possessor(self, mention: Mention, sentence: Sentence) -> Entity | None:
        """In "X's remarks, in which he called", the pronoun is X."""
        tokens = sentence.tokens
        if mention.first == 0 or tokens[mention.first - 1].low not in _RELATIVE:
            return None
        owners = memo(tokens, "owners", _capitalised_possessives)
        index = bisect_right(owners, mention.first - 2) - 1  # the nearest one before
        if index < 0:
            return None
        token = tokens[owners[index]]
        return self.registry.resolve_name(token.text[:-2], token.start)


def stands_for_name(entity: Entity, mention: Mention) -> bool:
    """A one-word subject counts when it is a pronoun or stands for a longer name."""
    return mention.kind == "pronoun" or (
        entity.kind == PERSON and len(entity.name) > mention.end - mention.start
    )


def _capitalised_possessives(tokens) -> list[int]:
    """Indexes of the tokens like "Biden's" in a sentence, in order."""
    return [i for i, t in enumerate(tokens) if t.is_cap and t.text.endswith(("’s", "'s"))]
