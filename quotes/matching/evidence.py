"""What the matcher knows about one unit beyond its words: who, when, marked, in which matter.

Word overlap says two units *sound* alike. Whether they make the same claim
also depends on where they were said. An `Occurrence` carries that, read from
the quote and its article by the database layer:

* ``marked``: the journalist put the words inside quotation marks (a direct or
  partial quote), i.e. vouched for them as someone's wording;
* ``speaker``, ``said_on``: for same utterance / repetition / echo;
* ``context``: content words of the paragraph around the quote, minus the
  quote's own words: what the statement is *about* ("no weapon" near "police,
  shooting" is another matter than near "IAEA, inspectors");
* ``names``: content words that are names in this unit (capitalised inside a
  sentence); names alone never show that two people said the same thing;
* ``article_names`` and ``speaker_names``: to see whether one article names
  the other's speaker, which is how an echo shows itself;
* ``speaker_body``: the body a role phrase of an organisation speaks for
  ("FBI" of "FBI investigation"), to tie it to a quote printed beside that
  body's name; never to tell two speakers apart.

A bare string becomes an Occurrence that knows nothing but its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import regex

from .assertion import GENERIC
from .text import STOPWORDS, content_words, normalize

CONTEXT_REACH = 600  # characters read on each side of a quote
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’.-]*")
_SENTENCE_START = regex.compile(r"(?:^|[.!?…:;]\s+|[\"“‘«(—–]\s*)$")
_NAME_TOKEN = regex.compile(r"[\p{L}]+")


@dataclass(frozen=True)
class Occurrence:
    """A unit of a quote with what is known about where it was said."""

    text: str
    marked: bool = False
    speaker: object = None
    said_on: date | None = None
    year: int | None = None
    context: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    article_names: frozenset[str] = frozenset()
    speaker_names: frozenset[str] = frozenset()
    speaker_body: frozenset[str] = frozenset()


def occurrence(unit) -> Occurrence:
    """Accept an Occurrence, a `Unit` or a plain string."""
    if isinstance(unit, Occurrence):
        return unit
    text = unit if isinstance(unit, str) else unit.text
    return Occurrence(text=text, names=name_stems(text))


@lru_cache(maxsize=16384)
def name_stems(text: str) -> frozenset[str]:
    """Stems of the capitalised words of `text` that are not at a sentence start.

    Codes with digits (S-400) are not names: they are the most specific words
    a claim has.
    """
    found = set()
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        if any(ch.isdigit() for ch in word) or _SENTENCE_START.search(text, 0, match.start()):
            continue
        found.update(content_words(word))
    return frozenset(found)


def article_names(body: str) -> frozenset[str]:
    """Every capitalised word of an article, folded: the people and places it names."""
    words = (normalize(m.group(0)) for m in _CAPITALISED.finditer(body))
    return frozenset(w.strip(".'’") for w in words if w not in STOPWORDS)


def speaker_names(name: str) -> frozenset[str]:
    """The surname (last word) of a speaker's name, folded, as an article would print it.

    A role phrase ("Vermont senator", "former secretary of state", "two
    lawmakers") names nobody: its last word is not capitalised, and the
    capitalised words before it are places or parties, not the speaker.
    """
    tokens = _NAME_TOKEN.findall(name or "")
    if not tokens or not tokens[-1][:1].isupper() or len(tokens[-1]) <= 2:
        return frozenset()
    return frozenset({normalize(tokens[-1])})


def speaker_body(name: str) -> frozenset[str]:
    """The body an organisation's role phrase speaks for: its last capitalised modifier, folded.

    "FBI investigation", "the Clinton campaign", "Powell's office": the head
    names a thing, not a person, and what the row speaks for is the name that
    modifies it, in the position a surname holds in a person's name. A name
    (last word capitalised) has no body apart from its name. Only for rows the
    resolver files as organisations: "Iowa voter" or "Berlin man" is a person
    from a place, not a place speaking.
    """
    tokens = _NAME_TOKEN.findall(name or "")
    if not tokens or tokens[-1][:1].isupper():
        return frozenset()
    modifiers = [t for t in tokens[:-1] if t[:1].isupper() and len(t) > 2]
    return frozenset({normalize(modifiers[-1])}) if modifiers else frozenset()


@lru_cache(maxsize=4096)
def encode_terms(terms: frozenset[str]) -> str:
    """Terms as stored in the database: sorted, space-separated (stems hold no spaces)."""
    return " ".join(sorted(terms))


@lru_cache(maxsize=1024)
def decode_terms(text: str) -> frozenset[str]:
    """Stored terms as a set, one set per distinct text.

    A popular statement's candidates often come from copies of one story with
    the same stored context; sharing the set spares splitting it again and
    lets equal occurrences compare by identity (`services.pair_scoring.verdicts`).
    """
    return frozenset(text.split())


def context_around(body: str, start: int, end: int, text: str) -> frozenset[str]:
    """Content words around body[start:end] (CONTEXT_REACH each side) and of the headline.

    News paragraphs are a sentence or two, too little to tell what a quote is
    about; a few paragraphs either side and the headline (the first line) are
    the story it belongs to. The quote's own words are left out, so the
    context says what surrounds a phrase, not the phrase again, and so are
    generic words, which tell no story.
    """
    first_line = body.find("\n", 0, CONTEXT_REACH)
    headline = body[: first_line if first_line != -1 else 0]
    around = body[max(0, start - CONTEXT_REACH) : start] + " " + body[end : end + CONTEXT_REACH]
    own = set(content_words(text)) | GENERIC
    return frozenset(w for w in content_words(headline + " " + around) if w not in own)
