"""Quote matching engine: which stored quotes assert the same claim as a new one.

Pure Python, no Django. The database layer drives it:

1. ``split_units(quote_text)`` -> sentences/clauses with offsets (`units`).
2. ``index_keys(unit)`` -> keys to store in an indexed (key, unit) table and to
   look candidates up by (`index`): cost per new quote is independent of the
   database size.
3. ``compare(new_unit, candidate_unit)`` -> ``Link(score, decision, method)`` or
   None (`scoring`): decision "automatic" above HIGH, "suggested" between LOW
   and HIGH; fragments only through a distinctive key phrase.
4. ``relation(...)`` -> same_utterance / repetition / echo (`relations`).
5. ``compile_pattern`` / ``pattern_matches`` for curated claim patterns (`patterns`).
6. ``choose_canonical_text`` for a claim's display line (`canonical`).

Every decision is a pure function of the pair (or of the candidate set), so
incremental matching and a rebuild produce the same links provided they see
the same candidate pairs; see `index` on capping postings.
"""

from .canonical import (
    CanonicalCandidate,
    choose_canonical,
    choose_canonical_text,
    display_text,
    is_full_sentence,
)
from .evidence import Occurrence
from .index import KEY_POSTINGS_CAP, KEYS_VERSION, index_keys
from .patterns import compile_pattern, pattern_matches
from .relations import ECHO, RELATIONS, REPETITION, SAME_UTTERANCE, relation
from .scoring import (
    AUTOMATIC,
    HIGH,
    LOW,
    MATCH_METHODS,
    SUGGESTED,
    Link,
    compare,
    decide,
    key_phrase_match,
    method,
    score,
    shared_informative,
    wording_closeness,
)
from .stats import CorpusStats
from .text import content_words
from .units import Unit, enclosing_sentence, split_units

__all__ = [
    "AUTOMATIC",
    "ECHO",
    "HIGH",
    "KEYS_VERSION",
    "KEY_POSTINGS_CAP",
    "LOW",
    "MATCH_METHODS",
    "RELATIONS",
    "REPETITION",
    "SAME_UTTERANCE",
    "SUGGESTED",
    "CanonicalCandidate",
    "CorpusStats",
    "Link",
    "Occurrence",
    "Unit",
    "choose_canonical",
    "choose_canonical_text",
    "compare",
    "compile_pattern",
    "content_words",
    "decide",
    "display_text",
    "enclosing_sentence",
    "index_keys",
    "is_full_sentence",
    "key_phrase_match",
    "method",
    "pattern_matches",
    "relation",
    "score",
    "shared_informative",
    "split_units",
    "wording_closeness",
]
