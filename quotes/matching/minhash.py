"""MinHash signatures and LSH band keys over sets of content words.

Why our own (~40 lines) rather than `datasketch`: we need only the signature
and the band keys, they must be identical in every process and on every
machine (they are stored in the database), and the per-unit cost is a few
hundred integer operations. Nothing here uses Python's salted `hash()`:
words are hashed with BLAKE2b and the permutations come from a fixed seed.

LSH maths. With BANDS bands of ROWS rows, two sets with Jaccard similarity J
share at least one band key with probability 1 - (1 - J**ROWS)**BANDS. For
BANDS=16, ROWS=3 that is 0.99 at J=0.7, 0.88 at J=0.5, 0.65 at J=0.4, 0.36
at J=0.3 and 0.12 at J=0.2: near-duplicates are found almost surely while
unrelated units rarely meet. Trimmed partial quotes with low Jaccard but high
containment are found through the key-phrase keys instead (see `index`).
"""

from __future__ import annotations

import hashlib
import random
import struct
from collections.abc import Iterable
from functools import lru_cache

BANDS = 16
ROWS = 3
NUM_PERM = BANDS * ROWS
SEED = 20190408  # fixed forever: changing it invalidates every stored key

_PRIME = (1 << 61) - 1
_MAX = (1 << 64) - 1


def _permutations() -> tuple[tuple[int, int], ...]:
    """NUM_PERM universal-hash coefficients (a, b), reproducible from SEED."""
    rng = random.Random(SEED)
    return tuple((rng.randrange(1, _PRIME), rng.randrange(0, _PRIME)) for _ in range(NUM_PERM))


_PERMS = _permutations()


@lru_cache(maxsize=65536)
def word_hash(word: str) -> int:
    """A 64-bit hash of a word that is the same in every process."""
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "big")


@lru_cache(maxsize=65536)
def word_signature(word: str) -> tuple[int, ...]:
    """The word's value under each permutation (cached: vocabularies are small)."""
    h = word_hash(word)
    return tuple((a * h + b) % _PRIME for a, b in _PERMS)


def signature(words: Iterable[str]) -> tuple[int, ...]:
    """The MinHash signature of a set of words (NUM_PERM minima)."""
    rows = [word_signature(w) for w in set(words)]
    if not rows:
        return (_MAX,) * NUM_PERM
    return tuple(map(min, zip(*rows, strict=True)))


_BAND_BYTES = 8 * ROWS  # each row's minimum as 8 bytes, big-endian
_PACKED = struct.Struct(f">{NUM_PERM}Q")


def band_keys(words: Iterable[str]) -> set[str]:
    """One key per band, "b<band>:<hex digest of the band's rows>"."""
    data = _PACKED.pack(*signature(words))
    return {
        f"b{band}:{_digest(data[band * _BAND_BYTES : (band + 1) * _BAND_BYTES])}"
        for band in range(BANDS)
    }


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=6).hexdigest()


def estimate_jaccard(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Fraction of equal minima: an unbiased estimate of the Jaccard similarity."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_PERM
