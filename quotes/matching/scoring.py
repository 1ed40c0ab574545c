"""Exact scoring of two units and the link decision.

Score
-----
For units with at least three distinct content words (stemmed, see `text`)::

    score = 0.4 * J + 0.3 * C + 0.3 * B

* J, Jaccard of the word sets: overall agreement, penalises extra words.
* C, containment of the smaller word set in the larger (|A∩B| / min): outlets
  trim quotes, and a trimmed quote is contained in the fuller one.
* B, containment of adjacent content-word pairs (bigrams): word *order*
  evidence, so the same words in another arrangement score less.

All three are 1 for identical texts and the score is symmetric. Examples
from the seed articles: the Pence line trimmed by one outlet scores 0.90, the
Putin line worded differently by two translations 0.80, Erdogan's "steps ...
in Syria are of great importance" said again later 0.67. Between *different*
statements the highest is 0.45 (two Erdogan lines on "Turkey-Russia ties"),
then 0.42 (Blinken's two "It's no secret" lines); all others are below 0.34.

A *fragment* (fewer than three distinct content words, like “a done deal”)
has too few words for overlap statistics: any two sentences on the topic
share two words. Its only admissible evidence is a key phrase: the fragment's
content words, in order and adjacent, inside the other unit. So its score is
1.0 when that holds and the ordinary formula otherwise, and `decide` never
links a fragment without the key phrase, whatever the score.

Thresholds
----------
* HIGH = 0.60: automatic link. Same-statement pairs in the seeds score 0.67
  to 0.90; the best pair of *different* statements 0.45, so the threshold sits
  in the gap with room on both sides. For scale: a 5-word line inside a
  7-word line, order kept, scores 0.89; two 8-word lines sharing 6 words score
  0.68 in the same order but 0.47 shuffled, so lines that merely share a topic
  (names, S-400, Turkey) stay below.
* LOW = 0.40: suggestion for a curator. E.g. two 6-word lines sharing a run of
  three words score 0.40: reworded repeats and paraphrases worth a look, not
  an automatic claim.
* A negation present in one unit but not the other ("is" / "is not") caps the
  decision at "suggested": the words match but the claim may be reversed.
* Fragments link only by key phrase, and only if the phrase is distinctive
  (at least one word not in a small list of generic words like say, time).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .text import NEGATION, content_words_of, stem, words

HIGH = 0.60
LOW = 0.40
MIN_CONTENT_WORDS = 3
WEIGHTS = (0.4, 0.3, 0.3)  # Jaccard, containment, bigram containment

AUTOMATIC = "automatic"
SUGGESTED = "suggested"

EXACT = "exact"
NEAR_DUPLICATE = "near_duplicate"
KEY_PHRASE = "key_phrase"
PATTERN = "pattern"
PARAPHRASE = "paraphrase"
CURATOR = "curator"
MATCH_METHODS = (EXACT, NEAR_DUPLICATE, KEY_PHRASE, PATTERN, PARAPHRASE, CURATOR)

_GENERIC_TEXT = (
    "say tell year time people thing way day week month today make take go get "
    "want need think know see come give new good lot part"
)
GENERIC_WORDS = frozenset(stem(w) for w in _GENERIC_TEXT.split())


@dataclass(frozen=True)
class Features:
    """What scoring needs from one unit text, computed once per text."""

    sequence: tuple[str, ...]
    vocabulary: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    surface: tuple[str, ...]

    @property
    def is_fragment(self) -> bool:
        """Too few distinct content words for overlap statistics."""
        return len(self.vocabulary) < MIN_CONTENT_WORDS

    @property
    def negated(self) -> bool:
        """Whether the unit contains a negation."""
        return NEGATION in self.vocabulary


@lru_cache(maxsize=65536)
def features(text: str) -> Features:
    """Content-word sequence, set and bigrams of `text` (cached: units are rescored often)."""
    surface = words(text)
    seq = tuple(content_words_of(surface))
    return Features(seq, frozenset(seq), frozenset(pairwise(seq)), tuple(surface))


def _text(unit) -> str:
    """Accept a `Unit` or a plain string."""
    return unit if isinstance(unit, str) else unit.text


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """Whether `inner` occurs as a contiguous run of `outer`."""
    n = len(inner)
    return n > 0 and any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def _overlap(a: frozenset, b: frozenset) -> tuple[float, float]:
    """(Jaccard, containment) of two sets; zeros when either is empty."""
    if not a or not b:
        return 0.0, 0.0
    common = len(a & b)
    return common / len(a | b), common / min(len(a), len(b))


def _fragment_in(short: Features, long: Features) -> bool:
    """`short` is a fragment whose content words occur verbatim (contiguous) in `long`.

    A one-word fragment counts only when both sides are that same word.
    """
    if not short.is_fragment:
        return False
    if len(short.vocabulary) < 2 and short.sequence != long.sequence:
        return False
    return _contains(long.sequence, short.sequence)


def _key_phrase_in(short: Features, long: Features) -> bool:
    """A distinctive fragment (two+ words, one not generic) found verbatim in `long`."""
    distinctive = short.vocabulary - GENERIC_WORDS - {NEGATION}
    return len(short.vocabulary) >= 2 and bool(distinctive) and _fragment_in(short, long)


def key_phrase_match(a, b) -> bool:
    """True when a fragment's content words occur, in order and adjacent, in the other unit.

    Checked both ways, so the answer does not depend on argument order.
    """
    fa, fb = features(_text(a)), features(_text(b))
    return _key_phrase_in(fa, fb) or _key_phrase_in(fb, fa)


def score(a_text: str, b_text: str) -> float:
    """Similarity of two unit texts in [0, 1]; symmetric; 1.0 for identical texts."""
    fa, fb = features(a_text), features(b_text)
    if not fa.vocabulary or not fb.vocabulary:
        return 1.0 if fa.surface == fb.surface else 0.0
    if _fragment_in(fa, fb) or _fragment_in(fb, fa):
        return 1.0
    jaccard, containment = _overlap(fa.vocabulary, fb.vocabulary)
    _, bigram_containment = _overlap(fa.bigrams, fb.bigrams)
    w_j, w_c, w_b = WEIGHTS
    return round(w_j * jaccard + w_c * containment + w_b * bigram_containment, 6)


def decide(score_value: float, unit_a, unit_b) -> str | None:
    """ "automatic", "suggested" or None for a scored pair of units (`Unit` or text)."""
    fa, fb = features(_text(unit_a)), features(_text(unit_b))
    if fa.is_fragment or fb.is_fragment:
        decision = AUTOMATIC if key_phrase_match(unit_a, unit_b) else None
    elif score_value >= HIGH:
        decision = AUTOMATIC
    elif score_value >= LOW:
        decision = SUGGESTED
    else:
        decision = None
    if decision == AUTOMATIC and fa.negated != fb.negated:
        decision = SUGGESTED
    return decision


def method(score_value: float, unit_a, unit_b) -> str:
    """Which MATCH_METHODS entry explains a link between two units the engine decided."""
    fa, fb = features(_text(unit_a)), features(_text(unit_b))
    if fa.surface == fb.surface:
        return EXACT
    if fa.is_fragment or fb.is_fragment:
        return KEY_PHRASE
    return NEAR_DUPLICATE if score_value >= HIGH else PARAPHRASE


@dataclass(frozen=True)
class Link:
    """The engine's verdict on a pair of units."""

    score: float
    decision: str
    method: str


def compare(unit_a, unit_b) -> Link | None:
    """Score and decide one pair: the single function incremental and rebuild paths call.

    Pure and symmetric in its arguments, so the set of links does not depend on
    the order in which units are processed.
    """
    a_text, b_text = _text(unit_a), _text(unit_b)
    value = score(a_text, b_text)
    decision = decide(value, a_text, b_text)
    if decision is None:
        return None
    return Link(value, decision, method(value, a_text, b_text))
