"""Index keys: what the database stores per unit so candidates are found by lookup.

Each unit yields a small set of string keys; the database keeps them in an
indexed (key, unit) table, and a new unit's candidates are the stored units
sharing at least one key. Only those few are scored exactly (`scoring`), so
the cost per new quote depends on how many units share its keys, not on the
size of the database. Two kinds of key:

* ``b<band>:<12 hex>``: MinHash LSH band keys over the unit's content-word set
  (`minhash`), for near-duplicates and rewordings (J >= 0.5 found with p >= 0.88).
  Only for units with at least three distinct content words.
* ``kp:<stem> <stem>``: every adjacent pair of content words (skipping pairs of
  generic words like "say time"). A fragment such as “a done deal” has exactly
  one, "kp:don deal", and so meets every stored unit containing "done deal":
  that is how short partial quotes find their source, and how trimmed quotes
  with low Jaccard but high containment are found.

Keys are deterministic across processes and machines (BLAKE2b, fixed seed),
so they can be stored and compared later. Changing the stemmer, stopwords or
MinHash parameters changes keys: bump KEYS_VERSION and re-key every unit.

Fetching: a common pair ("kp:air defens") can be shared by many units. The
caller should read at most KEY_POSTINGS_CAP postings per key, most recent
first. That bounds the work per quote (bench/bench_matching.py: about 10
candidates per quote at 100k units). The price: a unit of a popular claim is
compared with the claim's most recent members only, not all of them, so claim
membership should be the connected components of links (a new unit joins a
claim through any member), not "linked to every member".
"""

from __future__ import annotations

from itertools import pairwise

from .minhash import band_keys
from .scoring import features
from .text import stem

KEYS_VERSION = 1

# Pairs of only these words are not filed as key phrases. Fixed with the stored keys: the
# matcher's own list of generic words (`assertion.GENERIC`) may grow without re-keying.
_KEY_GENERIC_TEXT = (
    "say tell year time people thing way day week month today make take go get "
    "want need think know see come give new good lot part"
)
KEY_GENERIC_WORDS = frozenset(stem(w) for w in _KEY_GENERIC_TEXT.split())
KEY_POSTINGS_CAP = 10
BAND_PREFIX = "b"
KEY_PHRASE_PREFIX = "kp:"


def key_phrases(unit_text: str) -> set[str]:
    """ "kp:" keys: adjacent content-word pairs with at least one non-generic word."""
    seq = features(unit_text).sequence
    pairs = pairwise(seq)
    generic = KEY_GENERIC_WORDS
    return {f"{KEY_PHRASE_PREFIX}{a} {b}" for a, b in pairs if a not in generic or b not in generic}


def index_keys(unit_text) -> set[str]:
    """All keys to store for a unit (`Unit` or text) and to look its candidates up by."""
    text = unit_text if isinstance(unit_text, str) else unit_text.text
    feats = features(text)
    keys = key_phrases(text) if len(feats.vocabulary) >= 2 else set()
    if not feats.is_fragment:
        keys |= band_keys(feats.vocabulary)
    return keys
