"""Index keys and incremental matching through them."""

import random

from test_matching_seed_groups import QUOTES, STATS, occurrences

from quotes.matching import AUTOMATIC, compare, index_keys, split_units
from quotes.matching.memory import MemoryIndex

SEED_UNITS = [
    (q.article, q.key, u.start, occ)
    for q in QUOTES.values()
    for u, occ in zip(split_units(q.text), occurrences(q), strict=True)
]


def _links(index_order):
    """Feed units to a MemoryIndex in `index_order`; return the links as unordered pairs."""
    index, links = MemoryIndex(stats=STATS), set()
    for unit_id in index_order:
        for other, link in index.add(unit_id, SEED_UNITS[unit_id][3]):
            links.add((frozenset((unit_id, other)), link))
    return links


def test_index_keys_have_band_and_key_phrase_forms():
    """Band keys "b<n>:<hex>" for full units, "kp:<a> <b>" for word pairs."""
    keys = index_keys("risk the security of that partnership by making reckless decisions")
    assert any(k.startswith("b0:") for k in keys)
    assert "kp:reckless decis" in keys


def test_a_fragment_has_only_its_key_phrase():
    """A two-word fragment is found only through its phrase."""
    assert index_keys("a done deal") == {"kp:don deal"}


def test_a_one_word_quote_has_no_keys():
    """One word can never link, so it is not indexed."""
    assert index_keys("unacceptable") == set()


def test_index_keys_are_stable_across_releases():
    """Stored keys must not change silently; bump KEYS_VERSION if this fails on purpose."""
    keys = sorted(index_keys("joint development and joint production of high-tech weaponry"))
    assert keys[:2] == ["b0:b396dc6809e9", "b10:650b67215f9a"]
    # Words the matcher later called generic ("look", "big") still make key phrases.
    assert "kp:look big" in index_keys("the crowds look big")


def test_rebuild_in_canonical_order_gives_the_same_links_as_any_import_order():
    """Links are a pure function of the pair, so processing order does not matter."""
    canonical = sorted(range(len(SEED_UNITS)), key=lambda i: SEED_UNITS[i][:3])
    shuffled = canonical[:]
    random.Random(7).shuffle(shuffled)
    assert _links(canonical) == _links(shuffled)


def test_incremental_matching_finds_every_automatic_link_between_seed_units():
    """Candidate lookup by key loses none of the links an all-pairs comparison makes."""
    found = {pair for pair, link in _links(range(len(SEED_UNITS))) if link.decision == AUTOMATIC}
    brute = {
        frozenset((i, j))
        for i in range(len(SEED_UNITS))
        for j in range(i)
        if (link := compare(SEED_UNITS[i][3], SEED_UNITS[j][3], STATS))
        and link.decision == AUTOMATIC
    }
    assert found == brute and len(brute) >= 7
