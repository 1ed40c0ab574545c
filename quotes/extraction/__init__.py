"""Quote extraction engine: pure Python on `regex`, no Django.

Entry points:
  extract(text, published_on=None, seconds=None) -> Extraction
    (raises ExtractionTimeout past `seconds` of CPU time)
  infer_metadata(text) -> SourceMetadata
Name helpers for cross-article canonicalisation live in `names`.
"""

from .budget import ExtractionTimeout
from .engine import extract
from .metadata import infer_metadata
from .names import is_same_speaker, name_tokens, normalise_alias, strip_title

__all__ = [
    "ExtractionTimeout",
    "extract",
    "infer_metadata",
    "is_same_speaker",
    "name_tokens",
    "normalise_alias",
    "strip_title",
]
