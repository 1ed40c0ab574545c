"""Quote extraction engine: pure Python on `regex`, no Django.

Entry points:
  extract(text, published_on=None, seconds=None) -> Extraction
    (raises ExtractionTimeout past `seconds` of CPU time)
  infer_metadata(text) -> SourceMetadata
  RULE_NAMES: every name a quote's `rule` can hold, in the attributor's order
Name helpers for cross-article canonicalisation live in `names`.
"""

from .attribution.rules import CONTINUATION, REPORTED_BEFORE, REPORTED_CLAUSE, RULES
from .budget import ExtractionTimeout
from .engine import extract
from .metadata import infer_metadata
from .names import is_same_speaker, name_tokens, normalise_alias, strip_title

# The table's rules, then the quotes attributed around it (continuations and reported speech).
RULE_NAMES = (*(rule.name for rule in RULES), CONTINUATION, REPORTED_BEFORE, REPORTED_CLAUSE)

__all__ = [
    "RULE_NAMES",
    "ExtractionTimeout",
    "extract",
    "infer_metadata",
    "is_same_speaker",
    "name_tokens",
    "normalise_alias",
    "strip_title",
]
