"""Which named body "the company", "the newspaper" or "the website" stands for.

News style names a company, newspaper or website once and then calls it by
what it is: "Supré worked at Vanguard Logistics Services ... The company
confirmed", "a statement posted on the website GunBroker.com ... the company
wrote", "the editors of The Advocate ... The newspaper said". The registry
already takes a body whose name says its kind ("the newspaper" for the "Daily
News"); this search takes the rest, read off the sentences already seen,
newest first: a name set beside the noun ("the website GunBroker.com"), else
the newest name written as a body's ("The Advocate" inside a sentence, one
holding an organisation word, a web address), never a place. A sentence that
calls the body by the same phrase again carries the search further back, as
the article keeps talking about the same body.
"""

from __future__ import annotations

from typing import Protocol

from ..entities.coref import Resolver
from ..entities.registry import Entity
from ..lexicon import PLACES
from ..lexicon.function_words import MENTION_DETERMINERS
from ..names import name_tokens
from ..text.cache import memo
from ..text.layout import Sentence
from ..text.lines import BODY
from .body_kinds import ANY, BODY_NOUNS, COMPANIES, Kind

LOOK_BACK = 4  # sentences before the phrase's own, and before each that repeats the phrase
_FURTHEST = 16  # sentences read at most, however often the phrase repeats
_WEB = (".com", ".org", ".net")


class Seen(Protocol):
    """What the search reads of the attribution history (`history.py`, which calls it)."""

    text: str
    sentences: list[Sentence]
    resolver: Resolver


def named_body(seen: Seen, sentence: Sentence, before: int, phrase: str) -> Entity | None:
    """The named body the phrase at `before` stands for ("the company"), or None."""
    words = phrase.split()
    if len(words) == 3 and _initials(words[1]):
        return _by_initials(seen, sentence, before, words[1])
    kind = BODY_NOUNS.get(words[-1].casefold()) if len(words) == 2 else None
    if kind is None:
        return None
    first = max(0, sentence.index - LOOK_BACK)
    furthest = max(0, sentence.index - _FURTHEST)
    index = sentence.index
    while index >= first:
        current = seen.sentences[index]
        if current.line_kind == BODY:
            limit = before if index == sentence.index else current.end
            found = _in_sentence(seen, current.tokens, limit, kind)
            if isinstance(found, str):
                return seen.resolver.registry.organisation(found, before)
            if found and index != sentence.index:
                first = max(furthest, index - LOOK_BACK)  # "the company" again: read on
        index -= 1
    return None


def _initials(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _by_initials(seen: Seen, sentence: Sentence, before: int, acronym: str) -> Entity | None:
    """ "the Black Lives Matter movement ... the BLM group": the name the letters stand for."""
    for index in range(sentence.index, max(-1, sentence.index - _FURTHEST - 1), -1):
        tokens = seen.sentences[index].tokens
        for first, last in reversed(memo(tokens, "capital_runs", _capital_runs)):
            if tokens[first].start >= before:
                continue
            names = [t for t in tokens[first : last + 1] if t.low not in _NOT_INITIAL]
            if "".join(t.text[0] for t in names) == acronym:
                name = seen.text[names[0].start : names[-1].end]
                return seen.resolver.registry.organisation(name, before)
    return None


_NOT_INITIAL = frozenset({"the", "of", "and", "for"})


def body_before(text: str, tokens, at: int) -> str:
    """The newest name written as a body's before token `at` of the sentence, or ""."""
    for first, last in reversed(memo(tokens, "capital_runs", _capital_runs)):
        if last < at:
            phrase = _body_phrase(text, tokens, first, last, ANY)
            if phrase:
                return phrase
    return ""


def _in_sentence(seen: Seen, tokens, limit: int, kind: Kind) -> str | bool:
    """The newest body name before `limit`, else whether the sentence says "the <noun>"."""
    repeated = False
    for first, last in reversed(memo(tokens, "capital_runs", _capital_runs)):
        if tokens[first].start >= limit:
            continue
        phrase = _body_phrase(seen.text, tokens, first, last, kind)
        if phrase:
            return phrase
    for at, token in enumerate(tokens):
        if token.start >= limit:
            break
        if token.low in kind.nouns and at and tokens[at - 1].low == "the":
            repeated = True
    return repeated


def _body_phrase(text: str, tokens, first: int, last: int, kind: Kind) -> str:
    """The run's text when news style would write a body of that kind's name so, else ""."""
    phrase = text[tokens[first].start : tokens[last].end]
    if phrase.endswith(("’s", "'s")):
        phrase = phrase[:-2]
    names = name_tokens(phrase)
    if not names or names_place(phrase):
        return ""
    beside = first > 0 and tokens[first - 1].low in kind.nouns  # "the website GunBroker.com"
    following = last + 1 < len(tokens) and _noun(tokens[last + 1].low) in kind.nouns
    titled = kind.titled and first > 0 and tokens[first].text == "The" and last > first
    if beside or following or titled or phrase.casefold().endswith(_WEB):
        return phrase  # "Family Circle magazine", "the editors of The Advocate"
    if kind is COMPANIES and _which_follows(tokens, last):
        return phrase  # "employers such as Monsanto, which opposed the bill": a body
    return phrase if kind.name_words.intersection(names) else ""


def _which_follows(tokens, last: int) -> bool:
    """ "Monsanto, which opposed the bill": English takes up a thing or body with ", which",
    never a person, so the name before it may be the company a later "the company" means."""
    if last + 2 >= len(tokens):
        return False
    return tokens[last + 1].text == "," and tokens[last + 2].low == "which"


def names_place(name: str) -> bool:
    """ "Springfield", "Baton Rouge": a place, never the body a noun stands for."""
    words = name_tokens(name)
    return " ".join(words) in PLACES or all(word in PLACES for word in words)


def _noun(low: str) -> str:
    """ "magazine’s" is "magazine"."""
    return low[:-2] if low.endswith(("’s", "'s")) else low


def _capital_runs(tokens) -> list[tuple[int, int]]:
    """(first, last) of each run of capitalised words, "The" and a possessive included."""
    runs: list[tuple[int, int]] = []
    at = 0
    while at < len(tokens):
        if not tokens[at].is_cap or tokens[at].is_quote:
            at += 1
            continue
        end = at
        while end + 1 < len(tokens) and tokens[end + 1].is_cap and not tokens[end + 1].is_quote:
            end += 1
        if not (end == at and tokens[at].low in MENTION_DETERMINERS):
            runs.append((at, end))
        at = end + 1
    return runs
